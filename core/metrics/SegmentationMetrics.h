#pragma once

#include "core/metrics/EngagementMetrics.h"
#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

namespace crmlens::metrics {

// METRICS.md "Segmentation" for the query's segment key. A chat with messages but no stored
// contact belongs to "(none)", so the rows of segment_engagement add up to the totals.
class SegmentationMetrics
{
public:
    // `activity` is what the engagement pass summed per value of the segment key; `leads` are the
    // scored contacts (LeadMetrics), for lead_score_distribution.
    static SegmentationSection compute(const MetricsContext& ctx, const SegmentActivityByValue& activity,
                                       const QList<LeadRow>& leads);
    // "90-100", "80-89", …, "0-9".
    static QString leadBucket(int score);
};

} // namespace crmlens::metrics
