#pragma once

#include "core/metrics/MetricsSnapshot.h"

#include <QString>
#include <QVariant>

// The cells every table model shows the same way: Qt::DisplayRole is the formatted text of
// ui/widgets/MetricFormat.h, KeyedTableModel::SortRole the raw value (an invalid QVariant for a
// missing ratio, so it sorts last), KeyedTableModel::ExportRole the plain value a CSV file holds,
// every other role empty.
namespace crmlens::ui::cells {

QVariant count(qint64 value, int role);
QVariant percent(const metrics::Ratio& pct, int role);
QVariant number(const metrics::Ratio& value, int decimals, int role);
QVariant money(const metrics::Ratio& value, int role);
QVariant text(const QString& value, int role);
// A timestamp (ms since the epoch, 0 = none: sorts last).
QVariant dateTime(qint64 msSinceEpoch, int role);

} // namespace crmlens::ui::cells
