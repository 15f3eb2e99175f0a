#include "core/metrics/LeadMetrics.h"

#include "core/metrics/FactRanges.h"
#include "core/metrics/MetricMath.h"

#include <algorithm>

namespace crmlens::metrics {

namespace {

constexpr qint64 kReplyWindowMs = 72 * kMsPerHour;

qint64 daysMs(double days)
{
    return qint64(days * double(kMsPerDay));
}

// Index one past the last inbound message before t.
size_t inboundBefore(const ChatFacts& f, qint64 t)
{
    return ranges::inbound(f, std::numeric_limits<qint64>::min() + 1, t).second;
}

double profilePoints(const MetricsContext& ctx, const ContactInfo& c)
{
    const LeadScoreWeights& w = ctx.query.leadWeights;
    const int value = ctx.valueOf(c, ctx.leadStageKey);
    if (value < 0)
        return w.profileOther;
    const QString& stage = ctx.cache.strings().text(value);
    if (stage == QLatin1String("qualified"))
        return w.profileQualified;
    if (stage == QLatin1String("proposal"))
        return w.profileProposal;
    if (stage == QLatin1String("won"))
        return w.profileWon;
    if (stage == QLatin1String("lost"))
        return w.profileLost;
    return w.profileOther;
}

// Rows ordered by `before`, ties by chat id (code points, through the cache's ranks).
template <typename Row, typename Before>
QList<Row> sortedBy(const QList<Row>& rows, const std::vector<int>& rank, Before before)
{
    std::vector<int> order(size_t(rows.size()));
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = int(k);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (before(rows[a], rows[b]))
            return true;
        if (before(rows[b], rows[a]))
            return false;
        return rank[size_t(a)] < rank[size_t(b)];
    });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (int k : order)
        sorted << rows[k];
    return sorted;
}

} // namespace

bool LeadMetrics::replied(const OutboundFact& send, qint64 asOfMs)
{
    return send.nextInboundMs != kNoTime && send.nextInboundMs - send.tsMs <= kReplyWindowMs &&
           send.nextInboundMs < asOfMs;
}

QList<LeadRow> LeadMetrics::leads(const MetricsContext& ctx)
{
    QList<LeadRow> out;
    std::vector<int> rank;
    const LeadScoreWeights& w = ctx.query.leadWeights;
    const qint64 asOf = ctx.asOfMs;
    const qint64 quietBeforeMs =
        daysMs(std::max({w.recencyWindowDays, w.engagementWindowDays, w.responsivenessWindowDays}));
    const auto& contacts = ctx.cache.contacts();
    const auto& facts = ctx.cache.facts();
    for (int i : ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        if (!c.aliveAt(asOf))
            continue;
        const ChatFacts& f = facts[size_t(i)];
        LeadRow row;
        row.chatId = c.chatId;
        row.profile = profilePoints(ctx, c);
        if (!ctx.cache.activeIn(i, asOf - quietBeforeMs, asOf)) {
            // Nothing in any factor's window: no recency, no engagement, no template received.
            row.responsiveness = w.responsivenessWithoutTemplates;
            row.score = math::roundHalfUp(row.recency + row.engagement + row.responsiveness + row.profile);
            row.hot = row.score >= w.hotThreshold;
            out << row;
            rank.push_back(ctx.cache.chatRank(i));
            continue;
        }

        const size_t before = inboundBefore(f, asOf);
        if (before > 0) {
            const double days = double(asOf - f.inbound[before - 1].tsMs) / double(kMsPerDay);
            row.recency = w.recencyMax * std::max(0.0, 1.0 - days / w.recencyWindowDays);
        }
        const auto [eb, ee] = ranges::inbound(f, asOf - daysMs(w.engagementWindowDays), asOf);
        row.engagement = w.engagementMax * std::min(1.0, double(ee - eb) / w.engagementFullAt);

        qint64 received = 0;
        qint64 answered = 0;
        const auto [ob, oe] = ranges::outbound(f, asOf - daysMs(w.responsivenessWindowDays), asOf);
        for (size_t m = ob; m < oe; ++m) {
            const OutboundFact& send = f.outbound[m];
            if (!send.isBusiness() || send.isFailed())
                continue;
            ++received;
            answered += replied(send, asOf) ? 1 : 0;
        }
        row.responsiveness = received == 0 ? w.responsivenessWithoutTemplates
                                           : double(answered) / double(received) * w.responsivenessMax;
        row.score = math::roundHalfUp(row.recency + row.engagement + row.responsiveness + row.profile);
        row.hot = row.score >= w.hotThreshold;
        out << row;
        rank.push_back(ctx.cache.chatRank(i));
    }
    return sortedBy(out, rank, [](const LeadRow& a, const LeadRow& b) { return a.score > b.score; });
}

QList<AtRiskRow> LeadMetrics::atRisk(const MetricsContext& ctx)
{
    QList<AtRiskRow> out;
    std::vector<int> rank;
    const qint64 asOf = ctx.asOfMs;
    const auto& contacts = ctx.cache.contacts();
    const auto& facts = ctx.cache.facts();
    const StringPool& strings = ctx.cache.strings();
    for (int i : ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        if (!c.aliveAt(asOf) || ctx.isInactiveStatus(c.status))
            continue;
        const ChatFacts& f = facts[size_t(i)];
        const size_t before = inboundBefore(f, asOf);
        if (before == 0)
            continue;
        const qint64 sinceLast = asOf - f.inbound[before - 1].tsMs;
        if (sinceLast <= 30 * kMsPerDay)
            continue;

        AtRiskRow row;
        row.chatId = c.chatId;
        row.daysSinceLastInbound = double(sinceLast) / double(kMsPerDay);

        // The last three received business sends before as_of, newest last.
        std::vector<const OutboundFact*> received;
        const size_t outBefore = ranges::outbound(f, std::numeric_limits<qint64>::min() + 1, asOf).second;
        for (size_t m = 0; m < outBefore; ++m) {
            if (f.outbound[m].isBusiness() && !f.outbound[m].isFailed())
                received.push_back(&f.outbound[m]);
        }
        if (received.size() >= 3) {
            bool any = false;
            for (size_t k = received.size() - 3; k < received.size(); ++k)
                any = any || replied(*received[k], asOf);
            if (!any)
                row.riskIndicators << QStringLiteral("no_reply_last_3_campaigns");
        }
        if (outBefore > 0 && f.outbound[outBefore - 1].isFailed())
            row.riskIndicators << QStringLiteral("last_delivery_failed");
        const auto [rb, re] = ranges::inbound(f, asOf - 30 * kMsPerDay, asOf);
        const auto [pb, pe] = ranges::inbound(f, asOf - 60 * kMsPerDay, asOf - 30 * kMsPerDay);
        const qint64 recent = qint64(re - rb);
        const qint64 earlier = qint64(pe - pb);
        if (earlier >= 4 && 2 * recent < earlier)
            row.riskIndicators << QStringLiteral("activity_dropped");
        const QString status = c.status >= 0 ? strings.text(c.status) : QString();
        if (status == QLatin1String("open") || status == QLatin1String("pending")) {
            const size_t turnsBefore = ranges::turns(f, std::numeric_limits<qint64>::min() + 1, asOf).second;
            if (turnsBefore > 0) {
                const TurnFact& last = f.turns[turnsBefore - 1];
                const bool unanswered = !last.answered() || last.responseMs >= asOf;
                if (unanswered && asOf - last.startMs > kMsPerDay)
                    row.riskIndicators << QStringLiteral("unanswered_open_chat");
            }
        }
        const qint64 wholeDays = sinceLast / kMsPerDay;
        row.healthScore =
            int(std::max<qint64>(0, 100 - std::min<qint64>(100, wholeDays) - 10 * qint64(row.riskIndicators.size())));
        if (row.riskIndicators.contains(QStringLiteral("no_reply_last_3_campaigns")))
            row.recommendedAction = QStringLiteral("re-engage campaign");
        else if (row.riskIndicators.contains(QStringLiteral("last_delivery_failed")))
            row.recommendedAction = QStringLiteral("verify number");
        else if (row.riskIndicators.contains(QStringLiteral("unanswered_open_chat")))
            row.recommendedAction = QStringLiteral("operator follow-up");
        else
            row.recommendedAction = QStringLiteral("check-in message");
        out << row;
        rank.push_back(ctx.cache.chatRank(i));
    }
    return sortedBy(out, rank, [](const AtRiskRow& a, const AtRiskRow& b) { return a.healthScore < b.healthScore; });
}

} // namespace crmlens::metrics
