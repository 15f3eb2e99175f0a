#include "ui/drilldown/DrillDownWindow.h"

#include "ui/drilldown/DrillDownContactModel.h"
#include "ui/drilldown/DrillDownMessageModel.h"
#include "ui/drilldown/TranscriptModel.h"
#include "ui/drilldown/TranscriptView.h"
#include "ui/models/ModelExport.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/EmptyState.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace crmlens::ui {

using metrics::DrillDownRequest;
using metrics::DrillDownResult;
using Target = DrillDownRequest::Target;

namespace {

bool isCampaignTarget(Target t)
{
    return t == Target::CampaignRecipients || t == Target::FunnelStage || t == Target::Template;
}

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DrillDownWindow::DrillDownWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), m_contacts(new DrillDownContactModel(this)),
      m_messages(new DrillDownMessageModel(this)), m_transcript(new TranscriptModel(this)),
      m_proxy(new TableProxyModel(this)), m_title(new QLabel(this)), m_filters(wrappedLabel(this)),
      m_back(new QPushButton(tr("← &Back to the list"), this)), m_stack(new QStackedWidget(this)),
      m_loading(new EmptyState(m_stack)), m_errorPage(new QWidget(m_stack)), m_error(new EmptyState(m_errorPage)),
      m_retry(new QPushButton(tr("&Try again"), m_errorPage)), m_listPage(new QWidget(m_stack)),
      m_search(new QLineEdit(m_listPage)), m_count(new QLabel(m_listPage)), m_note(wrappedLabel(m_listPage)),
      m_copy(new QPushButton(tr("&Copy"), m_listPage)), m_export(new QPushButton(tr("E&xport CSV…"), m_listPage)),
      m_tableStack(new QStackedWidget(m_listPage)), m_table(new QTableView(m_tableStack)),
      m_emptyList(new EmptyState(m_tableStack)), m_transcriptPage(new QWidget(m_stack)),
      m_contactLine(wrappedLabel(m_transcriptPage)), m_transcriptView(new TranscriptView(m_transcriptPage))
{
    setWindowTitle(tr("Drill-down"));
    resize(980, 640);
    setMinimumSize(560, 380);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("What this list shows"));
    m_filters->setForegroundRole(QPalette::PlaceholderText);
    m_filters->setAccessibleName(tr("Period and filters"));
    m_back->setAccessibleName(tr("Back to the list"));
    m_back->setToolTip(tr("Return to the list this conversation was opened from (Esc)."));
    m_back->hide();
    connect(m_back, &QPushButton::clicked, this, &DrillDownWindow::backToList);

    // Loading and error pages.
    m_loading->setTitle(tr("Loading…"));
    m_retry->setAccessibleName(tr("Try again"));
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT drillDownRequested(m_request); });
    // The reason and the way out stay together, a little above the middle.
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch(2);
    errorLayout->addWidget(m_error);
    auto* retryRow = new QHBoxLayout;
    retryRow->addStretch(1);
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    errorLayout->addLayout(retryRow);
    errorLayout->addStretch(3);

    // The list page.
    m_proxy->setSourceModel(m_contacts);
    m_search->setPlaceholderText(tr("Search the list"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the list"));
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    m_count->setAccessibleName(tr("Rows shown"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setAccessibleName(tr("About this list"));
    m_copy->setAccessibleName(tr("Copy selected rows"));
    m_copy->setToolTip(tr("Copy the selected rows (every shown row when none is selected) with their header, "
                          "tab-separated (Ctrl+C)."));
    m_export->setAccessibleName(tr("Export the list as CSV"));
    m_export->setToolTip(tr("Save the rows shown (after the search) as a CSV file."));
    connect(m_copy, &QPushButton::clicked, this, &DrillDownWindow::copySelection);
    connect(m_export, &QPushButton::clicked, this, &DrillDownWindow::exportWithDialog);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Rows behind the figure"));
    m_table->setAccessibleDescription(tr("Press Enter on a row to read that contact's conversation."));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    auto* copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &DrillDownWindow::copySelection);
    m_table->addAction(copyAction);
    auto* findAction = new QAction(tr("Search"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    m_emptyList->setTitle(tr("Nothing to list"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyList);

    auto* toolRow = new QHBoxLayout;
    toolRow->addWidget(m_search, 1);
    toolRow->addSpacing(12);
    toolRow->addWidget(m_count);
    toolRow->addStretch(1);
    toolRow->addWidget(m_copy);
    toolRow->addWidget(m_export);
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(toolRow);
    listLayout->addWidget(m_note);
    listLayout->addWidget(m_tableStack, 1);

    // The transcript page.
    m_contactLine->setAccessibleName(tr("Contact"));
    m_transcriptView->setModel(m_transcript);
    auto* transcriptLayout = new QVBoxLayout(m_transcriptPage);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    transcriptLayout->addWidget(m_contactLine);
    transcriptLayout->addWidget(m_transcriptView, 1);

    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_errorPage);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_transcriptPage);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_back, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_back, m_search);
    setTabOrder(m_search, m_copy);
    setTabOrder(m_copy, m_export);
    setTabOrder(m_export, m_table);
    m_stack->setCurrentWidget(m_loading);
}

DrillDownWindow::Page DrillDownWindow::page() const
{
    QWidget* current = m_stack->currentWidget();
    if (current == m_errorPage)
        return Page::Error;
    if (current == m_listPage)
        return Page::List;
    if (current == m_transcriptPage)
        return Page::Transcript;
    return Page::Loading;
}

QString DrillDownWindow::countText() const
{
    return m_count->text();
}

QString DrillDownWindow::filtersText() const
{
    return m_filters->text();
}

QString DrillDownWindow::noteText() const
{
    return m_note->isVisible() || !m_note->text().isEmpty() ? m_note->text() : QString();
}

void DrillDownWindow::setSearchText(const QString& text)
{
    m_search->setText(text);
}

bool DrillDownWindow::listShowsMessages() const
{
    return m_proxy->sourceModel() == m_messages;
}

void DrillDownWindow::setHeader(const DrillDownRequest& request, const metrics::MetricsQuery* query)
{
    QString title = request.title;
    if (title.isEmpty())
        title = request.isMessageTarget() ? tr("Messages") : tr("Contacts");
    m_title->setText(title);
    setWindowTitle(tr("%1 — CRM Lens").arg(title));
    if (!query)
        return;
    const QLocale locale;
    QStringList parts;
    const metrics::Period& period = query->period;
    if (period.isValid())
        parts << tr("%1 to %2")
                     .arg(locale.toString(period.from, QLocale::ShortFormat),
                          locale.toString(period.to.addDays(-1), QLocale::ShortFormat));
    if (query->zone.isValid())
        parts << QString::fromUtf8(query->zone.id());
    if (isCampaignTarget(request.target)) {
        parts << tr("campaigns are not narrowed by contact filters");
    } else {
        const metrics::ContactFilter& f = query->filter;
        if (!f.operatorName.isEmpty())
            parts << tr("operator: %1").arg(f.operatorName);
        if (!f.country.isEmpty())
            parts << tr("country: %1").arg(f.country);
        if (f.hasSegment())
            parts << tr("%1: %2").arg(f.segmentKey, f.segmentValue);
        if (f.isEmpty() && request.target != Target::Contact)
            parts << tr("no filters");
    }
    m_filters->setText(parts.join(QStringLiteral(" · ")));
}

void DrillDownWindow::showLoading(const DrillDownRequest& request, bool fromList)
{
    const bool transcript = request.target == Target::Contact;
    if (!fromList || !transcript)
        m_list.reset();
    m_request = request;
    setHeader(request, nullptr);
    if (!transcript)
        m_filters->clear();
    m_loading->setExplanation(transcript ? tr("Reading the conversation from the store.")
                                         : tr("Reading the rows behind this figure from the store."));
    m_back->setVisible(transcript && m_list.has_value());
    m_stack->setCurrentWidget(m_loading);
}

void DrillDownWindow::showError(const DrillDownRequest& request, const QString& message)
{
    m_request = request;
    setHeader(request, nullptr);
    m_error->setTitle(request.target == Target::Contact ? tr("The conversation could not be read")
                                                        : tr("The rows could not be read"));
    m_error->setExplanation(message);
    m_back->setVisible(request.target == Target::Contact && m_list.has_value());
    m_stack->setCurrentWidget(m_errorPage);
}

void DrillDownWindow::showResult(const DrillDownResult& result)
{
    if (result.request.target == Target::Contact)
        showTranscript(result);
    else
        showList(result);
}

void DrillDownWindow::showList(const DrillDownResult& result)
{
    const bool sameList = m_list && m_list->request == result.request;
    m_list = result;
    m_request = result.request;
    m_pendingMessage.clear();
    setHeader(result.request, &result.query);

    const bool messages = result.request.isMessageTarget();
    DrillDownContactModel* contacts = m_contacts;
    DrillDownMessageModel* messageModel = m_messages;
    if (messages)
        messageModel->setMessages(result.messages, result.query.zone);
    else
        contacts->setContacts(result.contacts, result.query.zone);
    QAbstractItemModel* source = messages ? static_cast<QAbstractItemModel*>(messageModel) : contacts;
    if (m_proxy->sourceModel() != source || !sameList) {
        if (!sameList)
            m_search->clear();
        m_proxy->setSourceModel(source);
        // The metric's own order (by name, by score, by time) until the user sorts.
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
        m_table->resizeColumnsToContents();
        const int widest = m_table->fontMetrics().averageCharWidth() * 36;
        for (int c = 0; c < m_proxy->columnCount() - 1; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    }

    QStringList notes;
    if (result.truncated)
        notes << tr("Showing the first %1 of %2 messages, oldest first. Choose a shorter period or narrower "
                    "filters to see the rest.")
                     .arg(QLocale().toString(qint64(result.messages.size())), QLocale().toString(result.totalRows));
    if (result.request.target == Target::Keyword && result.figure != result.totalRows)
        notes << tr("The word appears %n time(s) in these messages: the keyword count is of occurrences.", nullptr,
                    int(result.figure));
    if (isCampaignTarget(result.request.target))
        notes << tr("One row per contact, from the template messages stored for the campaign. The campaign's report "
                    "comes from the CRM and counts messages, so its numbers can differ.");
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());

    const bool empty = messages ? result.messages.isEmpty() : result.contacts.isEmpty();
    m_emptyList->setExplanation(messages ? tr("No messages are behind this figure for the period and filters shown.")
                                         : tr("No contacts are behind this figure for the period and filters shown."));
    m_tableStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyList) : m_table);
    m_copy->setEnabled(!empty);
    m_export->setEnabled(!empty);
    m_back->hide();
    updateCount();
    m_stack->setCurrentWidget(m_listPage);
}

void DrillDownWindow::showTranscript(const DrillDownResult& result)
{
    m_request = result.request;
    const metrics::DrillDownContact* contact = result.contacts.isEmpty() ? nullptr : &result.contacts.first();
    const QString name = contact ? DrillDownContactModel::displayName(*contact) : result.request.value;
    DrillDownRequest shown = result.request;
    if (shown.title.isEmpty())
        shown.title = tr("Conversation with %1").arg(name);
    setHeader(shown, &result.query);

    QStringList about;
    if (contact) {
        about << contact->whatsappNumber;
        if (!contact->status.isEmpty())
            about << tr("status %1").arg(contact->status);
        if (contact->deleted)
            about << tr("deleted from the CRM");
        if (!contact->operatorName.isEmpty())
            about << tr("operator %1").arg(contact->operatorName);
        if (!contact->country.isEmpty())
            about << contact->country;
    }
    about << tr("%n message(s)", nullptr, int(result.messages.size()));
    m_contactLine->setText(about.join(QStringLiteral(" · ")));

    m_transcript->setMessages(result.messages, result.query.zone);
    m_back->setVisible(m_list.has_value());
    m_stack->setCurrentWidget(m_transcriptPage);
    const int row = m_pendingMessage.isEmpty() ? -1 : m_transcript->rowOfMessage(m_pendingMessage);
    m_pendingMessage.clear();
    if (row >= 0) {
        const QModelIndex index = m_transcript->index(row);
        m_transcriptView->setCurrentIndex(index);
        m_transcriptView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else if (m_transcript->rowCount() > 0) {
        // A chat reads from the newest message up.
        const QModelIndex last = m_transcript->index(m_transcript->rowCount() - 1);
        m_transcriptView->setCurrentIndex(last);
        m_transcriptView->scrollToBottom();
    }
    m_transcriptView->setFocus(Qt::OtherFocusReason);
}

void DrillDownWindow::updateCount()
{
    if (!m_list)
        return;
    const bool messages = listShowsMessages();
    const int total = m_proxy->sourceModel()->rowCount();
    const int shown = m_proxy->rowCount();
    const qint64 all = m_list->totalRows;
    QString text = messages ? tr("%n message(s)", nullptr, int(all)) : tr("%n contact(s)", nullptr, int(all));
    if (shown != total)
        text = tr("%1 of %2 match the search").arg(QLocale().toString(shown), text);
    m_count->setText(text);
}

void DrillDownWindow::openRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    const QString key = index.data(KeyedTableModel::KeyRole).toString();
    DrillDownRequest request;
    request.target = Target::Contact;
    if (listShowsMessages()) {
        const metrics::DrillDownMessage* m = m_messages->message(key);
        if (!m)
            return;
        request.value = m->chatId;
        request.title = tr("Conversation with %1").arg(m->contactName);
        m_pendingMessage = m->messageId;
    } else {
        const metrics::DrillDownContact* c = m_contacts->contact(key);
        if (!c)
            return;
        request.value = c->chatId;
        request.title = tr("Conversation with %1").arg(DrillDownContactModel::displayName(*c));
        m_pendingMessage.clear();
    }
    showLoading(request, true);
    Q_EMIT drillDownRequested(request);
}

void DrillDownWindow::backToList()
{
    if (!m_list)
        return;
    m_request = m_list->request;
    m_pendingMessage.clear();
    setHeader(m_list->request, &m_list->query);
    m_back->hide();
    updateCount();
    m_stack->setCurrentWidget(m_listPage);
    m_table->setFocus(Qt::OtherFocusReason);
}

void DrillDownWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        if (page() != Page::List && m_request.target == Target::Contact && m_list)
            backToList();
        else
            close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString DrillDownWindow::selectionAsText() const
{
    return modelexport::toTsv(modelexport::tableRows(*m_proxy, modelexport::selectedRows(*m_table, true),
                                                     modelexport::visibleColumns(*m_table),
                                                     modelexport::Values::Display));
}

QString DrillDownWindow::shownRowsAsCsv() const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << r;
    return modelexport::toCsv(
        modelexport::tableRows(*m_proxy, rows, modelexport::visibleColumns(*m_table), modelexport::Values::Export));
}

bool DrillDownWindow::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(shownRowsAsCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DrillDownWindow::copySelection()
{
    if (m_proxy->rowCount() == 0)
        return;
    QApplication::clipboard()->setText(selectionAsText());
}

void DrillDownWindow::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(modelexport::fileNamePart(m_title->text()) + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the list as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The file could not be written: %1").arg(error));
}

} // namespace crmlens::ui
