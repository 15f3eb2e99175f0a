#include "core/metrics/ExecutiveMetrics.h"

#include "core/metrics/EngagementMetrics.h"
#include "core/metrics/MetricMath.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace crmlens::metrics {

namespace {

constexpr int kTopCampaigns = 10;

bool isActiveCampaignStatus(const QString& status)
{
    return status == QLatin1String("scheduled") || status == QLatin1String("active") ||
           status == QLatin1String("in_progress");
}

} // namespace

qint64 ExecutiveMetrics::newContacts(const MetricsContext& ctx, qint64 fromMs, qint64 toMs)
{
    qint64 n = 0;
    const auto& contacts = ctx.cache.contacts();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (ctx.isSelected(int(i)) && MetricsContext::createdIn(contacts[i], fromMs, toMs))
            ++n;
    }
    return n;
}

qint64 ExecutiveMetrics::churned(const MetricsContext& ctx, const QList<store::MetricsStatusChange>& statusChanges,
                                 qint64 fromMs, qint64 toMs)
{
    QSet<int> churned;
    const auto& contacts = ctx.cache.contacts();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (!ctx.isSelected(int(i)) || !contacts[i].known)
            continue;
        for (const auto& interval : contacts[i].deletions) {
            if (interval.first >= fromMs && interval.first < toMs)
                churned.insert(int(i));
        }
    }
    for (const store::MetricsStatusChange& change : statusChanges) {
        if (change.changedAtMs < fromMs || change.changedAtMs >= toMs)
            continue;
        const int index = ctx.cache.indexOf(change.chatId);
        if (index < 0 || !ctx.isSelected(index) || !contacts[size_t(index)].known)
            continue;
        // A status that was absent is not an inactive one.
        const bool wasInactive = !change.oldValue.isNull() && ctx.isInactiveStatus(change.oldValue);
        const bool nowInactive = !change.newValue.isNull() && ctx.isInactiveStatus(change.newValue);
        if (!wasInactive && nowInactive)
            churned.insert(index);
    }
    return churned.size();
}

ExecutiveSection ExecutiveMetrics::compute(const MetricsContext& ctx,
                                           const QList<store::MetricsStatusChange>& statusChanges,
                                           const Ratio& responseRatePct)
{
    ExecutiveSection out;
    const auto& contacts = ctx.cache.contacts();
    out.totalContacts = ctx.aliveCount(ctx.toMs);
    const qint64 totalAtFrom = ctx.aliveCount(ctx.fromMs);
    out.newContacts = newContacts(ctx, ctx.fromMs, ctx.toMs);
    out.newContactsPrev = newContacts(ctx, ctx.previousFromMs, ctx.fromMs);
    out.growthRatePct = math::percent(double(out.totalContacts - totalAtFrom), double(totalAtFrom));
    out.churnedContacts = churned(ctx, statusChanges, ctx.fromMs, ctx.toMs);
    out.churnRatePct = math::percent(double(out.churnedContacts), double(totalAtFrom));
    out.responseRatePct = responseRatePct;

    for (const CampaignInfo& c : ctx.campaigns) {
        if (isActiveCampaignStatus(c.row.status))
            ++out.activeCampaigns;
    }

    for (const MonthSpan& month : ctx.growthMonths) {
        const qint64 end = std::min(month.endMs, ctx.toMs);
        out.contactGrowth << MonthGrowth{month.label, newContacts(ctx, month.startMs, end), ctx.aliveCount(end)};
    }

    QList<RankedCampaign> ranked;
    for (const CampaignInfo& c : ctx.campaigns) {
        if (c.row.status != QLatin1String("completed") || !c.row.scheduledAtMs || !ctx.periodHas(*c.row.scheduledAtMs))
            continue;
        const Ratio rate = math::percent(double(c.row.replied), double(c.row.delivered));
        if (!rate)
            continue;
        ranked << RankedCampaign{c.row.campaignId, *rate, c.row.totalRecipients};
    }
    std::sort(ranked.begin(), ranked.end(), [](const RankedCampaign& a, const RankedCampaign& b) {
        if (a.replyRatePct != b.replyRatePct)
            return a.replyRatePct > b.replyRatePct;
        if (a.totalRecipients != b.totalRecipients)
            return a.totalRecipients > b.totalRecipients;
        return math::codePointLess(a.campaignId, b.campaignId);
    });
    out.topCampaigns = ranked.mid(0, kTopCampaigns);

    QHash<QString, qint64> sources;
    for (size_t i = 0; i < contacts.size(); ++i) {
        const ContactInfo& c = contacts[i];
        if (ctx.isSelected(int(i)) && MetricsContext::createdIn(c, ctx.fromMs, ctx.toMs))
            ++sources[ctx.fieldValue(c, QStringLiteral("source"))];
        if (ctx.isSelected(int(i)) && c.aliveAt(ctx.toMs) && (c.creationUnknown() || c.creationApproximate))
            ++out.contactsWithoutCreationTime;
    }
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
        out.sourceDistribution.append({it.key(), it.value()});
    sortByName(out.sourceDistribution);

    if (const auto start = ctx.cache.firstCompletePassStartMs()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*start, ctx.query.zone);
        out.churnTrackedSince = at.date();
    }
    return out;
}

} // namespace crmlens::metrics
