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
    for (int i : ctx.selected())
        n += MetricsContext::createdIn(contacts[size_t(i)], fromMs, toMs) ? 1 : 0;
    return n;
}

qint64 ExecutiveMetrics::churned(const MetricsContext& ctx, qint64 fromMs, qint64 toMs)
{
    return churnedContacts(ctx, fromMs, toMs).size();
}

QSet<int> ExecutiveMetrics::churnedContacts(const MetricsContext& ctx, qint64 fromMs, qint64 toMs)
{
    QSet<int> churned;
    const auto& contacts = ctx.cache.contacts();
    for (int i : ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        if (!c.known)
            continue;
        for (const auto& interval : c.deletions) {
            if (interval.first >= fromMs && interval.first < toMs)
                churned.insert(i);
        }
    }
    const auto& changes = ctx.cache.statusChanges();
    auto it = std::partition_point(changes.begin(), changes.end(),
                                   [&](const FactCache::StatusChange& c) { return c.atMs < fromMs; });
    for (; it != changes.end() && it->atMs < toMs; ++it) {
        const FactCache::StatusChange& change = *it;
        const int index = change.contact;
        if (!ctx.isSelected(index) || !contacts[size_t(index)].known)
            continue;
        // A status that was absent is not an inactive one.
        const bool wasInactive = !change.oldValue.isNull() && ctx.isInactiveStatus(change.oldValue);
        const bool nowInactive = !change.newValue.isNull() && ctx.isInactiveStatus(change.newValue);
        if (!wasInactive && nowInactive)
            churned.insert(index);
    }
    return churned;
}

ExecutiveSection ExecutiveMetrics::compute(const MetricsContext& ctx, const Ratio& responseRatePct)
{
    ExecutiveSection out;
    const auto& contacts = ctx.cache.contacts();
    // One pass over the contacts for every contact count of the section.
    const qsizetype months = ctx.growthMonths.size();
    std::vector<qint64> monthEnds;
    for (const MonthSpan& month : ctx.growthMonths)
        monthEnds.push_back(std::min(month.endMs, ctx.toMs));
    std::vector<qint64> monthNew(size_t(months), 0);
    std::vector<qint64> monthTotal(size_t(months), 0);
    qint64 totalAtFrom = 0;
    QHash<int, qint64> sources;
    for (int i : ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        if (!c.known)
            continue;
        if (ctx.aliveAtTo(i)) {
            ++out.totalContacts;
            if (c.creationUnknown() || c.creationApproximate)
                ++out.contactsWithoutCreationTime;
        }
        totalAtFrom += ctx.aliveAtFrom(i) ? 1 : 0;
        if (MetricsContext::createdIn(c, ctx.fromMs, ctx.toMs)) {
            ++out.newContacts;
            ++sources[ctx.valueOf(c, ctx.sourceKey)];
        }
        if (MetricsContext::createdIn(c, ctx.previousFromMs, ctx.fromMs))
            ++out.newContactsPrev;
        for (qsizetype m = 0; m < months; ++m) {
            if (MetricsContext::createdIn(c, ctx.growthMonths[m].startMs, monthEnds[size_t(m)]))
                ++monthNew[size_t(m)];
            if (c.aliveAt(monthEnds[size_t(m)]))
                ++monthTotal[size_t(m)];
        }
    }
    out.growthRatePct = math::percent(double(out.totalContacts - totalAtFrom), double(totalAtFrom));
    out.churnedContacts = churned(ctx, ctx.fromMs, ctx.toMs);
    out.churnRatePct = math::percent(double(out.churnedContacts), double(totalAtFrom));
    out.responseRatePct = responseRatePct;

    for (const CampaignInfo& c : ctx.campaigns) {
        if (isActiveCampaignStatus(c.row.status))
            ++out.activeCampaigns;
    }

    for (qsizetype m = 0; m < months; ++m)
        out.contactGrowth << MonthGrowth{ctx.growthMonths[m].label, monthNew[size_t(m)], monthTotal[size_t(m)]};

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

    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
        out.sourceDistribution.append({ctx.valueText(it.key()), it.value()});
    sortByName(out.sourceDistribution);

    if (const auto start = ctx.cache.firstCompletePassStartMs()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*start, ctx.query.zone);
        out.churnTrackedSince = at.date();
    }
    return out;
}

} // namespace crmlens::metrics
