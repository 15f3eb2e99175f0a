#pragma once

#include <QString>

namespace crmlens::ui {

// The one-line definition of a metric, from METRICS.md, for tooltips and accessible descriptions.
// Keys are the JSON names of `crmlens-cli metrics` with their section: "executive.total_contacts",
// "campaigns.read_rate_pct", "engagement.p90_response_time_s", "segmentation.countries",
// "leads.recency", "at_risk.health_score", ... An unknown key gives an empty string (and a
// warning in debug builds), so a typo shows up in the tests rather than as a blank tooltip.
QString metricDefinition(const char* key);

} // namespace crmlens::ui
