#include "core/sim/SimGeneratorData.h"

#include <algorithm>
#include <cmath>

// What a contact's record says once its messages exist: the chat status follows the last turn
// (open or pending while unanswered, assigned then resolved/done/closed once answered), churn
// moves it to an inactive status, and lead stage, revenue and satisfaction follow engagement.
namespace crmlens::sim::gen {
namespace {

enum Field { FieldSource = 0, FieldLeadStage = 1, FieldRevenue = 2, FieldCsat = 3, FieldCity = 4 };

struct Activity
{
    int inbound = 0;
    int answeredTurns = 0;
    std::int64_t lastAt = 0;
    bool lastTurnAnswered = false;
};

Activity activityOf(const SimWorkspace& ws, const SimContact& c)
{
    Activity a;
    bool waiting = false;
    for (const std::uint32_t index : c.messages) {
        const SimMessage& m = ws.messages[index];
        a.lastAt = std::max(a.lastAt, m.timestamp);
        if (m.direction == Direction::Inbound) {
            ++a.inbound;
            waiting = true;
            a.lastTurnAnswered = false;
        } else if (m.type != MessageType::Template && waiting) {
            waiting = false;
            a.lastTurnAnswered = true;
            ++a.answeredTurns;
        }
    }
    return a;
}

QString pick(SimRandom& rng, std::initializer_list<const char*> values, std::initializer_list<double> weights)
{
    return QString::fromLatin1(*(values.begin() + rng.weighted(weights)));
}

QString leadStage(SimRandom& rng, const Activity& a, const QString& churn)
{
    if (rng.chance(0.04))
        return {};
    if ((churn == QLatin1String("opted_out") || churn == QLatin1String("blocked")) && rng.chance(0.55))
        return QStringLiteral("lost");
    const std::initializer_list<const char*> stages = {"new", "contacted", "qualified", "proposal", "won", "lost"};
    if (a.inbound == 0)
        return pick(rng, stages, {65, 30, 0, 0, 0, 5});
    if (a.inbound >= 12)
        return pick(rng, stages, {2, 15, 25, 20, 28, 10});
    return pick(rng, stages, {8, 30, 22, 14, 16, 10});
}

QString revenue(SimRandom& rng, const QString& stage)
{
    double share = 0.02;
    if (stage == QLatin1String("won"))
        share = 0.92;
    else if (stage == QLatin1String("proposal"))
        share = 0.7;
    else if (stage == QLatin1String("qualified"))
        share = 0.1;
    if (!rng.chance(share))
        return {};
    if (rng.chance(0.04))
        return pick(rng, {"N/A", "TBD", "1,200.00", "KES 4500", "-"}, {1, 1, 1, 1, 1});
    const double amount = std::round(rng.logNormal(1500, 0.9) * 100) / 100;
    return rng.chance(0.7) ? QString::number(amount, 'f', 2) : QString::number(std::llround(amount));
}

// Faster operators earn better scores; a few answers are out of range or not numbers.
QString csat(SimRandom& rng, double operatorMedianSecs)
{
    if (rng.chance(0.04))
        return pick(rng, {"0", "6", "10", "N/A", "good", "4.5"}, {1, 1, 1, 1, 1, 1});
    const double quality = 4.5 - 1.4 * std::clamp((operatorMedianSecs - 45) / 435, 0.0, 1.0);
    return QString::number(std::clamp(std::lround(quality + rng.normal() * 0.9), 1L, 5L));
}

} // namespace

void deriveContactStates(Context& ctx)
{
    auto& ws = ctx.ws;
    for (std::size_t i = 0; i < ws.contacts.size(); ++i) {
        SimRandom rng(mixSeed(ctx.config.seed, StreamStatus, i));
        SimContact& c = ws.contacts[i];
        const ContactPlan& plan = ctx.plans[i];
        const Activity a = activityOf(ws, c);
        const bool assigned = c.operatorIndex >= 0;

        if (a.inbound == 0) {
            c.status = plan.existingBase && rng.chance(0.45)
                           ? QStringLiteral("inactive")
                           : (rng.chance(0.8) ? QStringLiteral("open") : QStringLiteral("pending"));
        } else if (!a.lastTurnAnswered) {
            c.status = assigned && rng.chance(0.5) ? QStringLiteral("pending") : QStringLiteral("open");
        } else {
            c.status = assigned ? QStringLiteral("assigned") : QStringLiteral("open");
            if (rng.chance(0.82)) {
                c.statusAfter = pick(rng, {"resolved", "done", "closed"}, {50, 25, 25});
                c.statusChangedAt = a.lastAt + static_cast<std::int64_t>(rng.logNormal(3 * kHour, 1.0));
            }
        }
        if (plan.churnAt != 0) {
            // Churn is a change from an active status to an inactive one.
            if (c.status == QLatin1String("inactive"))
                c.status = QStringLiteral("open");
            c.statusAfter = plan.churnStatus;
            c.statusChangedAt = plan.churnAt;
        }

        const QString stage = leadStage(rng, a, plan.churnStatus);
        c.fieldValues[FieldLeadStage] = stage;
        c.fieldValues[FieldRevenue] = revenue(rng, stage);
        if (a.answeredTurns > 0 && rng.chance(0.5)) {
            const int op = assigned ? c.operatorIndex : rng.weighted(ctx.operatorLoads);
            c.fieldValues[FieldCsat] = csat(rng, ctx.operators[static_cast<std::size_t>(op)].medianSecs);
        }
    }
}

} // namespace crmlens::sim::gen
