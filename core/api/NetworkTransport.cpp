#include "core/api/NetworkTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace crmlens::api {

namespace {

bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    // Qt reports 4xx/5xx statuses as errors too; for us they are answers, read by the client.
    const int code = static_cast<int>(error);
    return (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError) ||
           (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError);
}

QHash<QByteArray, QByteArray> lowerCasedHeaders(const QNetworkReply& reply)
{
    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : reply.rawHeaderPairs()) {
        const QByteArray key = name.toLower();
        auto it = headers.find(key);
        if (it == headers.end())
            headers.insert(key, value);
        else
            it.value() += QByteArrayLiteral(", ") + value;
    }
    return headers;
}

} // namespace

NetworkTransport::NetworkTransport(QObject* parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

NetworkTransport::~NetworkTransport()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending& p : pending) {
        p.reply->disconnect(this);
        p.reply->abort();
        delete p.reply;
        delete p.deadline;
    }
}

TransportRequestId NetworkTransport::send(const HttpRequest& request, Callback callback)
{
    const TransportRequestId id = m_nextId++;

    QNetworkRequest networkRequest(request.url);
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        networkRequest.setRawHeader(it.key(), it.value());
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply* reply = request.method == "GET" && request.body.isEmpty()
                               ? m_manager->get(networkRequest)
                               : m_manager->sendCustomRequest(networkRequest, request.method, request.body);

    Pending pending;
    pending.reply = reply;
    pending.callback = std::move(callback);
    if (request.timeoutMs > 0) {
        pending.deadline = new QTimer(this);
        pending.deadline->setSingleShot(true);
        pending.deadline->setInterval(request.timeoutMs);
        connect(pending.deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
        pending.deadline->start();
    }
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    m_pending.insert(id, std::move(pending));
    return id;
}

void NetworkTransport::abort(TransportRequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    pending.reply->disconnect(this);
    pending.reply->abort();
    pending.reply->deleteLater();
    delete pending.deadline;
}

void NetworkTransport::onDeadline(TransportRequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->timedOut = true;
    // abort() finishes the reply synchronously; onFinished sees timedOut and reports a timeout.
    QNetworkReply* reply = it->reply;
    reply->abort();
}

void NetworkTransport::onFinished(TransportRequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    delete pending.deadline;

    QNetworkReply& reply = *pending.reply;
    reply.deleteLater();

    HttpResponse response;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    response.headers = lowerCasedHeaders(reply);
    response.body = reply.readAll();

    const QNetworkReply::NetworkError error = reply.error();
    if (pending.timedOut) {
        response.error = TransportError::Timeout;
        response.errorText = QStringLiteral("no complete answer within the request timeout");
    } else if (error == QNetworkReply::NoError || (response.status > 0 && isHttpLevelError(error))) {
        response.error = TransportError::None;
    } else if (error == QNetworkReply::TimeoutError) {
        response.error = TransportError::Timeout;
        response.errorText = reply.errorString();
    } else if (error == QNetworkReply::OperationCanceledError) {
        response.error = TransportError::Cancelled;
        response.errorText = reply.errorString();
    } else {
        response.error = TransportError::Network;
        response.errorText = reply.errorString();
    }

    pending.callback(std::move(response));
}

} // namespace crmlens::api
