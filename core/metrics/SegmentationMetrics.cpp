#include "core/metrics/SegmentationMetrics.h"

#include "core/metrics/EngagementMetrics.h"
#include "core/metrics/FactRanges.h"
#include "core/metrics/MetricMath.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace crmlens::metrics {

namespace {

struct SegmentAcc
{
    qint64 contacts = 0;
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 turns = 0;
    qint64 answered = 0;
};

} // namespace

QString SegmentationMetrics::leadBucket(int score)
{
    if (score >= 90)
        return QStringLiteral("90-100");
    const int low = std::max(0, score / 10 * 10);
    return QStringLiteral("%1-%2").arg(low).arg(low + 9);
}

SegmentationSection SegmentationMetrics::compute(const MetricsContext& ctx, const QList<LeadRow>& leads)
{
    SegmentationSection out;
    out.key = ctx.query.segmentKey;
    const auto& contacts = ctx.cache.contacts();
    const auto& facts = ctx.cache.facts();

    QHash<QString, qint64> distribution;
    QHash<QString, qint64> countries;
    QHash<QString, SegmentAcc> engagement;
    QMap<QPair<int, QString>, qint64> growth; // (month index, value) -> new
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (!ctx.isSelected(int(i)))
            continue;
        const ContactInfo& c = contacts[i];
        const QString value = c.known ? ctx.fieldValue(c, out.key) : kNoneValue;
        const ChatFacts& f = facts[i];
        const bool hasMessages = f.messageCount > 0;
        if (!c.known && !hasMessages)
            continue;
        SegmentAcc& acc = engagement[value];
        if (c.aliveAt(ctx.toMs)) {
            ++distribution[value];
            ++countries[c.country >= 0 ? ctx.cache.strings().text(c.country) : QStringLiteral("ZZ")];
            ++acc.contacts;
        }
        const auto [ib, ie] = ranges::inbound(f, ctx.fromMs, ctx.toMs);
        acc.inbound += qint64(ie - ib);
        const auto [ob, oe] = ranges::outbound(f, ctx.fromMs, ctx.toMs);
        acc.outbound += qint64(oe - ob);
        const auto [tb, te] = ranges::turns(f, ctx.fromMs, ctx.toMs);
        acc.turns += qint64(te - tb);
        for (size_t t = tb; t < te; ++t)
            acc.answered += f.turns[t].answered() ? 1 : 0;
        for (int m = 0; m < ctx.growthMonths.size(); ++m) {
            const MonthSpan& month = ctx.growthMonths[m];
            if (MetricsContext::createdIn(c, month.startMs, std::min(month.endMs, ctx.toMs)))
                ++growth[{m, value}];
        }
    }

    for (auto it = distribution.constBegin(); it != distribution.constEnd(); ++it)
        out.segmentDistribution.append({it.key(), it.value()});
    sortByName(out.segmentDistribution);
    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it)
        out.countries.append({it.key(), it.value()});
    sortByCountThenName(out.countries);

    for (auto it = growth.constBegin(); it != growth.constEnd(); ++it) {
        if (it.value() > 0)
            out.segmentGrowth << SegmentGrowthRow{ctx.growthMonths[it.key().first].label, it.key().second, it.value()};
    }
    std::stable_sort(out.segmentGrowth.begin(), out.segmentGrowth.end(),
                     [](const SegmentGrowthRow& a, const SegmentGrowthRow& b) {
                         if (a.month != b.month)
                             return a.month < b.month;
                         return math::codePointLess(a.value, b.value);
                     });

    for (auto it = engagement.constBegin(); it != engagement.constEnd(); ++it) {
        const SegmentAcc& a = it.value();
        out.segmentEngagement << SegmentEngagementRow{it.key(),
                                                      a.contacts,
                                                      a.inbound,
                                                      a.outbound,
                                                      math::ratio(double(a.inbound), double(a.contacts)),
                                                      math::percent(double(a.answered), double(a.turns))};
    }
    std::sort(out.segmentEngagement.begin(), out.segmentEngagement.end(),
              [](const SegmentEngagementRow& a, const SegmentEngagementRow& b) {
                  return math::codePointLess(a.value, b.value);
              });

    QHash<QString, qint64> buckets;
    for (const LeadRow& lead : leads)
        ++buckets[leadBucket(lead.score)];
    out.leadScoreDistribution.append({QStringLiteral("90-100"), buckets.value(QStringLiteral("90-100"))});
    for (int low = 80; low >= 0; low -= 10) {
        const QString name = QStringLiteral("%1-%2").arg(low).arg(low + 9);
        out.leadScoreDistribution.append({name, buckets.value(name)});
    }
    return out;
}

} // namespace crmlens::metrics
