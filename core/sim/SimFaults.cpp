#include "core/sim/SimFaults.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace crmlens::sim {

namespace {

constexpr std::array<FaultKind, 7> kAllKinds{FaultKind::ServerError, FaultKind::SuccessFalse, FaultKind::Truncate,
                                             FaultKind::Slow,        FaultKind::Hang,         FaultKind::Shift,
                                             FaultKind::BadRecords};

std::uint32_t bit(FaultKind kind)
{
    return 1U << static_cast<unsigned>(kind);
}

// A deterministic stream of random numbers derived from one 64-bit state.
class Draws
{
public:
    explicit Draws(std::uint64_t state) : m_state(state) {}
    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return simMix(m_state);
    }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }

private:
    std::uint64_t m_state;
};

} // namespace

std::uint64_t simMix(std::uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

RecordDamage SimDamagePlan::at(int position) const
{
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (positions[i] == position)
            return kinds[i];
    }
    return RecordDamage::None;
}

QString SimFaultConfig::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::ServerError:
        return QStringLiteral("5xx");
    case FaultKind::SuccessFalse:
        return QStringLiteral("success-false");
    case FaultKind::Truncate:
        return QStringLiteral("truncate");
    case FaultKind::Slow:
        return QStringLiteral("slow");
    case FaultKind::Hang:
        return QStringLiteral("hang");
    case FaultKind::Shift:
        return QStringLiteral("shift");
    case FaultKind::BadRecords:
        return QStringLiteral("bad-records");
    }
    return {};
}

std::optional<std::uint32_t> SimFaultConfig::parseKinds(const QString& list, QString* error)
{
    std::uint32_t kinds = 0;
    for (const QString& raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("all")) {
            for (FaultKind kind : kAllKinds)
                kinds |= bit(kind);
            continue;
        }
        bool known = false;
        for (FaultKind kind : kAllKinds) {
            if (name == kindName(kind)) {
                kinds |= bit(kind);
                known = true;
            }
        }
        if (!known) {
            if (error)
                *error = QStringLiteral("unknown fault \"%1\" (known: 5xx, success-false, truncate, slow, hang, "
                                        "shift, bad-records, all)")
                             .arg(raw.trimmed());
            return std::nullopt;
        }
    }
    return kinds;
}

SimFaults::SimFaults(SimFaultConfig config) : m_config(config) {}

SimFaultDecision SimFaults::next(bool pagedList)
{
    SimFaultDecision decision;
    const std::uint64_t sequence = m_sequence++;
    if (!m_config.any())
        return decision;

    if (m_burstRemaining > 0) {
        --m_burstRemaining;
        decision.kind = FaultKind::ServerError;
        decision.httpStatus = m_burstStatus;
        return decision;
    }

    Draws draws(simMix(m_config.seed ^ simMix(sequence + 1)));
    if (draws.unit() >= m_config.rate)
        return decision;

    std::vector<FaultKind> eligible;
    for (FaultKind kind : kAllKinds) {
        if (!m_config.enabled(kind))
            continue;
        if (!pagedList && (kind == FaultKind::Shift || kind == FaultKind::BadRecords))
            continue;
        eligible.push_back(kind);
    }
    if (eligible.empty())
        return decision;

    decision.kind = eligible[draws.next() % eligible.size()];
    switch (decision.kind) {
    case FaultKind::ServerError:
        m_burstStatus = (draws.next() & 1U) ? 503 : 500;
        decision.burstLength = draws.between(1, 4);
        m_burstRemaining = decision.burstLength - 1;
        decision.httpStatus = m_burstStatus;
        break;
    case FaultKind::Slow:
        decision.delayMs = draws.between(1000, 5000);
        break;
    case FaultKind::Truncate:
        decision.cutFraction = 0.1 + 0.8 * draws.unit();
        break;
    case FaultKind::Shift:
        decision.shiftSeconds = draws.between(120, 600);
        break;
    case FaultKind::BadRecords:
        decision.salt = draws.next();
        break;
    default:
        break;
    }
    return decision;
}

SimDamagePlan SimFaults::damagePlan(std::uint64_t salt, int records)
{
    SimDamagePlan plan;
    plan.salt = salt;
    if (records <= 0)
        return plan;
    Draws draws(salt);
    const int count = std::min(records, draws.between(1, 3));
    int placed = 0;
    while (placed < count) {
        const int position = draws.between(0, records - 1);
        if (plan.at(position) != RecordDamage::None)
            continue;
        plan.positions[static_cast<std::size_t>(placed)] = position;
        plan.kinds[static_cast<std::size_t>(placed)] = static_cast<RecordDamage>(draws.between(1, 3));
        ++placed;
    }
    return plan;
}

} // namespace crmlens::sim
