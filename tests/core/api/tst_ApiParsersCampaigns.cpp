#include "core/api/ApiParsers.h"

#include "tests/support/TestFixtures.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::readFixture;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

Campaign onlyCampaign(const QByteArray& record, CampaignsPage* out)
{
    const Result<CampaignsPage> parsed = parseCampaignsPage(R"({"success":true,"data":[)" + record + "]}");
    if (!parsed.ok())
        qFatal("campaigns page did not parse: %s", qPrintable(parsed.error().message));
    *out = parsed.value();
    return parsed->items.isEmpty() ? Campaign{} : parsed->items.first();
}

} // namespace

class TestApiParsersCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void campaignsFixture();
    void campaignVariants();
    void campaignWrongTypes_data();
    void campaignWrongTypes();
    void campaignsPaging_data();
    void campaignsPaging();
    void campaignsSkipped();
    void reportFixtures_data();
    void reportFixtures();
    void reportVariants_data();
    void reportVariants();
    void reportProblems_data();
    void reportProblems();
};

void TestApiParsersCampaigns::campaignsFixture()
{
    const Result<CampaignsPage> parsed = parseCampaignsPage(readFixture(QStringLiteral("campaigns-page.json")));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 2);
    QVERIFY(parsed->skipped.isEmpty());
    QVERIFY(parsed->fieldIssues.isEmpty());
    QCOMPARE(parsed->info.page, 1);
    QCOMPARE(parsed->info.limit, 2);
    QCOMPARE(parsed->info.total, std::optional<qint64>(42));

    const Campaign& a = parsed->items.at(0);
    QCOMPARE(a.campaignId, QStringLiteral("camp_001"));
    QCOMPARE(a.name, QStringLiteral("Welcome Series"));
    QCOMPARE(a.status, QStringLiteral("completed"));
    QCOMPARE(a.createdAt, utc(2026, 1, 8, 9));
    QCOMPARE(a.scheduledAt, utc(2026, 1, 10, 9));
    QCOMPARE(a.totalRecipients, std::optional<qint64>(1000));
    QCOMPARE(a.templateName, QStringLiteral("welcome_v2"));
    QVERIFY(a.templateLanguage.isEmpty());

    const Campaign& b = parsed->items.at(1);
    QCOMPARE(b.campaignId, QStringLiteral("camp_002"));
    QCOMPARE(b.name, QStringLiteral("Promo Ramadan [A]"));
    QCOMPARE(b.status, QStringLiteral("in_progress"));
    QVERIFY(!b.scheduledAt.isValid());
    QCOMPARE(b.totalRecipients, std::optional<qint64>(250));
    QVERIFY(b.templateName.isEmpty());
}

void TestApiParsersCampaigns::campaignVariants()
{
    CampaignsPage p;
    Campaign c = onlyCampaign(R"({"campaign_id":77,"title":"Eid 🌙 offer","total_receivers":"300",
        "status":" active ","template_name":" eid_offer ","template_language":"ar","scheduled_at":1768553000})",
                              &p);
    QCOMPARE(c.campaignId, QStringLiteral("77"));
    QCOMPARE(c.name, QString::fromUtf8("Eid 🌙 offer"));
    QCOMPARE(c.totalRecipients, std::optional<qint64>(300));
    QCOMPARE(c.status, QStringLiteral("active"));
    QCOMPARE(c.templateName, QStringLiteral("eid_offer"));
    QCOMPARE(c.templateLanguage, QStringLiteral("ar"));
    QCOMPARE(c.scheduledAt, QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC));
    QVERIFY(p.fieldIssues.isEmpty());

    // `name` wins over `title`, `total_recipients` over `total_receivers`.
    c = onlyCampaign(R"({"campaign_id":"c","name":"N","title":"T","total_recipients":1,"total_receivers":2})", &p);
    QCOMPARE(c.name, QStringLiteral("N"));
    QCOMPARE(c.totalRecipients, std::optional<qint64>(1));

    // Absent optional fields.
    c = onlyCampaign(R"({"campaign_id":"c"})", &p);
    QVERIFY(c.name.isNull());
    QVERIFY(!c.totalRecipients.has_value());
    QVERIFY(!c.createdAt.isValid());
    QVERIFY(p.fieldIssues.isEmpty());
}

void TestApiParsersCampaigns::campaignWrongTypes_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("issueField");

    QTest::newRow("name object") << QByteArray(R"("name":{"en":"x"})") << "name";
    QTest::newRow("status list") << QByteArray(R"("status":["a"])") << "status";
    QTest::newRow("created_at words") << QByteArray(R"("created_at":"soon")") << "created_at";
    QTest::newRow("scheduled_at bool") << QByteArray(R"("scheduled_at":false)") << "scheduled_at";
    QTest::newRow("recipients fractional") << QByteArray(R"("total_recipients":10.5)") << "total_recipients";
    QTest::newRow("recipients negative") << QByteArray(R"("total_recipients":-3)") << "total_recipients";
    QTest::newRow("recipients words") << QByteArray(R"("total_receivers":"many")") << "total_receivers";
    QTest::newRow("recipients object") << QByteArray(R"("total_recipients":{})") << "total_recipients";
    QTest::newRow("template_name number list") << QByteArray(R"("template_name":[1])") << "template_name";
}

void TestApiParsersCampaigns::campaignWrongTypes()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, issueField);
    CampaignsPage p;
    const Campaign c = onlyCampaign(R"({"campaign_id":"camp_9",)" + fields + "}", &p);
    QCOMPARE(p.items.size(), 1);
    QCOMPARE(c.campaignId, QStringLiteral("camp_9"));
    QCOMPARE(p.fieldIssues.size(), 1);
    QCOMPARE(p.fieldIssues.first().field, issueField);
    QCOMPARE(p.fieldIssues.first().kind, QStringLiteral("campaign"));
    QCOMPARE(p.fieldIssues.first().id, QStringLiteral("camp_9"));
}

void TestApiParsersCampaigns::campaignsPaging_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("total");

    QTest::newRow("count page rows") << QByteArray(R"({"data":[],"count":7,"page":2,"rows":5})") << 2 << 5 << qint64(7);
    QTest::newRow("as strings") << QByteArray(R"({"data":[],"count":"7","page":"2","rows":"5"})") << 2 << 5
                                << qint64(7);
    QTest::newRow("only count") << QByteArray(R"({"data":[],"count":0})") << 0 << 0 << qint64(0);
    QTest::newRow("none") << QByteArray(R"({"data":[]})") << 0 << 0 << qint64(-1);
    QTest::newRow("pagination object") << QByteArray(R"({"data":[],"pagination":{"page":3,"limit":10,"total":99}})")
                                       << 3 << 10 << qint64(99);
    QTest::newRow("garbage") << QByteArray(R"({"data":[],"count":"lots","page":null,"rows":[]})") << 0 << 0
                             << qint64(-1);
}

void TestApiParsersCampaigns::campaignsPaging()
{
    QFETCH(QByteArray, body);
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(qint64, total);
    const Result<CampaignsPage> parsed = parseCampaignsPage(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->info.page, page);
    QCOMPARE(parsed->info.limit, limit);
    QCOMPARE(parsed->info.total.value_or(-1), total);
}

void TestApiParsersCampaigns::campaignsSkipped()
{
    const Result<CampaignsPage> parsed =
        parseCampaignsPage(R"({"data":[{"name":"no id"},{"campaign_id":""},"x",{"campaign_id":"ok"}],"count":4})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items.size(), 1);
    QCOMPARE(parsed->items.first().campaignId, QStringLiteral("ok"));
    QCOMPARE(parsed->skipped.size(), 3);
    for (const SkippedRecord& s : parsed->skipped)
        QCOMPARE(s.kind, QStringLiteral("campaign"));

    QCOMPARE(parseCampaignsPage(R"({"success":true,"count":0})").error().kind, Error::Kind::Malformed);
    QCOMPARE(parseCampaignsPage(R"({"success":true,"data":{}})").error().kind, Error::Kind::Malformed);
}

void TestApiParsersCampaigns::reportFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("flat") << "campaign-report.json";
    QTest::newRow("wrapped") << "campaign-report-wrapped.json";
}

void TestApiParsersCampaigns::reportFixtures()
{
    QFETCH(QString, fixture);
    ParseNotes notes;
    const Result<CampaignReport> parsed = parseCampaignReport(readFixture(fixture), &notes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->campaignId, QStringLiteral("camp_001"));
    QCOMPARE(parsed->name, QStringLiteral("Welcome Series"));
    QCOMPARE(parsed->totalRecipients, 1000);
    QCOMPARE(parsed->delivered, 980);
    QCOMPARE(parsed->read, 750);
    QCOMPARE(parsed->replied, 120);
    QCOMPARE(parsed->failed, 20);
    QVERIFY(notes.fieldIssues.isEmpty());
}

void TestApiParsersCampaigns::reportVariants_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<qint64>>("counts"); // recipients, delivered, read, replied, failed
    QTest::addColumn<int>("issues");

    QTest::newRow("rates are ignored, counts are the truth")
        << QByteArray(R"({"success":true,"campaign_id":"c","metrics":{"total_recipients":10,"delivered":5,"read":1,
            "replied":0,"failed":5},"delivery_rate":"99%","read_rate":"80%","reply_rate":"bogus"})")
        << QList<qint64>{10, 5, 1, 0, 5} << 0;
    QTest::newRow("total_receivers") << QByteArray(R"({"campaign_id":"c","metrics":{"total_receivers":3,"delivered":3,
            "read":3,"replied":1,"failed":0}})")
                                     << QList<qint64>{3, 3, 3, 1, 0} << 0;
    QTest::newRow("counts as strings") << QByteArray(R"({"campaign_id":"c","metrics":{"total_recipients":"10",
            "delivered":"9","read":"8","replied":"7","failed":"1"}})")
                                       << QList<qint64>{10, 9, 8, 7, 1} << 0;
    QTest::newRow("counts without metrics object")
        << QByteArray(R"({"campaign_id":"c","total_recipients":4,"delivered":4,"read":2,"replied":1,"failed":0})")
        << QList<qint64>{4, 4, 2, 1, 0} << 0;
    QTest::newRow("missing counts read as 0 and noted")
        << QByteArray(R"({"campaign_id":"c","metrics":{"total_recipients":4,"delivered":4}})")
        << QList<qint64>{4, 4, 0, 0, 0} << 3;
    QTest::newRow("bad counts read as 0 and noted")
        << QByteArray(R"({"campaign_id":"c","metrics":{"total_recipients":4,"delivered":-1,"read":"x","replied":2.5,
            "failed":null}})")
        << QList<qint64>{4, 0, 0, 0, 0} << 4;
    QTest::newRow("wrapped with extra fields")
        << QByteArray(R"({"success":true,"data":{"campaign_id":5,"name":"N","status":"completed",
            "metrics":{"total_recipients":2,"delivered":2,"read":2,"replied":2,"failed":0,"clicked":9}}})")
        << QList<qint64>{2, 2, 2, 2, 0} << 0;
    QTest::newRow("huge counts") << QByteArray(R"({"metrics":{"total_recipients":5000000000,"delivered":4999999999,
            "read":1,"replied":1,"failed":1}})")
                                 << QList<qint64>{5000000000LL, 4999999999LL, 1, 1, 1} << 0;
}

void TestApiParsersCampaigns::reportVariants()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<qint64>, counts);
    QFETCH(int, issues);
    ParseNotes notes;
    const Result<CampaignReport> parsed = parseCampaignReport(body, &notes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const QList<qint64> got = {parsed->totalRecipients, parsed->delivered, parsed->read, parsed->replied,
                               parsed->failed};
    QCOMPARE(got, counts);
    QCOMPARE(notes.fieldIssues.size(), issues);
}

void TestApiParsersCampaigns::reportProblems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no counts at all") << QByteArray(R"({"success":true,"campaign_id":"c","name":"N"})")
                                      << "no readable counts";
    QTest::newRow("metrics not readable")
        << QByteArray(R"({"success":true,"metrics":{"delivered":"n/a"}})") << "no readable counts";
    QTest::newRow("bare array") << QByteArray(R"([{"campaign_id":"c"}])") << "expected an object";
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"campaign_id":"c","metrics":{"deliv)")
                               << "not valid JSON";
    QTest::newRow("empty") << QByteArray("") << "empty body";
}

void TestApiParsersCampaigns::reportProblems()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const Result<CampaignReport> parsed = parseCampaignReport(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Malformed);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestApiParsersCampaigns)
#include "tst_ApiParsersCampaigns.moc"
