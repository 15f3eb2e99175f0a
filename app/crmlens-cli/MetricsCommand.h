#pragma once

#include <QStringList>

namespace crmlens::cli {

// `crmlens-cli metrics --db FILE --from DATE --to DATE --tz ZONE [...] --json`: every metric of
// METRICS.md for a period, computed from a local store, as the JSON document METRICS.md specifies
// (or a short summary without --json).
int runMetrics(const QStringList& arguments);

} // namespace crmlens::cli
