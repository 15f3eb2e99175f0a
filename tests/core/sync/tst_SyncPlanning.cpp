#include "core/sync/ChatReadPlan.h"
#include "core/sync/PassProgress.h"
#include "core/sync/ReportPolicy.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::sync;

// The small decisions a round is made of: when a chat's read stops, what a checkpoint holds,
// when a pass has every page, when a report is worth a request.
namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795608000, Qt::UTC);

QDateTime minutesAgo(qint64 minutes)
{
    return kNow.addSecs(-minutes * 60);
}

} // namespace

Q_DECLARE_METATYPE(crmlens::sync::ChatReadPlan)
Q_DECLARE_METATYPE(crmlens::sync::MessagesPageFacts)

class tst_SyncPlanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readPlanRoundTrips_data();
    void readPlanRoundTrips();
    void readPlanRejectsGarbage_data();
    void readPlanRejectsGarbage();
    void nextPage_data();
    void nextPage();
    void incrementalUntil_data();
    void incrementalUntil();
    void passProgress_data();
    void passProgress();
    void passProgressRoundTrips();
    void passProgressRejectsGarbage();
    void reportDue_data();
    void reportDue();
};

void tst_SyncPlanning::readPlanRoundTrips_data()
{
    QTest::addColumn<ChatReadPlan>("plan");
    ChatReadPlan done;
    done.round = 12;
    done.done = true;
    QTest::newRow("done") << done;
    ChatReadPlan first;
    first.round = 3;
    first.firstRead = true;
    first.nextPage = 7;
    QTest::newRow("first read at page 7") << first;
    ChatReadPlan incremental;
    incremental.round = 99;
    incremental.nextPage = 2;
    incremental.until = minutesAgo(90);
    QTest::newRow("incremental at page 2") << incremental;
}

void tst_SyncPlanning::readPlanRoundTrips()
{
    QFETCH(ChatReadPlan, plan);
    const auto back = ChatReadPlan::decode(plan.encode());
    QVERIFY(back.has_value());
    QCOMPARE(back->round, plan.round);
    QCOMPARE(back->done, plan.done);
    if (!plan.done) {
        QCOMPARE(back->firstRead, plan.firstRead);
        QCOMPARE(back->nextPage, plan.nextPage);
        QCOMPARE(back->until, plan.until);
    }
    QVERIFY(ChatReadPlan::checkpointKey(QStringLiteral("chat_1")).startsWith(ChatReadPlan::checkpointPrefix()));
}

void tst_SyncPlanning::readPlanRejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no round") << QStringLiteral("next=3");
    QTest::newRow("not a number") << QStringLiteral("r=1;next=x");
    QTest::newRow("page zero") << QStringLiteral("r=1;next=0");
    QTest::newRow("no equals") << QStringLiteral("r=1;done");
}

void tst_SyncPlanning::readPlanRejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!ChatReadPlan::decode(text).has_value());
}

void tst_SyncPlanning::nextPage_data()
{
    QTest::addColumn<ChatReadPlan>("plan");
    QTest::addColumn<MessagesPageFacts>("facts");
    QTest::addColumn<bool>("last");
    QTest::addColumn<bool>("more");

    ChatReadPlan first;
    first.firstRead = true;
    ChatReadPlan incremental;
    incremental.until = minutesAgo(60);

    const auto page = [](int number, int items, qint64 total, const QDateTime& oldest) {
        MessagesPageFacts f;
        f.page = number;
        f.limit = 100;
        f.items = items;
        f.total = total;
        f.oldestOnPage = oldest;
        return f;
    };
    QTest::newRow("first read, full page, more to come")
        << first << page(1, 100, 250, minutesAgo(500)) << false << true;
    QTest::newRow("first read, short page") << first << page(3, 50, 250, minutesAgo(900)) << true << false;
    QTest::newRow("first read, exactly 100 in all") << first << page(1, 100, 100, minutesAgo(900)) << true << false;
    QTest::newRow("first read, no total, full page") << first << page(2, 100, -1, minutesAgo(900)) << false << true;
    QTest::newRow("first read, empty chat") << first << page(1, 0, 0, QDateTime()) << true << false;
    QTest::newRow("incremental, page reaches the known part")
        << incremental << page(1, 100, 900, minutesAgo(120)) << false << false;
    QTest::newRow("incremental, page exactly at the mark")
        << incremental << page(1, 100, 900, minutesAgo(60)) << false << false;
    QTest::newRow("incremental, all of page 1 is new")
        << incremental << page(1, 100, 900, minutesAgo(30)) << false << true;
    QTest::newRow("incremental, short page") << incremental << page(1, 40, 40, minutesAgo(30)) << true << false;
    QTest::newRow("incremental, unreadable page reads on")
        << incremental << page(1, 100, 900, QDateTime()) << false << true;
    ChatReadPlan noMark;
    QTest::newRow("incremental, nothing known yet") << noMark << page(1, 100, 300, minutesAgo(30)) << false << true;
}

void tst_SyncPlanning::nextPage()
{
    QFETCH(ChatReadPlan, plan);
    QFETCH(MessagesPageFacts, facts);
    QFETCH(bool, last);
    QFETCH(bool, more);
    QCOMPARE(isLastPage(facts), last);
    QCOMPARE(needsNextPage(plan, facts), more);
}

void tst_SyncPlanning::incrementalUntil_data()
{
    QTest::addColumn<QDateTime>("newest");
    QTest::addColumn<QDateTime>("pending");
    QTest::addColumn<QDateTime>("until");
    QTest::newRow("settle margin below the newest") << minutesAgo(30) << QDateTime() << minutesAgo(40);
    QTest::newRow("an older pending outbound message wins") << minutesAgo(30) << minutesAgo(3000) << minutesAgo(3000);
    QTest::newRow("a newer pending message changes nothing") << minutesAgo(30) << minutesAgo(35) << minutesAgo(40);
    QTest::newRow("nothing known") << QDateTime() << QDateTime() << QDateTime();
}

void tst_SyncPlanning::incrementalUntil()
{
    QFETCH(QDateTime, newest);
    QFETCH(QDateTime, pending);
    QFETCH(QDateTime, until);
    QCOMPARE(sync::incrementalUntil(newest, pending, 600), until);
}

void tst_SyncPlanning::passProgress_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("shortPage");
    QTest::addColumn<QList<int>>("stored");
    QTest::addColumn<int>("pagesKnown");
    QTest::addColumn<bool>("complete");

    QTest::newRow("nothing yet") << qint64(-1) << 0 << QList<int>{} << 1 << false;
    QTest::newRow("total 523 is six pages, all stored")
        << qint64(523) << 0 << QList<int>{1, 2, 3, 4, 5, 6} << 6 << true;
    QTest::newRow("total 523, page 4 missing") << qint64(523) << 0 << QList<int>{1, 2, 3, 5, 6} << 6 << false;
    QTest::newRow("total 500 is exactly five pages") << qint64(500) << 0 << QList<int>{1, 2, 3, 4, 5} << 5 << true;
    QTest::newRow("empty list") << qint64(0) << 0 << QList<int>{1} << 1 << true;
    QTest::newRow("no total, short page ends it") << qint64(-1) << 3 << QList<int>{1, 2, 3} << 3 << true;
    QTest::newRow("no total, still going") << qint64(-1) << 0 << QList<int>{1, 2} << 3 << false;
}

void tst_SyncPlanning::passProgress()
{
    QFETCH(qint64, total);
    QFETCH(int, shortPage);
    QFETCH(QList<int>, stored);
    QFETCH(int, pagesKnown);
    QFETCH(bool, complete);
    PassProgress p(100);
    p.setTotal(total);
    if (shortPage > 0)
        p.setShortPage(shortPage);
    for (const int page : stored)
        p.markStored(page);
    QCOMPARE(p.pagesKnown(), pagesKnown);
    QCOMPARE(p.isComplete(), complete);
}

void tst_SyncPlanning::passProgressRoundTrips()
{
    PassProgress p(100);
    p.setTotal(1234);
    for (const int page : {1, 2, 3, 4, 7, 9, 10})
        p.markStored(page);
    QCOMPARE(p.encode(), QStringLiteral("size=100;total=1234;pages=1-4,7,9-10"));
    const auto back = PassProgress::decode(p.encode());
    QVERIFY(back.has_value());
    QCOMPARE(back->total(), qint64(1234));
    QCOMPARE(back->storedCount(), 7);
    QVERIFY(back->isStored(9) && !back->isStored(8));
    QCOMPARE(back->pagesKnown(), 13);
}

void tst_SyncPlanning::passProgressRejectsGarbage()
{
    QVERIFY(!PassProgress::decode(QStringLiteral("size=0")).has_value());
    QVERIFY(!PassProgress::decode(QStringLiteral("size=100;pages=3-1")).has_value());
    QVERIFY(!PassProgress::decode(QStringLiteral("size=100;pages=a-b")).has_value());
    QVERIFY(!PassProgress::decode(QStringLiteral("garbage")).has_value());
}

void tst_SyncPlanning::reportDue_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("sentDaysAgo");       // scheduled_at / created_at
    QTest::addColumn<qint64>("finalSeenHoursAgo"); // -1: never final
    QTest::addColumn<qint64>("lastPollHoursAgo");  // -1: never polled
    QTest::addColumn<qint64>("minInterval");
    QTest::addColumn<bool>("due");

    QTest::newRow("never polled") << QStringLiteral("completed") << qint64(90) << qint64(1) << qint64(-1) << qint64(0)
                                  << true;
    QTest::newRow("running") << QStringLiteral("in_progress") << qint64(0) << qint64(-1) << qint64(1) << qint64(0)
                             << true;
    QTest::newRow("running, polled within the interval")
        << QStringLiteral("active") << qint64(0) << qint64(-1) << qint64(0) << qint64(3600) << false;
    QTest::newRow("draft polled once") << QStringLiteral("draft") << qint64(2) << qint64(-1) << qint64(5) << qint64(0)
                                       << false;
    QTest::newRow("scheduled polled once")
        << QStringLiteral("scheduled") << qint64(1) << qint64(-1) << qint64(5) << qint64(0) << false;
    QTest::newRow("final, not polled since it ended")
        << QStringLiteral("completed") << qint64(30) << qint64(2) << qint64(3) << qint64(0) << true;
    QTest::newRow("final recently, replies still coming")
        << QStringLiteral("completed") << qint64(2) << qint64(20) << qint64(10) << qint64(0) << true;
    QTest::newRow("final long ago, polled after the end")
        << QStringLiteral("failed") << qint64(30) << qint64(200) << qint64(100) << qint64(0) << false;
    QTest::newRow("polled in this round already")
        << QStringLiteral("in_progress") << qint64(0) << qint64(-1) << qint64(-2) << qint64(0) << false;
}

void tst_SyncPlanning::reportDue()
{
    QFETCH(QString, status);
    QFETCH(qint64, sentDaysAgo);
    QFETCH(qint64, finalSeenHoursAgo);
    QFETCH(qint64, lastPollHoursAgo);
    QFETCH(qint64, minInterval);
    QFETCH(bool, due);

    const QDateTime roundStart = kNow.addSecs(-60);
    store::StoredCampaign campaign;
    campaign.campaignId = QStringLiteral("camp_1");
    campaign.status = status;
    campaign.createdAt = kNow.addDays(-sentDaysAgo - 1);
    campaign.scheduledAt = kNow.addDays(-sentDaysAgo);
    if (finalSeenHoursAgo >= 0)
        campaign.finalSeenAt = kNow.addSecs(-finalSeenHoursAgo * 3600);
    std::optional<store::ReportSnapshot> last;
    if (lastPollHoursAgo == -2) {
        last = store::ReportSnapshot{};
        last->polledAt = roundStart.addSecs(60);
    } else if (lastPollHoursAgo >= 0) {
        last = store::ReportSnapshot{};
        last->polledAt = kNow.addSecs(-lastPollHoursAgo * 3600 - 60);
    }
    ReportPolicy policy;
    policy.settleSecs = 7 * 24 * 3600;
    policy.minIntervalSecs = minInterval;
    QCOMPARE(policy.isDue(campaign, last, roundStart, kNow), due);
}

QTEST_GUILESS_MAIN(tst_SyncPlanning)
#include "tst_SyncPlanning.moc"
