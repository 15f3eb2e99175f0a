#include "core/metrics/EngagementMetrics.h"

#include "core/metrics/FactRanges.h"
#include "core/metrics/MetricMath.h"

#include <QHash>

#include <algorithm>

namespace crmlens::metrics {

namespace {

constexpr int kKeywords = 50;
constexpr qint64 kBucketUpperMs[] = {60 * kMsPerSecond, 300 * kMsPerSecond, 1800 * kMsPerSecond, 3600 * kMsPerSecond};

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

struct OperatorAcc
{
    qint64 assigned = 0;
    qint64 resolved = 0;
    qint64 sent = 0;
    std::vector<double> responseTimes;
    std::vector<double> resolutionTimes;
    std::vector<double> csat;
};

// Everything summed while walking the chats once.
struct Scan
{
    qint64 slaMet = 0;
    qint64 conversationMessages = 0;
    std::vector<double> responseTimes;
    std::vector<double> firstResponseTimes;
    qint64 histogram[5] = {0, 0, 0, 0, 0};
    std::vector<qint64> dayInbound;
    std::vector<qint64> dayOutbound;
    QHash<int, qint64> statuses;
    QHash<int, OperatorAcc> operators;
    std::vector<qint64> tokens;
};

QList<int> resolvedStatusIds(const StringPool& strings)
{
    QList<int> ids;
    for (const char* status : {"resolved", "done", "closed"}) {
        const int id = strings.find(QString::fromLatin1(status));
        if (id >= 0)
            ids << id;
    }
    return ids;
}

} // namespace

int EngagementMetrics::responseBucket(qint64 responseMs)
{
    for (int b = 0; b < 4; ++b) {
        if (responseMs < kBucketUpperMs[b])
            return b;
    }
    return 4;
}

const QStringList& EngagementMetrics::responseBucketNames()
{
    static const QStringList names{QStringLiteral("lt_1m"), QStringLiteral("1m_5m"), QStringLiteral("5m_30m"),
                                   QStringLiteral("30m_1h"), QStringLiteral("gt_1h")};
    return names;
}

void sortByCountThenName(CountByName& rows)
{
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second)
            return a.second > b.second;
        return math::codePointLess(a.first, b.first);
    });
}

void sortByName(CountByName& rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return math::codePointLess(a.first, b.first); });
}

ResponseFigures EngagementMetrics::figures(const MetricsContext& ctx, qint64 fromMs, qint64 toMs)
{
    ResponseFigures out;
    std::vector<double> responseTimes;
    std::vector<double> firstResponseTimes;
    qint64 slaMet = 0;
    qint64 conversationMessages = 0;
    const qint64 slaMs = ctx.query.slaSeconds * kMsPerSecond;
    const auto& facts = ctx.cache.facts();
    for (int i : ctx.selected()) {
        if (!ctx.cache.activeIn(i, fromMs, toMs))
            continue;
        const ChatFacts& f = facts[size_t(i)];
        const auto [tb, te] = ranges::turns(f, fromMs, toMs);
        out.turnsStarted += qint64(te - tb);
        for (size_t t = tb; t < te; ++t) {
            const TurnFact& turn = f.turns[t];
            if (!turn.answered())
                continue;
            responseTimes.push_back(seconds(turn.responseTimeMs()));
            slaMet += turn.responseTimeMs() <= slaMs ? 1 : 0;
        }
        const auto [cb, ce] = ranges::conversations(f, fromMs, toMs);
        out.conversations += qint64(ce - cb);
        for (size_t c = cb; c < ce; ++c) {
            const ConversationFact& conversation = f.conversations[c];
            conversationMessages += conversation.messageCount;
            const TurnFact& first = f.turns[size_t(conversation.firstTurn)];
            if (first.answered())
                firstResponseTimes.push_back(seconds(first.responseTimeMs()));
        }
        const auto [ib, ie] = ranges::inbound(f, fromMs, toMs);
        out.inbound += qint64(ie - ib);
        const auto [ob, oe] = ranges::outbound(f, fromMs, toMs);
        out.outbound += qint64(oe - ob);
    }
    out.turnsAnswered = qint64(responseTimes.size());
    out.responseRatePct = math::percent(double(out.turnsAnswered), double(out.turnsStarted));
    out.slaMetPct = math::percent(double(slaMet), double(out.turnsStarted));
    out.avgResponseTimeS = math::mean(responseTimes);
    out.medianResponseTimeS = math::nearestRank(responseTimes, 50, 100);
    out.p90ResponseTimeS = math::nearestRank(responseTimes, 90, 100);
    out.avgFirstResponseTimeS = math::mean(firstResponseTimes);
    out.medianFirstResponseTimeS = math::nearestRank(firstResponseTimes, 50, 100);
    out.messagesPerConversation = math::ratio(double(conversationMessages), double(out.conversations));
    out.inboundOutboundRatio = math::ratio(double(out.inbound), double(out.outbound));
    return out;
}

EngagementSection EngagementMetrics::compute(const MetricsContext& ctx, SegmentActivityByValue& segments)
{
    const FactCache& cache = ctx.cache;
    const ZoneCalendar& cal = ctx.calendar;
    const StringPool& strings = cache.strings();
    const QList<int> resolved = resolvedStatusIds(strings);
    const qint64 slaMs = ctx.query.slaSeconds * kMsPerSecond;

    EngagementSection out;
    ResponseFigures& fig = out.figures;
    Scan scan;
    scan.dayInbound.assign(size_t(ctx.periodDays), 0);
    scan.dayOutbound.assign(size_t(ctx.periodDays), 0);
    scan.tokens.assign(size_t(cache.tokens().size()), 0);

    for (int i : ctx.selected()) {
        const ContactInfo& c = cache.contacts()[size_t(i)];
        const ChatFacts& f = cache.facts()[size_t(i)];
        SegmentActivity& segment = segments[c.known ? ctx.valueOf(c, ctx.segmentKey) : -1];

        if (ctx.aliveAtTo(i)) {
            ++segment.contacts;
            ++scan.statuses[c.status];
            if (c.operatorName >= 0) {
                OperatorAcc& a = scan.operators[c.operatorName];
                ++a.assigned;
                if (c.status >= 0 && resolved.contains(c.status)) {
                    ++a.resolved;
                    if (!f.conversations.empty() && ctx.periodHas(f.conversations.back().startMs)) {
                        const ConversationFact& last = f.conversations.back();
                        a.resolutionTimes.push_back(seconds(last.lastActivityMs - last.startMs));
                    }
                }
                if (const auto csat = ctx.numericValue(c, ctx.csatKey); csat && *csat >= 1 && *csat <= 5)
                    a.csat.push_back(*csat);
            }
        }
        if (!cache.activeIn(i, ctx.fromMs, ctx.toMs))
            continue;

        const auto [tb, te] = ranges::turns(f, ctx.fromMs, ctx.toMs);
        fig.turnsStarted += qint64(te - tb);
        segment.turns += qint64(te - tb);
        for (size_t t = tb; t < te; ++t) {
            const TurnFact& turn = f.turns[t];
            if (!turn.answered())
                continue;
            const qint64 ms = turn.responseTimeMs();
            scan.responseTimes.push_back(seconds(ms));
            scan.slaMet += ms <= slaMs ? 1 : 0;
            ++scan.histogram[responseBucket(ms)];
            ++segment.answered;
            scan.operators[ctx.creditedOperator(i, turn.responderRef)].responseTimes.push_back(seconds(ms));
        }

        const auto [cb, ce] = ranges::conversations(f, ctx.fromMs, ctx.toMs);
        fig.conversations += qint64(ce - cb);
        for (size_t k = cb; k < ce; ++k) {
            const ConversationFact& conversation = f.conversations[k];
            scan.conversationMessages += conversation.messageCount;
            const TurnFact& first = f.turns[size_t(conversation.firstTurn)];
            if (first.answered())
                scan.firstResponseTimes.push_back(seconds(first.responseTimeMs()));
        }

        const auto [ib, ie] = ranges::inbound(f, ctx.fromMs, ctx.toMs);
        fig.inbound += qint64(ie - ib);
        segment.inbound += qint64(ie - ib);
        for (size_t m = ib; m < ie; ++m) {
            const InboundFact& in = f.inbound[m];
            const int day = cal.dayIndex(in.tsMs);
            ++scan.dayInbound[size_t(day - ctx.periodFirstDay)];
            const int hour = cal.hourOf(in.tsMs);
            ++out.peakHours[size_t(hour)];
            ++out.activityHeatmap[size_t(cal.weekdayOf(day))][size_t(hour)];
            for (quint32 k = in.tokenBegin; k < in.tokenEnd; ++k) {
                const quint32 token = f.tokens[k];
                if (token < scan.tokens.size())
                    ++scan.tokens[token];
            }
        }

        const auto [ob, oe] = ranges::outbound(f, ctx.fromMs, ctx.toMs);
        fig.outbound += qint64(oe - ob);
        segment.outbound += qint64(oe - ob);
        for (size_t m = ob; m < oe; ++m) {
            const OutboundFact& o = f.outbound[m];
            ++scan.dayOutbound[size_t(cal.dayIndex(o.tsMs) - ctx.periodFirstDay)];
            if (!o.isBusiness())
                ++scan.operators[ctx.creditedOperator(i, o.operatorRef)].sent;
        }
    }

    // Figures.
    fig.turnsAnswered = qint64(scan.responseTimes.size());
    fig.responseRatePct = math::percent(double(fig.turnsAnswered), double(fig.turnsStarted));
    fig.slaMetPct = math::percent(double(scan.slaMet), double(fig.turnsStarted));
    fig.avgResponseTimeS = math::mean(scan.responseTimes);
    fig.medianResponseTimeS = math::nearestRank(scan.responseTimes, 50, 100);
    fig.p90ResponseTimeS = math::nearestRank(scan.responseTimes, 90, 100);
    fig.avgFirstResponseTimeS = math::mean(scan.firstResponseTimes);
    fig.medianFirstResponseTimeS = math::nearestRank(scan.firstResponseTimes, 50, 100);
    fig.messagesPerConversation = math::ratio(double(scan.conversationMessages), double(fig.conversations));
    fig.inboundOutboundRatio = math::ratio(double(fig.inbound), double(fig.outbound));

    const QStringList& bucketNames = responseBucketNames();
    for (int b = 0; b < 5; ++b)
        out.responseTimeHistogram << HistogramBucket{
            bucketNames[b], scan.histogram[b], math::percent(double(scan.histogram[b]), double(fig.turnsAnswered))};

    for (int d = 0; d < ctx.periodDays; ++d)
        out.messageVolume << DayVolume{cal.date(ctx.periodFirstDay + d), scan.dayInbound[size_t(d)],
                                       scan.dayOutbound[size_t(d)]};

    for (auto it = scan.statuses.constBegin(); it != scan.statuses.constEnd(); ++it)
        out.conversationStatus.append({it.key() >= 0 ? strings.text(it.key()) : kNoneValue, it.value()});
    sortByCountThenName(out.conversationStatus);

    // Operators: a row per operator named on a contact alive at `to` or credited in the period;
    // "(unassigned)" only when it has replies or turns, and then no chats, resolution or csat.
    for (auto it = scan.operators.begin(); it != scan.operators.end(); ++it) {
        OperatorAcc& a = it.value();
        const bool unassigned = it.key() == MetricsContext::kUnassignedOperator;
        if (unassigned && a.sent == 0 && a.responseTimes.empty())
            continue;
        OperatorRow row;
        row.operatorName = ctx.operatorName(it.key());
        row.chatsAssigned = unassigned ? 0 : a.assigned;
        row.chatsResolved = unassigned ? 0 : a.resolved;
        row.messagesSent = a.sent;
        row.turnsAnswered = qint64(a.responseTimes.size());
        row.avgResponseTimeS = math::mean(a.responseTimes);
        row.medianResponseTimeS = math::nearestRank(a.responseTimes, 50, 100);
        if (!unassigned) {
            row.avgResolutionTimeS = math::mean(a.resolutionTimes);
            row.csatAvg = math::mean(a.csat);
        }
        out.operators << row;
    }
    std::sort(out.operators.begin(), out.operators.end(), [](const OperatorRow& a, const OperatorRow& b) {
        if (a.turnsAnswered != b.turnsAnswered)
            return a.turnsAnswered > b.turnsAnswered;
        return math::codePointLess(a.operatorName, b.operatorName);
    });

    // Keywords: the 50 most frequent tokens that are not stop words; ties by code-point order.
    std::vector<quint32> candidates;
    for (size_t id = 0; id < scan.tokens.size(); ++id) {
        if (scan.tokens[id] > 0 && !cache.isStopToken(quint32(id)))
            candidates.push_back(quint32(id));
    }
    const auto better = [&](quint32 a, quint32 b) {
        if (scan.tokens[a] != scan.tokens[b])
            return scan.tokens[a] > scan.tokens[b];
        return math::codePointLess(cache.tokens()[a], cache.tokens()[b]);
    };
    const size_t keep = std::min<size_t>(kKeywords, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep), candidates.end(), better);
    for (size_t k = 0; k < keep; ++k)
        out.keywords << KeywordCount{cache.tokens()[candidates[k]], scan.tokens[candidates[k]]};
    return out;
}

} // namespace crmlens::metrics
