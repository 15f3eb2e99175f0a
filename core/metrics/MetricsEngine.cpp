#include "core/metrics/MetricsEngine.h"

#include "core/metrics/AnomalyMetrics.h"
#include "core/metrics/CampaignMetrics.h"
#include "core/metrics/DerivedFacts.h"
#include "core/metrics/EngagementMetrics.h"
#include "core/metrics/ExecutiveMetrics.h"
#include "core/metrics/LeadMetrics.h"
#include "core/metrics/MetricsContext.h"
#include "core/metrics/SegmentationMetrics.h"
#include "core/store/Database.h"
#include "core/store/MetricsReader.h"

namespace crmlens::metrics {

namespace {

Error queryError(const QString& message)
{
    return Error::make(Error::Kind::Validation, message);
}

Kpi kpi(Ratio value, Ratio previous)
{
    return Kpi{value, previous};
}

Ratio count(qint64 n)
{
    return double(n);
}

CampaignRates campaignRatesIn(const MetricsContext& ctx, qint64 fromMs, qint64 toMs)
{
    CampaignCounts sum;
    for (const CampaignInfo& c : ctx.campaigns) {
        if (c.startMs != kNoTime && c.startMs >= fromMs && c.startMs < toMs)
            sum += CampaignMetrics::countsOf(c.row);
    }
    return CampaignMetrics::rates(sum);
}

KpiComparison compareKpis(const MetricsContext& ctx, const MetricsSnapshot& s,
                          const QList<store::MetricsStatusChange>& changes)
{
    const ResponseFigures prev = EngagementMetrics::figures(ctx, ctx.previousFromMs, ctx.fromMs);
    const ResponseFigures& now = s.engagement.figures;
    const qint64 totalAtFrom = ctx.aliveCount(ctx.fromMs);
    const qint64 totalAtPreviousFrom = ctx.aliveCount(ctx.previousFromMs);
    const qint64 churnedBefore = ExecutiveMetrics::churned(ctx, changes, ctx.previousFromMs, ctx.fromMs);
    const CampaignRates campaignsNow = s.campaigns.overall;
    const CampaignRates campaignsBefore = campaignRatesIn(ctx, ctx.previousFromMs, ctx.fromMs);
    const auto pct = [](double part, qint64 whole) -> Ratio {
        return whole == 0 ? Ratio() : Ratio(part / double(whole) * 100.0);
    };

    KpiComparison k;
    k.totalContacts = kpi(count(s.executive.totalContacts), count(totalAtFrom));
    k.newContacts = kpi(count(s.executive.newContacts), count(s.executive.newContactsPrev));
    k.growthRatePct =
        kpi(s.executive.growthRatePct, pct(double(totalAtFrom - totalAtPreviousFrom), totalAtPreviousFrom));
    k.churnedContacts = kpi(count(s.executive.churnedContacts), count(churnedBefore));
    k.churnRatePct = kpi(s.executive.churnRatePct, pct(double(churnedBefore), totalAtPreviousFrom));
    k.responseRatePct = kpi(now.responseRatePct, prev.responseRatePct);
    k.slaMetPct = kpi(now.slaMetPct, prev.slaMetPct);
    k.avgResponseTimeS = kpi(now.avgResponseTimeS, prev.avgResponseTimeS);
    k.medianResponseTimeS = kpi(now.medianResponseTimeS, prev.medianResponseTimeS);
    k.p90ResponseTimeS = kpi(now.p90ResponseTimeS, prev.p90ResponseTimeS);
    k.avgFirstResponseTimeS = kpi(now.avgFirstResponseTimeS, prev.avgFirstResponseTimeS);
    k.medianFirstResponseTimeS = kpi(now.medianFirstResponseTimeS, prev.medianFirstResponseTimeS);
    k.messagesPerConversation = kpi(now.messagesPerConversation, prev.messagesPerConversation);
    k.inboundOutboundRatio = kpi(now.inboundOutboundRatio, prev.inboundOutboundRatio);
    k.inboundMessages = kpi(count(now.inbound), count(prev.inbound));
    k.outboundMessages = kpi(count(now.outbound), count(prev.outbound));
    k.conversations = kpi(count(now.conversations), count(prev.conversations));
    k.campaignDeliveryRatePct = kpi(campaignsNow.deliveryRatePct, campaignsBefore.deliveryRatePct);
    k.campaignReadRatePct = kpi(campaignsNow.readRatePct, campaignsBefore.readRatePct);
    k.campaignReplyRatePct = kpi(campaignsNow.replyRatePct, campaignsBefore.replyRatePct);
    k.campaignFailureRatePct = kpi(campaignsNow.failureRatePct, campaignsBefore.failureRatePct);
    return k;
}

} // namespace

MetricsEngine::MetricsEngine(store::Database& db) : m_db(db), m_cache(db) {}

Error MetricsEngine::refresh()
{
    return m_cache.refresh();
}

Result<int> MetricsEngine::refreshDerived(const QStringList& chatIds)
{
    auto written = DerivedFacts(m_db).refreshChats(chatIds);
    if (!written)
        return written.error();
    if (Error err = m_cache.refresh(); err.isError())
        return err;
    return written;
}

Result<int> MetricsEngine::rebuildDerived()
{
    auto written = DerivedFacts(m_db).rebuildAll();
    if (!written)
        return written.error();
    if (Error err = m_cache.refresh(); err.isError())
        return err;
    return written;
}

Error MetricsEngine::validate(const MetricsQuery& query) const
{
    if (!query.period.isValid())
        return queryError(QStringLiteral("The period needs a start day before its end day."));
    if (!query.zone.isValid())
        return queryError(QStringLiteral("The time zone is not a known IANA zone."));
    if (query.asOf && !query.asOf->isValid())
        return queryError(QStringLiteral("The as-of time is not a valid instant."));
    const QStringList& keys = m_cache.fieldKeys();
    if (query.segmentKey.trimmed().isEmpty())
        return queryError(QStringLiteral("The segment key is empty."));
    if (query.segmentKey != QLatin1String("source") && !keys.contains(query.segmentKey))
        return queryError(QStringLiteral("Unknown segment key '%1'. Known custom fields: %2.")
                              .arg(query.segmentKey, keys.isEmpty() ? QStringLiteral("none") : keys.join(u", ")));
    if (query.filter.hasSegment() && !keys.contains(query.filter.segmentKey))
        return queryError(
            QStringLiteral("Unknown segment key '%1' in the segment filter. Known custom fields: %2.")
                .arg(query.filter.segmentKey, keys.isEmpty() ? QStringLiteral("none") : keys.join(u", ")));
    return {};
}

Result<MetricsSnapshot> MetricsEngine::compute(const MetricsQuery& query)
{
    if (Error err = m_cache.refresh(); err.isError())
        return err;
    return computeCached(query);
}

Result<MetricsSnapshot> MetricsEngine::computeCached(const MetricsQuery& query)
{
    if (Error err = validate(query); err.isError())
        return err;
    store::MetricsReader reader(m_db);
    auto campaigns = reader.campaignsWithLatestReport();
    if (!campaigns)
        return campaigns.error();
    const MetricsContext ctx(query, m_cache, campaigns.value());
    auto changes = reader.statusChanges(ctx.previousFromMs, ctx.toMs);
    if (!changes)
        return changes.error();

    MetricsSnapshot s;
    s.period = query.period;
    s.timezone = query.zoneName();
    s.asOf = QDateTime::fromMSecsSinceEpoch(ctx.asOfMs, Qt::UTC);
    s.engagement = EngagementMetrics::compute(ctx);
    s.executive = ExecutiveMetrics::compute(ctx, changes.value(), s.engagement.figures.responseRatePct);
    s.campaigns = CampaignMetrics::compute(ctx);
    s.leads = LeadMetrics::leads(ctx);
    s.atRisk = LeadMetrics::atRisk(ctx);
    s.segmentation = SegmentationMetrics::compute(ctx, s.leads);
    s.anomalies = AnomalyMetrics::compute(ctx);
    s.kpis = compareKpis(ctx, s, changes.value());
    return s;
}

} // namespace crmlens::metrics
