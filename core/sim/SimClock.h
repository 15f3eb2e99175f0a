#pragma once

#include "core/common/Clock.h"

#include <cstdint>

namespace crmlens::sim {

// The simulator's notion of "now" in unix seconds. The workspace is a timeline, and everything
// the API shows is the workspace viewed at this time: standing still it serves a frozen tenant,
// moving (live mode, /_sim/advance, the shift fault) new messages, statuses, contacts and
// deletions appear exactly as they would on the real service.
class SimClock
{
public:
    // A clock that stands at `start` until advanced.
    explicit SimClock(std::int64_t start);
    // Live: start + elapsed real time of `real` × speed. `real` must outlive this clock.
    SimClock(std::int64_t start, const Clock& real, double speed);

    std::int64_t now() const;
    bool isLive() const { return m_real != nullptr; }
    double speed() const { return m_speed; }

    // Moves the clock forward (negative values are ignored: time never runs backwards).
    void advance(std::int64_t seconds);
    // The generated timeline ends here; the clock stops at it. 0: no end.
    void setEnd(std::int64_t end) { m_end = end; }
    std::int64_t end() const { return m_end; }

private:
    std::int64_t m_start = 0;
    std::int64_t m_offset = 0;
    std::int64_t m_end = 0;
    const Clock* m_real = nullptr;
    qint64 m_realOriginMs = 0;
    double m_speed = 1.0;
};

} // namespace crmlens::sim
