#pragma once

#include "core/metrics/MetricsSnapshot.h"

#include <QString>

// How figures read on screen and in exports: one place, so a percentage looks the same on a KPI
// card, in a table and in a CSV. A missing ratio (no denominator) is an en dash, never 0.
namespace crmlens::ui::format {

QString dash();                                               // "–"
QString count(qint64 value);                                  // "12,345" (locale grouping)
QString percent(const metrics::Ratio& pct, int decimals = 1); // "45.3%"
QString number(const metrics::Ratio& value, int decimals = 2);
QString duration(const metrics::Ratio& seconds); // "42 s", "5 min 3 s", "3 h 12 min", "2 d 4 h"
QString money(const metrics::Ratio& value);      // "1,234.50"
// A change against the previous period in percent ("+12.5%", "−3.0%"); dash without a base.
QString deltaPercent(const metrics::Ratio& current, const metrics::Ratio& previous);
// A change in percentage points for rates ("+1.2 pp").
QString deltaPoints(const metrics::Ratio& current, const metrics::Ratio& previous);
QString dateTime(qint64 msSinceEpoch); // local, short; dash for 0
QString day(const QDate& date);        // short, locale format
// The country of an ISO 3166 code as the locale names it ("Kenya"); "ZZ" is an unknown country.
QString country(const QString& code);

} // namespace crmlens::ui::format
