#include "ui/models/TableProxyModel.h"

#include "ui/models/KeyedTableModel.h"

namespace crmlens::ui {

TableProxyModel::TableProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(KeyedTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TableProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.simplified().toLower();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_words = m_search.isEmpty() ? QStringList() : m_search.split(QLatin1Char(' '));
    invalidateFilter();
}

void TableProxyModel::setRequiredTag(const QString& tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

bool TableProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    const bool aMissing = !leftValue.isValid();
    const bool bMissing = !rightValue.isValid();
    if (aMissing != bMissing) {
        // In descending order the proxy asks lessThan(right, left): "missing is smallest" then
        // puts missing values last, as "missing is largest" does in ascending order.
        return sortOrder() == Qt::AscendingOrder ? bMissing : aMissing;
    }
    if (!aMissing && QVariant::compare(leftValue, rightValue) != QPartialOrdering::Equivalent)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal or both missing: by key, ascending whichever way the column is sorted, so equal
    // figures keep one stable order.
    const QString a = left.data(KeyedTableModel::KeyRole).toString();
    const QString b = right.data(KeyedTableModel::KeyRole).toString();
    return sortOrder() == Qt::AscendingOrder ? a < b : b < a;
}

bool TableProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !first.data(KeyedTableModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = first.data(KeyedTableModel::SearchRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace crmlens::ui
