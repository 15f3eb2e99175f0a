#include "core/sim/SimGenerator.h"

#include "core/sim/SimGeneratorData.h"
#include "core/sim/SimNamesData.h"

#include <algorithm>
#include <cmath>

namespace crmlens::sim {
namespace gen {
namespace {

// Share of a day's activity by local hour: quiet nights, peaks around 10:00 and 19:00.
constexpr double kHourWeights[24] = {0.6, 0.3, 0.2, 0.15, 0.2, 0.5, 1.2, 2.2, 3.4, 4.6, 5.4, 4.8,
                                     4.2, 4.0, 3.9, 3.8,  3.9, 4.3, 4.9, 5.6, 4.9, 3.6, 2.2, 1.2};
// Monday first; Sundays are quiet.
constexpr double kWeekdayWeights[7] = {1.05, 1.0, 1.0, 1.0, 1.05, 0.85, 0.68};

} // namespace

std::int64_t Context::rhythmTimeOnDay(SimRandom& rng, std::int64_t dayStartUtc)
{
    const int hour = rng.weighted(std::span<const double>(kHourWeights));
    return dayStartUtc + hour * kHour + rng.range(0, kHour - 1);
}

std::int64_t Context::rhythmTime(SimRandom& rng, std::int64_t from, std::int64_t to, int offsetMinutes) const
{
    if (to <= from)
        return from;
    const double span = static_cast<double>(to - from);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const auto u = from + static_cast<std::int64_t>(rng.uniform() * span);
        if (!rng.chance(kWeekdayWeights[weekday(u, offsetMinutes)] / 1.05))
            continue;
        const std::int64_t t = rhythmTimeOnDay(rng, dayStart(u, offsetMinutes));
        if (t >= from && t < to)
            return t;
    }
    return from + static_cast<std::int64_t>(rng.uniform() * span);
}

int Context::countryOffset(std::uint32_t contact) const
{
    const QString& code = ws.contacts[contact].country;
    for (const SimCountry& c : simCountries()) {
        if (c.code == code)
            return c.utcOffsetMinutes;
    }
    return ws.utcOffsetMinutes;
}

void setupWorkspace(Context& ctx)
{
    auto& ws = ctx.ws;
    const GeneratorConfig& cfg = ctx.config;
    SimRandom rng(mixSeed(cfg.seed, StreamSetup));

    ws.seed = cfg.seed;
    ws.utcOffsetMinutes = cfg.utcOffsetMinutes;
    ws.now = cfg.now != 0 ? cfg.now : kDefaultGeneratorNow;
    ws.startsAt = Context::dayStart(ws.now - std::max(1, cfg.days) * kDay, ws.utcOffsetMinutes);
    ws.endsAt = ws.now + std::max(0, cfg.liveHorizonDays) * kDay;

    const auto& companies = simCompanies();
    const SimCompany& company = companies[static_cast<std::size_t>(rng.index(companies.size()))];
    ws.companyName = company.name;
    ws.companyDomain = company.domain;

    QStringList names = simOperatorNames();
    for (qsizetype i = names.size(); i > 1; --i)
        names.swapItemsAt(i - 1, rng.index(static_cast<std::size_t>(i)));
    const int operators = static_cast<int>(rng.range(6, 12));
    for (int i = 0; i < operators; ++i) {
        ws.operators.push_back({names.at(i) + QLatin1Char('@') + company.domain});
        OperatorPlan plan;
        plan.medianSecs = std::exp(rng.uniform(std::log(45.0), std::log(480.0)));
        plan.sigma = rng.uniform(1.0, 1.5);
        plan.unansweredRate = rng.uniform(0.06, 0.14);
        plan.load = rng.uniform(0.5, 1.5);
        ctx.operators.push_back(plan);
        ctx.operatorLoads.push_back(plan.load);
    }

    // Messages are the bulk of the workspace: one allocation of about the right size.
    const double expected = std::max(0, cfg.contacts) * std::max(0.0, cfg.messagesPerContact);
    ctx.raw.reserve(static_cast<std::size_t>(expected * 1.08) + 1024);

    ws.customFields = {
        {QStringLiteral("cf_001"), QStringLiteral("source"), QStringLiteral("string")},
        {QStringLiteral("cf_002"), QStringLiteral("lead_stage"), QStringLiteral("string")},
        {QStringLiteral("cf_003"), QStringLiteral("revenue"), QStringLiteral("number")},
        {QStringLiteral("cf_004"), QStringLiteral("csat"), QStringLiteral("number")},
        {QStringLiteral("cf_005"), QStringLiteral("city"), QStringLiteral("string")},
    };
}

// One global order by (timestamp, contact, generation order) gives message ids that sort like
// time, so every chat's list is ordered by (timestamp, id) by construction.
void finalizeMessages(Context& ctx)
{
    auto& ws = ctx.ws;
    std::sort(ctx.raw.begin(), ctx.raw.end(), [](const SimMessage& a, const SimMessage& b) {
        if (a.timestamp != b.timestamp)
            return a.timestamp < b.timestamp;
        return a.contact != b.contact ? a.contact < b.contact : a.id < b.id;
    });
    ws.messages = std::move(ctx.raw);
    ctx.raw = {};

    std::vector<std::uint32_t> perContact(ws.contacts.size(), 0);
    for (const SimMessage& m : ws.messages)
        ++perContact[m.contact];
    for (std::size_t i = 0; i < ws.contacts.size(); ++i)
        ws.contacts[i].messages.reserve(perContact[i]);
    for (std::size_t i = 0; i < ws.messages.size(); ++i) {
        SimMessage& m = ws.messages[i];
        m.id = static_cast<std::uint32_t>(i + 1);
        ws.contacts[m.contact].messages.push_back(static_cast<std::uint32_t>(i));
        if (m.campaign >= 0)
            ws.campaigns[static_cast<std::size_t>(m.campaign)].messages.push_back(static_cast<std::uint32_t>(i));
    }
}

} // namespace gen

SimWorkspace generateWorkspace(const GeneratorConfig& config)
{
    SimWorkspace ws;
    gen::Context ctx(config, ws);
    gen::setupWorkspace(ctx);
    gen::planAnomalyDays(ctx);
    gen::generateContacts(ctx);
    gen::generateCampaigns(ctx);
    gen::generateConversations(ctx);
    gen::injectInboundSpike(ctx);
    gen::finalizeMessages(ctx);
    gen::deriveContactStates(ctx);
    gen::recordAnomalies(ctx);
    return ws;
}

} // namespace crmlens::sim
