#pragma once

#include "core/common/AppSettings.h"
#include "core/metrics/MetricsQuery.h"

namespace crmlens::session {

// The metrics query as the user's settings shape it: workspace zone, SLA, inactive statuses,
// lead-score weights, cost per message, revenue and segment keys, A/B groups. Period, as-of and
// filters are left at their defaults for the window to set. It lives here rather than in
// AppSettings because core/common sits below core/metrics.
metrics::MetricsQuery queryDefaults(const AppSettings& settings);

metrics::LeadScoreWeights toLeadScoreWeights(const LeadWeightSettings& weights);
LeadWeightSettings toLeadWeightSettings(const metrics::LeadScoreWeights& weights);
metrics::AbGroupSpec toAbGroupSpec(const AbGroupSettings& group);
AbGroupSettings toAbGroupSettings(const metrics::AbGroupSpec& group);

} // namespace crmlens::session
