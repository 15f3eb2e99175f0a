#pragma once

#include "core/session/DashboardData.h"
#include "ui/dashboards/DashboardView.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace crmlens::ui {

class EmptyState;
class KeyedTableModel;
class TableProxyModel;

// What the Leads and At-risk tabs share: a sortable table of contacts keyed by chat id behind a
// search box and the view's own filters, a count, copy (Ctrl+C, TSV with a header) and CSV export
// of the selection, a contact drill-down on double-click or Enter, a partial-data banner and an
// empty state that says why there is nothing to list.
class ContactListView : public DashboardView
{
    Q_OBJECT
public:
    QTableView* table() const { return m_table; }
    TableProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchBox() const { return m_search; }
    QString countText() const;
    bool isShowingEmptyState() const;
    EmptyState* emptyState() const { return m_empty; }
    bool isPartialBannerShown() const;

    // The selected rows as Ctrl+C copies them; the selected rows (every shown row when none is
    // selected) as the CSV export writes them.
    QString selectionAsTsv() const;
    QString selectionAsCsv() const;
    bool exportSelection(const QString& path, QString* error = nullptr) const;
    // "leads_2026-10-27_2026-11-25_hot_operator-diego.csv": the period and the active filters,
    // which a CSV file has no place for.
    QString suggestedFileName() const;

public Q_SLOTS:
    void copySelection();
    void exportSelectionWithDialog();

protected:
    ContactListView(KeyedTableModel* model, QWidget* parent);

    bool eventFilter(QObject* watched, QEvent* event) override;

    // Called by the subclass's showData() after its model took the new data.
    void dataShown(const crmlens::session::DashboardData& shown);
    // Called by the subclass when one of its own filters changed.
    void filtersChanged();
    QHBoxLayout* filterRow() const { return m_filterRow; }
    const crmlens::session::DashboardData& shownData() const { return m_data; }

    virtual QString exportBaseName() const = 0;
    // The view's own filters in a few words for the file name ("hot", "last-delivery-failed").
    virtual QStringList activeFilterWords() const;
    virtual QString countLine() const = 0;
    virtual QString emptyTitle() const = 0;
    virtual QString emptyExplanation() const = 0;
    virtual QString contactTitle(const QString& chatId) const = 0;

private:
    void showContact(const QModelIndex& proxyIndex);
    void updateState();

    KeyedTableModel* m_model;
    TableProxyModel* m_proxy;
    QLabel* m_partialBanner;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    EmptyState* m_empty;
    QHBoxLayout* m_filterRow;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_copyButton;
    QPushButton* m_exportButton;
    QTableView* m_table;
    crmlens::session::DashboardData m_data;
    bool m_columnsSized = false;
};

} // namespace crmlens::ui
