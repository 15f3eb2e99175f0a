// Authentication, error shapes, the /_sim control endpoints, the dump, and the HTTP plumbing of
// the simulator's server (keep-alive, malformed requests, loopback-only binding).
#include "core/common/Clock.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimServer.h"
#include "tests/core/sim/tst_SimServerSupport.h"
#include "tests/support/TestFixtures.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace crmlens::sim;
using namespace crmlens::test::sim;

namespace {

// The shape of a JSON value: object keys (recursively) and value types, not the values.
QString shapeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(it.key() + QLatin1Char(':') + shapeOf(it.value()));
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        return QLatin1Char('[') + (a.isEmpty() ? QString() : shapeOf(a.first())) + QLatin1Char(']');
    }
    case QJsonValue::String:
        return QStringLiteral("s");
    case QJsonValue::Double:
        return QStringLiteral("n");
    case QJsonValue::Bool:
        return QStringLiteral("b");
    default:
        return QStringLiteral("null");
    }
}

QJsonObject fixture(const char* name)
{
    return QJsonDocument::fromJson(crmlens::test::readFixture(QString::fromLatin1(name))).object();
}

QJsonObject findById(const QJsonArray& records, const QString& id)
{
    for (const QJsonValue& v : records) {
        if (v.toObject().value(QLatin1String("chat_id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class tst_SimServerControl : public QObject
{
    Q_OBJECT

private:
    SimWorkspace m_ws = makeWorkspace();
    crmlens::SystemClock m_realClock;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimServer> m_server;
    QUrl m_base;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<SimClock>(kNow);
        SimServerConfig config;
        config.apiKey = "secret-test-key";
        m_server = std::make_unique<SimServer>(m_ws, *m_clock, config, m_realClock);
        QVERIFY(m_server->listen(0));
        m_base = m_server->baseUrl();
    }
    void cleanup() { m_server.reset(); }

    void unauthorised_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("contacts, no key") << QStringLiteral("/crm/chat") << QByteArray() << QByteArray("GET");
        QTest::newRow("contacts, wrong key")
            << QStringLiteral("/crm/chat") << QByteArray("sim-key") << QByteArray("GET");
        QTest::newRow("messages, wrong key")
            << QStringLiteral("/crm/chat/chat_a/messages") << QByteArray("SECRET-TEST-KEY") << QByteArray("GET");
        QTest::newRow("report, no key") << QStringLiteral("/crm/campaign/camp_001/report") << QByteArray()
                                        << QByteArray("GET");
        QTest::newRow("unknown crm path, no key")
            << QStringLiteral("/crm/nothing") << QByteArray() << QByteArray("GET");
        QTest::newRow("state, no key") << QStringLiteral("/_sim/state") << QByteArray() << QByteArray("GET");
        QTest::newRow("advance, wrong key")
            << QStringLiteral("/_sim/advance?seconds=60") << QByteArray("x") << QByteArray("POST");
        QTest::newRow("dump, no key") << QStringLiteral("/_sim/dump") << QByteArray() << QByteArray("GET");
    }
    void unauthorised()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, method);
        const HttpResult r = request(method, m_base, path, key);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json(), fixture("error-401.json"));
        // A refused request moves nothing.
        QCOMPARE(m_clock->now(), kNow);
    }

    void errorShapesMatchTheFixtures()
    {
        const QByteArray key = "secret-test-key";
        HttpResult r = get(m_base, QStringLiteral("/crm/campaign/camp_404/report"), key);
        QCOMPARE(r.status, 404);
        QCOMPARE(shapeOf(r.json()), shapeOf(fixture("error-404.json")));
        r = get(m_base, QStringLiteral("/crm/does/not/exist"), key);
        QCOMPARE(r.status, 404);
        QCOMPARE(shapeOf(r.json()), shapeOf(fixture("error-404.json")));
        r = get(m_base, QStringLiteral("/elsewhere"), key);
        QCOMPARE(r.status, 404);
        r = get(m_base, QStringLiteral("/crm/chat?limit=zero"), key);
        QCOMPARE(r.status, 422);
        QCOMPARE(shapeOf(r.json()), shapeOf(fixture("error-422.json")));
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        r = request("POST", m_base, QStringLiteral("/crm/chat"), key);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json().value(QLatin1String("success")), QJsonValue(false));
        r = request("POST", m_base, QStringLiteral("/crm/campaign/camp_001/trigger"), key);
        QCOMPARE(r.status, 501);
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("NOT_IMPLEMENTED"));
    }

    void stateAndAdvance()
    {
        const QByteArray key = "secret-test-key";
        HttpResult r = get(m_base, QStringLiteral("/_sim/state"), key);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("now")).toString(), QStringLiteral("2026-03-01T12:00:00Z"));
        QCOMPARE(o.value(QLatin1String("now_unix")).toInteger(), kNow);
        QCOMPARE(o.value(QLatin1String("live")), QJsonValue(false));
        QCOMPARE(o.value(QLatin1String("tenant")).toString(), QStringLiteral("chatnation"));
        QCOMPARE(o.value(QLatin1String("counts")).toObject(), (QJsonObject{{QStringLiteral("contacts"), 23},
                                                                           {QStringLiteral("deleted_contacts"), 1},
                                                                           {QStringLiteral("messages"), 9},
                                                                           {QStringLiteral("campaigns"), 2}}));

        r = request("POST", m_base, QStringLiteral("/_sim/advance?seconds=1800"), key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("now_unix")).toInteger(), kNow + 1800);
        QCOMPARE(m_clock->now(), kNow + 1800);
        QCOMPARE(r.json().value(QLatin1String("counts")).toObject().value(QLatin1String("contacts")).toInt(), 24);

        QCOMPARE(request("GET", m_base, QStringLiteral("/_sim/advance?seconds=5"), key).status, 405);
        QCOMPARE(request("POST", m_base, QStringLiteral("/_sim/advance?seconds=-5"), key).status, 422);
        QCOMPARE(request("POST", m_base, QStringLiteral("/_sim/advance"), key).status, 422);
        QCOMPARE(m_clock->now(), kNow + 1800);
        QCOMPARE(get(m_base, QStringLiteral("/_sim/nothing"), key).status, 404);

        // The clock stops where the generated timeline ends.
        QCOMPARE(request("POST", m_base, QStringLiteral("/_sim/advance?seconds=99999999"), key).status, 200);
        m_clock->setEnd(m_ws.endsAt);
        QCOMPARE(m_clock->now(), m_ws.endsAt);
    }

    void dumpHoldsEverythingVisible()
    {
        const QByteArray key = "secret-test-key";
        const HttpResult r = get(m_base, QStringLiteral("/_sim/dump"), key);
        QCOMPARE(r.status, 200);
        const QJsonObject dump = r.json();
        QCOMPARE(dump.value(QLatin1String("now")).toString(), QStringLiteral("2026-03-01T12:00:00Z"));
        QCOMPARE(dump.value(QLatin1String("operators")).toArray().size(), 2);
        QCOMPARE(dump.value(QLatin1String("custom_fields")).toArray().size(), 3);

        const QJsonArray contacts = dump.value(QLatin1String("contacts")).toArray();
        QCOMPARE(contacts.size(), 23);
        QCOMPARE(contacts.at(0).toObject().value(QLatin1String("chat_id")).toString(), QStringLiteral("chat_e"));
        // What the API leaves out is in the dump: created_at, operator, field names.
        const QJsonObject b = findById(contacts, QStringLiteral("chat_b"));
        QCOMPARE(b.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-02-20T12:00:00Z"));
        QCOMPARE(b.value(QLatin1String("sends_created_at")), QJsonValue(false));
        QCOMPARE(b.value(QLatin1String("operator")), QJsonValue(QJsonValue::Null));
        QCOMPARE(b.value(QLatin1String("email")), QJsonValue(QJsonValue::Null));
        QCOMPARE(b.value(QLatin1String("custom_fields")).toObject(),
                 (QJsonObject{{QStringLiteral("lead_stage"), QStringLiteral("won")},
                              {QStringLiteral("revenue"), QStringLiteral("1250.00")}}));
        const QJsonObject a = findById(contacts, QStringLiteral("chat_a"));
        QCOMPARE(a.value(QLatin1String("operator")).toString(), QStringLiteral("amina@acme.co.ke"));
        const QJsonArray messages = a.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 6);
        // Oldest first, statuses at now, campaign ids the API does not send.
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("message_id")).toString(),
                 m_ws.messageId(m_ws.messages[0]));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("read"));
        QCOMPARE(messages.at(2).toObject().value(QLatin1String("campaign_id")).toString(), QStringLiteral("camp_001"));
        QCOMPARE(messages.at(5).toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));

        const QJsonArray deleted = dump.value(QLatin1String("deleted_contacts")).toArray();
        QCOMPARE(deleted.size(), 1);
        const QJsonObject c = deleted.at(0).toObject();
        QCOMPARE(c.value(QLatin1String("chat_id")).toString(), QStringLiteral("chat_c"));
        QCOMPARE(c.value(QLatin1String("deleted_at")).toString(), QStringLiteral("2026-02-28T12:00:00Z"));
        QCOMPARE(c.value(QLatin1String("operator")).toString(), QStringLiteral("brian@acme.co.ke"));
        QCOMPARE(c.value(QLatin1String("messages")).toArray().size(), 1);

        const QJsonArray campaigns = dump.value(QLatin1String("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 2);
        const QJsonObject welcome = campaigns.at(1).toObject();
        QCOMPARE(welcome.value(QLatin1String("campaign_id")).toString(), QStringLiteral("camp_001"));
        QCOMPARE(welcome.value(QLatin1String("report")).toObject(),
                 (QJsonObject{{QStringLiteral("total_recipients"), 2},
                              {QStringLiteral("delivered"), 1},
                              {QStringLiteral("read"), 0},
                              {QStringLiteral("replied"), 1},
                              {QStringLiteral("failed"), 1}}));
        QCOMPARE(campaigns.at(0).toObject().value(QLatin1String("template_name")), QJsonValue(QJsonValue::Null));

        // The API and the dump agree on what they both show.
        const QJsonArray api =
            get(m_base, QStringLiteral("/crm/chat?limit=100"), key).json().value(QLatin1String("data")).toArray();
        QCOMPARE(api.size(), contacts.size());
        for (int i = 0; i < api.size(); ++i) {
            const QJsonObject fromApi = api.at(i).toObject();
            const QJsonObject fromDump = contacts.at(i).toObject();
            QCOMPARE(fromApi.value(QLatin1String("chat_id")), fromDump.value(QLatin1String("chat_id")));
            QCOMPARE(fromApi.value(QLatin1String("status")), fromDump.value(QLatin1String("status")));
            QCOMPARE(fromApi.value(QLatin1String("whatsapp_number")), fromDump.value(QLatin1String("whatsapp_number")));
            if (fromApi.contains(QLatin1String("created_at")))
                QCOMPARE(fromApi.value(QLatin1String("created_at")), fromDump.value(QLatin1String("created_at")));
        }
    }

    void keepAliveServesSeveralRequests()
    {
        const QByteArray one = "GET /crm/setting/custom-field HTTP/1.1\r\nHost: x\r\nAPI-KEY: secret-test-key\r\n\r\n";
        const QByteArray last =
            "GET /crm/campaign HTTP/1.1\r\nHost: x\r\nAPI-KEY: secret-test-key\r\nConnection: close\r\n\r\n";
        // Three requests written at once on one connection: three answers, in order, then close.
        const RawExchange exchange = rawExchange(m_server->port(), one + one + last, 10000);
        QVERIFY(exchange.closed);
        QCOMPARE(exchange.received.count("HTTP/1.1 200 OK\r\n"), 3);
        QCOMPARE(exchange.received.count("Connection: keep-alive\r\n"), 2);
        QCOMPARE(exchange.received.count("Connection: close\r\n"), 1);
        QVERIFY(exchange.received.endsWith("}"));
        QVERIFY(exchange.received.lastIndexOf("\"count\":2") > exchange.received.lastIndexOf("custom_field_id"));
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("no version") << QByteArray("GET /crm/chat\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("bad version") << QByteArray("GET /crm/chat HTTP/2.0\r\n\r\n") << QByteArray("HTTP/1.1 505 ");
        QTest::newRow("chunked") << QByteArray(
                                        "POST /_sim/advance HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << QByteArray("HTTP/1.1 501 ");
        QTest::newRow("header without colon")
            << QByteArray("GET /crm/chat HTTP/1.1\r\nbroken\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
    }
    void malformedRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, statusLine);
        const RawExchange exchange = rawExchange(m_server->port(), raw, 10000);
        QVERIFY(exchange.closed);
        QVERIFY2(exchange.received.startsWith(statusLine), exchange.received.constData());
    }

    void bindsLoopbackOnly()
    {
        SimClock clock(kNow);
        SimServer other(m_ws, clock, SimServerConfig{}, m_realClock);
        QVERIFY(!other.listen(QHostAddress(QHostAddress::AnyIPv4), 0));
        QVERIFY(other.errorString().contains(QLatin1String("127.0.0.1")));
        QVERIFY(!other.listen(QHostAddress(QStringLiteral("192.168.1.10")), 0));
        QVERIFY(other.listen(QHostAddress(QHostAddress::LocalHost), 0));
        QCOMPARE(other.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(other.port()));
    }
};

QTEST_GUILESS_MAIN(tst_SimServerControl)
#include "tst_SimServerControl.moc"
