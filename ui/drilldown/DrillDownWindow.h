#pragma once

#include "core/metrics/DrillDown.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace crmlens::ui {

class DrillDownContactModel;
class DrillDownMessageModel;
class EmptyState;
class TableProxyModel;
class TranscriptModel;
class TranscriptView;

// The rows behind a clicked element, in a window of its own (non-modal: the dashboards stay
// usable). It shows what the service answers: a searchable, sortable table of contacts or
// messages with its row count, Copy and Export CSV; opening a row (Enter or double-click) asks for
// that contact's transcript, shown as a chat with a way back to the list. It never reads the store:
// DrillDownController passes requests to the metrics service and answers back.
class DrillDownWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Loading, Error, List, Transcript };

    explicit DrillDownWindow(QWidget* parent = nullptr);

    // A request went to the service. `fromList`: a transcript opened from the list shown, which
    // stays to go back to; any other request starts afresh.
    void showLoading(const crmlens::metrics::DrillDownRequest& request, bool fromList = false);
    void showResult(const crmlens::metrics::DrillDownResult& result);
    void showError(const crmlens::metrics::DrillDownRequest& request, const QString& message);

    Page page() const;
    // What the window shows or waits for.
    const crmlens::metrics::DrillDownRequest& currentRequest() const { return m_request; }
    QString countText() const;
    QString filtersText() const;
    QString noteText() const;
    QTableView* table() const { return m_table; }
    TranscriptView* transcriptView() const { return m_transcriptView; }
    DrillDownContactModel* contactModel() const { return m_contacts; }
    DrillDownMessageModel* messageModel() const { return m_messages; }
    TranscriptModel* transcriptModel() const { return m_transcript; }
    void setSearchText(const QString& text);

    // Tab-separated selected rows (every shown row when none is selected), with the header.
    QString selectionAsText() const;
    // The shown rows as CSV (plain values: ISO times, raw text).
    QString shownRowsAsCsv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    // Asks for the transcript of the row at `row` of the table as shown.
    void openRow(int row);
    void backToList();

Q_SIGNALS:
    // The window wants these rows (a transcript, or the same request again after an error).
    void drillDownRequested(const crmlens::metrics::DrillDownRequest& request);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showList(const crmlens::metrics::DrillDownResult& result);
    void showTranscript(const crmlens::metrics::DrillDownResult& result);
    void setHeader(const crmlens::metrics::DrillDownRequest& request, const crmlens::metrics::MetricsQuery* query);
    void updateCount();
    void copySelection();
    void exportWithDialog();
    bool listShowsMessages() const;

    crmlens::metrics::DrillDownRequest m_request;
    std::optional<crmlens::metrics::DrillDownResult> m_list; // the list the transcript came from
    QString m_pendingMessage;                                // a message row to show once its chat is read

    DrillDownContactModel* m_contacts;
    DrillDownMessageModel* m_messages;
    TranscriptModel* m_transcript;
    TableProxyModel* m_proxy;

    QLabel* m_title;
    QLabel* m_filters;
    QPushButton* m_back;
    QStackedWidget* m_stack;
    EmptyState* m_loading;
    QWidget* m_errorPage;
    EmptyState* m_error;
    QPushButton* m_retry;
    QWidget* m_listPage;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_note;
    QPushButton* m_copy;
    QPushButton* m_export;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    EmptyState* m_emptyList;
    QWidget* m_transcriptPage;
    QLabel* m_contactLine;
    TranscriptView* m_transcriptView;
};

} // namespace crmlens::ui
