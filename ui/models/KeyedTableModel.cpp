#include "ui/models/KeyedTableModel.h"

#include <QSet>

namespace crmlens::ui {

namespace {

QHash<QString, int> rowsByKey(const QStringList& order)
{
    QHash<QString, int> rows;
    rows.reserve(order.size());
    for (int row = 0; row < order.size(); ++row)
        rows.insert(order.at(row), row);
    return rows;
}

} // namespace

KeyedTableModel::KeyedTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int KeyedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int KeyedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant KeyedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column& column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return column.tooltip;
    case Qt::TextAlignmentRole:
        return int((column.numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KeyedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& key = m_order.at(index.row());
    if (role == KeyRole)
        return key;
    if (role == Qt::TextAlignmentRole) {
        const QVariant own = cellData(key, index.column(), role);
        if (own.isValid())
            return own;
        return int((m_columns.at(index.column()).numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return cellData(key, index.column(), role);
}

QString KeyedTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_order.at(row) : QString();
}

int KeyedTableModel::rowOf(const QString& key) const
{
    return m_rowOfKey.value(key, -1);
}

void KeyedTableModel::setColumns(const QList<Column>& columns)
{
    const int before = int(m_columns.size());
    const int after = int(columns.size());
    if (after > before) {
        beginInsertColumns({}, before, after - 1);
        m_columns = columns;
        endInsertColumns();
    } else if (after < before) {
        beginRemoveColumns({}, after, before - 1);
        m_columns = columns;
        endRemoveColumns();
    } else {
        m_columns = columns;
    }
    if (after > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, after - 1);
}

void KeyedTableModel::replaceRows(const QStringList& wanted, const std::function<void()>& commit)
{
    // Each key once: a duplicate would make two rows share one persistent identity.
    QStringList order;
    order.reserve(wanted.size());
    QSet<QString> next;
    next.reserve(wanted.size());
    for (const QString& key : wanted) {
        if (!next.contains(key)) {
            next.insert(key);
            order.append(key);
        }
    }

    QStringList kept;
    kept.reserve(order.size());
    for (const QString& key : std::as_const(order)) {
        if (m_rowOfKey.contains(key))
            kept.append(key);
    }

    // Rows that disappear are first gathered at the end (kept rows already in their new order),
    // then removed as one range: a constant number of signals however scattered they were.
    if (kept.size() < m_order.size()) {
        QStringList staged = kept;
        for (const QString& key : std::as_const(m_order)) {
            if (!next.contains(key))
                staged.append(key);
        }
        if (staged != m_order)
            moveTo(staged);
        beginRemoveRows({}, int(kept.size()), int(m_order.size()) - 1);
        m_order = kept;
        m_rowOfKey = rowsByKey(m_order);
        endRemoveRows();
    }

    commit();

    if (order.size() > m_order.size()) {
        beginInsertRows({}, int(m_order.size()), int(order.size()) - 1);
        for (const QString& key : std::as_const(order)) {
            if (!m_rowOfKey.contains(key)) {
                m_rowOfKey.insert(key, int(m_order.size()));
                m_order.append(key);
            }
        }
        endInsertRows();
    }

    if (m_order != order)
        moveTo(order);

    if (!m_order.isEmpty() && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_order.size()) - 1, int(m_columns.size()) - 1));
}

void KeyedTableModel::moveTo(const QStringList& order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    const QStringList previous = m_order;
    m_order = order;
    m_rowOfKey = rowsByKey(m_order);
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& old : from) {
        const int row = m_rowOfKey.value(previous.value(old.row()), -1);
        to.append(row < 0 ? QModelIndex() : index(row, old.column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace crmlens::ui
