#pragma once

#include "core/metrics/FactCache.h"
#include "core/metrics/MetricsContext.h"

#include <QList>
#include <QString>

namespace crmlens::metrics {

// The campaign a business send (template message) belongs to, as METRICS.md "roi" defines it:
// the campaign its own campaign_id names, else the campaign, among those that can send (status
// not draft or scheduled), with the latest start (scheduled_at, else created_at) at or before it
// and at most 24 h before it; equal starts go to the lowest campaign_id. ROI and the campaign
// drill-downs both ask it, so a campaign's repliers and its recipient list agree.
class CampaignAttribution
{
public:
    explicit CampaignAttribution(const MetricsContext& ctx);

    // Empty when the send belongs to no campaign.
    QString campaignOf(const FactCache::BusinessSend& send) const;
    QString campaignAt(qint64 tsMs) const; // for a send without its own campaign_id

private:
    const MetricsContext& m_ctx;
    QList<const CampaignInfo*> m_senders; // by start, then campaign_id
};

} // namespace crmlens::metrics
