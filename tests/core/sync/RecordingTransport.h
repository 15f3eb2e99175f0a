#pragma once

#include "core/api/HttpTransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

namespace crmlens::test {

// What a request to the CRM reads, by its path.
enum class Endpoint { Contacts, Search, ChatFields, Definitions, Messages, Campaigns, Report, Other };

Endpoint endpointOf(const QUrl& url);
QString endpointName(Endpoint endpoint);

// An HttpTransport between the client and the real one that counts what the sync asks for and
// can answer some requests itself (to make one endpoint fail) or call a hook after an answer (to
// cancel a sync at an exact point).
class RecordingTransport final : public QObject, public api::HttpTransport
{
    Q_OBJECT

public:
    explicit RecordingTransport(api::HttpTransport& inner);
    ~RecordingTransport() override;

    api::TransportRequestId send(const api::HttpRequest& request, Callback callback) override;
    void abort(api::TransportRequestId id) override;

    // Answers a request locally (never reaching the server) when it returns a response.
    std::function<std::optional<api::HttpResponse>(const api::HttpRequest&)> intercept;
    // May change an answer before the client sees it (a tenant that sends less than the simulator).
    std::function<void(const QUrl&, api::HttpResponse&)> rewrite;
    // Called after each answer was handed to the client.
    std::function<void(const QUrl&, const api::HttpResponse&)> afterAnswer;

    int sent() const { return m_sent; }
    int sent(Endpoint endpoint) const { return m_sentBy.value(endpoint); }
    int answered() const { return int(m_answered.size()); }
    // URLs (path and query) of the 2xx answers handed to the client, in order.
    const QList<QString>& answeredOk() const { return m_answered; }
    // URLs (path and query) of every request, in the order they were sent.
    const QList<QString>& sentUrls() const { return m_sentUrls; }
    // When each request was sent, in ms of a monotonic clock.
    const QList<qint64>& sentAtMs() const { return m_sentAt; }
    // Mean time from sending a request to handing its answer to the client, in ms.
    double meanLatencyMs() const { return m_latencyCount > 0 ? double(m_latencySum) / m_latencyCount : 0.0; }
    // Contact records without a custom_fields key in the contact pages answered so far.
    int contactsWithoutFields() const { return m_contactsWithoutFields; }
    void reset();

private:
    api::HttpTransport& m_inner;
    QHash<api::TransportRequestId, api::TransportRequestId> m_innerIds; // ours -> inner
    QSet<api::TransportRequestId> m_local;                              // answered locally, not yet delivered
    api::TransportRequestId m_nextId = 1;
    int m_sent = 0;
    QHash<Endpoint, int> m_sentBy;
    QList<QString> m_answered;
    QList<QString> m_sentUrls;
    QList<qint64> m_sentAt;
    QElapsedTimer m_timer;
    qint64 m_latencySum = 0;
    qint64 m_latencyCount = 0;
    int m_contactsWithoutFields = 0;
};

} // namespace crmlens::test
