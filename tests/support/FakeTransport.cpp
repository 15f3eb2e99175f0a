#include "tests/support/FakeTransport.h"

#include <QTimer>

#include <algorithm>

namespace crmlens::test {

using api::HttpResponse;
using api::TransportError;
using api::TransportRequestId;

FakeReply FakeReply::json(int status, QByteArray body, QHash<QByteArray, QByteArray> headers)
{
    FakeReply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.headers = std::move(headers);
    reply.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    return reply;
}

FakeReply FakeReply::failure(TransportError error, QString text)
{
    FakeReply reply;
    reply.status = 0;
    reply.error = error;
    reply.errorText = std::move(text);
    return reply;
}

FakeReply FakeReply::hanging()
{
    FakeReply reply;
    reply.hang = true;
    return reply;
}

FakeTransport::FakeTransport(QObject* parent) : QObject(parent)
{
    m_elapsed.start();
}

FakeTransport::~FakeTransport() = default;

void FakeTransport::respond(const QString& urlPattern, FakeReply reply)
{
    m_always.append({QRegularExpression(urlPattern), std::move(reply)});
}

void FakeTransport::respondOnce(const QString& urlPattern, FakeReply reply)
{
    m_once.append({QRegularExpression(urlPattern), std::move(reply)});
}

void FakeTransport::enqueue(FakeReply reply)
{
    respondOnce(QStringLiteral(".*"), std::move(reply));
}

FakeReply FakeTransport::pick(const QUrl& url)
{
    const QString text = QString::fromLatin1(url.toEncoded());
    for (qsizetype i = 0; i < m_once.size(); ++i) {
        if (m_once.at(i).pattern.match(text).hasMatch())
            return m_once.takeAt(i).reply;
    }
    for (const Route& route : std::as_const(m_always)) {
        if (route.pattern.match(text).hasMatch())
            return route.reply;
    }
    return FakeReply::failure(TransportError::Network, QStringLiteral("FakeTransport has no reply for ") + text);
}

TransportRequestId FakeTransport::send(const api::HttpRequest& request, Callback callback)
{
    const TransportRequestId id = m_nextId++;
    m_records.append({id, request, m_elapsed.elapsed(), false, false});

    const FakeReply reply = pick(request.url);
    HttpResponse response;
    response.status = reply.status;
    response.headers = reply.headers;
    response.body = reply.body;
    response.error = reply.error;
    response.errorText = reply.errorText;

    int after = reply.delayMs;
    const bool timesOut =
        m_honourTimeouts && request.timeoutMs > 0 && (reply.hang || reply.delayMs >= request.timeoutMs);
    if (timesOut) {
        after = request.timeoutMs;
        response = HttpResponse{};
        response.error = TransportError::Timeout;
        response.errorText = QStringLiteral("no answer within %1 ms").arg(request.timeoutMs);
    }

    auto flight = std::make_shared<InFlight>();
    flight->callback = std::move(callback);
    if (!reply.hang || timesOut) {
        flight->timer = std::make_unique<QTimer>();
        flight->timer->setSingleShot(true);
        connect(flight->timer.get(), &QTimer::timeout, this,
                [this, id, response = std::move(response)] { deliver(id, response); });
        flight->timer->start(after);
    }
    m_inFlight.insert(id, flight);
    m_maxInFlight = std::max(m_maxInFlight, static_cast<int>(m_inFlight.size()));
    Q_EMIT requestSent(id);
    return id;
}

void FakeTransport::deliver(TransportRequestId id, HttpResponse response)
{
    const std::shared_ptr<InFlight> flight = m_inFlight.take(id);
    if (!flight)
        return;
    if (Record* r = record(id))
        r->answered = true;
    flight->callback(std::move(response));
}

void FakeTransport::abort(TransportRequestId id)
{
    if (!m_inFlight.remove(id))
        return;
    if (Record* r = record(id))
        r->aborted = true;
}

FakeTransport::Record* FakeTransport::record(TransportRequestId id)
{
    // Ids grow with the list index; a linear search from the back finds recent ones fast.
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (m_records[i].id == id)
            return &m_records[i];
    }
    return nullptr;
}

QList<FakeTransport::Record> FakeTransport::requestsMatching(const QString& urlPattern) const
{
    const QRegularExpression pattern(urlPattern);
    QList<Record> out;
    for (const Record& r : m_records) {
        if (pattern.match(QString::fromLatin1(r.request.url.toEncoded())).hasMatch())
            out.append(r);
    }
    return out;
}

int FakeTransport::abortCount() const
{
    return static_cast<int>(
        std::count_if(m_records.begin(), m_records.end(), [](const Record& r) { return r.aborted; }));
}

} // namespace crmlens::test
