#include "ui/MainWindow.h"

#include "Version.h"
#include "core/common/Logging.h"
#include "ui/dashboards/DashboardView.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/SyncStatus.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace crmlens::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_filterBar(new FilterBar(this)), m_filterSummary(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_syncStatus(new SyncStatus(this)), m_computing(new QLabel(this))
{
    setWindowTitle(tr("CRM Lens"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Dashboards"));
    m_filterSummary->setAccessibleName(tr("Active filters"));
    m_filterSummary->setContentsMargins(12, 0, 12, 4);
    m_filterSummary->setTextFormat(Qt::PlainText);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_filterSummary);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    buildMenus();

    m_computing->setAccessibleName(tr("Metrics state"));
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_computing);
    showConnectionState(tr("Not connected to a CRM."));

    connect(m_syncStatus, &SyncStatus::syncNowRequested, this, &MainWindow::syncNowRequested);
    connect(m_syncStatus, &SyncStatus::pauseRequested, this, &MainWindow::pauseRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        DashboardView* view = index >= 0 ? m_views.value(index) : nullptr;
        if (view && m_stale.remove(view))
            view->showData(m_data);
        Q_EMIT currentViewChanged(view);
    });
    resize(1280, 800);
}

void MainWindow::addView(DashboardView* view)
{
    m_views << view;
    connect(view, &DashboardView::segmentKeyChosen, this, &MainWindow::segmentKeyChosen);
    m_tabs->addTab(view, view->title());
    const int index = int(m_views.size()) - 1;
    QAction* go = m_viewMenu->addAction(view->title(), this, [this, index] { m_tabs->setCurrentIndex(index); });
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    if (m_data.isValid())
        view->showData(m_data);
}

void MainWindow::showData(const session::DashboardData& shown)
{
    m_data = shown;
    m_computing->clear();
    m_filterBar->setChoices(shown);
    m_filterSummary->setText(shown.filterSummary);
    m_syncStatus->showFreshness(shown.freshness, shown.messagesReadAt, shown.partial, QDateTime::currentDateTimeUtc());
    // Only the tab on screen is brought up to date now; the others when they are shown, so a
    // snapshot costs the UI thread one view, not six (the sync can deliver one every second).
    m_stale.clear();
    for (DashboardView* view : std::as_const(m_views)) {
        if (view == m_tabs->currentWidget()) {
            QElapsedTimer timer;
            timer.start();
            view->showData(shown);
            qCDebug(lcUi) << view->title() << "took snapshot" << shown.generation << "in" << timer.elapsed() << "ms";
        } else
            m_stale.insert(view);
    }
}

void MainWindow::showComputing()
{
    m_computing->setText(tr("Updating figures…"));
}

void MainWindow::showMetricsError(const QString& message)
{
    m_computing->setText(tr("Figures could not be updated: %1").arg(message));
}

void MainWindow::showConnectionState(const QString& text)
{
    m_syncStatus->showIdle(text);
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* settings = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* syncMenu = menuBar()->addMenu(tr("S&ync"));
    QAction* syncNow = syncMenu->addAction(tr("Sync &now"), this, &MainWindow::syncNowRequested);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncMenu->addAction(tr("&Pause"), this, &MainWindow::pauseRequested);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CRM Lens"), this, [this] {
        QMessageBox::about(this, tr("About CRM Lens"),
                           tr("<b>CRM Lens %1</b><p>Analytics for businesses that sell and support over "
                              "WhatsApp.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

} // namespace crmlens::ui
