#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

// The HTTP seam: the client speaks to the CRM only through this interface, so tests can script
// answers (tests/support/FakeTransport) and production uses NetworkTransport.
namespace crmlens::api {

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // sent as given; values may hold secrets, never log them
    QByteArray body;
    int timeoutMs = 30000; // whole exchange, from send to the last byte; <= 0 means no limit
};

enum class TransportError {
    None,      // an HTTP answer arrived (any status)
    Timeout,   // no complete answer within HttpRequest::timeoutMs
    Network,   // refused, reset, DNS, TLS, or the connection closed before the body was complete
    Cancelled, // the request was aborted
};

struct HttpResponse
{
    int status = 0;                        // 0 when no status line arrived
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;                       // may be partial when error != None
    TransportError error = TransportError::None;
    QString errorText; // plain words about a transport error; never contains request headers
};

using TransportRequestId = quint64;

// Asynchronous HTTP. Contract shared by every implementation:
// - send() never invokes the callback before it returns; the callback runs later on the thread
//   that called send(), exactly once, unless the request is aborted first.
// - after abort(id) returns, the callback of that request is never invoked; aborting an unknown
//   or finished id does nothing.
// - destroying the transport aborts whatever is still in flight, silently.
class HttpTransport
{
public:
    using Callback = std::function<void(HttpResponse)>;

    virtual ~HttpTransport() = default;
    virtual TransportRequestId send(const HttpRequest& request, Callback callback) = 0;
    virtual void abort(TransportRequestId id) = 0;
};

QString transportErrorName(TransportError error);

} // namespace crmlens::api
