#include "core/metrics/SegmentationMetrics.h"

#include "core/metrics/MetricMath.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace crmlens::metrics {

QString SegmentationMetrics::leadBucket(int score)
{
    if (score >= 90)
        return QStringLiteral("90-100");
    const int low = std::max(0, score / 10 * 10);
    return QStringLiteral("%1-%2").arg(low).arg(low + 9);
}

SegmentationSection SegmentationMetrics::compute(const MetricsContext& ctx, const SegmentActivityByValue& activity,
                                                 const QList<LeadRow>& leads)
{
    SegmentationSection out;
    out.key = ctx.query.segmentKey;
    const auto& contacts = ctx.cache.contacts();
    const StringPool& strings = ctx.cache.strings();

    QHash<int, qint64> countries;
    QMap<QPair<int, int>, qint64> growth; // (month, value id) -> new contacts
    std::vector<qint64> monthEnds;
    for (const MonthSpan& month : ctx.growthMonths)
        monthEnds.push_back(std::min(month.endMs, ctx.toMs));
    for (int i : ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        if (!c.known)
            continue;
        if (ctx.aliveAtTo(i))
            ++countries[c.country];
        if (c.createdMs == kNoTime || c.createdMs >= ctx.toMs)
            continue;
        for (int m = 0; m < ctx.growthMonths.size(); ++m) {
            if (c.createdMs >= ctx.growthMonths[m].startMs && c.createdMs < monthEnds[size_t(m)]) {
                ++growth[{m, ctx.valueOf(c, ctx.segmentKey)}];
                break;
            }
        }
    }

    for (auto it = activity.constBegin(); it != activity.constEnd(); ++it) {
        const SegmentActivity& a = it.value();
        const QString value = ctx.valueText(it.key());
        if (a.contacts > 0)
            out.segmentDistribution.append({value, a.contacts});
        out.segmentEngagement << SegmentEngagementRow{value,
                                                      a.contacts,
                                                      a.inbound,
                                                      a.outbound,
                                                      math::ratio(double(a.inbound), double(a.contacts)),
                                                      math::percent(double(a.answered), double(a.turns))};
    }
    sortByName(out.segmentDistribution);
    std::sort(out.segmentEngagement.begin(), out.segmentEngagement.end(),
              [](const SegmentEngagementRow& a, const SegmentEngagementRow& b) {
                  return math::codePointLess(a.value, b.value);
              });

    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it)
        out.countries.append({it.key() >= 0 ? strings.text(it.key()) : QStringLiteral("ZZ"), it.value()});
    sortByCountThenName(out.countries);

    for (auto it = growth.constBegin(); it != growth.constEnd(); ++it)
        out.segmentGrowth << SegmentGrowthRow{ctx.growthMonths[it.key().first].label, ctx.valueText(it.key().second),
                                              it.value()};
    std::stable_sort(out.segmentGrowth.begin(), out.segmentGrowth.end(),
                     [](const SegmentGrowthRow& a, const SegmentGrowthRow& b) {
                         if (a.month != b.month)
                             return a.month < b.month;
                         return math::codePointLess(a.value, b.value);
                     });

    qint64 buckets[10] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (const LeadRow& lead : leads)
        ++buckets[std::clamp(lead.score / 10, 0, 9)];
    for (int b = 9; b >= 0; --b)
        out.leadScoreDistribution.append(
            {b == 9 ? QStringLiteral("90-100") : QStringLiteral("%1-%2").arg(b * 10).arg(b * 10 + 9), buckets[b]});
    return out;
}

} // namespace crmlens::metrics
