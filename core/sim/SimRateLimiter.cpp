#include "core/sim/SimRateLimiter.h"

#include <algorithm>

namespace crmlens::sim {

SimRateLimiter::SimRateLimiter(int perMinute, const Clock& clock) : m_limit(std::max(0, perMinute)), m_clock(clock) {}

SimRateLimiter::Decision SimRateLimiter::admit(const QByteArray& key)
{
    Decision decision;
    if (unlimited())
        return decision;

    const qint64 nowMs = m_clock.monotonicMs();
    std::deque<qint64>& window = m_windows[key];
    while (!window.empty() && window.front() <= nowMs - kWindowMs)
        window.pop_front();

    decision.limit = m_limit;
    const std::int64_t nowUnixMs = m_clock.nowUtc().toMSecsSinceEpoch();
    if (static_cast<int>(window.size()) < m_limit) {
        window.push_back(nowMs);
        decision.allowed = true;
        decision.remaining = m_limit - static_cast<int>(window.size());
    } else {
        decision.allowed = false;
        decision.remaining = 0;
    }
    // The reset is when a slot frees up: the oldest counted request plus the window.
    const qint64 untilFreeMs = window.front() + kWindowMs - nowMs;
    decision.resetUnix = (nowUnixMs + untilFreeMs + 999) / 1000;
    if (!decision.allowed) {
        if (announcesRetryAfter(m_rejections))
            decision.retryAfterSecs = static_cast<int>(std::max<qint64>(1, (untilFreeMs + 999) / 1000));
        ++m_rejections;
    }
    return decision;
}

} // namespace crmlens::sim
