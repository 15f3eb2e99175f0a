#include "core/sim/SimGeneratorData.h"
#include "core/sim/SimMessageData.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

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

using DailySeries = std::map<std::int64_t, double>; // day index at the home offset -> value

// The day's value against the 28 days before it, by the rule of METRICS.md (Anomalies).
bool standsOut(const DailySeries& series, std::int64_t day, bool up)
{
    std::vector<double> previous;
    for (std::int64_t d = day - kBaselineDays; d < day; ++d) {
        const auto it = series.find(d);
        if (it != series.end())
            previous.push_back(it->second);
    }
    const auto it = series.find(day);
    if (previous.size() < kBaselineDays / 2 || it == series.end())
        return false;
    const double m = median(previous);
    std::vector<double> deviations;
    for (const double v : previous)
        deviations.push_back(std::abs(v - m));
    const double mad = median(deviations);
    return mad > 0 && std::abs(it->second - m) > 3 * 1.4826 * mad && (it->second > m) == up;
}

// The four daily series the planted anomalies live in, as METRICS.md defines them.
struct DailySeriesSet
{
    DailySeries inbound;
    DailySeries newContacts;
    DailySeries deliveryRate;
    DailySeries medianResponse;
};

void fillZeros(DailySeries& counts)
{
    if (counts.empty())
        return;
    for (std::int64_t d = counts.begin()->first; d <= counts.rbegin()->first; ++d)
        counts.try_emplace(d, 0.0);
}

DailySeriesSet dailySeries(const SimWorkspace& ws)
{
    const int offset = ws.utcOffsetMinutes;
    DailySeriesSet s;
    std::map<std::int64_t, std::pair<double, double>> templates; // delivered, all
    std::map<std::int64_t, std::vector<double>> responses;
    for (const SimContact& c : ws.contacts) {
        s.newContacts[Context::dayIndex(c.createdAt, offset)] += 1;
        std::int64_t turnStart = -1;
        for (const std::uint32_t index : c.messages) {
            const SimMessage& m = ws.messages[index];
            if (m.direction == Direction::Inbound && turnStart < 0) {
                turnStart = m.timestamp;
            } else if (m.direction == Direction::Outbound && m.type != MessageType::Template && turnStart >= 0) {
                responses[Context::dayIndex(turnStart, offset)].push_back(static_cast<double>(m.timestamp - turnStart));
                turnStart = -1;
            }
        }
    }
    for (const SimMessage& m : ws.messages) {
        const std::int64_t day = Context::dayIndex(m.timestamp, offset);
        if (m.direction == Direction::Inbound)
            s.inbound[day] += 1;
        if (m.type == MessageType::Template) {
            const MessageStatus status = ws.messageStatusAt(m, ws.now);
            templates[day].first += status == MessageStatus::Delivered || status == MessageStatus::Read;
            templates[day].second += 1;
        }
    }
    fillZeros(s.inbound);
    fillZeros(s.newContacts);
    for (const auto& [day, counts] : templates)
        s.deliveryRate[day] = 100.0 * counts.first / counts.second;
    for (auto& [day, values] : responses) {
        std::sort(values.begin(), values.end());
        s.medianResponse[day] = values[(values.size() + 1) / 2 - 1]; // nearest rank
    }
    return s;
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

// Only anomalies a detector following METRICS.md can see are recorded: in a very small
// workspace a planted day may drown in noise (a daily rate over a handful of messages).
void recordAnomalies(Context& ctx)
{
    auto& ws = ctx.ws;
    if (ctx.spikeDay == 0)
        return;
    const DailySeriesSet series = dailySeries(ws);
    const auto add = [&](std::int64_t day, const char* metric, const char* direction, const char* cause) {
        const DailySeries& values = std::string_view(metric) == "inbound_messages"    ? series.inbound
                                    : std::string_view(metric) == "new_contacts"      ? series.newContacts
                                    : std::string_view(metric) == "delivery_rate_pct" ? series.deliveryRate
                                                                                      : series.medianResponse;
        if (day == 0 || !standsOut(values, Context::dayIndex(day, ws.utcOffsetMinutes), direction[0] == 'u'))
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
