#include "core/sim/SimGeneratorData.h"
#include "core/sim/SimMessageData.h"

#include <algorithm>

// Planted anomalies: four days, each a clear outlier of one daily series, placed in the last
// ~60 days of history and never in the first 28 days, so a detector that needs four weeks of
// baseline can see every one of them.
namespace crmlens::sim::gen {
namespace {

constexpr int kBaselineDays = 28;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

} // namespace

void planAnomalyDays(Context& ctx)
{
    const auto& ws = ctx.ws;
    const int offset = ws.utcOffsetMinutes;
    const std::int64_t nowDay = Context::dayIndex(ws.now, offset);
    const std::int64_t lo = std::max(Context::dayIndex(ws.startsAt, offset) + kBaselineDays + 1, nowDay - 60);
    const std::int64_t hi = nowDay - 3;
    if (hi - lo < 12)
        return; // too little history for four separated anomalies with a baseline

    std::vector<std::int64_t> candidates;
    for (std::int64_t d = lo; d <= hi; ++d) {
        if ((d + 3) % 7 != 6) // Sundays are quiet anyway; a spike there would prove little
            candidates.push_back(d);
    }
    SimRandom rng(mixSeed(ctx.config.seed, StreamAnomalyDays));
    for (std::size_t i = candidates.size(); i > 1; --i)
        std::swap(candidates[i - 1], candidates[static_cast<std::size_t>(rng.index(i))]);

    std::vector<std::int64_t> chosen;
    for (const std::int64_t d : candidates) {
        if (std::all_of(chosen.begin(), chosen.end(), [d](std::int64_t c) { return std::abs(c - d) >= 3; }))
            chosen.push_back(d);
        if (chosen.size() == 4)
            break;
    }
    if (chosen.size() < 4)
        return;
    const auto start = [offset](std::int64_t day) { return day * kDay - offset * kMinute; };
    ctx.spikeDay = start(chosen[0]);
    ctx.collapseDay = start(chosen[1]);
    ctx.slowDay = start(chosen[2]);
    ctx.burstDay = start(chosen[3]);
}

// A courier outage: many customers write in the same day. The size is set from the generated
// baseline so the day stands at 3.6-4.4 times the median of the four weeks before it.
void injectInboundSpike(Context& ctx)
{
    if (ctx.spikeDay == 0)
        return;
    const auto& ws = ctx.ws;
    const int offset = ws.utcOffsetMinutes;
    const std::int64_t spikeIndex = Context::dayIndex(ctx.spikeDay, offset);

    std::vector<double> baseline(kBaselineDays, 0.0);
    double current = 0;
    std::vector<bool> busy(ws.contacts.size(), false);
    for (const SimMessage& m : ctx.raw) {
        if (m.timestamp >= ctx.spikeDay - kDay && m.timestamp < ctx.spikeDay + 2 * kDay)
            busy[m.contact] = true;
        if (m.direction != Direction::Inbound)
            continue;
        const std::int64_t d = Context::dayIndex(m.timestamp, offset);
        if (d == spikeIndex)
            ++current;
        else if (d < spikeIndex && d >= spikeIndex - kBaselineDays)
            ++baseline[static_cast<std::size_t>(d - (spikeIndex - kBaselineDays))];
    }

    SimRandom rng(mixSeed(ctx.config.seed, StreamSpike));
    double missing = rng.uniform(3.6, 4.4) * median(baseline) - current;
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = 0; i < ws.contacts.size(); ++i) {
        if (!busy[i] && ws.contacts[i].createdAt < ctx.spikeDay - kDay &&
            ctx.plans[i].activeUntil > ctx.spikeDay + 2 * kDay)
            candidates.push_back(static_cast<std::uint32_t>(i));
    }
    for (std::size_t i = candidates.size(); i > 1; --i)
        std::swap(candidates[i - 1], candidates[static_cast<std::size_t>(rng.index(i))]);

    static constexpr Topic topics[] = {Topic::Delivery, Topic::Complaint, Topic::Refund};
    for (std::size_t k = 0; k < candidates.size() && missing > 0; ++k) {
        const std::uint32_t contact = candidates[k];
        SimRandom contactRng(mixSeed(ctx.config.seed, StreamSpike, contact + 1));
        MessageWriter writer(ctx, contact, contactRng);
        const std::size_t before = ctx.raw.size();
        const std::int64_t start = Context::rhythmTimeOnDay(contactRng, ctx.spikeDay);
        writer.conversation(start, topics[contactRng.weighted({50, 30, 20})], contactRng.chance(0.3) ? 2 : 1,
                            ctx.plans[contact].activeUntil);
        for (std::size_t i = before; i < ctx.raw.size(); ++i) {
            const SimMessage& m = ctx.raw[i];
            if (m.direction == Direction::Inbound && ctx.inDay(ctx.spikeDay, m.timestamp))
                --missing;
        }
    }
}

void recordAnomalies(Context& ctx)
{
    auto& ws = ctx.ws;
    const auto add = [&ws](std::int64_t day, const char* metric, const char* direction, const char* cause) {
        if (day == 0)
            return;
        PlantedAnomaly a;
        a.metric = QString::fromLatin1(metric);
        a.dayStartsAt = day;
        a.day = QDate(1970, 1, 1).addDays(Context::dayIndex(day, ws.utcOffsetMinutes));
        a.direction = QString::fromLatin1(direction);
        a.cause = QString::fromLatin1(cause);
        ws.plantedAnomalies.push_back(a);
    };
    add(ctx.spikeDay, "inbound_messages", "up", "a courier outage: customers chase their deliveries");
    add(ctx.collapseDay, "delivery_rate_pct", "down", "template sending outage: most template messages fail");
    add(ctx.slowDay, "median_response_time_s", "up", "the support team is short-staffed: answers take far longer");
    add(ctx.burstDay, "new_contacts", "up", "sign-ups from a trade fair imported in one day");
    std::sort(ws.plantedAnomalies.begin(), ws.plantedAnomalies.end(),
              [](const PlantedAnomaly& a, const PlantedAnomaly& b) {
                  return a.dayStartsAt != b.dayStartsAt ? a.dayStartsAt < b.dayStartsAt : a.metric < b.metric;
              });
}

} // namespace crmlens::sim::gen
