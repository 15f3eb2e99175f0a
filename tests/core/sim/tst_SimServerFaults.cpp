// Rate limits and every fault kind of the simulator, seen over HTTP the way a client sees them.
#include "core/common/Clock.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimServer.h"
#include "tests/core/sim/tst_SimServerSupport.h"
#include "tests/support/TestFixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace crmlens::sim;
using namespace crmlens::test::sim;

namespace {

std::uint32_t kinds(const char* list)
{
    return SimFaultConfig::parseKinds(QString::fromLatin1(list), nullptr).value_or(0);
}

bool isIsoTime(const QJsonValue& v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODate).isValid();
}

// A record a careful client could not use: no string id or an unparseable timestamp.
bool damaged(const QJsonObject& record, const char* idKey, const char* timeKey)
{
    if (!record.value(QLatin1String(idKey)).isString())
        return true;
    return record.contains(QLatin1String(timeKey)) && !isIsoTime(record.value(QLatin1String(timeKey)));
}

} // namespace

class tst_SimServerFaults : public QObject
{
    Q_OBJECT

private:
    void start(int rateLimit, const char* faultList, double faultRate = 1.0, std::uint64_t seed = 1,
               int hangSeconds = 90)
    {
        m_server.reset();
        m_clock = std::make_unique<SimClock>(kNow);
        SimServerConfig config;
        config.rateLimitPerMinute = rateLimit;
        config.faults.kinds = kinds(faultList);
        config.faults.rate = faultRate;
        config.faults.seed = seed;
        config.hangSeconds = hangSeconds;
        m_server = std::make_unique<SimServer>(m_ws, *m_clock, config, m_realClock);
        QVERIFY(m_server->listen(0));
        m_base = m_server->baseUrl();
    }

    SimWorkspace m_ws = makeWorkspace();
    crmlens::SystemClock m_realClock;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimServer> m_server;
    QUrl m_base;

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void rateLimit()
    {
        start(5, "");
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = get(m_base, QStringLiteral("/crm/campaign"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(4 - i));
            const qint64 reset = r.header("X-RateLimit-Reset").toLongLong();
            QVERIFY(reset >= before && reset <= before + 120);
            QVERIFY(!r.hasHeader("Retry-After"));
        }
        // Control endpoints are never limited.
        QCOMPARE(get(m_base, QStringLiteral("/_sim/state")).status, 200);

        QList<bool> announced;
        for (int i = 0; i < 6; ++i) {
            const HttpResult r = get(m_base, QStringLiteral("/crm/chat"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.json(),
                     QJsonDocument::fromJson(crmlens::test::readFixture(QStringLiteral("error-429.json"))).object());
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
            QVERIFY(r.header("X-RateLimit-Reset").toLongLong() >= before);
            announced.append(r.hasHeader("Retry-After"));
            if (r.hasHeader("Retry-After")) {
                const int wait = r.header("Retry-After").toInt();
                QVERIFY(wait >= 1 && wait <= 60);
            }
        }
        // Some 429s say when to come back, some do not, in a fixed pattern.
        QCOMPARE(announced, (QList<bool>{true, true, false, true, true, false}));
    }

    void unlimited()
    {
        start(0, "");
        for (int i = 0; i < 80; ++i) {
            const HttpResult r = get(m_base, QStringLiteral("/crm/setting/custom-field"));
            QCOMPARE(r.status, 200);
            QVERIFY(!r.hasHeader("X-RateLimit-Limit"));
        }
    }

    void serverErrors()
    {
        start(0, "5xx");
        QSet<int> statuses;
        for (int i = 0; i < 12; ++i) {
            const HttpResult r = get(m_base, QStringLiteral("/crm/chat"));
            QVERIFY(r.status == 500 || r.status == 503);
            statuses.insert(r.status);
            const QJsonObject o = r.json();
            QCOMPARE(o.value(QLatin1String("success")), QJsonValue(false));
            QVERIFY(!o.value(QLatin1String("title")).toString().isEmpty());
            QCOMPARE(o.keys().size(), 2);
        }
        QVERIFY(!statuses.isEmpty());
    }

    void successFalse()
    {
        start(0, "success-false");
        const HttpResult r = get(m_base, QStringLiteral("/crm/chat/chat_a/messages"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
                 QJsonDocument::fromJson(crmlens::test::readFixture(QStringLiteral("error-200-success-false.json")))
                     .object());
    }

    void truncatedBody()
    {
        start(0, "truncate");
        const RawExchange exchange = rawExchange(
            m_server->port(), "GET /crm/chat?limit=10 HTTP/1.1\r\nHost: x\r\nAPI-KEY: sim-key\r\n\r\n", 10000);
        QVERIFY(exchange.closed);
        const qsizetype headEnd = exchange.received.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = exchange.received.first(headEnd);
        QVERIFY(head.startsWith("HTTP/1.1 200 OK"));
        const qsizetype at = head.indexOf("Content-Length: ");
        QVERIFY(at > 0);
        const qsizetype promised = head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toLongLong();
        const QByteArray body = exchange.received.sliced(headEnd + 4);
        QVERIFY2(body.size() < promised, qPrintable(QStringLiteral("%1 of %2").arg(body.size()).arg(promised)));
        QVERIFY(body.size() > 0);
        QVERIFY(body.startsWith("{\"success\":true"));
        QJsonParseError error{};
        QJsonDocument::fromJson(body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        // Through a real client the cut shows as a network error, never as a complete page.
        const HttpResult r = get(m_base, QStringLiteral("/crm/chat?limit=10"));
        QVERIFY(r.networkError != QNetworkReply::NoError);
    }

    void slowReplyStillArrives()
    {
        start(0, "slow");
        // Slow replies take at least a second: an impatient client gives up ...
        const HttpResult impatient = request("GET", m_base, QStringLiteral("/crm/campaign"), "sim-key", 300);
        QCOMPARE(impatient.status, 0);
        QVERIFY(impatient.networkError != QNetworkReply::NoError);
        // ... a patient one gets the full answer.
        const HttpResult patient = get(m_base, QStringLiteral("/crm/campaign"));
        QCOMPARE(patient.status, 200);
        QCOMPARE(patient.json().value(QLatin1String("count")).toInt(), 2);
    }

    void hangUntilTheClientGivesUp()
    {
        start(0, "hang", 1.0, 1, 2);
        const HttpResult r = request("GET", m_base, QStringLiteral("/crm/chat"), "sim-key", 500);
        QCOMPARE(r.status, 0);
        QVERIFY(r.networkError != QNetworkReply::NoError);
        QVERIFY(r.body.isEmpty());
        // On a raw connection nothing ever comes back; the server closes after the hang time.
        const RawExchange exchange =
            rawExchange(m_server->port(), "GET /crm/chat HTTP/1.1\r\nHost: x\r\nAPI-KEY: sim-key\r\n\r\n", 20000);
        QVERIFY(exchange.closed);
        QCOMPARE(exchange.received, QByteArray());
    }

    void shiftMovesPages()
    {
        start(0, "shift");
        // Each page request moves the clock 2–10 minutes: chat_d (created 30 min after now)
        // appears on page 1 while the client pages, pushing every record one place down.
        const QJsonObject first = get(m_base, QStringLiteral("/crm/chat?limit=5")).json();
        QCOMPARE(first.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 23);
        QVERIFY(m_clock->now() > kNow);
        int requests = 1;
        int total = 23;
        while (total == 23 && requests < 30) {
            total = get(m_base, QStringLiteral("/crm/chat?limit=5"))
                        .json()
                        .value(QLatin1String("pagination"))
                        .toObject()
                        .value(QLatin1String("total"))
                        .toInt();
            ++requests;
        }
        QCOMPARE(total, 24);
        QVERIFY(m_clock->now() >= kNow + 1800);
        // Requests that read no page leave the clock alone.
        const std::int64_t now = m_clock->now();
        QCOMPARE(get(m_base, QStringLiteral("/crm/setting/custom-field")).status, 200);
        QCOMPARE(get(m_base, QStringLiteral("/crm/campaign/camp_001/report")).status, 200);
        QCOMPARE(m_clock->now(), now);
    }

    void badRecords()
    {
        start(0, "bad-records");
        QJsonArray contacts =
            get(m_base, QStringLiteral("/crm/chat?limit=20")).json().value(QLatin1String("data")).toArray();
        QCOMPARE(contacts.size(), 20);
        int bad = 0;
        for (const QJsonValue& v : contacts)
            bad += damaged(v.toObject(), "chat_id", "created_at") ? 1 : 0;
        QVERIFY2(bad >= 1 && bad <= 3, qPrintable(QString::number(bad)));

        const QJsonArray messages = get(m_base, QStringLiteral("/crm/chat/chat_a/messages"))
                                        .json()
                                        .value(QLatin1String("data"))
                                        .toObject()
                                        .value(QLatin1String("messages"))
                                        .toArray();
        QCOMPARE(messages.size(), 6);
        bad = 0;
        for (const QJsonValue& v : messages)
            bad += damaged(v.toObject(), "message_id", "timestamp") ? 1 : 0;
        QVERIFY(bad >= 1 && bad <= 3);

        // The damage differs from page to page but always leaves the envelope intact.
        int damagedContacts = 0;
        for (int page = 1; page <= 10; ++page) {
            const QJsonObject o = get(m_base, QStringLiteral("/crm/chat?limit=2&page=%1").arg(page % 3 + 1)).json();
            QCOMPARE(o.value(QLatin1String("success")), QJsonValue(true));
            QVERIFY(o.value(QLatin1String("pagination")).isObject());
            for (const QJsonValue& v : o.value(QLatin1String("data")).toArray())
                damagedContacts += damaged(v.toObject(), "chat_id", "created_at") ? 1 : 0;
        }
        QVERIFY(damagedContacts >= 10);
        // Requests that are not pages are never damaged.
        QCOMPARE(get(m_base, QStringLiteral("/crm/campaign/camp_001/report"))
                     .json()
                     .value(QLatin1String("campaign_id"))
                     .toString(),
                 QStringLiteral("camp_001"));
    }

    void faultsAreDeterministicForASeed()
    {
        const auto run = [this](std::uint64_t seed) {
            start(0, "5xx,success-false,truncate,bad-records", 0.3, seed);
            QStringList outcomes;
            for (int i = 0; i < 40; ++i) {
                const HttpResult r = get(m_base, QStringLiteral("/crm/chat?limit=5"));
                outcomes.append(
                    QStringLiteral("%1/%2/%3/%4")
                        .arg(r.status)
                        .arg(r.networkError)
                        .arg(QString::fromUtf8(r.body.left(16)))
                        .arg(QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex())));
            }
            return outcomes;
        };
        const QStringList a = run(11);
        const QStringList b = run(11);
        const QStringList c = run(12);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        // Rate 0.3 over 40 requests: faults and clean answers both occur.
        QVERIFY(a.filter(QStringLiteral("200/0/{\"success\":true")).size() > 5);
        QVERIFY(a.filter(QStringLiteral("200/0/{\"success\":true")).size() < 40);
    }
};

QTEST_GUILESS_MAIN(tst_SimServerFaults)
#include "tst_SimServerFaults.moc"
