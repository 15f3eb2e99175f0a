#include "core/store/CampaignRepository.h"
#include "core/store/CheckpointRepository.h"
#include "core/store/SyncPassRepository.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QSqlQuery>
#include <QTest>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::TempStore;

namespace {

api::Campaign campaign(const QString& id, const QString& status, const QString& name = QStringLiteral("Welcome Series"))
{
    api::Campaign c;
    c.campaignId = id;
    c.name = name;
    c.status = status;
    c.createdAt = test::utc(QStringLiteral("2026-01-10T09:00:00Z"));
    c.totalRecipients = 1000;
    c.templateName = QStringLiteral("welcome_v2");
    c.templateLanguage = QStringLiteral("en");
    return c;
}

api::CampaignReport report(const QString& id, qint64 delivered, qint64 read, qint64 replied)
{
    return api::CampaignReport{id, QStringLiteral("Welcome Series"), 1000, delivered, read, replied, 1000 - delivered};
}

qint64 beginPass(TempStore& s)
{
    return SyncPassRepository(s.db()).beginPass(kCampaignsPass).value().id;
}

} // namespace

class tst_CampaignRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageIsStoredAndRepeatsChangeNothing();
    void changesUpdateInPlace();
    void finalStatusIsRemembered_data();
    void finalStatusIsRemembered();
    void everyReportPollIsKept();
    void reportForUnknownCampaignIsRefused();
    void campaignsNeedingReport();
    void pageRowsAndCheckpointLandTogether();
};

void tst_CampaignRepository::pageIsStoredAndRepeatsChangeNothing()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CampaignRepository campaigns(s.db());
    const qint64 pass = beginPass(s);
    api::Campaign scheduled =
        campaign(QStringLiteral("camp_002"), QStringLiteral("scheduled"), QStringLiteral("Promo [A]"));
    scheduled.scheduledAt = test::utc(QStringLiteral("2026-02-01T18:00:00Z"));
    scheduled.totalRecipients.reset();
    const QList<api::Campaign> page{campaign(QStringLiteral("camp_001"), QStringLiteral("completed")), scheduled,
                                    api::Campaign{}};
    auto first = campaigns.writeCampaignsPage(pass, page);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first.value().inserted, 2);
    QCOMPARE(first.value().skipped, 1); // the record without an id

    auto again = campaigns.writeCampaignsPage(pass, page);
    QVERIFY(again.ok());
    QCOMPARE(again.value().inserted, 0);
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().unchanged, 2);

    const QList<StoredCampaign> all = campaigns.campaigns().value();
    QCOMPARE(all.size(), 2);
    const StoredCampaign& c2 = all[1];
    QCOMPARE(c2.campaignId, QStringLiteral("camp_002"));
    QCOMPARE(c2.name, QStringLiteral("Promo [A]"));
    QCOMPARE(c2.scheduledAt, test::utc(QStringLiteral("2026-02-01T18:00:00Z")));
    QVERIFY(!c2.totalRecipients.has_value());
    QCOMPARE(all[0].totalRecipients.value_or(-1), qint64(1000));
    QCOMPARE(all[0].templateName, QStringLiteral("welcome_v2"));
    QVERIFY(!campaigns.campaign(QStringLiteral("camp_404")).value().has_value());
}

void tst_CampaignRepository::changesUpdateInPlace()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CampaignRepository campaigns(s.db());
    const qint64 pass = beginPass(s);
    const QDateTime firstSeen = s.clock().nowUtc();
    QVERIFY(
        campaigns.writeCampaignsPage(pass, {campaign(QStringLiteral("camp_001"), QStringLiteral("in_progress"))}).ok());
    s.clock().advanceMs(3600 * 1000);
    api::Campaign renamed =
        campaign(QStringLiteral("camp_001"), QStringLiteral("in_progress"), QStringLiteral("Welcome 2"));
    renamed.createdAt = QDateTime(); // a page without created_at keeps the known one
    auto written = campaigns.writeCampaignsPage(pass, {renamed});
    QVERIFY(written.ok());
    QCOMPARE(written.value().updated, 1);
    const StoredCampaign c = *campaigns.campaign(QStringLiteral("camp_001")).value();
    QCOMPARE(c.name, QStringLiteral("Welcome 2"));
    QCOMPARE(c.createdAt, test::utc(QStringLiteral("2026-01-10T09:00:00Z")));
    QCOMPARE(c.firstSeenAt, firstSeen);
    QCOMPARE(c.lastSeenAt, s.clock().nowUtc());
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM campaigns")), qint64(1));
}

void tst_CampaignRepository::finalStatusIsRemembered_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<int>("finalFromStep"); // -1: not final at the end
    QTest::newRow("runs then completes") << QStringList{QStringLiteral("scheduled"), QStringLiteral("in_progress"),
                                                        QStringLiteral("completed"), QStringLiteral("completed")}
                                         << 2;
    QTest::newRow("cancelled at once") << QStringList{QStringLiteral("cancelled")} << 0;
    QTest::newRow("failed, then relaunched") << QStringList{QStringLiteral("failed"), QStringLiteral("active")} << -1;
    QTest::newRow("draft") << QStringList{QStringLiteral("draft")} << -1;
}

void tst_CampaignRepository::finalStatusIsRemembered()
{
    QFETCH(QStringList, statuses);
    QFETCH(int, finalFromStep);
    TempStore s;
    QVERIFY(!s.open().isError());
    CampaignRepository campaigns(s.db());
    const qint64 pass = beginPass(s);
    QDateTime expected;
    for (int step = 0; step < statuses.size(); ++step) {
        if (step == finalFromStep)
            expected = s.clock().nowUtc();
        QVERIFY(campaigns.writeCampaignsPage(pass, {campaign(QStringLiteral("camp_001"), statuses[step])}).ok());
        s.clock().advanceMs(60000);
    }
    QCOMPARE(campaigns.campaign(QStringLiteral("camp_001")).value()->finalSeenAt, expected);
}

void tst_CampaignRepository::everyReportPollIsKept()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CampaignRepository campaigns(s.db());
    QVERIFY(campaigns
                .writeCampaignsPage(beginPass(s), {campaign(QStringLiteral("camp_001"), QStringLiteral("in_progress"))})
                .ok());
    const QDateTime t0 = s.clock().nowUtc();
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_001"), 300, 100, 10)).isError());
    s.clock().advanceMs(600000);
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_001"), 300, 100, 10)).isError()); // unchanged: kept too
    s.clock().advanceMs(600000);
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_001"), 980, 750, 120)).isError());

    const QList<ReportSnapshot> curve = campaigns.reportHistory(QStringLiteral("camp_001")).value();
    QCOMPARE(curve.size(), 3);
    QCOMPARE(curve[0].polledAt, t0);
    QCOMPARE(curve[0].delivered, qint64(300));
    QCOMPARE(curve[2].read, qint64(750));
    QCOMPARE(curve[2].failed, qint64(20));
    const ReportSnapshot latest = *campaigns.latestReport(QStringLiteral("camp_001")).value();
    QCOMPARE(latest.replied, qint64(120));
    QCOMPARE(latest.polledAt, s.clock().nowUtc());
    QVERIFY(!campaigns.latestReport(QStringLiteral("camp_002")).value().has_value());
}

void tst_CampaignRepository::reportForUnknownCampaignIsRefused()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const Error err = CampaignRepository(s.db()).recordReport(report(QStringLiteral("camp_999"), 1, 1, 1));
    QVERIFY(err.isError());
    QVERIFY(err.message.contains(QStringLiteral("camp_999")));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM campaign_reports")), qint64(0));
}

void tst_CampaignRepository::campaignsNeedingReport()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CampaignRepository campaigns(s.db());
    const qint64 pass = beginPass(s);
    QVERIFY(campaigns
                .writeCampaignsPage(pass, {campaign(QStringLiteral("camp_run"), QStringLiteral("in_progress")),
                                           campaign(QStringLiteral("camp_done"), QStringLiteral("completed")),
                                           campaign(QStringLiteral("camp_late"), QStringLiteral("in_progress"))})
                .ok());
    // Everything needs a first report; the one never polled comes first.
    QCOMPARE(campaigns.campaignsNeedingReport().value().size(), 3);

    s.clock().advanceMs(60000);
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_done"), 900, 800, 50)).isError());
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_late"), 100, 10, 1)).isError());
    s.clock().advanceMs(60000);
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_run"), 100, 10, 1)).isError());
    // camp_done was polled after it was seen completed: its numbers are final.
    QCOMPARE(campaigns.campaignsNeedingReport().value(),
             (QStringList{QStringLiteral("camp_late"), QStringLiteral("camp_run")}));

    // camp_late completes: one more poll is due, then it is final.
    s.clock().advanceMs(60000);
    QVERIFY(
        campaigns.writeCampaignsPage(pass, {campaign(QStringLiteral("camp_late"), QStringLiteral("completed"))}).ok());
    QVERIFY(campaigns.campaignsNeedingReport().value().contains(QStringLiteral("camp_late")));
    s.clock().advanceMs(60000);
    QVERIFY(!campaigns.recordReport(report(QStringLiteral("camp_late"), 400, 300, 30)).isError());
    QCOMPARE(campaigns.campaignsNeedingReport().value(), QStringList{QStringLiteral("camp_run")});
}

void tst_CampaignRepository::pageRowsAndCheckpointLandTogether()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CampaignRepository campaigns(s.db());
    const qint64 pass = beginPass(s);
    QSqlQuery q(s.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_page BEFORE INSERT ON main.checkpoints BEGIN "
                                  "SELECT RAISE(ABORT, 'injected failure'); END")));
    PageProgress progress;
    progress.checkpoint = {QStringLiteral("campaigns.page"), QStringLiteral("1")};
    QVERIFY(
        !campaigns.writeCampaignsPage(pass, {campaign(QStringLiteral("camp_001"), QStringLiteral("draft"))}, progress)
             .ok());
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM campaigns")), qint64(0));
    QVERIFY(!CheckpointRepository(s.db()).value(QStringLiteral("campaigns.page")).value().has_value());
    QCOMPARE(SyncPassRepository(s.db()).pass(pass).value()->pages, qint64(0));
}

QTEST_GUILESS_MAIN(tst_CampaignRepository)
#include "tst_CampaignRepository.moc"
