#include "ui/models/CellValues.h"

#include "ui/models/KeyedTableModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QDateTime>

namespace crmlens::ui::cells {

namespace {

// Ten significant digits keep every figure exact enough for a spreadsheet without the binary
// noise of a full-precision double (45.29411765, not 45.294117647058826).
QVariant ratioCell(const metrics::Ratio& value, int role, const QString& display)
{
    if (role == Qt::DisplayRole)
        return display;
    if (role == KeyedTableModel::SortRole)
        return value ? QVariant(*value) : QVariant();
    if (role == KeyedTableModel::ExportRole)
        return value ? QString::number(*value, 'g', 10) : QString(QLatin1String(""));
    return {};
}

} // namespace

QVariant count(qint64 value, int role)
{
    if (role == Qt::DisplayRole)
        return format::count(value);
    if (role == KeyedTableModel::SortRole)
        return value;
    if (role == KeyedTableModel::ExportRole)
        return QString::number(value);
    return {};
}

QVariant percent(const metrics::Ratio& pct, int role)
{
    return ratioCell(pct, role, role == Qt::DisplayRole ? format::percent(pct) : QString());
}

QVariant number(const metrics::Ratio& value, int decimals, int role)
{
    return ratioCell(value, role, role == Qt::DisplayRole ? format::number(value, decimals) : QString());
}

QVariant money(const metrics::Ratio& value, int role)
{
    return ratioCell(value, role, role == Qt::DisplayRole ? format::money(value) : QString());
}

QVariant text(const QString& value, int role)
{
    if (role == Qt::DisplayRole || role == KeyedTableModel::SortRole || role == KeyedTableModel::ExportRole)
        return value;
    return {};
}

QVariant dateTime(qint64 msSinceEpoch, int role)
{
    if (role == Qt::DisplayRole)
        return format::dateTime(msSinceEpoch);
    if (role == KeyedTableModel::SortRole)
        return msSinceEpoch > 0 ? QVariant(msSinceEpoch) : QVariant();
    if (role == KeyedTableModel::ExportRole) {
        if (msSinceEpoch <= 0)
            return QString(QLatin1String(""));
        return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
    }
    return {};
}

} // namespace crmlens::ui::cells
