#pragma once

#include "core/metrics/MetricsSnapshot.h"

#include <QByteArray>

namespace crmlens::metrics {

// The machine-readable document of METRICS.md: key names, nesting, nulls and list order exactly
// as specified, numbers at full precision. One writer for the command line and exports.
class MetricsJson
{
public:
    static QByteArray write(const MetricsSnapshot& snapshot);
    // as_of as written: ISO 8601 UTC with a Z, milliseconds only when there are some.
    static QString isoUtc(const QDateTime& time);
};

} // namespace crmlens::metrics
