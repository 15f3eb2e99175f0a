#include "core/api/ApiParsers.h"

#include "tests/support/TestFixtures.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::readFixture;

namespace {

QByteArray nested(const QByteArray& records)
{
    return R"({"success":true,"data":{"messages":[)" + records + R"(],"pagination":{"page":1,"limit":50,"total":1}}})";
}

} // namespace

class TestApiParsersMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesFixture();
    void fieldVariants();
    void skippedMessages_data();
    void skippedMessages();
    void wrongTypesKeepTheMessage_data();
    void wrongTypesKeepTheMessage();
    void envelopes_data();
    void envelopes();
};

void TestApiParsersMessages::messagesFixture()
{
    const Result<MessagesPage> parsed = parseMessagesPage(readFixture(QStringLiteral("messages-page.json")));
    QVERIFY(parsed.ok());
    const MessagesPage& p = parsed.value();
    QCOMPARE(p.items.size(), 4);
    QVERIFY(p.skipped.isEmpty());
    QVERIFY(p.fieldIssues.isEmpty());
    QCOMPARE(p.info.page, 1);
    QCOMPARE(p.info.limit, 4);
    QCOMPARE(p.info.total, std::optional<qint64>(45));

    const Message& first = p.items.at(0);
    QCOMPARE(first.messageId, QStringLiteral("wamid.HBgM3"));
    QCOMPARE(first.type, QStringLiteral("text"));
    QCOMPARE(first.content, QString::fromUtf8("Asante, nimepokea 👍"));
    QCOMPARE(first.direction, QStringLiteral("inbound"));
    QCOMPARE(first.status, QStringLiteral("received"));
    QCOMPARE(first.timestamp, QDateTime(QDate(2026, 1, 16), QTime(8, 35, 10), Qt::UTC));
    QVERIFY(first.operatorName.isEmpty());
    QVERIFY(first.campaignId.isEmpty());

    QCOMPARE(p.items.at(1).direction, QStringLiteral("outbound"));
    QCOMPARE(p.items.at(1).status, QStringLiteral("read"));
    QCOMPARE(p.items.at(2).type, QStringLiteral("template"));
    QCOMPARE(p.items.at(2).content, QStringLiteral("[order_update] Hello Wanjiru!"));

    const Message& image = p.items.at(3);
    QCOMPARE(image.type, QStringLiteral("image"));
    QVERIFY(image.content.isNull());
    QCOMPARE(image.timestamp, QDateTime(QDate(2026, 1, 15), QTime(19, 2), Qt::UTC));
}

void TestApiParsersMessages::fieldVariants()
{
    const Result<MessagesPage> parsed = parseMessagesPage(nested(R"(
        {"message_id":"m1","type":"text","content":"  spaced  ","direction":"outbound","status":"sent",
         "timestamp":"2026-01-16T11:30:00+03:00","operator":" amina@acme.co.ke ","campaign_id":42},
        {"message_id":"m2","type":"template","content":"","direction":"outbound","status":"failed",
         "timestamp":1768553000,"agent":"Brian","campaign_id":"camp_001"},
        {"message_id":"m3","type":"sticker","direction":"sideways","status":"queued","timestamp":"1768553001.5"},
        {"message_id":7,"type":"text","content":"नमस्ते 🙏 مرحبا","direction":"inbound",
         "timestamp":"2026-01-16T08:00:00.123456Z"})"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 4);

    const Message& m1 = parsed->items.at(0);
    QCOMPARE(m1.content, QStringLiteral("  spaced  ")); // content keeps its text
    QCOMPARE(m1.timestamp, QDateTime(QDate(2026, 1, 16), QTime(8, 30), Qt::UTC));
    QCOMPARE(m1.operatorName, QStringLiteral("amina@acme.co.ke"));
    QCOMPARE(m1.campaignId, QStringLiteral("42"));

    const Message& m2 = parsed->items.at(1);
    QCOMPARE(m2.content, QString(QLatin1String("")));
    QVERIFY(!m2.content.isNull());
    QCOMPARE(m2.operatorName, QStringLiteral("Brian"));
    QCOMPARE(m2.campaignId, QStringLiteral("camp_001"));
    QCOMPARE(m2.timestamp, QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC));

    const Message& m3 = parsed->items.at(2);
    QCOMPARE(m3.type, QStringLiteral("sticker"));
    QCOMPARE(m3.direction, QStringLiteral("sideways"));
    QCOMPARE(m3.status, QStringLiteral("queued"));
    QVERIFY(m3.content.isNull());
    QCOMPARE(m3.timestamp, QDateTime::fromMSecsSinceEpoch(1768553001500, Qt::UTC));

    const Message& m4 = parsed->items.at(3);
    QCOMPARE(m4.messageId, QStringLiteral("7"));
    QCOMPARE(m4.content, QString::fromUtf8("नमस्ते 🙏 مرحبا"));
    QCOMPARE(m4.timestamp.time().msec(), 123);
    QVERIFY(parsed->fieldIssues.isEmpty());
}

void TestApiParsersMessages::skippedMessages_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no id") << QByteArray(R"({"timestamp":"2026-01-16T08:00:00Z"})") << ""
                           << "no message_id";
    QTest::newRow("object id") << QByteArray(R"({"message_id":{},"timestamp":"2026-01-16T08:00:00Z"})") << ""
                               << "message_id is an object";
    QTest::newRow("no timestamp") << QByteArray(R"({"message_id":"m1"})") << "m1"
                                  << "no timestamp";
    QTest::newRow("null timestamp") << QByteArray(R"({"message_id":"m1","timestamp":null})") << "m1"
                                    << "no timestamp";
    QTest::newRow("bad timestamp") << QByteArray(R"({"message_id":"m1","timestamp":"not-a-date"})") << "m1"
                                   << "'not-a-date' is not a timestamp";
    QTest::newRow("impossible date") << QByteArray(R"({"message_id":"m1","timestamp":"2026-02-31T08:00:00Z"})") << "m1"
                                     << "is not a timestamp";
    QTest::newRow("object timestamp") << QByteArray(R"({"message_id":"m1","timestamp":{"s":1}})") << "m1"
                                      << "an object is not a timestamp";
    QTest::newRow("zero timestamp") << QByteArray(R"({"message_id":"m1","timestamp":0})") << "m1"
                                    << "0 is not a timestamp";
    QTest::newRow("not an object") << QByteArray(R"("m1")") << ""
                                   << "a string, not an object";
}

void TestApiParsersMessages::skippedMessages()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, id);
    QFETCH(QString, reason);
    const QByteArray good = R"({"message_id":"ok","timestamp":"2026-01-16T08:00:00Z"})";
    const Result<MessagesPage> parsed = parseMessagesPage(nested(good + "," + record + "," + good));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 2);
    QCOMPARE(parsed->skipped.size(), 1);
    const SkippedRecord& s = parsed->skipped.first();
    QCOMPARE(s.kind, QStringLiteral("message"));
    QCOMPARE(s.id, id);
    QVERIFY2(s.reason.contains(reason), qPrintable(s.reason));
}

void TestApiParsersMessages::wrongTypesKeepTheMessage_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("issueField");

    QTest::newRow("content object") << QByteArray(R"("content":{"text":"hi"})") << "content";
    QTest::newRow("content list") << QByteArray(R"("content":["hi"])") << "content";
    QTest::newRow("type bool") << QByteArray(R"("type":true)") << "type";
    QTest::newRow("direction object") << QByteArray(R"("direction":{})") << "direction";
    QTest::newRow("status list") << QByteArray(R"("status":[])") << "status";
    QTest::newRow("operator object") << QByteArray(R"("operator":{"id":1})") << "operator";
    QTest::newRow("campaign_id list") << QByteArray(R"("campaign_id":["c"])") << "campaign_id";
}

void TestApiParsersMessages::wrongTypesKeepTheMessage()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, issueField);
    const Result<MessagesPage> parsed =
        parseMessagesPage(nested(R"({"message_id":"m9","timestamp":"2026-01-16T08:00:00Z",)" + field + "}"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 1);
    QCOMPARE(parsed->fieldIssues.size(), 1);
    QCOMPARE(parsed->fieldIssues.first().field, issueField);
    QCOMPARE(parsed->fieldIssues.first().id, QStringLiteral("m9"));
    QCOMPARE(parsed->fieldIssues.first().kind, QStringLiteral("message"));
}

void TestApiParsersMessages::envelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: Malformed
    QTest::addColumn<qint64>("total");

    const QByteArray m = R"({"message_id":"m","timestamp":"2026-01-16T08:00:00Z"})";
    QTest::newRow("nested") << nested(m) << 1 << qint64(1);
    QTest::newRow("nested without pagination")
        << QByteArray(R"({"success":true,"data":{"messages":[)" + m + "]}}") << 1 << qint64(-1);
    QTest::newRow("pagination beside data")
        << QByteArray(R"({"data":{"messages":[]},"pagination":{"total":8}})") << 0 << qint64(8);
    QTest::newRow("data as the list") << QByteArray(R"({"data":[)" + m + R"(],"pagination":{"total":3}})") << 1
                                      << qint64(3);
    QTest::newRow("empty list") << QByteArray(R"({"data":{"messages":[],"pagination":{"total":0}}})") << 0 << qint64(0);
    QTest::newRow("no data") << QByteArray(R"({"success":true})") << -1 << qint64(-1);
    QTest::newRow("no messages") << QByteArray(R"({"data":{"pagination":{}}})") << -1 << qint64(-1);
    QTest::newRow("messages object") << QByteArray(R"({"data":{"messages":{"m":1}}})") << -1 << qint64(-1);
    QTest::newRow("messages null") << QByteArray(R"({"data":{"messages":null}})") << -1 << qint64(-1);
    QTest::newRow("data string") << QByteArray(R"({"data":"x"})") << -1 << qint64(-1);
    QTest::newRow("bare array") << QByteArray("[" + m + "]") << -1 << qint64(-1);
}

void TestApiParsersMessages::envelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(qint64, total);
    const Result<MessagesPage> parsed = parseMessagesPage(body);
    if (count < 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Malformed);
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("messages response: ")));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->items.size(), count);
    QCOMPARE(parsed->info.total.value_or(-1), total);
}

QTEST_GUILESS_MAIN(TestApiParsersMessages)
#include "tst_ApiParsersMessages.moc"
