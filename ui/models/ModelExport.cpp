#include "ui/models/ModelExport.h"

#include "ui/models/KeyedTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace crmlens::ui::modelexport {

QList<QStringList> tableRows(const QAbstractItemModel& model, const QList<int>& rows, const QList<int>& columns,
                             Values values)
{
    QList<QStringList> table;
    table.reserve(rows.size() + 1);
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    table.append(header);
    for (int row : rows) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            QVariant value;
            if (values == Values::Export)
                value = index.data(KeyedTableModel::ExportRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            fields.append(value.toString());
        }
        table.append(fields);
    }
    return table;
}

QList<int> selectedRows(const QTableView& view, bool allWhenNoSelection)
{
    QList<int> rows;
    if (const QItemSelectionModel* selection = view.selectionModel()) {
        for (const QModelIndex& index : selection->selectedRows())
            rows.append(index.row());
        // Rows partly selected cell by cell count too: a copy takes whole rows.
        for (const QModelIndex& index : selection->selectedIndexes())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty() && allWhenNoSelection && view.model()) {
        const int count = view.model()->rowCount();
        rows.reserve(count);
        for (int row = 0; row < count; ++row)
            rows.append(row);
    }
    // Top to bottom as shown (rows of the view's model are shown in order unless hidden).
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](int row) { return view.isRowHidden(row); }), rows.end());
    return rows;
}

QList<int> visibleColumns(const QTableView& view)
{
    QList<int> columns;
    const QHeaderView* header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString toTsv(const QList<QStringList>& table)
{
    QString out;
    for (const QStringList& row : table) {
        QStringList fields;
        fields.reserve(row.size());
        for (QString field : row) {
            field.replace(QLatin1Char('\t'), QLatin1Char(' '));
            field.replace(QLatin1Char('\r'), QLatin1Char(' '));
            field.replace(QLatin1Char('\n'), QLatin1Char(' '));
            fields.append(field);
        }
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QString csvField(const QString& field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString toCsv(const QList<QStringList>& table)
{
    QString out;
    for (const QStringList& row : table) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& field : row)
            fields.append(csvField(field));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

QString fileNamePart(const QString& text)
{
    QString out;
    bool pendingDash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (pendingDash && !out.isEmpty())
                out += QLatin1Char('-');
            pendingDash = false;
            out += c;
        } else {
            pendingDash = true;
        }
    }
    return out.left(60);
}

} // namespace crmlens::ui::modelexport
