#pragma once

#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

#include <optional>
#include <vector>

namespace crmlens::metrics {

// METRICS.md "Anomalies": four daily series of the selected contacts, each day of the period
// judged against the 28 days before it with the median and the median absolute deviation.
class AnomalyMetrics
{
public:
    static QList<Anomaly> compute(const MetricsContext& ctx);

    // Day `index` of `series` against the 28 days before it; nullopt when it is not anomalous
    // (no value, fewer than 14 values before it, MAD 0, or within 3 × 1.4826 × MAD).
    struct Verdict
    {
        double expected = 0;
        bool up = false;
    };
    static std::optional<Verdict> judge(const std::vector<std::optional<double>>& series, size_t index);
};

} // namespace crmlens::metrics
