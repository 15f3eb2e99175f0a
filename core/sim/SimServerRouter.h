#pragma once

#include "core/common/Clock.h"
#include "core/sim/SimFaults.h"
#include "core/sim/SimHttpRequest.h"
#include "core/sim/SimHttpResponse.h"
#include "core/sim/SimRateLimiter.h"
#include "core/sim/SimRenderer.h"

#include <QByteArray>

#include <cstdint>
#include <functional>

namespace crmlens::sim {

class SimClock;

struct SimServerConfig
{
    QByteArray apiKey = "sim-key";
    Tenant tenant = Tenant::ChatNation;
    int rateLimitPerMinute = 60; // 0: unlimited
    SimFaultConfig faults;
    int hangSeconds = 90;
};

// How the connection delivers a reply: normally, or damaged by a fault.
struct SimServerReply
{
    enum class Delivery { Normal, Truncate, Slow, Hang };

    SimHttpResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;         // Slow
    qsizetype cutAt = 0;     // Truncate: bytes of the body that are sent
    bool closeAfter = false; // close the connection once written
};

// Turns one request into one reply: API key, rate limit, faults, then the endpoint. Knows
// nothing of sockets, so every rule can be tested request by request.
//
// Paging rules (crm-api.md says limit ≤ 100): `page` and `limit` must be positive integers or
// the answer is 422 VALIDATION_ERROR with details; a limit above 100 is clamped to 100 and the
// pagination object reports the limit applied, as a tolerant server does. Defaults: page 1,
// limit 20 (contacts, campaigns) or 50 (messages). `sort` is `newest` (default) or `oldest`.
// Search needs all of search_field, search_value and condition; matching ignores case, and
// numbers match on their digits only. Write actions are not simulated (501).
class SimServerRouter
{
public:
    SimServerRouter(const SimWorkspace& workspace, SimClock& clock, SimServerConfig config, const Clock& realClock);

    SimServerReply route(const SimHttpRequest& request);

    SimRenderer& renderer() { return m_renderer; }
    const SimServerConfig& config() const { return m_config; }
    std::int64_t apiRequests() const { return m_apiRequests; }
    // Called whenever a request moved the sim clock (/_sim/advance, the shift fault).
    void setClockMovedHandler(std::function<void(std::int64_t)> handler) { m_onClockMoved = std::move(handler); }

    static constexpr int kMaxLimit = 100;

private:
    enum class Endpoint {
        Contacts,
        Search,
        ChatFields,
        FieldDefinitions,
        Messages,
        Campaigns,
        Report,
        Action,
        Unknown
    };
    struct Match
    {
        Endpoint endpoint = Endpoint::Unknown;
        QString id; // chat_id or campaign_id
        QByteArray method = "GET";
    };
    struct Paging
    {
        int page = 1;
        int limit = 20;
        bool newestFirst = true;
    };

    static Match match(const QStringList& segments);
    SimServerReply routeApi(const SimHttpRequest& request);
    SimServerReply routeControl(const SimHttpRequest& request);
    SimServerReply answer(const SimHttpRequest& request, const Match& m, const std::uint64_t* damageSalt);
    bool parsePaging(const SimHttpRequest& request, int defaultLimit, bool withSort, Paging& out,
                     QList<QPair<QString, QString>>& problems) const;
    bool authorised(const SimHttpRequest& request) const;
    void moveClock(std::int64_t seconds);

    SimRenderer m_renderer;
    SimClock& m_clock;
    SimServerConfig m_config;
    SimRateLimiter m_limiter;
    SimFaults m_faults;
    std::int64_t m_apiRequests = 0;
    std::function<void(std::int64_t)> m_onClockMoved;
};

} // namespace crmlens::sim
