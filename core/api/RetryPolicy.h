#pragma once

#include "core/common/Error.h"

#include <QtGlobal>

#include <functional>

namespace crmlens::api {

struct RetryConfig
{
    int maxAttempts = 6;             // attempts in all, the first one included
    qint64 baseDelayMs = 1000;       // the ceiling of the first backoff ...
    qint64 maxDelayMs = 60000;       // ... doubles per failure up to this cap
    int maxRateLimitedAttempts = 10; // 429s are paced, not backed off, but not forever either
};

// What to do after a failed attempt.
enum class RetryClass {
    GiveUp,     // the answer will not change: wrong key, unknown id, invalid request, cancelled
    Backoff,    // transient: 5xx, timeout, network, success:false, a truncated or unreadable 2xx body
    AfterPacing // rate limited: the pacer holds the queue; retry when it lets the request go
};

// Bounded exponential backoff with full jitter: after the n-th failure the wait is uniform in
// [0, min(cap, base * 2^(n-1))]. The random source is injectable so tests are exact.
class RetryPolicy
{
public:
    using RandomSource = std::function<double()>; // uniform in [0, 1)

    explicit RetryPolicy(RetryConfig config = {}, RandomSource random = {});

    const RetryConfig& config() const { return m_config; }

    static RetryClass classify(const Error& error);
    // The backoff ceiling after `failures` failed attempts (1 = after the first).
    qint64 ceilingMs(int failures) const;
    // A jittered wait in [0, ceilingMs(failures)].
    qint64 backoffMs(int failures) const;
    // Whether another attempt is allowed after `attemptsMade` attempts that ended in `error`.
    bool shouldRetry(const Error& error, int attemptsMade, int rateLimitedAttempts) const;

private:
    RetryConfig m_config;
    RandomSource m_random;
};

} // namespace crmlens::api
