#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace crmlens::sim {

enum class FaultKind : std::uint8_t {
    None,
    ServerError,  // 500 / 503 with a `title`, in bursts of 1–4 consecutive requests
    SuccessFalse, // HTTP 200 with success:false
    Truncate,     // body cut mid-JSON under a Content-Length that promises more, then close
    Slow,         // the right answer after 1–5 s
    Hang,         // no answer; the connection is closed after the hang time
    Shift,        // the sim clock jumps a few minutes before a page is rendered
    BadRecords,   // some records of a page lack their id, carry a bad timestamp or wrong types
};

// How one record of a page is damaged by the bad-records fault.
enum class RecordDamage : std::uint8_t { None, MissingId, BadTimestamp, WrongTypes };

// Which records of a page are damaged: up to three positions on the page.
struct SimDamagePlan
{
    std::array<int, 3> positions{-1, -1, -1};
    std::array<RecordDamage, 3> kinds{RecordDamage::None, RecordDamage::None, RecordDamage::None};
    std::uint64_t salt = 0; // varies the wording of the damage

    RecordDamage at(int position) const;
    bool empty() const { return positions[0] < 0; }
};

struct SimFaultConfig
{
    std::uint32_t kinds = 0; // bit (1 << FaultKind)
    double rate = 0.05;      // probability that a request starts a fault
    std::uint64_t seed = 1;

    bool enabled(FaultKind kind) const { return (kinds >> static_cast<unsigned>(kind)) & 1U; }
    bool any() const { return kinds != 0; }

    // "5xx,truncate" / "all"; nullopt with `error` set on an unknown name.
    static std::optional<std::uint32_t> parseKinds(const QString& list, QString* error);
    static QString kindName(FaultKind kind);
};

struct SimFaultDecision
{
    FaultKind kind = FaultKind::None;
    int httpStatus = 0;            // ServerError: 500 or 503
    int burstLength = 0;           // ServerError: 1–4 on the request that starts a burst, 0 on the rest
    int delayMs = 0;               // Slow
    double cutFraction = 0.5;      // Truncate: where the body is cut, in (0, 1)
    std::int64_t shiftSeconds = 0; // Shift
    std::uint64_t salt = 0;        // BadRecords: input to damagePlan()
};

// Decides, request by request, which fault (if any) the next /crm request suffers. A pure
// function of the fault seed and the request's sequence number (plus the burst in progress),
// so a run with the same seed and the same request sequence meets the same faults.
class SimFaults
{
public:
    explicit SimFaults(SimFaultConfig config);

    // `pagedList`: the request reads a page of a list (contacts, messages, campaigns), the
    // only requests the shift and bad-records faults apply to.
    SimFaultDecision next(bool pagedList);

    const SimFaultConfig& config() const { return m_config; }
    std::uint64_t requestsSeen() const { return m_sequence; }

    static SimDamagePlan damagePlan(std::uint64_t salt, int records);

private:
    SimFaultConfig m_config;
    std::uint64_t m_sequence = 0;
    int m_burstRemaining = 0;
    int m_burstStatus = 500;
};

// splitmix64: the simulator's own tiny PRNG step, stable across platforms and library versions.
std::uint64_t simMix(std::uint64_t x);

} // namespace crmlens::sim
