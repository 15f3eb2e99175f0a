#include "core/sync/ReportPolicy.h"

namespace crmlens::sync {

bool ReportPolicy::hasNotStarted(const QString& status)
{
    const QString s = status.trimmed();
    return s == QLatin1String("draft") || s == QLatin1String("scheduled");
}

bool ReportPolicy::isDue(const store::StoredCampaign& campaign, const std::optional<store::ReportSnapshot>& last,
                         const QDateTime& roundStart, const QDateTime& now) const
{
    if (!last)
        return true;
    if (roundStart.isValid() && last->polledAt >= roundStart)
        return false; // polled in this round already (before an interruption)
    if (minIntervalSecs > 0 && last->polledAt.secsTo(now) < minIntervalSecs)
        return false;
    if (hasNotStarted(campaign.status))
        return false;
    if (!store::CampaignRepository::isFinalStatus(campaign.status))
        return true;
    if (!campaign.finalSeenAt.isValid() || last->polledAt < campaign.finalSeenAt)
        return true; // the numbers as of the end are still to be read
    QDateTime sendStart = campaign.scheduledAt.isValid() ? campaign.scheduledAt : campaign.createdAt;
    if (!sendStart.isValid())
        sendStart = campaign.finalSeenAt;
    return sendStart.secsTo(now) <= settleSecs;
}

} // namespace crmlens::sync
