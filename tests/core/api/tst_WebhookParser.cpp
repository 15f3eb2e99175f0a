#include "core/api/WebhookParser.h"

#include "tests/support/TestFixtures.h"

#include <QTest>
#include <QUrlQuery>

using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::readFixture;

namespace {

// A delivery with one change whose `value` is the given JSON object members.
QByteArray delivery(const QByteArray& valueMembers)
{
    return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
        "value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"PN1"},)" +
           valueMembers + "}}]}]}";
}

} // namespace

class TestWebhookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageFixture();
    void statusFixture();
    void inboundVariants_data();
    void inboundVariants();
    void statusVariants_data();
    void statusVariants();
    void skippedEvents_data();
    void skippedEvents();
    void severalEntriesAndChanges();
    void otherObjectsAndFields();
    void malformedBodies_data();
    void malformedBodies();
    void verification_data();
    void verification();
    void verificationFromQuery();
};

void TestWebhookParser::messageFixture()
{
    const Result<WebhookEvents> parsed = parseWebhookEvents(readFixture(QStringLiteral("webhook-message.json")));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->messages.size(), 1);
    QVERIFY(parsed->statuses.isEmpty());
    QVERIFY(parsed->skipped.isEmpty());
    QVERIFY(parsed->fieldIssues.isEmpty());
    const WebhookMessage& m = parsed->messages.first();
    QCOMPARE(m.messageId, QStringLiteral("wamid.HBgM4"));
    QCOMPARE(m.from, QStringLiteral("254712345678"));
    QCOMPARE(m.profileName, QStringLiteral("Wanjiru Kamau"));
    QCOMPARE(m.type, QStringLiteral("text"));
    QCOMPARE(m.text, QStringLiteral("Bei ni ngapi?"));
    QCOMPARE(m.timestamp, QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC));
    QCOMPARE(m.timestamp.timeSpec(), Qt::UTC);
    QCOMPARE(m.phoneNumberId, QStringLiteral("106540352242922"));
}

void TestWebhookParser::statusFixture()
{
    const Result<WebhookEvents> parsed = parseWebhookEvents(readFixture(QStringLiteral("webhook-status.json")));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->messages.isEmpty());
    QCOMPARE(parsed->statuses.size(), 1);
    QVERIFY(parsed->skipped.isEmpty());
    const WebhookStatusUpdate& s = parsed->statuses.first();
    QCOMPARE(s.messageId, QStringLiteral("wamid.HBgM2"));
    QCOMPARE(s.status, QStringLiteral("read"));
    QCOMPARE(s.timestamp, QDateTime::fromSecsSinceEpoch(1768553100, Qt::UTC));
    QCOMPARE(s.recipientId, QStringLiteral("254712345678"));
    QCOMPARE(s.phoneNumberId, QStringLiteral("106540352242922"));
    QVERIFY(s.errorCode.isEmpty());
}

void TestWebhookParser::inboundVariants_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("secs");

    QTest::newRow("numeric timestamp")
        << QByteArray(R"("messages":[{"from":"254700000001","id":"w1","timestamp":1768553000,"type":"text",
            "text":{"body":"hi"}}])")
        << "254700000001"
        << ""
        << "text"
        << "hi" << qint64(1768553000);
    QTest::newRow("image caption") << QByteArray(R"("contacts":[{"profile":{"name":"Ama"},"wa_id":"233200000000"}],
            "messages":[{"from":"233200000000","id":"w2","timestamp":"1768553001","type":"image",
            "image":{"id":"media1","mime_type":"image/jpeg","caption":"Risiti 🧾"}}])")
                                   << "233200000000"
                                   << "Ama"
                                   << "image"
                                   << "Risiti 🧾" << qint64(1768553001);
    QTest::newRow("document without caption")
        << QByteArray(R"("messages":[{"from":"1","id":"w3","timestamp":"1768553002","type":"document",
            "document":{"id":"d"}}])")
        << "1"
        << ""
        << "document"
        << "<null>" << qint64(1768553002);
    QTest::newRow("from missing, single contact")
        << QByteArray(R"("contacts":[{"profile":{"name":"राज"},"wa_id":"919800000000"}],
            "messages":[{"id":"w4","timestamp":"1768553003","type":"text","text":{"body":"नमस्ते"}}])")
        << "919800000000"
        << "राज"
        << "text"
        << "नमस्ते" << qint64(1768553003);
    QTest::newRow("profile chosen by wa_id")
        << QByteArray(R"("contacts":[{"profile":{"name":"A"},"wa_id":"111"},{"profile":{"name":"B"},"wa_id":"222"}],
            "messages":[{"from":"222","id":"w5","timestamp":"1768553004","type":"text","text":{"body":" spaced "}}])")
        << "222"
        << "B"
        << "text"
        << " spaced " << qint64(1768553004);
    QTest::newRow("numeric from and id")
        << QByteArray(R"("messages":[{"from":254700000009,"id":12,"timestamp":"1768553005","type":"text",
            "text":{"body":"x"}}])")
        << "254700000009"
        << ""
        << "text"
        << "x" << qint64(1768553005);
    QTest::newRow("unknown type kept")
        << QByteArray(R"("messages":[{"from":"9","id":"w6","timestamp":"1768553006","type":"reaction",
            "reaction":{"emoji":"👍"}}])")
        << "9"
        << ""
        << "reaction"
        << "<null>" << qint64(1768553006);
    QTest::newRow("text of wrong type")
        << QByteArray(R"("messages":[{"from":"9","id":"w7","timestamp":"1768553007","type":"text","text":"plain"}])")
        << "9"
        << ""
        << "text"
        << "<null>" << qint64(1768553007);
    QTest::newRow("iso timestamp tolerated")
        << QByteArray(R"("messages":[{"from":"9","id":"w8","timestamp":"2026-01-16T08:43:20Z","type":"text",
            "text":{"body":"t"}}])")
        << "9"
        << ""
        << "text"
        << "t" << qint64(1768553000);
}

void TestWebhookParser::inboundVariants()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, from);
    QFETCH(QString, profile);
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(qint64, secs);
    const Result<WebhookEvents> parsed = parseWebhookEvents(delivery(value));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->messages.size(), 1);
    QVERIFY(parsed->skipped.isEmpty());
    const WebhookMessage& m = parsed->messages.first();
    QCOMPARE(m.from, from);
    QCOMPARE(m.profileName, profile);
    QCOMPARE(m.type, type);
    QCOMPARE(m.text.isNull() ? QStringLiteral("<null>") : m.text, text);
    QCOMPARE(m.timestamp.toSecsSinceEpoch(), secs);
    QCOMPARE(m.phoneNumberId, QStringLiteral("PN1"));
}

void TestWebhookParser::statusVariants_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorTitle");

    QTest::newRow("delivered")
        << QByteArray(
               R"("statuses":[{"id":"w1","status":"delivered","timestamp":"1768553000","recipient_id":"254700000001",
            "conversation":{"id":"c"},"pricing":{"billable":true}}])")
        << "delivered"
        << "254700000001"
        << ""
        << "";
    QTest::newRow("failed with error")
        << QByteArray(R"("statuses":[{"id":"w2","status":"failed","timestamp":1768553000,"recipient_id":"1",
            "errors":[{"code":131047,"title":"Re-engagement message"}]}])")
        << "failed"
        << "1"
        << "131047"
        << "Re-engagement message";
    QTest::newRow("error message instead of title")
        << QByteArray(R"("statuses":[{"id":"w3","status":"failed","timestamp":1768553000,
            "errors":[{"code":"x","message":"Undeliverable"}]}])")
        << "failed"
        << ""
        << "x"
        << "Undeliverable";
    QTest::newRow("errors of wrong type")
        << QByteArray(R"("statuses":[{"id":"w4","status":"failed","timestamp":1768553000,"errors":"bad"}])") << "failed"
        << ""
        << ""
        << "";
    QTest::newRow("status trimmed")
        << QByteArray(R"("statuses":[{"id":"w5","status":" read ","timestamp":1768553000,"recipient_id":" 2 "}])")
        << "read"
        << "2"
        << ""
        << "";
}

void TestWebhookParser::statusVariants()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, status);
    QFETCH(QString, recipient);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorTitle);
    const Result<WebhookEvents> parsed = parseWebhookEvents(delivery(value));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->statuses.size(), 1);
    const WebhookStatusUpdate& s = parsed->statuses.first();
    QCOMPARE(s.status, status);
    QCOMPARE(s.recipientId, recipient);
    QCOMPARE(s.errorCode, errorCode);
    QCOMPARE(s.errorTitle, errorTitle);
    QCOMPARE(s.timestamp, QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC));
}

void TestWebhookParser::skippedEvents_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("message without id") << QByteArray(
                                               R"("messages":[{"from":"1","timestamp":"1768553000","type":"text"}])")
                                        << "webhook message"
                                        << "no id";
    QTest::newRow("message with bad timestamp")
        << QByteArray(R"("messages":[{"from":"1","id":"w","timestamp":"soon"}])") << "webhook message"
        << "no usable timestamp";
    QTest::newRow("message with zero timestamp")
        << QByteArray(R"("messages":[{"from":"1","id":"w","timestamp":"0"}])") << "webhook message"
        << "no usable timestamp";
    QTest::newRow("message without sender")
        << QByteArray(R"("contacts":[{"wa_id":"1"},{"wa_id":"2"}],"messages":[{"id":"w","timestamp":"1768553000"}])")
        << "webhook message"
        << "no sender";
    QTest::newRow("message not an object") << QByteArray(R"("messages":["w"])") << "webhook message"
                                           << "not an object";
    QTest::newRow("status without id") << QByteArray(R"("statuses":[{"status":"read","timestamp":"1768553000"}])")
                                       << "webhook status"
                                       << "no id";
    QTest::newRow("status without timestamp")
        << QByteArray(R"("statuses":[{"id":"w","status":"read"}])") << "webhook status"
        << "no usable timestamp";
    QTest::newRow("status without status")
        << QByteArray(R"("statuses":[{"id":"w","timestamp":"1768553000"}])") << "webhook status"
        << "no status";
}

void TestWebhookParser::skippedEvents()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const Result<WebhookEvents> parsed = parseWebhookEvents(delivery(value));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->messages.isEmpty());
    QVERIFY(parsed->statuses.isEmpty());
    QCOMPARE(parsed->skipped.size(), 1);
    QCOMPARE(parsed->skipped.first().kind, kind);
    QVERIFY2(parsed->skipped.first().reason.contains(reason), qPrintable(parsed->skipped.first().reason));
}

void TestWebhookParser::severalEntriesAndChanges()
{
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[
        {"id":"1","changes":[
            {"field":"messages","value":{"metadata":{"phone_number_id":"PN1"},
                "messages":[{"from":"1","id":"a","timestamp":"1768553000","type":"text","text":{"body":"one"}},
                            {"from":"2","id":"b","timestamp":"1768553001","type":"text","text":{"body":"two"}}],
                "statuses":[{"id":"s1","status":"sent","timestamp":"1768553002","recipient_id":"3"}]}},
            {"field":"messages","value":{"metadata":{"phone_number_id":"PN2"},
                "statuses":[{"id":"s2","status":"delivered","timestamp":"1768553003","recipient_id":"4"}]}}]},
        {"id":"2","changes":[
            {"field":"messages","value":{"messages":[
                {"from":"5","id":"c","timestamp":"1768553004","type":"text","text":{"body":"three"}}]}}]}]})";
    const Result<WebhookEvents> parsed = parseWebhookEvents(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->messages.size(), 3);
    QCOMPARE(parsed->statuses.size(), 2);
    QCOMPARE(parsed->messages.at(2).messageId, QStringLiteral("c"));
    QVERIFY(parsed->messages.at(2).phoneNumberId.isEmpty());
    QCOMPARE(parsed->statuses.at(1).phoneNumberId, QStringLiteral("PN2"));
    QVERIFY(parsed->skipped.isEmpty());
}

void TestWebhookParser::otherObjectsAndFields()
{
    const Result<WebhookEvents> page = parseWebhookEvents(R"({"object":"page","entry":[{"changes":[]}]})");
    QVERIFY(page.ok());
    QVERIFY(page->messages.isEmpty());
    QCOMPARE(page->skipped.size(), 1);
    QVERIFY(page->skipped.first().reason.contains(QStringLiteral("'page'")));

    const Result<WebhookEvents> templates =
        parseWebhookEvents(R"({"object":"whatsapp_business_account","entry":[{"changes":[
        {"field":"message_template_status_update","value":{"event":"APPROVED"}},
        {"field":"messages","value":{"statuses":[{"id":"w","status":"read","timestamp":"1768553000"}]}}]}]})");
    QVERIFY(templates.ok());
    QCOMPARE(templates->statuses.size(), 1);
    QCOMPARE(templates->skipped.size(), 1);
    QCOMPARE(templates->skipped.first().kind, QStringLiteral("change"));
    QVERIFY(templates->skipped.first().reason.contains(QStringLiteral("message_template_status_update")));

    // No object key at all: read anyway.
    const Result<WebhookEvents> bare =
        parseWebhookEvents(R"({"entry":[{"changes":[{"field":"messages","value":{}}]}]})");
    QVERIFY(bare.ok());
    QVERIFY(bare->skipped.isEmpty());

    // An entry without changes.
    const Result<WebhookEvents> noChanges = parseWebhookEvents(R"({"entry":[{"id":"1"}]})");
    QVERIFY(noChanges.ok());
    QCOMPARE(noChanges->skipped.size(), 1);
    QCOMPARE(noChanges->skipped.first().kind, QStringLiteral("entry"));
}

void TestWebhookParser::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hub.challenge=1");
    QTest::newRow("truncated") << readFixture(QStringLiteral("webhook-message.json")).chopped(3);
    QTest::newRow("array") << QByteArray(R"([{"entry":[]}])");
    QTest::newRow("no entry") << QByteArray(R"({"object":"whatsapp_business_account"})");
    QTest::newRow("entry object") << QByteArray(R"({"object":"whatsapp_business_account","entry":{"changes":[]}})");
    QTest::newRow("null") << QByteArray("null");
}

void TestWebhookParser::malformedBodies()
{
    QFETCH(QByteArray, body);
    const Result<WebhookEvents> parsed = parseWebhookEvents(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Malformed);
    QVERIFY(parsed.error().message.startsWith(QStringLiteral("webhook response: ")));
}

void TestWebhookParser::verification_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("answer"); // empty: rejected

    QTest::newRow("match") << "subscribe"
                           << "s3cret"
                           << "1158201444"
                           << "s3cret"
                           << "1158201444";
    QTest::newRow("token chars") << "subscribe"
                                 << "tök en/ü"
                                 << "abc-DEF_1.2~"
                                 << "tök en/ü"
                                 << "abc-DEF_1.2~";
    QTest::newRow("wrong token") << "subscribe"
                                 << "s3cret!"
                                 << "1158201444"
                                 << "s3cret"
                                 << "";
    QTest::newRow("token prefix") << "subscribe"
                                  << "s3c"
                                  << "1158201444"
                                  << "s3cret"
                                  << "";
    QTest::newRow("token case") << "subscribe"
                                << "S3CRET"
                                << "1158201444"
                                << "s3cret"
                                << "";
    QTest::newRow("empty token") << "subscribe"
                                 << ""
                                 << "1158201444"
                                 << "s3cret"
                                 << "";
    QTest::newRow("nothing configured") << "subscribe"
                                        << ""
                                        << "1158201444"
                                        << ""
                                        << "";
    QTest::newRow("wrong mode") << "unsubscribe"
                                << "s3cret"
                                << "1158201444"
                                << "s3cret"
                                << "";
    QTest::newRow("mode case") << "Subscribe"
                               << "s3cret"
                               << "1158201444"
                               << "s3cret"
                               << "";
    QTest::newRow("no mode") << ""
                             << "s3cret"
                             << "1158201444"
                             << "s3cret"
                             << "";
    QTest::newRow("no challenge") << "subscribe"
                                  << "s3cret"
                                  << ""
                                  << "s3cret"
                                  << "";
    QTest::newRow("markup challenge") << "subscribe"
                                      << "s3cret"
                                      << "<script>alert(1)</script>"
                                      << "s3cret"
                                      << "";
    QTest::newRow("newline challenge") << "subscribe"
                                       << "s3cret"
                                       << "1\r\nSet-Cookie: x"
                                       << "s3cret"
                                       << "";
    QTest::newRow("long challenge") << "subscribe"
                                    << "s3cret" << QString(257, QLatin1Char('1')) << "s3cret"
                                    << "";
    QTest::newRow("longest challenge") << "subscribe"
                                       << "s3cret" << QString(256, QLatin1Char('1')) << "s3cret"
                                       << QString(256, QLatin1Char('1'));
}

void TestWebhookParser::verification()
{
    QFETCH(QString, mode);
    QFETCH(QString, token);
    QFETCH(QString, challenge);
    QFETCH(QString, expected);
    QFETCH(QString, answer);
    const std::optional<QString> got = answerWebhookVerification(mode, token, challenge, expected);
    QCOMPARE(got.has_value(), !answer.isEmpty());
    if (got)
        QCOMPARE(*got, answer);
}

void TestWebhookParser::verificationFromQuery()
{
    const QUrlQuery ok(QStringLiteral("hub.mode=subscribe&hub.verify_token=my%20token%26more&hub.challenge=998877"));
    QCOMPARE(answerWebhookVerification(ok, QStringLiteral("my token&more")),
             std::optional<QString>(QStringLiteral("998877")));
    QVERIFY(!answerWebhookVerification(ok, QStringLiteral("my token")));
    const QUrlQuery noToken(QStringLiteral("hub.mode=subscribe&hub.challenge=998877"));
    QVERIFY(!answerWebhookVerification(noToken, QStringLiteral("my token&more")));
    QVERIFY(!answerWebhookVerification(QUrlQuery(), QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_WebhookParser.moc"
