#pragma once

#include "core/api/HttpTransport.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace crmlens::api {

// HttpTransport over a QNetworkAccessManager that this object owns, so it lives (and must be
// used) in the thread that created it. TLS errors are never ignored, redirects are followed only
// to the same origin (the API key header must not travel to another host), and the timeout is a
// deadline on the whole exchange: a server that trickles bytes cannot keep a request alive.
class NetworkTransport final : public QObject, public HttpTransport
{
    Q_OBJECT

public:
    explicit NetworkTransport(QObject* parent = nullptr);
    ~NetworkTransport() override;

    TransportRequestId send(const HttpRequest& request, Callback callback) override;
    void abort(TransportRequestId id) override;

    int inFlightCount() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending
    {
        QNetworkReply* reply = nullptr;
        QTimer* deadline = nullptr;
        Callback callback;
        bool timedOut = false;
    };

    void onFinished(TransportRequestId id);
    void onDeadline(TransportRequestId id);

    QNetworkAccessManager* m_manager;
    QHash<TransportRequestId, Pending> m_pending;
    TransportRequestId m_nextId = 1;
};

} // namespace crmlens::api
