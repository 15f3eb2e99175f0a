#include "core/sim/SimServerRouter.h"

#include "core/sim/SimClock.h"
#include "core/sim/SimRenderDump.h"
#include "core/sim/SimRenderErrors.h"

#include <algorithm>

namespace crmlens::sim {

namespace {

bool isSegment(const QStringList& s, qsizetype i, const char* text)
{
    return s.size() > i && s[i] == QLatin1String(text);
}

SimServerReply reply(int status, QByteArray body)
{
    SimServerReply r;
    r.response = SimHttpResponse::json(status, std::move(body));
    return r;
}

// A positive integer query parameter; `fallback` when absent.
bool positiveInt(const SimHttpRequest& request, const QString& name, int fallback, int& out)
{
    if (!request.hasQueryItem(name)) {
        out = fallback;
        return true;
    }
    bool ok = false;
    const qlonglong v = request.queryItem(name).trimmed().toLongLong(&ok);
    if (!ok || v < 1 || v > 1'000'000'000)
        return false;
    out = static_cast<int>(v);
    return true;
}

} // namespace

SimServerRouter::SimServerRouter(const SimWorkspace& workspace, SimClock& clock, SimServerConfig config,
                                 const Clock& realClock)
    : m_renderer(workspace, config.tenant), m_clock(clock), m_config(std::move(config)),
      m_limiter(m_config.rateLimitPerMinute, realClock), m_faults(m_config.faults)
{}

bool SimServerRouter::authorised(const SimHttpRequest& request) const
{
    const QByteArray key = request.header("api-key");
    return !key.isEmpty() && key == m_config.apiKey;
}

void SimServerRouter::moveClock(std::int64_t seconds)
{
    m_clock.advance(seconds);
    if (m_onClockMoved)
        m_onClockMoved(m_clock.now());
}

SimServerRouter::Match SimServerRouter::match(const QStringList& s)
{
    // s[0] == "crm"
    Match m;
    const qsizetype n = s.size();
    if (isSegment(s, 1, "chat")) {
        if (n == 2) {
            m.endpoint = Endpoint::Contacts;
        } else if (n == 3 && s[2] == QLatin1String("search")) {
            m.endpoint = Endpoint::Search;
        } else if (n == 5 && s[2] == QLatin1String("setting") && s[4] == QLatin1String("custom-field")) {
            m.endpoint = Endpoint::ChatFields;
            m.id = s[3];
        } else if (n == 4 && s[3] == QLatin1String("messages")) {
            m.endpoint = Endpoint::Messages;
            m.id = s[2];
        } else if (n == 6 && s[2] == QLatin1String("setting") && s[4] == QLatin1String("operator") &&
                   (s[5] == QLatin1String("assign_chat") || s[5] == QLatin1String("mark_as_done"))) {
            m.endpoint = Endpoint::Action;
            m.method = "POST";
        }
    } else if (isSegment(s, 1, "setting")) {
        if (n == 3 && s[2] == QLatin1String("custom-field"))
            m.endpoint = Endpoint::FieldDefinitions;
    } else if (isSegment(s, 1, "campaign")) {
        if (n == 2) {
            m.endpoint = Endpoint::Campaigns;
        } else if (n == 3 && s[2] == QLatin1String("clone")) {
            m.endpoint = Endpoint::Action;
            m.method = "POST";
        } else if (n == 4 && s[3] == QLatin1String("report")) {
            m.endpoint = Endpoint::Report;
            m.id = s[2];
        } else if (n == 4 && s[3] == QLatin1String("trigger")) {
            m.endpoint = Endpoint::Action;
            m.method = "POST";
        }
    }
    return m;
}

SimServerReply SimServerRouter::route(const SimHttpRequest& request)
{
    const QStringList& s = request.pathSegments;
    if (isSegment(s, 0, "crm"))
        return routeApi(request);
    if (isSegment(s, 0, "_sim"))
        return routeControl(request);
    return reply(404, SimRenderErrors::notFound());
}

SimServerReply SimServerRouter::routeApi(const SimHttpRequest& request)
{
    ++m_apiRequests;
    if (!authorised(request))
        return reply(401, SimRenderErrors::unauthorized());

    const SimRateLimiter::Decision rate = m_limiter.admit(m_config.apiKey);
    const auto withRateHeaders = [&rate, this](SimServerReply r) {
        if (!m_limiter.unlimited()) {
            r.response.setHeader("X-RateLimit-Limit", QByteArray::number(rate.limit));
            r.response.setHeader("X-RateLimit-Remaining", QByteArray::number(rate.remaining));
            r.response.setHeader("X-RateLimit-Reset", QByteArray::number(static_cast<qlonglong>(rate.resetUnix)));
        }
        return r;
    };
    if (!rate.allowed) {
        SimServerReply r = reply(429, SimRenderErrors::rateLimited());
        if (rate.retryAfterSecs >= 0)
            r.response.setHeader("Retry-After", QByteArray::number(rate.retryAfterSecs));
        return withRateHeaders(std::move(r));
    }

    const Match m = match(request.pathSegments);
    const bool known = m.endpoint != Endpoint::Unknown && request.method == m.method;
    const bool pagedList = known && (m.endpoint == Endpoint::Contacts || m.endpoint == Endpoint::Messages ||
                                     m.endpoint == Endpoint::Campaigns);
    const SimFaultDecision fault = m_faults.next(pagedList);

    switch (fault.kind) {
    case FaultKind::ServerError:
        return withRateHeaders(
            reply(fault.httpStatus,
                  SimRenderErrors::title(fault.httpStatus == 503 ? QStringLiteral("Service Unavailable")
                                                                 : QStringLiteral("Internal Server Error"))));
    case FaultKind::SuccessFalse:
        return withRateHeaders(
            reply(200, SimRenderErrors::successFalse(QStringLiteral("Temporary failure, try again"))));
    case FaultKind::Hang: {
        SimServerReply r;
        r.delivery = SimServerReply::Delivery::Hang;
        r.delayMs = std::max(0, m_config.hangSeconds) * 1000;
        return r;
    }
    case FaultKind::Shift:
        moveClock(fault.shiftSeconds);
        break;
    default:
        break;
    }

    SimServerReply r = answer(request, m, fault.kind == FaultKind::BadRecords ? &fault.salt : nullptr);
    if (fault.kind == FaultKind::Slow) {
        r.delivery = SimServerReply::Delivery::Slow;
        r.delayMs = fault.delayMs;
    } else if (fault.kind == FaultKind::Truncate && r.response.body.size() > 1) {
        r.delivery = SimServerReply::Delivery::Truncate;
        const auto size = r.response.body.size();
        r.cutAt =
            std::clamp<qsizetype>(static_cast<qsizetype>(static_cast<double>(size) * fault.cutFraction), 1, size - 1);
        r.closeAfter = true;
    }
    return withRateHeaders(std::move(r));
}

bool SimServerRouter::parsePaging(const SimHttpRequest& request, int defaultLimit, bool withSort, Paging& out,
                                  QList<QPair<QString, QString>>& problems) const
{
    if (!positiveInt(request, QStringLiteral("page"), 1, out.page))
        problems.append({QStringLiteral("page"), QStringLiteral("page must be a positive integer")});
    if (!positiveInt(request, QStringLiteral("limit"), defaultLimit, out.limit))
        problems.append({QStringLiteral("limit"), QStringLiteral("limit must be a positive integer")});
    out.limit = std::min(out.limit, kMaxLimit);
    if (withSort && request.hasQueryItem(QStringLiteral("sort"))) {
        const QString sort = request.queryItem(QStringLiteral("sort"));
        if (sort == QLatin1String("oldest"))
            out.newestFirst = false;
        else if (sort != QLatin1String("newest"))
            problems.append({QStringLiteral("sort"), QStringLiteral("sort must be newest or oldest")});
    }
    return problems.isEmpty();
}

SimServerReply SimServerRouter::answer(const SimHttpRequest& request, const Match& m, const std::uint64_t* damageSalt)
{
    if (m.endpoint == Endpoint::Unknown)
        return reply(404, SimRenderErrors::notFound());
    if (request.method != m.method)
        return reply(405, SimRenderErrors::coded("METHOD_NOT_ALLOWED", QStringLiteral("Method not allowed")));

    const std::int64_t t = m_clock.now();
    const std::optional<std::uint64_t> salt = damageSalt ? std::optional<std::uint64_t>(*damageSalt) : std::nullopt;
    QList<QPair<QString, QString>> problems;
    Paging paging;
    switch (m.endpoint) {
    case Endpoint::Contacts:
        if (!parsePaging(request, 20, false, paging, problems))
            return reply(422, SimRenderErrors::validation(problems));
        return reply(200, m_renderer.contactsPage(t, paging.page, paging.limit, salt));
    case Endpoint::Messages: {
        if (!parsePaging(request, 50, true, paging, problems))
            return reply(422, SimRenderErrors::validation(problems));
        auto body = m_renderer.messagesPage(t, m.id, paging.page, paging.limit, paging.newestFirst, salt);
        if (!body)
            return reply(404, SimRenderErrors::notFound(QStringLiteral("Chat not found")));
        return reply(200, std::move(*body));
    }
    case Endpoint::Campaigns:
        if (!parsePaging(request, 20, false, paging, problems))
            return reply(422, SimRenderErrors::validation(problems));
        return reply(200, m_renderer.campaignsPage(t, paging.page, paging.limit, salt));
    case Endpoint::Search: {
        const auto field = SimRenderer::parseSearchField(request.queryItem(QStringLiteral("search_field")));
        const auto condition = SimRenderer::parseSearchCondition(request.queryItem(QStringLiteral("condition")));
        const QString value = request.queryItem(QStringLiteral("search_value"));
        if (!field)
            problems.append({QStringLiteral("search_field"),
                             QStringLiteral("search_field must be email, whatsapp_number or name")});
        if (value.trimmed().isEmpty())
            problems.append({QStringLiteral("search_value"), QStringLiteral("search_value is required")});
        if (!condition)
            problems.append({QStringLiteral("condition"),
                             QStringLiteral("condition must be contains, equal to, starts with or ends with")});
        if (!problems.isEmpty())
            return reply(422, SimRenderErrors::validation(problems));
        auto body = m_renderer.searchContacts(t, *field, *condition, value);
        if (!body)
            return reply(404, SimRenderErrors::notFound(QStringLiteral("No contacts found")));
        return reply(200, std::move(*body));
    }
    case Endpoint::ChatFields: {
        auto body = m_renderer.chatCustomFields(t, m.id);
        if (!body)
            return reply(404, SimRenderErrors::notFound(QStringLiteral("Chat not found")));
        return reply(200, std::move(*body));
    }
    case Endpoint::FieldDefinitions:
        return reply(200, m_renderer.customFieldDefinitions());
    case Endpoint::Report: {
        auto body = m_renderer.campaignReport(t, m.id);
        if (!body)
            return reply(404, SimRenderErrors::notFound(QStringLiteral("Campaign not found")));
        return reply(200, std::move(*body));
    }
    case Endpoint::Action:
        return reply(501, SimRenderErrors::coded("NOT_IMPLEMENTED",
                                                 QStringLiteral("The simulator does not perform write actions")));
    case Endpoint::Unknown:
        break;
    }
    return reply(404, SimRenderErrors::notFound());
}

SimServerReply SimServerRouter::routeControl(const SimHttpRequest& request)
{
    if (!authorised(request))
        return reply(401, SimRenderErrors::unauthorized());
    const QStringList& s = request.pathSegments;
    const auto stateReply = [this] {
        SimRenderDump::StateInfo info;
        info.now = m_clock.now();
        info.live = m_clock.isLive();
        info.speed = m_clock.speed();
        info.requests = m_apiRequests;
        return reply(200, SimRenderDump::state(m_renderer, info));
    };
    if (s.size() != 2)
        return reply(404, SimRenderErrors::notFound());
    const QString& what = s[1];
    if (what == QLatin1String("advance")) {
        if (request.method != "POST")
            return reply(405, SimRenderErrors::coded("METHOD_NOT_ALLOWED", QStringLiteral("Use POST")));
        bool ok = false;
        const qlonglong seconds = request.queryItem(QStringLiteral("seconds")).toLongLong(&ok);
        if (!ok || seconds < 0)
            return reply(422,
                         SimRenderErrors::validation(
                             {{QStringLiteral("seconds"), QStringLiteral("seconds must be a non-negative integer")}}));
        moveClock(seconds);
        return stateReply();
    }
    if (request.method != "GET")
        return reply(405, SimRenderErrors::coded("METHOD_NOT_ALLOWED", QStringLiteral("Use GET")));
    if (what == QLatin1String("state"))
        return stateReply();
    if (what == QLatin1String("dump"))
        return reply(200, SimRenderDump::dump(m_renderer, m_clock.now()));
    return reply(404, SimRenderErrors::notFound());
}

} // namespace crmlens::sim
