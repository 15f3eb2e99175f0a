#include "core/metrics/AnomalyMetrics.h"

#include "core/metrics/FactRanges.h"
#include "core/metrics/MetricMath.h"

#include <algorithm>
#include <cmath>

namespace crmlens::metrics {

namespace {

constexpr int kWindowDays = 28;
constexpr int kMinimumValues = 14;
constexpr double kThreshold = 3 * 1.4826;

using Series = std::vector<std::optional<double>>;

// Counts per calendar day, a value every day from the series' own first non-zero day on.
Series countSeries(const std::vector<qint64>& counts, std::optional<qint64> firstNonZeroMs, const ZoneCalendar& cal)
{
    Series series(counts.size());
    if (!firstNonZeroMs)
        return series;
    int first = 0;
    if (*firstNonZeroMs >= cal.dayStart(cal.dayCount()))
        return series;
    if (*firstNonZeroMs >= cal.dayStart(0))
        first = cal.dayIndex(*firstNonZeroMs);
    for (size_t d = size_t(first); d < counts.size(); ++d)
        series[d] = double(counts[d]);
    return series;
}

} // namespace

std::optional<AnomalyMetrics::Verdict> AnomalyMetrics::judge(const Series& series, size_t index)
{
    if (index >= series.size() || !series[index])
        return std::nullopt;
    std::vector<double> window;
    for (size_t d = index >= size_t(kWindowDays) ? index - kWindowDays : 0; d < index; ++d) {
        if (series[d])
            window.push_back(*series[d]);
    }
    // Days before the calendar's first day are not part of the window: the calendar starts
    // 28 days before the period, so every judged day has its full window.
    if (window.size() < size_t(kMinimumValues))
        return std::nullopt;
    const double m = *math::median(window);
    std::vector<double> deviations;
    deviations.reserve(window.size());
    for (double v : window)
        deviations.push_back(std::fabs(v - m));
    const double mad = *math::median(deviations);
    if (mad == 0)
        return std::nullopt;
    const double x = *series[index];
    if (std::fabs(x - m) <= kThreshold * mad)
        return std::nullopt;
    return Verdict{m, x > m};
}

QList<Anomaly> AnomalyMetrics::compute(const MetricsContext& ctx)
{
    const ZoneCalendar& cal = ctx.calendar;
    const size_t days = size_t(cal.dayCount());
    const qint64 begin = cal.dayStart(0);
    const qint64 end = cal.dayStart(cal.dayCount());

    std::vector<qint64> inbound(days, 0);
    std::vector<qint64> created(days, 0);
    std::vector<qint64> templates(days, 0);
    std::vector<qint64> delivered(days, 0);
    std::vector<std::vector<double>> responseTimes(days);
    std::optional<qint64> firstInbound;
    std::optional<qint64> firstCreated;

    const auto& contacts = ctx.cache.contacts();
    const auto& facts = ctx.cache.facts();
    for (int i : ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        const ChatFacts& f = facts[size_t(i)];
        if (c.known && !c.creationUnknown()) {
            firstCreated = firstCreated ? std::min(*firstCreated, c.createdMs) : c.createdMs;
            const int day = cal.dayIndex(c.createdMs);
            if (day >= 0)
                ++created[size_t(day)];
        }
        if (!f.inbound.empty())
            firstInbound = firstInbound ? std::min(*firstInbound, f.inbound.front().tsMs) : f.inbound.front().tsMs;
        if (!ctx.cache.activeIn(i, begin, end))
            continue;
        const auto [ib, ie] = ranges::inbound(f, begin, end);
        for (size_t m = ib; m < ie; ++m)
            ++inbound[size_t(cal.dayIndex(f.inbound[m].tsMs))];
        const auto [ob, oe] = ranges::outbound(f, begin, end);
        for (size_t m = ob; m < oe; ++m) {
            const OutboundFact& o = f.outbound[m];
            if (!o.isBusiness())
                continue;
            const size_t day = size_t(cal.dayIndex(o.tsMs));
            ++templates[day];
            delivered[day] += o.isDeliveredOrRead() ? 1 : 0;
        }
        const auto [tb, te] = ranges::turns(f, begin, end);
        for (size_t t = tb; t < te; ++t) {
            const TurnFact& turn = f.turns[t];
            if (turn.answered())
                responseTimes[size_t(cal.dayIndex(turn.startMs))].push_back(double(turn.responseTimeMs()) / 1000.0);
        }
    }

    struct Named
    {
        QString metric;
        Series series;
        bool integral;
    };
    QList<Named> all;
    all << Named{QStringLiteral("delivery_rate_pct"), Series(days), false};
    for (size_t d = 0; d < days; ++d)
        all.last().series[d] = math::percent(double(delivered[d]), double(templates[d]));
    all << Named{QStringLiteral("inbound_messages"), countSeries(inbound, firstInbound, cal), true};
    all << Named{QStringLiteral("median_response_time_s"), Series(days), false};
    for (size_t d = 0; d < days; ++d)
        all.last().series[d] = math::nearestRank(responseTimes[d], 50, 100);
    all << Named{QStringLiteral("new_contacts"), countSeries(created, firstCreated, cal), true};

    // Day by day, then metric name: the series are listed in name order above.
    QList<Anomaly> out;
    for (int d = 0; d < ctx.periodDays; ++d) {
        const size_t index = size_t(ctx.periodFirstDay + d);
        for (const Named& n : all) {
            const auto verdict = judge(n.series, index);
            if (!verdict)
                continue;
            out << Anomaly{n.metric,          cal.date(int(index)),
                           *n.series[index],  n.integral,
                           verdict->expected, verdict->up ? QStringLiteral("up") : QStringLiteral("down")};
        }
    }
    return out;
}

} // namespace crmlens::metrics
