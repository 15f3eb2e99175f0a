#include "core/metrics/EngagementMetrics.h"

#include "core/metrics/FactRanges.h"
#include "core/metrics/MetricMath.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace crmlens::metrics {

namespace {

constexpr int kKeywords = 50;

const QSet<QString>& resolvedStatuses()
{
    static const QSet<QString> statuses{QStringLiteral("resolved"), QStringLiteral("done"), QStringLiteral("closed")};
    return statuses;
}

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

} // namespace

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
    for (size_t i = 0; i < facts.size(); ++i) {
        if (!ctx.isSelected(int(i)))
            continue;
        const ChatFacts& f = facts[i];
        const auto [tb, te] = ranges::turns(f, fromMs, toMs);
        out.turnsStarted += qint64(te - tb);
        for (size_t t = tb; t < te; ++t) {
            const TurnFact& turn = f.turns[t];
            if (!turn.answered())
                continue;
            ++out.turnsAnswered;
            responseTimes.push_back(seconds(turn.responseTimeMs()));
            if (turn.responseTimeMs() <= slaMs)
                ++slaMet;
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

EngagementSection EngagementMetrics::compute(const MetricsContext& ctx)
{
    EngagementSection out;
    out.figures = figures(ctx, ctx.fromMs, ctx.toMs);
    fillHistogram(ctx, out);
    fillVolume(ctx, out);
    fillStatus(ctx, out);
    fillOperators(ctx, out);
    fillKeywords(ctx, out);
    return out;
}

void EngagementMetrics::fillHistogram(const MetricsContext& ctx, EngagementSection& out)
{
    static const QStringList names{QStringLiteral("lt_1m"), QStringLiteral("1m_5m"), QStringLiteral("5m_30m"),
                                   QStringLiteral("30m_1h"), QStringLiteral("gt_1h")};
    static const qint64 upperMs[] = {60 * kMsPerSecond, 300 * kMsPerSecond, 1800 * kMsPerSecond, 3600 * kMsPerSecond};
    qint64 counts[5] = {0, 0, 0, 0, 0};
    qint64 answered = 0;
    const auto& facts = ctx.cache.facts();
    for (size_t i = 0; i < facts.size(); ++i) {
        if (!ctx.isSelected(int(i)))
            continue;
        const ChatFacts& f = facts[i];
        const auto [tb, te] = ranges::turns(f, ctx.fromMs, ctx.toMs);
        for (size_t t = tb; t < te; ++t) {
            const TurnFact& turn = f.turns[t];
            if (!turn.answered())
                continue;
            ++answered;
            int bucket = 4;
            for (int b = 0; b < 4; ++b) {
                if (turn.responseTimeMs() < upperMs[b]) {
                    bucket = b;
                    break;
                }
            }
            ++counts[bucket];
        }
    }
    for (int b = 0; b < 5; ++b)
        out.responseTimeHistogram << HistogramBucket{names[b], counts[b],
                                                     math::percent(double(counts[b]), double(answered))};
}

void EngagementMetrics::fillVolume(const MetricsContext& ctx, EngagementSection& out)
{
    const ZoneCalendar& cal = ctx.calendar;
    std::vector<qint64> inbound(size_t(ctx.periodDays), 0);
    std::vector<qint64> outbound(size_t(ctx.periodDays), 0);
    const auto& facts = ctx.cache.facts();
    for (size_t i = 0; i < facts.size(); ++i) {
        if (!ctx.isSelected(int(i)))
            continue;
        const ChatFacts& f = facts[i];
        const auto [ib, ie] = ranges::inbound(f, ctx.fromMs, ctx.toMs);
        for (size_t m = ib; m < ie; ++m) {
            const qint64 t = f.inbound[m].tsMs;
            const int day = cal.dayIndex(t);
            ++inbound[size_t(day - ctx.periodFirstDay)];
            const int hour = cal.hourOf(t);
            ++out.peakHours[size_t(hour)];
            ++out.activityHeatmap[size_t(cal.weekdayOf(day))][size_t(hour)];
        }
        const auto [ob, oe] = ranges::outbound(f, ctx.fromMs, ctx.toMs);
        for (size_t m = ob; m < oe; ++m)
            ++outbound[size_t(cal.dayIndex(f.outbound[m].tsMs) - ctx.periodFirstDay)];
    }
    for (int d = 0; d < ctx.periodDays; ++d)
        out.messageVolume << DayVolume{cal.date(ctx.periodFirstDay + d), inbound[size_t(d)], outbound[size_t(d)]};
}

void EngagementMetrics::fillStatus(const MetricsContext& ctx, EngagementSection& out)
{
    QHash<int, qint64> byStatus;
    const auto& contacts = ctx.cache.contacts();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (ctx.isSelected(int(i)) && contacts[i].aliveAt(ctx.toMs))
            ++byStatus[contacts[i].status];
    }
    for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it)
        out.conversationStatus.append({it.key() >= 0 ? ctx.cache.strings().text(it.key()) : kNoneValue, it.value()});
    sortByCountThenName(out.conversationStatus);
}

void EngagementMetrics::fillOperators(const MetricsContext& ctx, EngagementSection& out)
{
    QHash<QString, OperatorAcc> acc;
    const auto& contacts = ctx.cache.contacts();
    const auto& facts = ctx.cache.facts();
    const StringPool& strings = ctx.cache.strings();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (!ctx.isSelected(int(i)))
            continue;
        const ContactInfo& c = contacts[i];
        const ChatFacts& f = facts[i];
        if (c.operatorName >= 0 && c.aliveAt(ctx.toMs)) {
            OperatorAcc& a = acc[strings.text(c.operatorName)];
            ++a.assigned;
            if (c.status >= 0 && resolvedStatuses().contains(strings.text(c.status))) {
                ++a.resolved;
                if (!f.conversations.empty() && ctx.periodHas(f.conversations.back().startMs)) {
                    const ConversationFact& last = f.conversations.back();
                    a.resolutionTimes.push_back(seconds(last.lastActivityMs - last.startMs));
                }
            }
            if (const auto csat = ctx.numericField(c, QStringLiteral("csat")); csat && *csat >= 1 && *csat <= 5)
                a.csat.push_back(*csat);
        }
        const auto [ob, oe] = ranges::outbound(f, ctx.fromMs, ctx.toMs);
        for (size_t m = ob; m < oe; ++m) {
            if (!f.outbound[m].isBusiness())
                ++acc[ctx.creditedOperator(int(i), f.outbound[m].operatorRef)].sent;
        }
        const auto [tb, te] = ranges::turns(f, ctx.fromMs, ctx.toMs);
        for (size_t t = tb; t < te; ++t) {
            const TurnFact& turn = f.turns[t];
            if (turn.answered())
                acc[ctx.creditedOperator(int(i), turn.responderRef)].responseTimes.push_back(
                    seconds(turn.responseTimeMs()));
        }
    }
    for (auto it = acc.begin(); it != acc.end(); ++it) {
        OperatorAcc& a = it.value();
        const bool unassigned = it.key() == kUnassigned;
        if (unassigned && a.sent == 0 && a.responseTimes.empty())
            continue;
        OperatorRow row;
        row.operatorName = it.key();
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
}

void EngagementMetrics::fillKeywords(const MetricsContext& ctx, EngagementSection& out)
{
    const FactCache& cache = ctx.cache;
    std::vector<qint64> counts(size_t(cache.tokens().size()), 0);
    const auto& facts = cache.facts();
    for (size_t i = 0; i < facts.size(); ++i) {
        if (!ctx.isSelected(int(i)))
            continue;
        const ChatFacts& f = facts[i];
        const auto [ib, ie] = ranges::inbound(f, ctx.fromMs, ctx.toMs);
        for (size_t m = ib; m < ie; ++m) {
            for (quint32 k = f.inbound[m].tokenBegin; k < f.inbound[m].tokenEnd; ++k) {
                const quint32 token = f.tokens[k];
                if (token < counts.size())
                    ++counts[token];
            }
        }
    }
    std::vector<quint32> candidates;
    for (size_t id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0 && !cache.isStopToken(quint32(id)))
            candidates.push_back(quint32(id));
    }
    const auto better = [&](quint32 a, quint32 b) {
        if (counts[a] != counts[b])
            return counts[a] > counts[b];
        return math::codePointLess(cache.tokens()[a], cache.tokens()[b]);
    };
    const size_t keep = std::min<size_t>(kKeywords, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep), candidates.end(), better);
    for (size_t k = 0; k < keep; ++k)
        out.keywords << KeywordCount{cache.tokens()[candidates[k]], counts[candidates[k]]};
}

} // namespace crmlens::metrics
