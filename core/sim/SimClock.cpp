#include "core/sim/SimClock.h"

#include <algorithm>

namespace crmlens::sim {

SimClock::SimClock(std::int64_t start) : m_start(start) {}

SimClock::SimClock(std::int64_t start, const Clock& real, double speed)
    : m_start(start), m_real(&real), m_realOriginMs(real.monotonicMs()), m_speed(speed > 0 ? speed : 1.0)
{}

std::int64_t SimClock::now() const
{
    std::int64_t t = m_start + m_offset;
    if (m_real) {
        const double elapsedMs = static_cast<double>(m_real->monotonicMs() - m_realOriginMs) * m_speed;
        t += static_cast<std::int64_t>(elapsedMs / 1000.0);
    }
    if (m_end > 0)
        t = std::min(t, std::max(m_end, m_start));
    return t;
}

void SimClock::advance(std::int64_t seconds)
{
    if (seconds > 0)
        m_offset += seconds;
}

} // namespace crmlens::sim
