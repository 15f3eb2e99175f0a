#pragma once

#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

#include <QList>
#include <QSet>

namespace crmlens::metrics {

// Contact counts, growth and churn of METRICS.md "Executive" (contact counts follow "Creation
// time", "Deleted contacts" and "Inactive statuses").
//
// Choices the definitions leave open:
// - `contact_growth` counts a month's new contacts up to the earlier of its end and `to`, like its
//   total, so the last month never counts contacts created after the period.
// - `top_campaigns` ranks only campaigns with a reply rate (delivered > 0).
// - A status change churns when its old value is not in the inactive set (an absent status is not
//   inactive) and its new value is; statuses compare exactly (METRICS.md "Values").
// - A deletion that a later pass undid (the contact was listed again) still made the contact
//   churned in the period of the deletion, as a status that went inactive and back does.
class ExecutiveMetrics
{
public:
    // Contacts churned in [fromMs, toMs) among the selected ones.
    static qint64 churned(const MetricsContext& ctx, qint64 fromMs, qint64 toMs);
    // The same contacts by cache index: what a drill-down into the churn figure lists.
    static QSet<int> churnedContacts(const MetricsContext& ctx, qint64 fromMs, qint64 toMs);
    static qint64 newContacts(const MetricsContext& ctx, qint64 fromMs, qint64 toMs);

    static ExecutiveSection compute(const MetricsContext& ctx, const Ratio& responseRatePct);
};

} // namespace crmlens::metrics
