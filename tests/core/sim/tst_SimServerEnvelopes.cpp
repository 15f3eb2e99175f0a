// The simulator's read endpoints, envelope by envelope, for both tenants, against an in-process
// server on a free port. Bodies are checked as raw JSON, never through the client's parsers.
#include "core/common/Clock.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimRenderer.h"
#include "core/sim/SimServer.h"
#include "tests/core/sim/tst_SimServerSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace crmlens::sim;
using namespace crmlens::test::sim;

namespace {

QStringList keysOf(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList chatIds(const QJsonArray& records, const char* key = "chat_id")
{
    QStringList ids;
    for (const QJsonValue& v : records)
        ids.append(v.toObject().value(QLatin1String(key)).toString());
    return ids;
}

QJsonValue contentValue(const SimWorkspace& ws, const SimMessage& m)
{
    const QString content = ws.messageContent(m);
    return content.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(content);
}

} // namespace

class tst_SimServerEnvelopes : public QObject
{
    Q_OBJECT

private:
    void startServer(Tenant tenant = Tenant::ChatNation)
    {
        m_server.reset();
        m_clock = std::make_unique<SimClock>(kNow);
        SimServerConfig config;
        config.tenant = tenant;
        config.rateLimitPerMinute = 0;
        m_server = std::make_unique<SimServer>(m_ws, *m_clock, config, m_realClock);
        QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
        m_base = m_server->baseUrl();
    }
    QJsonObject okJson(const QString& path)
    {
        const HttpResult r = get(m_base, path);
        if (r.status != 200)
            qWarning("GET %s → %d %s", qPrintable(path), r.status, r.body.constData());
        return r.status == 200 ? r.json() : QJsonObject{};
    }

    SimWorkspace m_ws = makeWorkspace();
    crmlens::SystemClock m_realClock;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimServer> m_server;
    QUrl m_base;

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup() { m_server.reset(); }

    void contactsEnvelope()
    {
        const HttpResult r = get(m_base, QStringLiteral("/crm/chat?limit=3"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QCOMPARE(keysOf(o),
                 (QStringList{QStringLiteral("data"), QStringLiteral("pagination"), QStringLiteral("success")}));
        QCOMPARE(o.value(QLatin1String("success")), QJsonValue(true));
        const QJsonObject pagination = o.value(QLatin1String("pagination")).toObject();
        QCOMPARE(
            pagination,
            (QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 3}, {QStringLiteral("total"), 23}}));
        const QJsonArray data = o.value(QLatin1String("data")).toArray();
        QCOMPARE(chatIds(data),
                 (QStringList{QStringLiteral("chat_e"), QStringLiteral("chat_b"), QStringLiteral("chat_a")}));

        const QJsonObject expectedA{{QStringLiteral("chat_id"), QStringLiteral("chat_a")},
                                    {QStringLiteral("whatsapp_number"), QStringLiteral("+254712345678")},
                                    {QStringLiteral("email"), QStringLiteral("wanjiru@example.com")},
                                    {QStringLiteral("name"), QStringLiteral("Wanjiru Kamau")},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-02-19T12:00:00Z")},
                                    {QStringLiteral("status"), QStringLiteral("open")},
                                    {QStringLiteral("chat_operator"), QStringLiteral("amina@acme.co.ke")},
                                    {QStringLiteral("custom_fields"),
                                     QJsonObject{{QStringLiteral("source"), QStringLiteral("instagram")},
                                                 {QStringLiteral("lead_stage"), QStringLiteral("qualified")}}}};
        QCOMPARE(data.at(2).toObject(), expectedA);

        // sendsCreatedAt=false: no created_at at all; empty email: null; emoji survive.
        QJsonObject b = data.at(1).toObject();
        QVERIFY(!b.contains(QLatin1String("created_at")));
        QCOMPARE(b.value(QLatin1String("email")), QJsonValue(QJsonValue::Null));
        QCOMPARE(b.value(QLatin1String("name")).toString(), QStringLiteral("João 🌸 Silva"));
        QCOMPARE(b.value(QLatin1String("whatsapp_number")).toString(), QStringLiteral("5511987654321"));
        QCOMPARE(b.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(b.value(QLatin1String("custom_fields")).toObject(),
                 (QJsonObject{{QStringLiteral("lead_stage"), QStringLiteral("won")},
                              {QStringLiteral("revenue"), QStringLiteral("1250.00")}}));
        // No operator: absent or null, never an empty string.
        QVERIFY(!b.contains(QLatin1String("chat_operator")) || b.value(QLatin1String("chat_operator")).isNull());
    }

    void contactsNewestFirstAcrossPages()
    {
        QStringList all;
        for (int page = 1; page <= 3; ++page) {
            const QJsonObject o = okJson(QStringLiteral("/crm/chat?page=%1&limit=10").arg(page));
            QCOMPARE(o.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 23);
            QCOMPARE(o.value(QLatin1String("pagination")).toObject().value(QLatin1String("page")).toInt(), page);
            all += chatIds(o.value(QLatin1String("data")).toArray());
        }
        QStringList expected{QStringLiteral("chat_e"), QStringLiteral("chat_b"), QStringLiteral("chat_a")};
        for (int i = 19; i >= 0; --i)
            expected.append(QStringLiteral("chat_f%1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(all, expected);
    }

    void contactsDefaultsAndPastTheEnd()
    {
        QJsonObject o = okJson(QStringLiteral("/crm/chat"));
        QCOMPARE(o.value(QLatin1String("data")).toArray().size(), 20);
        QCOMPARE(
            o.value(QLatin1String("pagination")).toObject(),
            (QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 20}, {QStringLiteral("total"), 23}}));
        o = okJson(QStringLiteral("/crm/chat?page=2"));
        QCOMPARE(o.value(QLatin1String("data")).toArray().size(), 3);
        o = okJson(QStringLiteral("/crm/chat?page=9&limit=20"));
        QVERIFY(o.value(QLatin1String("data")).isArray());
        QCOMPARE(o.value(QLatin1String("data")).toArray().size(), 0);
        QCOMPARE(
            o.value(QLatin1String("pagination")).toObject(),
            (QJsonObject{{QStringLiteral("page"), 9}, {QStringLiteral("limit"), 20}, {QStringLiteral("total"), 23}}));
    }

    void pagingRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("appliedLimit");
        QTest::addColumn<QString>("badField");
        QTest::newRow("limit 100") << QStringLiteral("/crm/chat?limit=100") << 200 << 100 << QString();
        QTest::newRow("limit 101 clamps") << QStringLiteral("/crm/chat?limit=101") << 200 << 100 << QString();
        QTest::newRow("limit 5000 clamps") << QStringLiteral("/crm/campaign?limit=5000") << 200 << 100 << QString();
        QTest::newRow("messages clamp") << QStringLiteral("/crm/chat/chat_a/messages?limit=250") << 200 << 100
                                        << QString();
        QTest::newRow("limit 0") << QStringLiteral("/crm/chat?limit=0") << 422 << 0 << QStringLiteral("limit");
        QTest::newRow("limit negative") << QStringLiteral("/crm/chat?limit=-3") << 422 << 0 << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("/crm/chat?limit=ten") << 422 << 0 << QStringLiteral("limit");
        QTest::newRow("page 0") << QStringLiteral("/crm/chat?page=0") << 422 << 0 << QStringLiteral("page");
        QTest::newRow("page text") << QStringLiteral("/crm/campaign?page=x") << 422 << 0 << QStringLiteral("page");
        QTest::newRow("sort bad") << QStringLiteral("/crm/chat/chat_a/messages?sort=asc") << 422 << 0
                                  << QStringLiteral("sort");
    }
    void pagingRules()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(int, appliedLimit);
        QFETCH(QString, badField);
        const HttpResult r = get(m_base, path);
        QCOMPARE(r.status, status);
        const QJsonObject o = r.json();
        if (status == 200) {
            QJsonObject data = o;
            if (o.value(QLatin1String("data")).isObject())
                data = o.value(QLatin1String("data")).toObject();
            const int limit =
                data.contains(QLatin1String("pagination"))
                    ? data.value(QLatin1String("pagination")).toObject().value(QLatin1String("limit")).toInt()
                    : o.value(QLatin1String("rows")).toInt();
            QCOMPARE(limit, appliedLimit);
            return;
        }
        QCOMPARE(o.value(QLatin1String("success")), QJsonValue(false));
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("VALIDATION_ERROR"));
        const QJsonArray details = error.value(QLatin1String("details")).toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.at(0).toObject().value(QLatin1String("field")).toString(), badField);
        QVERIFY(!details.at(0).toObject().value(QLatin1String("message")).toString().isEmpty());
    }

    void contactsFollowTheClock()
    {
        QVERIFY(request("POST", m_base, QStringLiteral("/_sim/advance?seconds=3600")).status == 200);
        QJsonObject o = okJson(QStringLiteral("/crm/chat?limit=2"));
        QCOMPARE(o.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 24);
        QCOMPARE(chatIds(o.value(QLatin1String("data")).toArray()).first(), QStringLiteral("chat_d"));
        // chat_b's status changed at kNow + 1 h.
        o = okJson(QStringLiteral("/crm/chat/search?search_field=name&search_value=Jo%C3%A3o&condition=contains"));
        QCOMPARE(o.value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("closed"));
        // chat_e is deleted at kNow + 2 h.
        QVERIFY(request("POST", m_base, QStringLiteral("/_sim/advance?seconds=3600")).status == 200);
        o = okJson(QStringLiteral("/crm/chat?limit=3"));
        QCOMPARE(o.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 23);
        QVERIFY(!chatIds(o.value(QLatin1String("data")).toArray()).contains(QStringLiteral("chat_e")));
    }

    void optionalFieldsAbsentOrNull()
    {
        // Eleven contacts have no name and 22 no operator; the CRM leaves such fields out for some
        // and sends null for others.
        const QJsonArray data = okJson(QStringLiteral("/crm/chat?limit=100")).value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 23);
        QSet<QString> nameForms;
        QSet<QString> operatorForms;
        for (const QJsonValue& v : data) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QLatin1String("chat_id")).isString());
            QVERIFY(c.value(QLatin1String("whatsapp_number")).isString());
            QVERIFY(c.contains(QLatin1String("email")));
            if (!c.contains(QLatin1String("name")))
                nameForms.insert(QStringLiteral("absent"));
            else if (c.value(QLatin1String("name")).isNull())
                nameForms.insert(QStringLiteral("null"));
            if (!c.contains(QLatin1String("chat_operator")))
                operatorForms.insert(QStringLiteral("absent"));
            else if (c.value(QLatin1String("chat_operator")).isNull())
                operatorForms.insert(QStringLiteral("null"));
        }
        QCOMPARE(nameForms, (QSet<QString>{QStringLiteral("absent"), QStringLiteral("null")}));
        QCOMPARE(operatorForms, (QSet<QString>{QStringLiteral("absent"), QStringLiteral("null")}));
    }

    void vollTenant()
    {
        startServer(Tenant::Voll);
        const QJsonObject o = okJson(QStringLiteral("/crm/chat?limit=3"));
        QCOMPARE(o.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 23);
        const QJsonObject a = o.value(QLatin1String("data")).toArray().at(2).toObject();
        const QJsonObject expectedA{{QStringLiteral("chat_id"), QStringLiteral("chat_a")},
                                    {QStringLiteral("whatsapp"), QStringLiteral("+254712345678")},
                                    {QStringLiteral("email"), QStringLiteral("wanjiru@example.com")},
                                    {QStringLiteral("chat_name"), QStringLiteral("Wanjiru Kamau")},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-02-19T12:00:00Z")},
                                    {QStringLiteral("status"), QStringLiteral("open")},
                                    {QStringLiteral("chat_operator"), QStringLiteral("amina@acme.co.ke")},
                                    {QStringLiteral("custom_fields"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("cf_001")},
                                                            {QStringLiteral("value"), QStringLiteral("instagram")}},
                                                QJsonObject{{QStringLiteral("id"), QStringLiteral("cf_002")},
                                                            {QStringLiteral("value"), QStringLiteral("qualified")}}}}};
        QCOMPARE(a, expectedA);
        // Field ids resolve through the definitions endpoint.
        const QJsonArray defs =
            okJson(QStringLiteral("/crm/setting/custom-field")).value(QLatin1String("data")).toArray();
        QCOMPARE(defs.at(1).toObject().value(QLatin1String("custom_field_id")).toString(), QStringLiteral("cf_002"));
        QCOMPARE(defs.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("lead_stage"));

        const QJsonObject campaigns = okJson(QStringLiteral("/crm/campaign"));
        const QJsonObject welcome = campaigns.value(QLatin1String("data")).toArray().at(1).toObject();
        QCOMPARE(welcome.value(QLatin1String("title")).toString(), QStringLiteral("Welcome Series"));
        QCOMPARE(welcome.value(QLatin1String("total_receivers")).toInt(), 2);
        QVERIFY(!welcome.contains(QLatin1String("name")));
        QVERIFY(!welcome.contains(QLatin1String("total_recipients")));

        // The variant tenant answers a search with a bare array.
        const HttpResult search = get(
            m_base, QStringLiteral(
                        "/crm/chat/search?search_field=email&search_value=wanjiru%40example.com&condition=equal%20to"));
        QCOMPARE(search.status, 200);
        QVERIFY(search.document().isArray());
        QCOMPARE(chatIds(search.document().array()), QStringList{QStringLiteral("chat_a")});
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name contains, any case")
            << QStringLiteral("search_field=name&search_value=WANJIRU&condition=contains")
            << QStringList{QStringLiteral("chat_a")};
        QTest::newRow("name equal to, emoji")
            << QStringLiteral("search_field=name&search_value=Jo%C3%A3o%20%F0%9F%8C%B8%20Silva&condition=equal%20to")
            << QStringList{QStringLiteral("chat_b")};
        QTest::newRow("name starts with, form spaces")
            << QStringLiteral("search_field=name&search_value=Filler+1&condition=starts+with")
            << QStringList{QStringLiteral("chat_f18"), QStringLiteral("chat_f16"), QStringLiteral("chat_f14"),
                           QStringLiteral("chat_f12"), QStringLiteral("chat_f10")};
        QTest::newRow("number starts with, spaced")
            << QStringLiteral("search_field=whatsapp_number&search_value=%2B254%20712&condition=starts%20with")
            << QStringList{QStringLiteral("chat_a")};
        QTest::newRow("number equal to, without plus")
            << QStringLiteral("search_field=whatsapp_number&search_value=254712345678&condition=equal%20to")
            << QStringList{QStringLiteral("chat_a")};
        QTest::newRow("email ends with") << QStringLiteral(
                                                "search_field=email&search_value=example.com&condition=ends%20with")
                                         << QStringList{QStringLiteral("chat_a")};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QJsonObject o = okJson(QStringLiteral("/crm/chat/search?") + query);
        QCOMPARE(keysOf(o), (QStringList{QStringLiteral("data"), QStringLiteral("success")}));
        QCOMPARE(chatIds(o.value(QLatin1String("data")).toArray()), expected);
    }

    void searchMisses()
    {
        // chat_c matches but was deleted; chat_d matches but does not exist yet.
        for (const QString& query :
             {QStringLiteral("search_field=whatsapp_number&search_value=4567&condition=ends%20with"),
              QStringLiteral("search_field=name&search_value=Ngozi&condition=contains")}) {
            const HttpResult r = get(m_base, QStringLiteral("/crm/chat/search?") + query);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                     QStringLiteral("NOT_FOUND"));
        }
        const HttpResult bad =
            get(m_base, QStringLiteral("/crm/chat/search?search_field=phone&search_value=1&condition=like"));
        QCOMPARE(bad.status, 422);
        const QJsonArray details =
            bad.json().value(QLatin1String("error")).toObject().value(QLatin1String("details")).toArray();
        QCOMPARE(details.size(), 2);
        QCOMPARE(get(m_base, QStringLiteral("/crm/chat/search?search_field=name&condition=contains")).status, 422);
    }

    void chatCustomFields()
    {
        const QJsonObject o = okJson(QStringLiteral("/crm/chat/setting/chat_a/custom-field"));
        const QJsonObject expected{{QStringLiteral("success"), true},
                                   {QStringLiteral("data"),
                                    QJsonArray{QJsonObject{{QStringLiteral("field_id"), QStringLiteral("cf_001")},
                                                           {QStringLiteral("field_name"), QStringLiteral("source")},
                                                           {QStringLiteral("field_type"), QStringLiteral("string")},
                                                           {QStringLiteral("value"), QStringLiteral("instagram")}},
                                               QJsonObject{{QStringLiteral("field_id"), QStringLiteral("cf_002")},
                                                           {QStringLiteral("field_name"), QStringLiteral("lead_stage")},
                                                           {QStringLiteral("field_type"), QStringLiteral("string")},
                                                           {QStringLiteral("value"), QStringLiteral("qualified")}}}}};
        QCOMPARE(o, expected);
        QCOMPARE(get(m_base, QStringLiteral("/crm/chat/setting/chat_c/custom-field")).status, 404);
        QCOMPARE(get(m_base, QStringLiteral("/crm/chat/setting/nope/custom-field")).status, 404);
    }

    void customFieldDefinitions()
    {
        const QJsonObject o = okJson(QStringLiteral("/crm/setting/custom-field"));
        QCOMPARE(keysOf(o), (QStringList{QStringLiteral("data"), QStringLiteral("success")}));
        const QJsonArray data = o.value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(2).toObject(), (QJsonObject{{QStringLiteral("custom_field_id"), QStringLiteral("cf_003")},
                                                     {QStringLiteral("name"), QStringLiteral("revenue")},
                                                     {QStringLiteral("type"), QStringLiteral("number")},
                                                     {QStringLiteral("required"), false}}));
    }

    void messagesEnvelope()
    {
        const HttpResult r = get(m_base, QStringLiteral("/crm/chat/chat_a/messages"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(keysOf(o), (QStringList{QStringLiteral("data"), QStringLiteral("success")}));
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        QCOMPARE(keysOf(data), (QStringList{QStringLiteral("messages"), QStringLiteral("pagination")}));
        QCOMPARE(
            data.value(QLatin1String("pagination")).toObject(),
            (QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 50}, {QStringLiteral("total"), 6}}));
        const QJsonArray messages = data.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 6);
        // Newest first: message indexes 5, 4, 3, 2, 1, 0 (6 still lags, 7 is in the future).
        for (int i = 0; i < 6; ++i) {
            const SimMessage& m = m_ws.messages[static_cast<std::size_t>(5 - i)];
            QCOMPARE(messages.at(i).toObject().value(QLatin1String("message_id")).toString(), m_ws.messageId(m));
        }
        const SimMessage& reply = m_ws.messages[1];
        const QJsonObject expected{{QStringLiteral("message_id"), m_ws.messageId(reply)},
                                   {QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("content"), contentValue(m_ws, reply)},
                                   {QStringLiteral("direction"), QStringLiteral("outbound")},
                                   {QStringLiteral("status"), QStringLiteral("read")},
                                   {QStringLiteral("timestamp"), QStringLiteral("2026-02-24T12:01:00Z")}};
        QCOMPARE(messages.at(4).toObject(), expected);
        const QJsonObject image = messages.at(2).toObject();
        QCOMPARE(image.value(QLatin1String("type")).toString(), QStringLiteral("image"));
        QCOMPARE(image.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
        QCOMPARE(image.value(QLatin1String("status")).toString(), QStringLiteral("received"));
        QCOMPARE(image.value(QLatin1String("content")), contentValue(m_ws, m_ws.messages[3]));
        QCOMPARE(messages.at(3).toObject().value(QLatin1String("type")).toString(), QStringLiteral("template"));
        QCOMPARE(messages.at(3).toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    }

    void messagesOldestFirstAndPages()
    {
        QJsonObject data = okJson(QStringLiteral("/crm/chat/chat_a/messages?sort=oldest&limit=4&page=2"))
                               .value(QLatin1String("data"))
                               .toObject();
        QJsonArray messages = data.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("message_id")).toString(),
                 m_ws.messageId(m_ws.messages[4]));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("message_id")).toString(),
                 m_ws.messageId(m_ws.messages[5]));
        data = okJson(QStringLiteral("/crm/chat/chat_a/messages?sort=newest&limit=4&page=3"))
                   .value(QLatin1String("data"))
                   .toObject();
        QCOMPARE(data.value(QLatin1String("messages")).toArray().size(), 0);
        QCOMPARE(data.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 6);
    }

    void messageStatusesFollowTheClock()
    {
        QJsonArray messages = okJson(QStringLiteral("/crm/chat/chat_a/messages"))
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("messages"))
                                  .toArray();
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(request("POST", m_base, QStringLiteral("/_sim/advance?seconds=400")).status, 200);
        messages = okJson(QStringLiteral("/crm/chat/chat_a/messages"))
                       .value(QLatin1String("data"))
                       .toObject()
                       .value(QLatin1String("messages"))
                       .toArray();
        // The lagging reply is listed now and already delivered; the document was read at +300 s.
        QCOMPARE(messages.size(), 7);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("message_id")).toString(),
                 m_ws.messageId(m_ws.messages[6]));
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("read"));
        // A failed template stays failed.
        messages = okJson(QStringLiteral("/crm/chat/chat_b/messages?sort=oldest"))
                       .value(QLatin1String("data"))
                       .toObject()
                       .value(QLatin1String("messages"))
                       .toArray();
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    }

    void messagesOfMissingChats_data()
    {
        QTest::addColumn<QString>("chatId");
        QTest::newRow("deleted") << QStringLiteral("chat_c");
        QTest::newRow("not yet created") << QStringLiteral("chat_d");
        QTest::newRow("unknown") << QStringLiteral("chat_zz");
    }
    void messagesOfMissingChats()
    {
        QFETCH(QString, chatId);
        const HttpResult r = get(m_base, QStringLiteral("/crm/chat/%1/messages").arg(chatId));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QLatin1String("success")), QJsonValue(false));
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("NOT_FOUND"));
    }

    void campaignsEnvelope()
    {
        const QJsonObject o = okJson(QStringLiteral("/crm/campaign"));
        QCOMPARE(keysOf(o), (QStringList{QStringLiteral("count"), QStringLiteral("data"), QStringLiteral("page"),
                                         QStringLiteral("rows"), QStringLiteral("success")}));
        QCOMPARE(o.value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("page")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("rows")).toInt(), 20);
        const QJsonArray data = o.value(QLatin1String("data")).toArray();
        QCOMPARE(chatIds(data, "campaign_id"), (QStringList{QStringLiteral("camp_002"), QStringLiteral("camp_001")}));
        const QJsonObject expected{{QStringLiteral("campaign_id"), QStringLiteral("camp_001")},
                                   {QStringLiteral("name"), QStringLiteral("Welcome Series")},
                                   {QStringLiteral("status"), m_ws.campaignStatusAt(m_ws.campaigns[0], kNow)},
                                   {QStringLiteral("created_at"), QStringLiteral("2026-02-23T12:00:00Z")},
                                   {QStringLiteral("scheduled_at"), QStringLiteral("2026-02-25T12:00:00Z")},
                                   {QStringLiteral("total_recipients"), 2},
                                   {QStringLiteral("template_name"), QStringLiteral("welcome_v2")},
                                   {QStringLiteral("template_language"), QStringLiteral("en")}};
        QCOMPARE(data.at(1).toObject(), expected);
        QCOMPARE(expected.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        const QJsonObject draft = data.at(0).toObject();
        QCOMPARE(draft.value(QLatin1String("scheduled_at")), QJsonValue(QJsonValue::Null));
        QVERIFY(!draft.contains(QLatin1String("template_name")));
        QCOMPARE(draft.value(QLatin1String("total_recipients")).toInt(), 0);

        const QJsonObject page2 = okJson(QStringLiteral("/crm/campaign?page=2&limit=1"));
        QCOMPARE(chatIds(page2.value(QLatin1String("data")).toArray(), "campaign_id"),
                 QStringList{QStringLiteral("camp_001")});
        QCOMPARE(page2.value(QLatin1String("rows")).toInt(), 1);
        QCOMPARE(page2.value(QLatin1String("count")).toInt(), 2);
    }

    void campaignReport()
    {
        const QJsonObject o = okJson(QStringLiteral("/crm/campaign/camp_001/report"));
        const QJsonObject expected{{QStringLiteral("success"), true},
                                   {QStringLiteral("campaign_id"), QStringLiteral("camp_001")},
                                   {QStringLiteral("name"), QStringLiteral("Welcome Series")},
                                   {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("total_recipients"), 2},
                                                                           {QStringLiteral("delivered"), 1},
                                                                           {QStringLiteral("read"), 0},
                                                                           {QStringLiteral("replied"), 1},
                                                                           {QStringLiteral("failed"), 1}}},
                                   {QStringLiteral("delivery_rate"), QStringLiteral("50%")},
                                   {QStringLiteral("read_rate"), QStringLiteral("0%")},
                                   {QStringLiteral("reply_rate"), QStringLiteral("100%")}};
        QCOMPARE(o, expected);
        const HttpResult missing = get(m_base, QStringLiteral("/crm/campaign/camp_999/report"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("NOT_FOUND"));
    }

    void rateText_data()
    {
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<QString>("text");
        QTest::newRow("98") << qint64(980) << qint64(1000) << QStringLiteral("98%");
        QTest::newRow("76.5") << qint64(750) << qint64(980) << QStringLiteral("76.5%");
        QTest::newRow("12.2") << qint64(120) << qint64(980) << QStringLiteral("12.2%");
        QTest::newRow("third") << qint64(1) << qint64(3) << QStringLiteral("33.3%");
        QTest::newRow("two thirds") << qint64(2) << qint64(3) << QStringLiteral("66.7%");
        QTest::newRow("half up") << qint64(1) << qint64(16) << QStringLiteral("6.3%");
        QTest::newRow("all") << qint64(7) << qint64(7) << QStringLiteral("100%");
        QTest::newRow("empty") << qint64(0) << qint64(0) << QStringLiteral("0%");
    }
    void rateText()
    {
        QFETCH(qint64, part);
        QFETCH(qint64, whole);
        QFETCH(QString, text);
        QCOMPARE(SimRenderer::rateText(part, whole), text);
    }
};

QTEST_GUILESS_MAIN(tst_SimServerEnvelopes)
#include "tst_SimServerEnvelopes.moc"
