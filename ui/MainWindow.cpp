#include "ui/MainWindow.h"

#include "Version.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace crmlens::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_connectionState(new QLabel(this))
{
    setWindowTitle(tr("CRM Lens"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Dashboards"));
    setCentralWidget(m_tabs);
    buildTabs();
    buildMenus();

    m_connectionState->setAccessibleName(tr("Connection state"));
    statusBar()->addWidget(m_connectionState, 1);
    showConnectionState(tr("Not connected to a CRM."));
    resize(1280, 800);
}

void MainWindow::showConnectionState(const QString& text)
{
    m_connectionState->setText(text);
}

void MainWindow::buildTabs()
{
    struct TabText
    {
        QString name;
        QString explanation;
    };
    // No dashboard computes figures yet: each says so instead of showing empty charts.
    const QList<TabText> tabTexts = {
        {tr("Executive"), tr("Contacts, growth, churn and campaign highlights appear here once the workspace "
                             "has been synced and the metrics engine has computed them.")},
        {tr("Campaigns"), tr("Campaign delivery, read and reply rates, templates and A/B results appear here "
                             "once campaign reports have been synced.")},
        {tr("Engagement"), tr("Message volume, response times, operators and keywords appear here once "
                              "messages have been synced.")},
        {tr("Segmentation"), tr("Segments, countries and lead scores appear here once contacts have been "
                                "synced.")},
    };
    for (const TabText& tab : tabTexts) {
        auto* empty = new EmptyState(m_tabs);
        empty->setTitle(tr("No synced data yet"));
        empty->setExplanation(tab.explanation);
        m_tabs->addTab(empty, tab.name);
    }
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CRM Lens"), this, [this] {
        QMessageBox::about(this, tr("About CRM Lens"),
                           tr("<b>CRM Lens %1</b><p>Analytics for businesses that sell and support over "
                              "WhatsApp.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

} // namespace crmlens::ui
