#pragma once

#include "core/api/HttpTransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRegularExpression>

#include <memory>

class QTimer;

namespace crmlens::test {

// One scripted answer.
struct FakeReply
{
    int status = 200;
    QHash<QByteArray, QByteArray> headers; // lower-case names, as a transport delivers them
    QByteArray body;
    api::TransportError error = api::TransportError::None;
    QString errorText;
    int delayMs = 0;   // answer after this long (real time, event loop)
    bool hang = false; // never answer: only abort() or the request's timeout end it

    static FakeReply json(int status, QByteArray body, QHash<QByteArray, QByteArray> headers = {});
    static FakeReply failure(api::TransportError error, QString text);
    static FakeReply hanging();
};

// A scripted HttpTransport for tests. Replies are chosen by a regular expression on the encoded
// URL: one-shot replies first (in the order they were added), then standing ones. An unmatched
// request fails with a network error naming the URL, so a missing script shows in the test.
// Like NetworkTransport it answers asynchronously, honours HttpRequest::timeoutMs (switchable,
// to test callers that must not rely on it) and never calls back after abort().
class FakeTransport final : public QObject, public api::HttpTransport
{
    Q_OBJECT

public:
    struct Record
    {
        api::TransportRequestId id = 0;
        api::HttpRequest request;
        qint64 sentAtMs = 0; // since the transport was created
        bool answered = false;
        bool aborted = false;
    };

    explicit FakeTransport(QObject* parent = nullptr);
    ~FakeTransport() override;

    void respond(const QString& urlPattern, FakeReply reply);     // every time
    void respondOnce(const QString& urlPattern, FakeReply reply); // the next matching request only
    void enqueue(FakeReply reply);                                // the next request, whatever its URL
    void setHonourTimeouts(bool honour) { m_honourTimeouts = honour; }

    api::TransportRequestId send(const api::HttpRequest& request, Callback callback) override;
    void abort(api::TransportRequestId id) override;

    const QList<Record>& requests() const { return m_records; }
    QList<Record> requestsMatching(const QString& urlPattern) const;
    int inFlight() const { return static_cast<int>(m_inFlight.size()); }
    int maxInFlight() const { return m_maxInFlight; }
    int abortCount() const;

Q_SIGNALS:
    void requestSent(api::TransportRequestId id);

private:
    struct Route
    {
        QRegularExpression pattern;
        FakeReply reply;
    };
    struct InFlight
    {
        Callback callback;
        std::unique_ptr<QTimer> timer;
    };

    FakeReply pick(const QUrl& url);
    void deliver(api::TransportRequestId id, api::HttpResponse response);
    Record* record(api::TransportRequestId id);

    QList<Route> m_once;
    QList<Route> m_always;
    QList<Record> m_records;
    QHash<api::TransportRequestId, std::shared_ptr<InFlight>> m_inFlight;
    api::TransportRequestId m_nextId = 1;
    int m_maxInFlight = 0;
    bool m_honourTimeouts = true;
    QElapsedTimer m_elapsed;
};

} // namespace crmlens::test
