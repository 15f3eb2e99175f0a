#pragma once

#include "core/common/Error.h"
#include "core/metrics/DrillDown.h"
#include "core/metrics/MetricsContext.h"

#include <functional>
#include <vector>

namespace crmlens::metrics {

// One fact behind a message figure: an inbound or outbound message fact of a chat, or an
// answered turn (whose response is the message listed).
struct MessageHit
{
    enum class Kind : quint8 { Inbound, Outbound, Response };
    qint64 tsMs = 0; // the listed message's time (a turn's response time for Response)
    int contact = -1;
    quint32 index = 0; // InboundFact / OutboundFact index; Response: TurnFact index
    Kind kind = Kind::Inbound;
    quint32 weight = 1; // what the row adds to the figure: a keyword's occurrences in the message
};

// Which contacts or message facts each drill-down target names, decided on the cache with the
// same predicates and helpers the figures use (ExecutiveMetrics, EngagementMetrics, LeadMetrics,
// SegmentationMetrics, CampaignAttribution), so a list cannot drift from its number. Reads memory
// only; DrillDown turns the selection into rows from the store.
class DrillDownSelection
{
public:
    explicit DrillDownSelection(const MetricsContext& ctx) : m_ctx(ctx) {}

    // A request this context cannot answer (a day outside the period, an unknown bucket, ...).
    Error validate(const DrillDownRequest& request) const;

    static bool isCampaignTarget(DrillDownRequest::Target target);
    // Lists that keep the metric's own order (leads by score, at-risk by health).
    static bool keepsMetricOrder(DrillDownRequest::Target target);

    // Contact targets other than the campaign ones: cache indexes, in the metric's order for the
    // lead and at-risk lists, else in cache order.
    std::vector<int> contacts(const DrillDownRequest& request) const;
    // Campaign targets: the business sends of the campaigns at the stage; "read" yields the sends
    // delivered or read (the facts do not tell them apart: the caller reads their status).
    std::vector<MessageHit> campaignSends(const DrillDownRequest& request) const;
    // Message targets, in time order (then chat, then fact).
    std::vector<MessageHit> messages(const DrillDownRequest& request) const;

    // The funnel stage a request names ("" means recipients); empty when unknown.
    static QString stageOf(const DrillDownRequest& request);

private:
    bool campaignWanted(const DrillDownRequest& request, const QString& campaignId) const;
    QString countryText(const ContactInfo& c) const;
    std::vector<int> leadContacts(const DrillDownRequest& request) const;
    std::vector<MessageHit> periodInbound(const std::function<quint32(int, const InboundFact&)>& weigh) const;

    const MetricsContext& m_ctx;
};

} // namespace crmlens::metrics
