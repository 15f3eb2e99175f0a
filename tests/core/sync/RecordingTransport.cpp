#include "RecordingTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace crmlens::test {

Endpoint endpointOf(const QUrl& url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("crm"))
        return Endpoint::Other;
    if (parts[1] == QLatin1String("chat")) {
        if (parts.size() == 2)
            return Endpoint::Contacts;
        if (parts.size() == 3 && parts[2] == QLatin1String("search"))
            return Endpoint::Search;
        if (parts.size() == 5 && parts[2] == QLatin1String("setting"))
            return Endpoint::ChatFields;
        if (parts.size() == 4 && parts[3] == QLatin1String("messages"))
            return Endpoint::Messages;
        return Endpoint::Other;
    }
    if (parts[1] == QLatin1String("setting"))
        return Endpoint::Definitions;
    if (parts[1] == QLatin1String("campaign"))
        return parts.size() == 2 ? Endpoint::Campaigns : Endpoint::Report;
    return Endpoint::Other;
}

QString endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Contacts:
        return QStringLiteral("contact pages");
    case Endpoint::Search:
        return QStringLiteral("searches");
    case Endpoint::ChatFields:
        return QStringLiteral("chat custom fields");
    case Endpoint::Definitions:
        return QStringLiteral("field definitions");
    case Endpoint::Messages:
        return QStringLiteral("message pages");
    case Endpoint::Campaigns:
        return QStringLiteral("campaign pages");
    case Endpoint::Report:
        return QStringLiteral("reports");
    case Endpoint::Other:
        break;
    }
    return QStringLiteral("other");
}

RecordingTransport::RecordingTransport(api::HttpTransport& inner) : m_inner(inner)
{
    m_timer.start();
}

RecordingTransport::~RecordingTransport()
{
    for (const api::TransportRequestId innerId : std::as_const(m_innerIds))
        m_inner.abort(innerId);
}

void RecordingTransport::reset()
{
    m_sent = 0;
    m_sentBy.clear();
    m_answered.clear();
    m_sentUrls.clear();
    m_sentAt.clear();
    m_latencySum = 0;
    m_latencyCount = 0;
    m_contactsWithoutFields = 0;
}

api::TransportRequestId RecordingTransport::send(const api::HttpRequest& request, Callback callback)
{
    const api::TransportRequestId id = m_nextId++;
    ++m_sent;
    const Endpoint endpoint = endpointOf(request.url);
    m_sentBy[endpoint] += 1;
    const QString what = request.url.path() + QLatin1Char('?') + request.url.query();
    m_sentUrls << what;
    m_sentAt << m_timer.elapsed();

    auto deliver = [this, what, endpoint, url = request.url, sentAt = m_timer.elapsed(),
                    callback = std::move(callback)](api::HttpResponse response) {
        m_latencySum += m_timer.elapsed() - sentAt;
        ++m_latencyCount;
        if (rewrite)
            rewrite(url, response);
        if (response.error == api::TransportError::None && response.status >= 200 && response.status < 300) {
            m_answered << what;
            if (endpoint == Endpoint::Contacts) {
                const QJsonArray data =
                    QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
                for (const QJsonValue& record : data) {
                    if (!record.toObject().contains(QLatin1String("custom_fields")))
                        ++m_contactsWithoutFields;
                }
            }
        }
        callback(response);
        if (afterAnswer)
            afterAnswer(url, response);
    };

    if (intercept) {
        if (std::optional<api::HttpResponse> local = intercept(request)) {
            m_local.insert(id);
            QTimer::singleShot(0, this, [this, id, deliver, response = *local]() mutable {
                if (m_local.remove(id))
                    deliver(std::move(response));
            });
            return id;
        }
    }
    const api::TransportRequestId innerId =
        m_inner.send(request, [this, id, deliver](api::HttpResponse response) mutable {
            m_innerIds.remove(id);
            deliver(std::move(response));
        });
    m_innerIds.insert(id, innerId);
    return id;
}

void RecordingTransport::abort(api::TransportRequestId id)
{
    if (m_local.remove(id))
        return;
    const auto it = m_innerIds.find(id);
    if (it == m_innerIds.end())
        return;
    const api::TransportRequestId innerId = it.value();
    m_innerIds.erase(it);
    m_inner.abort(innerId);
}

} // namespace crmlens::test
