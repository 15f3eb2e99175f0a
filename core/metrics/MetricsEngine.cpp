#include "core/metrics/MetricsEngine.h"

#include "core/metrics/AnomalyMetrics.h"
#include "core/metrics/CampaignMetrics.h"
#include "core/metrics/DerivedFacts.h"
#include "core/metrics/EngagementMetrics.h"
#include "core/metrics/ExecutiveMetrics.h"
#include "core/metrics/LeadMetrics.h"
#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsLogging.h"
#include "core/metrics/SegmentationMetrics.h"
#include "core/store/Database.h"
#include "core/store/MetricsReader.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace crmlens::metrics {

namespace {

Error queryError(const QString& message)
{
    return Error::make(Error::Kind::Validation, message);
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

// The previous period's side of every KPI (the current side is filled in by completeKpis).
KpiComparison compareKpis(const MetricsContext& ctx)
{
    const ResponseFigures prev = EngagementMetrics::figures(ctx, ctx.previousFromMs, ctx.fromMs);
    qint64 totalAtFrom = 0;
    qint64 totalAtPreviousFrom = 0;
    for (int i : ctx.selected()) {
        const ContactInfo& c = ctx.cache.contacts()[size_t(i)];
        totalAtFrom += ctx.aliveAtFrom(i) ? 1 : 0;
        totalAtPreviousFrom += c.aliveAt(ctx.previousFromMs) ? 1 : 0;
    }
    const qint64 churnedBefore = ExecutiveMetrics::churned(ctx, ctx.previousFromMs, ctx.fromMs);
    const qint64 newBefore = ExecutiveMetrics::newContacts(ctx, ctx.previousFromMs, ctx.fromMs);
    const CampaignRates campaignsBefore = campaignRatesIn(ctx, ctx.previousFromMs, ctx.fromMs);
    const auto pct = [](double part, qint64 whole) -> Ratio {
        return whole == 0 ? Ratio() : Ratio(part / double(whole) * 100.0);
    };

    KpiComparison k;
    k.totalContacts.previous = count(totalAtFrom);
    k.newContacts.previous = count(newBefore);
    k.growthRatePct.previous = pct(double(totalAtFrom - totalAtPreviousFrom), totalAtPreviousFrom);
    k.churnedContacts.previous = count(churnedBefore);
    k.churnRatePct.previous = pct(double(churnedBefore), totalAtPreviousFrom);
    k.responseRatePct.previous = prev.responseRatePct;
    k.slaMetPct.previous = prev.slaMetPct;
    k.avgResponseTimeS.previous = prev.avgResponseTimeS;
    k.medianResponseTimeS.previous = prev.medianResponseTimeS;
    k.p90ResponseTimeS.previous = prev.p90ResponseTimeS;
    k.avgFirstResponseTimeS.previous = prev.avgFirstResponseTimeS;
    k.medianFirstResponseTimeS.previous = prev.medianFirstResponseTimeS;
    k.messagesPerConversation.previous = prev.messagesPerConversation;
    k.inboundOutboundRatio.previous = prev.inboundOutboundRatio;
    k.inboundMessages.previous = count(prev.inbound);
    k.outboundMessages.previous = count(prev.outbound);
    k.conversations.previous = count(prev.conversations);
    k.campaignDeliveryRatePct.previous = campaignsBefore.deliveryRatePct;
    k.campaignReadRatePct.previous = campaignsBefore.readRatePct;
    k.campaignReplyRatePct.previous = campaignsBefore.replyRatePct;
    k.campaignFailureRatePct.previous = campaignsBefore.failureRatePct;
    return k;
}

void completeKpis(KpiComparison& k, const MetricsSnapshot& s)
{
    const ResponseFigures& now = s.engagement.figures;
    k.totalContacts.value = count(s.executive.totalContacts);
    k.newContacts.value = count(s.executive.newContacts);
    k.growthRatePct.value = s.executive.growthRatePct;
    k.churnedContacts.value = count(s.executive.churnedContacts);
    k.churnRatePct.value = s.executive.churnRatePct;
    k.responseRatePct.value = now.responseRatePct;
    k.slaMetPct.value = now.slaMetPct;
    k.avgResponseTimeS.value = now.avgResponseTimeS;
    k.medianResponseTimeS.value = now.medianResponseTimeS;
    k.p90ResponseTimeS.value = now.p90ResponseTimeS;
    k.avgFirstResponseTimeS.value = now.avgFirstResponseTimeS;
    k.medianFirstResponseTimeS.value = now.medianFirstResponseTimeS;
    k.messagesPerConversation.value = now.messagesPerConversation;
    k.inboundOutboundRatio.value = now.inboundOutboundRatio;
    k.inboundMessages.value = count(now.inbound);
    k.outboundMessages.value = count(now.outbound);
    k.conversations.value = count(now.conversations);
    k.campaignDeliveryRatePct.value = s.campaigns.overall.deliveryRatePct;
    k.campaignReadRatePct.value = s.campaigns.overall.readRatePct;
    k.campaignReplyRatePct.value = s.campaigns.overall.replyRatePct;
    k.campaignFailureRatePct.value = s.campaigns.overall.failureRatePct;
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
    QElapsedTimer timer;
    timer.start();
    // The chats just derived are read back; a search for other stale chats waits for compute().
    if (Error err = m_cache.refresh(false); err.isError())
        return err;
    qCDebug(lcMetrics) << "cache refresh after deriving" << timer.elapsed() << "ms";
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
    QElapsedTimer timer;
    timer.start();
    if (Error err = m_cache.refresh(); err.isError())
        return err;
    qCDebug(lcMetrics) << "refresh" << timer.elapsed() << "ms";
    return computeCached(query);
}

Result<MetricsSnapshot> MetricsEngine::computeCached(const MetricsQuery& query)
{
    if (Error err = validate(query); err.isError())
        return err;
    // Section timings for diagnosis (QT_LOGGING_RULES="crmlens.metrics.debug=true").
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&](const char* what) {
        if (lcMetrics().isDebugEnabled())
            qCDebug(lcMetrics) << what << timer.restart() << "ms";
    };
    const MetricsContext ctx(query, m_cache, m_cache.campaigns());
    lap("context");

    MetricsSnapshot s;
    s.period = query.period;
    s.timezone = query.zoneName();
    s.asOf = QDateTime::fromMSecsSinceEpoch(ctx.asOfMs, Qt::UTC);
    // The sections only read the cache and the context: the per-contact lists, the anomaly series
    // and the previous period run on the thread pool while this thread does the period's activity.
    QFuture<void> contactsSide = QtConcurrent::run([&] {
        s.leads = LeadMetrics::leads(ctx);
        s.atRisk = LeadMetrics::atRisk(ctx);
    });
    QFuture<void> historySide = QtConcurrent::run([&] {
        s.anomalies = AnomalyMetrics::compute(ctx);
        s.kpis = compareKpis(ctx);
    });
    SegmentActivityByValue segmentActivity;
    s.engagement = EngagementMetrics::compute(ctx, segmentActivity);
    lap("engagement");
    s.executive = ExecutiveMetrics::compute(ctx, s.engagement.figures.responseRatePct);
    lap("executive");
    s.campaigns = CampaignMetrics::compute(ctx);
    lap("campaigns");
    contactsSide.waitForFinished();
    historySide.waitForFinished();
    lap("leads, at risk, anomalies and the previous period");
    s.segmentation = SegmentationMetrics::compute(ctx, segmentActivity, s.leads);
    completeKpis(s.kpis, s);
    lap("segmentation");
    return s;
}

} // namespace crmlens::metrics
