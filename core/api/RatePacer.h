#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Clock.h"

#include <deque>
#include <optional>

namespace crmlens::api {

struct RatePacerConfig
{
    int limitPerMinute = 60; // the plan's limit as configured; 0 = none (unlimited until learned)
    qint64 minuteMs = 60000; // the API counts per minute; tests shorten the minute
    // Aim a little below the limit: latency jitter moves requests between the server's windows.
    double utilization = 0.97;
    double slowdownFactor = 0.85;    // the rate is multiplied by this on every 429 ...
    double minimumFactor = 0.25;     // ... but never falls below this share of the limit
    double recoveryPerMinute = 0.05; // share of the limit regained per minute without a 429
    qint64 resetMarginMs = 500;      // Reset has one-second resolution: arrive just after it
    qint64 maxResetWaitMs = 65000;   // a Reset further away than this is clock skew, not a window
    qint64 maxRetryAfterMs = 300000; // honour Retry-After, but not a broken server's "come back tomorrow"
};

struct PacerStats
{
    qint64 requestsSent = 0;
    int requestsLeft = -1;             // in the current budget; -1 unknown or unlimited
    double effectiveRatePerMinute = 0; // the rate the pacer holds now; 0 = unlimited
    int sentInLastMinute = 0;
    qint64 rateLimitedCount = 0; // 429s seen
    int limitPerMinute = 0;      // the limit in force; 0 = unlimited
    bool limitLearned = false;   // true when the limit in force came from the server
    qint64 waitMs = 0;           // how long the next request would wait from now
};

// Decides when the next request may go so that a long run stays close to the rate limit without
// bursts: requests are spread evenly over the minute, a sliding-window guard makes "never more
// than the limit per minute" hard, Remaining=0 holds requests until Reset, and a 429 stops
// everything for Retry-After (or until Reset, or a full minute) and lowers the rate, which then
// recovers gradually. Pure logic on a monotonic clock: no timers, no threads.
class RatePacer
{
public:
    explicit RatePacer(const Clock& clock, RatePacerConfig config = {});

    void setConfiguredLimit(int perMinute);
    const RatePacerConfig& config() const { return m_config; }

    // Milliseconds to wait from now before the next request may be sent; 0 = now.
    qint64 delayMs() const;
    void recordSent();
    // Any HTTP answer: learns the limit and the budget from the headers. serverEpochSecs is the
    // server's Date header when present, so Reset is read in the server's clock, not ours.
    void recordResponse(const RateLimitInfo& info, std::optional<qint64> serverEpochSecs = {});
    // A 429 (or a RATE_LIMITED error): call instead of recordResponse.
    void recordRateLimited(const RateLimitInfo& info, std::optional<qint64> serverEpochSecs = {});

    int limitInForce() const; // per minute; 0 = unlimited
    double effectiveRatePerMinute() const;
    PacerStats stats() const;

private:
    qint64 now() const { return m_clock.monotonicMs(); }
    double factorAt(qint64 nowMs) const;
    qint64 intervalAt(qint64 nowMs) const; // ms between requests at the target rate; 0 = unlimited
    int sentInWindow(qint64 nowMs) const;
    bool budgetKnown(qint64 nowMs) const;
    void learn(const RateLimitInfo& info, std::optional<qint64> serverEpochSecs);

    const Clock& m_clock;
    RatePacerConfig m_config;
    std::optional<int> m_learnedLimit;
    std::deque<qint64> m_sends;         // send times within the last minute, oldest first
    std::optional<qint64> m_lastSlotMs; // when the last request was due on the even schedule
    qint64 m_blockedUntilMs = 0;
    std::optional<int> m_remaining;
    std::optional<qint64> m_resetAtMs;
    double m_penalty = 1.0; // rate factor right after the last 429
    qint64 m_penaltyAtMs = 0;
    qint64 m_requestsSent = 0;
    qint64 m_rateLimited = 0;
};

} // namespace crmlens::api
