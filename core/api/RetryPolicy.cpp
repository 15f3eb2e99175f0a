#include "core/api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace crmlens::api {

RetryPolicy::RetryPolicy(RetryConfig config, RandomSource random) : m_config(config), m_random(std::move(random))
{
    m_config.maxAttempts = std::max(1, m_config.maxAttempts);
    m_config.baseDelayMs = std::max<qint64>(0, m_config.baseDelayMs);
    m_config.maxDelayMs = std::max(m_config.baseDelayMs, m_config.maxDelayMs);
    if (!m_random) {
        auto generator = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
        m_random = [generator] { return generator->generateDouble(); };
    }
}

RetryClass RetryPolicy::classify(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Malformed: // the simulator and flaky proxies cut bodies short: read again
        return RetryClass::Backoff;
    case Error::Kind::Server:
        // 501 and 505 say the server will never do this; every other 5xx or success:false may pass.
        return error.httpStatus == 501 || error.httpStatus == 505 ? RetryClass::GiveUp : RetryClass::Backoff;
    case Error::Kind::RateLimited:
        return RetryClass::AfterPacing;
    case Error::Kind::None:
    case Error::Kind::Cancelled:
    case Error::Kind::Unauthorized:
    case Error::Kind::NotFound:
    case Error::Kind::Validation:
    case Error::Kind::InsecureUrl:
    case Error::Kind::Configuration:
    case Error::Kind::Storage:
        return RetryClass::GiveUp;
    }
    return RetryClass::GiveUp;
}

qint64 RetryPolicy::ceilingMs(int failures) const
{
    if (failures <= 0)
        return 0;
    // Doubling past 2^30 overflows long before any cap matters.
    const int doublings = std::min(failures - 1, 30);
    const double ceiling = static_cast<double>(m_config.baseDelayMs) * std::ldexp(1.0, doublings);
    return static_cast<qint64>(std::min(ceiling, static_cast<double>(m_config.maxDelayMs)));
}

qint64 RetryPolicy::backoffMs(int failures) const
{
    const qint64 ceiling = ceilingMs(failures);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::min(ceiling, static_cast<qint64>(std::floor(r * static_cast<double>(ceiling + 1))));
}

bool RetryPolicy::shouldRetry(const Error& error, int attemptsMade, int rateLimitedAttempts) const
{
    switch (classify(error)) {
    case RetryClass::GiveUp:
        return false;
    case RetryClass::Backoff:
        return attemptsMade < m_config.maxAttempts;
    case RetryClass::AfterPacing:
        return rateLimitedAttempts < m_config.maxRateLimitedAttempts;
    }
    return false;
}

} // namespace crmlens::api
