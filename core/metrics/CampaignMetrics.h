#pragma once

#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

#include <optional>

namespace crmlens::metrics {

// METRICS.md "Campaigns" over the period's campaigns (scheduled_at in the period, or created_at
// when there is no scheduled_at). Counts come from each campaign's newest report; campaign
// metrics are not narrowed by contact filters, and ROI reads every chat.
//
// Choices the definitions leave open:
// - A campaign whose report was never read counts with the recipients of the campaign list and
//   zero for the other counts.
// - `campaigns` and `roi` are listed by start (scheduled_at, else created_at), then campaign_id;
//   `templates` by name, `send_time_heatmap` by weekday and hour, `ab_tests` by group name and
//   their variants by label.
// - A campaign name that is nothing but a variant marker ("[A]") forms no A/B group.
// - A campaign the user grouped in the app belongs to that group only, not to a name-marker group.
class CampaignMetrics
{
public:
    static CampaignSection compute(const MetricsContext& ctx);
    // The four rates of summed counts (percentages; empty for a zero denominator).
    static CampaignRates rates(const CampaignCounts& counts);
    // The campaign's counts: its report, or the listed recipients when it has none.
    static CampaignCounts countsOf(const store::MetricsCampaignRow& row);

    struct VariantName
    {
        QString group;
        QString variant; // upper-cased
    };
    // Splits "Promo Ramadan [a]" into ("Promo Ramadan", "A"); nullopt without a marker.
    static std::optional<VariantName> splitVariant(const QString& name);

private:
    static QList<AbTest> abTests(const MetricsContext& ctx, const QList<const CampaignInfo*>& inPeriod);
    static QList<RoiRow> roi(const MetricsContext& ctx, const QList<const CampaignInfo*>& inPeriod);
};

} // namespace crmlens::metrics
