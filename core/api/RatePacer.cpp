#include "core/api/RatePacer.h"

#include <algorithm>
#include <cmath>

namespace crmlens::api {

namespace {

// Below this, X-RateLimit-Reset is a number of seconds from now rather than a unix time.
constexpr qint64 kEpochThresholdSecs = 1000000000;
constexpr int kMinSendsToLearn = 10;

} // namespace

RatePacer::RatePacer(const Clock& clock, RatePacerConfig config) : m_clock(clock), m_config(config)
{
    m_config.minuteMs = std::max<qint64>(1, m_config.minuteMs);
    m_config.limitPerMinute = std::max(0, m_config.limitPerMinute);
}

void RatePacer::setConfiguredLimit(int perMinute)
{
    m_config.limitPerMinute = std::max(0, perMinute);
}

int RatePacer::limitInForce() const
{
    const int configured = m_config.limitPerMinute;
    if (m_learnedLimit && configured > 0)
        return std::min(configured, *m_learnedLimit); // a user may keep part of the key's budget for others
    if (m_learnedLimit)
        return *m_learnedLimit;
    return configured;
}

double RatePacer::factorAt(qint64 nowMs) const
{
    if (m_penalty >= 1.0)
        return 1.0;
    const double minutes = static_cast<double>(nowMs - m_penaltyAtMs) / static_cast<double>(m_config.minuteMs);
    return std::min(1.0, m_penalty + m_config.recoveryPerMinute * minutes);
}

qint64 RatePacer::intervalAt(qint64 nowMs) const
{
    const int limit = limitInForce();
    if (limit <= 0)
        return 0;
    const double rate = limit * m_config.utilization * factorAt(nowMs);
    return static_cast<qint64>(std::ceil(static_cast<double>(m_config.minuteMs) / rate));
}

double RatePacer::effectiveRatePerMinute() const
{
    const int limit = limitInForce();
    if (limit <= 0)
        return 0;
    return limit * m_config.utilization * factorAt(now());
}

int RatePacer::sentInWindow(qint64 nowMs) const
{
    const qint64 from = nowMs - m_config.minuteMs;
    const auto first = std::upper_bound(m_sends.begin(), m_sends.end(), from);
    return static_cast<int>(std::distance(first, m_sends.end()));
}

bool RatePacer::budgetKnown(qint64 nowMs) const
{
    return m_remaining && (!m_resetAtMs || *m_resetAtMs > nowMs);
}

qint64 RatePacer::delayMs() const
{
    const qint64 t = now();
    qint64 wait = std::max<qint64>(0, m_blockedUntilMs - t);

    const int limit = limitInForce();
    if (limit > 0) {
        if (m_lastSlotMs)
            wait = std::max(wait, *m_lastSlotMs + intervalAt(t) - t);
        // Hard guard: never more than the limit inside any minute. The send `limit` places back
        // must leave the window before another may go.
        if (sentInWindow(t) >= limit) {
            const qint64 blocking = m_sends[m_sends.size() - static_cast<size_t>(limit)];
            wait = std::max(wait, blocking + m_config.minuteMs - t);
        }
    }
    if (budgetKnown(t) && *m_remaining <= 0 && m_resetAtMs)
        wait = std::max(wait, *m_resetAtMs - t);
    return std::max<qint64>(0, wait);
}

void RatePacer::recordSent()
{
    const qint64 t = now();
    m_sends.push_back(t);
    while (!m_sends.empty() && m_sends.front() <= t - m_config.minuteMs)
        m_sends.pop_front();
    // The schedule moves on one interval from the slot the last request was due in, not from when
    // it went: a send the event loop delayed by a few ms (a page being stored) is made up by the
    // next one instead of pushing every later send back, which would cost several percent of the
    // rate over a long sync. At most half an interval is made up, so requests never bunch up after
    // a pause, and the sliding-window guard still bounds every minute.
    const qint64 interval = intervalAt(t);
    const qint64 due = m_lastSlotMs && interval > 0 ? std::max(*m_lastSlotMs + interval, t - interval / 2) : t;
    m_lastSlotMs = std::min(due, t);
    ++m_requestsSent;
    if (budgetKnown(t) && *m_remaining > 0)
        --*m_remaining;
}

void RatePacer::learn(const RateLimitInfo& info, std::optional<qint64> serverEpochSecs)
{
    const qint64 t = now();
    if (info.limit && *info.limit > 0)
        m_learnedLimit = *info.limit;
    if (info.resetEpochSecs) {
        const qint64 reset = *info.resetEpochSecs;
        qint64 deltaMs = 0;
        if (reset < kEpochThresholdSecs) {
            deltaMs = reset * 1000;
        } else {
            const qint64 serverNowMs = serverEpochSecs ? *serverEpochSecs * 1000 : m_clock.nowUtc().toMSecsSinceEpoch();
            deltaMs = reset * 1000 - serverNowMs;
        }
        if (deltaMs >= 0 && deltaMs <= m_config.maxResetWaitMs)
            m_resetAtMs = t + deltaMs + m_config.resetMarginMs;
        else
            m_resetAtMs.reset(); // already past, or too far to be a rate window: a skewed clock
    } else if (info.remaining) {
        m_resetAtMs.reset();
    }
    if (info.remaining)
        m_remaining = std::max(0, *info.remaining);
}

void RatePacer::recordResponse(const RateLimitInfo& info, std::optional<qint64> serverEpochSecs)
{
    learn(info, serverEpochSecs);
}

void RatePacer::recordRateLimited(const RateLimitInfo& info, std::optional<qint64> serverEpochSecs)
{
    const qint64 t = now();
    ++m_rateLimited;
    learn(info, serverEpochSecs);
    const int sent = sentInWindow(t);
    if (limitInForce() <= 0 && sent >= kMinSendsToLearn) {
        // No limit known and still refused: what we sent in the last minute was too much. A few
        // requests say nothing about the limit (the key may be shared), so they teach nothing.
        m_learnedLimit = sent - 1;
    }

    qint64 until = t + m_config.minuteMs; // nothing said: let a whole window pass
    if (info.retryAfterSecs && *info.retryAfterSecs >= 0) {
        // Retry-After is the answer to this very request; it outranks the budget headers.
        until = t + std::min<qint64>(static_cast<qint64>(*info.retryAfterSecs) * 1000, m_config.maxRetryAfterMs);
        m_remaining.reset();
        m_resetAtMs.reset();
    } else if (m_resetAtMs && *m_resetAtMs > t) {
        until = *m_resetAtMs;
        m_remaining = 0;
    }
    m_blockedUntilMs = std::max(m_blockedUntilMs, until);

    m_penalty = std::max(m_config.minimumFactor, factorAt(t) * m_config.slowdownFactor);
    m_penaltyAtMs = t;
}

PacerStats RatePacer::stats() const
{
    const qint64 t = now();
    PacerStats s;
    s.requestsSent = m_requestsSent;
    s.limitPerMinute = limitInForce();
    s.limitLearned =
        m_learnedLimit.has_value() && (m_config.limitPerMinute <= 0 || *m_learnedLimit <= m_config.limitPerMinute);
    s.sentInLastMinute = sentInWindow(t);
    if (budgetKnown(t))
        s.requestsLeft = *m_remaining;
    else if (s.limitPerMinute > 0)
        s.requestsLeft = std::max(0, s.limitPerMinute - s.sentInLastMinute);
    s.effectiveRatePerMinute = effectiveRatePerMinute();
    s.rateLimitedCount = m_rateLimited;
    s.waitMs = delayMs();
    return s;
}

} // namespace crmlens::api
