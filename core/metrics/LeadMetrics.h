#pragma once

#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

namespace crmlens::metrics {

// METRICS.md "Lead score" and "At-risk contacts", as of `as_of`: only messages before as_of
// count, and a template reply counts when it came before as_of.
//
// Choices the definitions leave open:
// - "Template messages" for received / replied are the business-initiated outbound messages
//   (type template, or carrying a campaign id), as for response times.
// - An at-risk contact's "last turn" is its last turn started before as_of; it is unanswered when
//   no operator reply came before as_of, and counts when it started more than 24 h before as_of.
// - The score is rounded half up (MetricMath::roundHalfUp); factors keep full precision.
class LeadMetrics
{
public:
    static QList<LeadRow> leads(const MetricsContext& ctx);
    static QList<AtRiskRow> atRisk(const MetricsContext& ctx);

    // Whether a business send was replied to: an inbound message strictly later, at most 72 h
    // after it, and before as_of.
    static bool replied(const OutboundFact& send, qint64 asOfMs);
};

} // namespace crmlens::metrics
