#include "ui/dashboards/ContactListView.h"

#include "ui/models/KeyedTableModel.h"
#include "ui/models/ModelExport.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace crmlens::ui {

ContactListView::ContactListView(KeyedTableModel* model, QWidget* parent)
    : DashboardView(parent), m_model(model), m_proxy(new TableProxyModel(this)), m_partialBanner(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_listPage(new QWidget(m_stack)), m_empty(new EmptyState(m_stack)),
      m_filterRow(new QHBoxLayout), m_search(new QLineEdit(m_listPage)), m_count(new QLabel(m_listPage)),
      m_copyButton(new QPushButton(tr("&Copy"), m_listPage)),
      m_exportButton(new QPushButton(tr("E&xport selection as CSV…"), m_listPage)), m_table(new QTableView(m_listPage))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);

    // A banner in the palette's tooltip colours stands out in light and dark themes alike.
    m_partialBanner->setText(tr("The first sync is still running: these figures cover only the data stored so far."));
    m_partialBanner->setWordWrap(true);
    m_partialBanner->setAutoFillBackground(true);
    m_partialBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_partialBanner->setForegroundRole(QPalette::ToolTipText);
    m_partialBanner->setFrameShape(QFrame::StyledPanel);
    m_partialBanner->setMargin(6);
    m_partialBanner->setAccessibleName(tr("Partial data"));
    m_partialBanner->hide();

    m_search->setPlaceholderText(tr("Search name, number or chat id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateState();
    });

    m_count->setAccessibleName(tr("Contacts shown"));
    m_copyButton->setAccessibleName(tr("Copy selected rows"));
    m_copyButton->setToolTip(tr("Copy the selected rows with their header, tab-separated (Ctrl+C)."));
    m_exportButton->setAccessibleName(tr("Export selection as CSV"));
    m_exportButton->setToolTip(tr("Save the selected rows (every shown row when none is selected) as a CSV file."));
    connect(m_copyButton, &QPushButton::clicked, this, &ContactListView::copySelection);
    connect(m_exportButton, &QPushButton::clicked, this, &ContactListView::exportSelectionWithDialog);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab leaves the table (arrows move inside it), so the whole tab is reachable by keyboard.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Contacts"));
    connect(m_table, &QTableView::activated, this, &ContactListView::showContact);

    // The table's own Ctrl+C copies one cell; ours copies the selected rows with their header.
    m_table->installEventFilter(this);

    auto* toolRow = new QHBoxLayout;
    toolRow->addWidget(m_search);
    toolRow->addLayout(m_filterRow);
    toolRow->addStretch(1);
    toolRow->addWidget(m_count);
    toolRow->addSpacing(12);
    toolRow->addWidget(m_copyButton);
    toolRow->addWidget(m_exportButton);

    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(toolRow);
    listLayout->addWidget(m_table, 1);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_partialBanner);
    layout->addWidget(m_stack, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContactListView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContactListView::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContactListView::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContactListView::updateState);
    // Nothing shown yet; updateState() asks the subclass for its texts, which it cannot answer
    // before its own constructor has run.
    m_empty->setTitle(tr("No synced data yet"));
    m_empty->setExplanation(tr("Contacts are listed here once the first sync has stored them."));
    m_stack->setCurrentWidget(m_empty);
    m_copyButton->setEnabled(false);
    m_exportButton->setEnabled(false);
}

void ContactListView::dataShown(const session::DashboardData& shown)
{
    m_data = shown;
    m_partialBanner->setVisible(shown.partial && !shown.empty);
    // Sized to the first rows once; after that the widths are the user's.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Not the last column: it stretches to the table's edge, which a fitted width would undo.
        for (int column = 0; column + 1 < m_model->columnCount(); ++column)
            m_table->resizeColumnToContents(column);
        m_columnsSized = true;
    }
    updateState();
}

void ContactListView::filtersChanged()
{
    updateState();
}

QStringList ContactListView::activeFilterWords() const
{
    return {};
}

void ContactListView::updateState()
{
    const bool none = m_model->rowCount() == 0;
    if (none) {
        if (!m_data.isValid() || m_data.empty) {
            m_empty->setTitle(tr("No synced data yet"));
            m_empty->setExplanation(tr("Contacts are listed here once the first sync has stored them."));
        } else {
            m_empty->setTitle(emptyTitle());
            m_empty->setExplanation(emptyExplanation());
        }
    }
    m_stack->setCurrentWidget(none ? static_cast<QWidget*>(m_empty) : m_listPage);
    m_count->setText(countLine());
    m_copyButton->setEnabled(m_proxy->rowCount() > 0);
    m_exportButton->setEnabled(m_proxy->rowCount() > 0);
}

QString ContactListView::countText() const
{
    return m_count->text();
}

bool ContactListView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return DashboardView::eventFilter(watched, event);
}

bool ContactListView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool ContactListView::isPartialBannerShown() const
{
    return !m_partialBanner->isHidden();
}

void ContactListView::showContact(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    metrics::DrillDownRequest request;
    request.target = metrics::DrillDownRequest::Target::Contact;
    request.value = proxyIndex.data(KeyedTableModel::KeyRole).toString();
    request.title = contactTitle(request.value);
    Q_EMIT drillDownRequested(request);
}

QString ContactListView::selectionAsTsv() const
{
    return modelexport::toTsv(modelexport::tableRows(*m_proxy, modelexport::selectedRows(*m_table, false),
                                                     modelexport::visibleColumns(*m_table),
                                                     modelexport::Values::Display));
}

QString ContactListView::selectionAsCsv() const
{
    return modelexport::toCsv(modelexport::tableRows(*m_proxy, modelexport::selectedRows(*m_table, true),
                                                     modelexport::visibleColumns(*m_table),
                                                     modelexport::Values::Export));
}

void ContactListView::copySelection()
{
    if (modelexport::selectedRows(*m_table, false).isEmpty())
        return;
    QApplication::clipboard()->setText(selectionAsTsv());
}

bool ContactListView::exportSelection(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(selectionAsCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString ContactListView::suggestedFileName() const
{
    QStringList parts{exportBaseName()};
    if (m_data.isValid() && m_data.query.period.isValid()) {
        parts.append(m_data.query.period.from.toString(Qt::ISODate));
        parts.append(m_data.query.period.to.addDays(-1).toString(Qt::ISODate));
    }
    const metrics::ContactFilter& filter = m_data.query.filter;
    if (filter.hasSegment())
        parts.append(modelexport::fileNamePart(filter.segmentKey + QLatin1Char(' ') + filter.segmentValue));
    if (!filter.operatorName.isEmpty())
        parts.append(modelexport::fileNamePart(QStringLiteral("operator ") + filter.operatorName));
    if (!filter.country.isEmpty())
        parts.append(modelexport::fileNamePart(QStringLiteral("country ") + filter.country));
    for (const QString& word : activeFilterWords())
        parts.append(modelexport::fileNamePart(word));
    if (!m_proxy->searchText().isEmpty())
        parts.append(modelexport::fileNamePart(QStringLiteral("search ") + m_proxy->searchText()));
    parts.removeAll(QString());
    return parts.join(QLatin1Char('_')) + QStringLiteral(".csv");
}

void ContactListView::exportSelectionWithDialog()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as CSV"), QDir(folder).filePath(suggestedFileName()), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSelection(path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace crmlens::ui
