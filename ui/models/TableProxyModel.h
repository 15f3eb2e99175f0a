#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace crmlens::ui {

// Sorting and filtering for every KeyedTableModel: sorts by the raw values of SortRole (numbers
// numerically, a missing ratio last whichever way the column is sorted, ties by key), and keeps
// the rows whose SearchRole text contains every word typed and whose TagsRole holds the required
// tag, if one is set.
class TableProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Only rows tagged `tag` (TagsRole); empty shows every row.
    void setRequiredTag(const QString& tag);
    QString requiredTag() const { return m_tag; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
    QString m_tag;
};

} // namespace crmlens::ui
