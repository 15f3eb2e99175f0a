#pragma once

#include "core/sim/SimWorkspace.h"

#include <cstdint>

namespace crmlens::sim {

// 2026-11-25T12:00:00Z: the reference "now" used when a config leaves `now` at 0, so a default
// workspace is reproducible and never depends on the wall clock.
inline constexpr std::int64_t kDefaultGeneratorNow = 1795608000;

struct GeneratorConfig
{
    std::uint64_t seed = 1;
    int contacts = 2000;       // contacts alive or deleted over the whole timeline
    int days = 120;            // history length before `now`
    int campaigns = -1;        // -1: about one per 3 days
    std::int64_t now = 0;      // unix seconds; history ends here (0: kDefaultGeneratorNow)
    int liveHorizonDays = 2;   // future generated after now for live mode
    int messageLagMinSecs = 0; // visibleAt = timestamp + uniform lag in [min, max]
    int messageLagMaxSecs = 0;
    double messagesPerContact = 20; // average over all messages, templates included
    int utcOffsetMinutes = 180;     // the business's home zone (Africa/Nairobi has no DST)
};

// Deterministic: the same config gives the same workspace, field for field.
SimWorkspace generateWorkspace(const GeneratorConfig& config);

} // namespace crmlens::sim
