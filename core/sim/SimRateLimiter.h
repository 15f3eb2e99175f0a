#pragma once

#include "core/common/Clock.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <deque>

namespace crmlens::sim {

// Requests per minute per API key, as the CRM enforces its plan limit. A sliding 60-second
// window: a request is admitted while fewer than `limit` admitted requests lie in the last
// 60 s, so a burst of limit+1 requests always ends in a 429 whatever the minute boundary.
// Rejected requests do not count against the window.
class SimRateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        std::int64_t resetUnix = 0; // when the oldest counted request leaves the window
        int retryAfterSecs = -1;    // on a rejection that announces it; -1: header absent
    };

    // `perMinute` 0: unlimited (no headers, never rejects). `clock` must outlive the limiter.
    SimRateLimiter(int perMinute, const Clock& clock);

    Decision admit(const QByteArray& key);
    int limit() const { return m_limit; }
    bool unlimited() const { return m_limit <= 0; }
    // How many requests were rejected so far (the Retry-After pattern counts them).
    std::int64_t rejections() const { return m_rejections; }

    // The CRM sends Retry-After on some 429s only: the n-th rejection (0-based) omits it
    // when n % 3 == 2, so clients must cope with both.
    static bool announcesRetryAfter(std::int64_t rejectionIndex) { return rejectionIndex % 3 != 2; }

private:
    static constexpr qint64 kWindowMs = 60'000;

    int m_limit = 0;
    const Clock& m_clock;
    QHash<QByteArray, std::deque<qint64>> m_windows; // admitted request times (monotonic ms)
    std::int64_t m_rejections = 0;
};

} // namespace crmlens::sim
