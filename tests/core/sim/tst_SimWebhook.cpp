// Webhook events: Meta-format bodies, their signature, and delivery to a local receiver as the
// sim clock passes the events.
#include "core/sim/SimClock.h"
#include "core/sim/SimHttpRequest.h"
#include "core/sim/SimWebhookDispatcher.h"
#include "core/sim/SimWebhookEvents.h"
#include "tests/core/sim/tst_SimServerSupport.h"
#include "tests/support/TestFixtures.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace crmlens::sim;
using namespace crmlens::test::sim;

namespace {

// A webhook endpoint on loopback that records every POST and answers with a fixed status.
class Receiver : public QObject
{
public:
    explicit Receiver(int status = 200) : m_status(status)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto* buffer = new QByteArray;
                connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    SimHttpParser parser;
                    SimHttpRequest request;
                    while (parser.parse(*buffer, request) == SimHttpParser::Status::Ready) {
                        requests.append(request);
                        const QByteArray reason = m_status == 200 ? "OK" : "Error";
                        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason +
                                      "\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/whatsapp").arg(m_server.serverPort())); }

    QList<SimHttpRequest> requests;

private:
    QTcpServer m_server;
    int m_status;
};

QJsonArray changesOf(const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    return root.value(QLatin1String("entry")).toArray().at(0).toObject().value(QLatin1String("changes")).toArray();
}

} // namespace

class tst_SimWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureVectors_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("message fixture")
            << QByteArray("test-app-secret") << crmlens::test::readFixture(QStringLiteral("webhook-message.json"))
            << QByteArray("sha256=b782ce73bfcb2b9fb1fe3989926d29d607be3adad61f2a14536a85f0d34cb04d");
        QTest::newRow("status fixture")
            << QByteArray("test-app-secret") << crmlens::test::readFixture(QStringLiteral("webhook-status.json"))
            << QByteArray("sha256=fab122e536788b6ef475052349079175986aa75824444f5c0e0bc5b74702738a");
        QTest::newRow("github vector")
            << QByteArray("It's a Secret to Everybody") << QByteArray("Hello, World!")
            << QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    }
    void signatureVectors()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QCOMPARE(SimWebhookEvents::signature(secret, body), expected);
    }

    void allowedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("ipv4 loopback") << QStringLiteral("http://127.0.0.1:8080/hook") << true;
        QTest::newRow("other loopback") << QStringLiteral("http://127.0.0.2:8080/hook") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8080/hook") << true;
        QTest::newRow("localhost") << QStringLiteral("https://localhost/hook") << true;
        QTest::newRow("remote") << QStringLiteral("https://example.com/hook") << false;
        QTest::newRow("lan") << QStringLiteral("http://192.168.1.4/hook") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/hook") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }
    void allowedUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString why;
        QCOMPARE(SimWebhookDispatcher::isAllowedUrl(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
    }

    void eventsOfTheFuture()
    {
        const SimWorkspace ws = makeWorkspace();
        SimWebhookEvents events(ws, kNow);
        // After kNow: message 6 delivered (+100 s), message 5 read (+300 s), message 7 arrives (+600 s).
        QCOMPARE(events.remaining(), std::size_t{3});
        QCOMPARE(events.takeDue(kNow + 99, 50).size(), std::size_t{0});
        const auto first = events.takeDue(kNow + 300, 50);
        QCOMPARE(first.size(), std::size_t{2});
        QCOMPARE(first[0].kind, SimWebhookEvents::Kind::Delivered);
        QCOMPARE(first[0].message, 6u);
        QCOMPARE(first[1].kind, SimWebhookEvents::Kind::Read);
        QCOMPARE(first[1].message, 5u);
        const auto second = events.takeDue(kNow + 10 * kDay, 50);
        QCOMPARE(second.size(), std::size_t{1});
        QCOMPARE(second[0].kind, SimWebhookEvents::Kind::Message);

        const QJsonArray changes = changesOf(events.payload(second));
        QCOMPARE(changes.size(), 1);
        const QJsonObject value = changes.at(0).toObject().value(QLatin1String("value")).toObject();
        QCOMPARE(changes.at(0).toObject().value(QLatin1String("field")).toString(), QStringLiteral("messages"));
        QCOMPARE(value.value(QLatin1String("contacts")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("profile"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Wanjiru Kamau")}}},
                              {QStringLiteral("wa_id"), QStringLiteral("254712345678")}}));
        const QJsonObject message = value.value(QLatin1String("messages")).toArray().at(0).toObject();
        QCOMPARE(message.value(QLatin1String("from")).toString(), QStringLiteral("254712345678"));
        QCOMPARE(message.value(QLatin1String("id")).toString(), ws.messageId(ws.messages[7]));
        QCOMPARE(message.value(QLatin1String("timestamp")).toString(), QString::number(kNow + 600));
        QCOMPARE(message.value(QLatin1String("type")).toString(), QStringLiteral("text"));
        QCOMPARE(message.value(QLatin1String("text")).toObject().value(QLatin1String("body")).toString(),
                 ws.messageContent(ws.messages[7]));
    }

    void deliversSignedBatches()
    {
        const SimWorkspace ws = makeWorkspace();
        SimClock clock(kNow);
        Receiver receiver;
        SimWebhookDispatcher dispatcher(ws, clock, receiver.url(), "hook-secret");
        QSignalSpy delivered(&dispatcher, &SimWebhookDispatcher::batchDelivered);
        dispatcher.start(50);
        // Nothing is due while the clock stands still.
        QTest::qWait(200);
        QCOMPARE(receiver.requests.size(), 0);

        clock.advance(1000);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().first().toInt(), 3); // all three due events in one batch
        QCOMPARE(receiver.requests.size(), 1);
        const SimHttpRequest& post = receiver.requests.first();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.pathSegments, (QStringList{QStringLiteral("hooks"), QStringLiteral("whatsapp")}));
        const QByteArray expected =
            "sha256=" + QMessageAuthenticationCode::hash(post.body, "hook-secret", QCryptographicHash::Sha256).toHex();
        QCOMPARE(post.header("x-hub-signature-256"), expected);
        QVERIFY(post.header("content-type").startsWith("application/json"));

        const QJsonArray changes = changesOf(post.body);
        QCOMPARE(changes.size(), 3);
        const QJsonObject delivery = changes.at(0)
                                         .toObject()
                                         .value(QLatin1String("value"))
                                         .toObject()
                                         .value(QLatin1String("statuses"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        QCOMPARE(delivery, (QJsonObject{{QStringLiteral("id"), ws.messageId(ws.messages[6])},
                                        {QStringLiteral("status"), QStringLiteral("delivered")},
                                        {QStringLiteral("timestamp"), QString::number(kNow + 100)},
                                        {QStringLiteral("recipient_id"), QStringLiteral("254712345678")}}));
        QCOMPARE(dispatcher.deliveredEvents(), 3);
        QCOMPARE(dispatcher.pendingEvents(), std::size_t{0});
    }

    void failedBatchesAreRetriedThenDropped()
    {
        const SimWorkspace ws = makeWorkspace();
        SimClock clock(kNow + 200);
        Receiver receiver(500);
        SimWebhookDispatcher dispatcher(ws, clock, receiver.url(), "s");
        QSignalSpy dropped(&dispatcher, &SimWebhookDispatcher::batchDropped);
        clock.advance(200); // the read at +300 s is due
        dispatcher.poll();
        QVERIFY(dropped.wait(15000));
        QCOMPARE(receiver.requests.size(), SimWebhookDispatcher::kMaxAttempts);
        QCOMPARE(receiver.requests.at(0).body, receiver.requests.at(2).body);
        QCOMPARE(dispatcher.droppedEvents(), 1);
        QCOMPARE(dispatcher.deliveredEvents(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SimWebhook)
#include "tst_SimWebhook.moc"
