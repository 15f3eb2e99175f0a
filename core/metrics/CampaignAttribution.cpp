#include "core/metrics/CampaignAttribution.h"

#include "core/metrics/MetricMath.h"

#include <algorithm>

namespace crmlens::metrics {

namespace {

constexpr qint64 kAttributionWindowMs = 24 * kMsPerHour;

bool canSend(const QString& status)
{
    return status != QLatin1String("draft") && status != QLatin1String("scheduled");
}

} // namespace

CampaignAttribution::CampaignAttribution(const MetricsContext& ctx) : m_ctx(ctx)
{
    for (const CampaignInfo& c : ctx.campaigns) {
        if (c.startMs != kNoTime && canSend(c.row.status))
            m_senders << &c;
    }
    std::sort(m_senders.begin(), m_senders.end(), [](const CampaignInfo* a, const CampaignInfo* b) {
        if (a->startMs != b->startMs)
            return a->startMs < b->startMs;
        return math::codePointLess(a->row.campaignId, b->row.campaignId);
    });
}

QString CampaignAttribution::campaignOf(const FactCache::BusinessSend& send) const
{
    if (send.campaignRef >= 0)
        return m_ctx.cache.facts()[size_t(send.contact)].names[send.campaignRef];
    return campaignAt(send.tsMs);
}

QString CampaignAttribution::campaignAt(qint64 tsMs) const
{
    auto it = std::upper_bound(m_senders.begin(), m_senders.end(), tsMs,
                               [](qint64 t, const CampaignInfo* c) { return t < c->startMs; });
    if (it == m_senders.begin())
        return {};
    const qint64 start = (*std::prev(it))->startMs;
    if (tsMs - start > kAttributionWindowMs)
        return {};
    // Equal starts: the lowest campaign_id, the first of its run.
    auto first = std::prev(it);
    while (first != m_senders.begin() && (*std::prev(first))->startMs == start)
        --first;
    return (*first)->row.campaignId;
}

} // namespace crmlens::metrics
