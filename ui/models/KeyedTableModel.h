#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace crmlens::ui {

// A flat table whose rows are identified by a stable key (a chat id, a campaign id, a template
// name). A new snapshot replaces the rows through replaceRows(), which tells attached views the
// change as removals, insertions, a reordering and changed cells, so persistent indexes (the
// selection, the current row) follow their key and the scroll position stays where it was.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // The raw value a column sorts by: a number for figures, text otherwise. An invalid
        // QVariant marks a missing ratio, which TableProxyModel sorts last in either direction.
        SortRole = Qt::UserRole,
        KeyRole,    // the row's key (QString)
        SearchRole, // lower-cased text the search box matches (QString, on column 0)
        TagsRole,   // labels a row can be filtered by (QStringList, on column 0)
        // The value a CSV export writes: plain numbers ('.' decimals, no grouping; empty when
        // missing), ISO 8601 times, text. Cells without one export their display text.
        ExportRole,
    };

    struct Column
    {
        QString title;
        QString tooltip; // the METRICS.md definition in one line
        bool numeric = false;
    };

    explicit KeyedTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;

    QString keyAt(int row) const;
    int rowOf(const QString& key) const; // -1 when absent
    QStringList keys() const { return m_order; }

protected:
    // One cell of the row whose key is given. Called only for keys the subclass holds.
    virtual QVariant cellData(const QString& key, int column, int role) const = 0;

    // Sets the column layout. Columns added or removed at the end are reported as such.
    void setColumns(const QList<Column>& columns);
    const QList<Column>& columns() const { return m_columns; }

    // Replaces the rows with `order` (the new keys in display order; each key once). `commit`
    // switches the subclass's storage to the new rows: it runs after the keys that disappear
    // have been removed (so views read old rows until then) and before new keys are added.
    void replaceRows(const QStringList& order, const std::function<void()>& commit);

private:
    void moveTo(const QStringList& order);

    QList<Column> m_columns;
    QStringList m_order;
    QHash<QString, int> m_rowOfKey;
};

} // namespace crmlens::ui
