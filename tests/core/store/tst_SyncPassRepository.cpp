#include "core/store/ContactRepository.h"
#include "core/store/StoreErrors.h"
#include "core/store/SyncPassRepository.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::TempStore;

class tst_SyncPassRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beginRecordsStartAndRefusesOverlap();
    void openPassIsWhatARestartResumes();
    void finishAndAbandon();
    void contactPassesCompleteOnlyThroughDeletionDetection();
    void firstAndLastCompletePasses();
    void pageCountersAddUp();
};

void tst_SyncPassRepository::beginRecordsStartAndRefusesOverlap()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SyncPassRepository passes(s.db());
    auto first = passes.beginPass(kMessagesPass);
    QVERIFY(first.ok());
    QCOMPARE(first.value().startedAt, s.clock().nowUtc());
    QVERIFY(first.value().isOpen());

    auto overlapping = passes.beginPass(kMessagesPass);
    QVERIFY(!overlapping.ok());
    QVERIFY(overlapping.error().message.contains(QStringLiteral("still open")));
    QVERIFY(passes.beginPass(kCampaignsPass).ok()); // other kinds run alongside
    QVERIFY(!passes.beginPass(QString()).ok());
}

void tst_SyncPassRepository::openPassIsWhatARestartResumes()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    qint64 id = 0;
    {
        SyncPassRepository passes(s.db());
        id = passes.beginPass(kContactsPass).value().id;
        QVERIFY(!passes.openPass(kCampaignsPass).value().has_value());
    }
    s.close();
    s.clock().advanceMs(3600 * 1000);
    QVERIFY(!s.open().isError());
    auto open = SyncPassRepository(s.db()).openPass(kContactsPass);
    QVERIFY(open.ok());
    QVERIFY(open.value().has_value());
    QCOMPARE(open.value()->id, id);
    QCOMPARE(open.value()->startedAt, s.clock().nowUtc().addSecs(-3600)); // the original start, not now
}

void tst_SyncPassRepository::finishAndAbandon()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SyncPassRepository passes(s.db());
    const qint64 done = passes.beginPass(kCampaignsPass).value().id;
    s.clock().advanceMs(5000);
    QVERIFY(!passes.finishPass(done).isError());
    const SyncPass finished = *passes.pass(done).value();
    QVERIFY(finished.complete);
    QCOMPARE(finished.finishedAt, s.clock().nowUtc());
    QVERIFY(passes.finishPass(done).isError()); // once only
    QVERIFY(passes.abandonPass(done).isError());

    const qint64 dropped = passes.beginPass(kCampaignsPass).value().id;
    QVERIFY(!passes.abandonPass(dropped).isError());
    const SyncPass abandoned = *passes.pass(dropped).value();
    QVERIFY(!abandoned.complete);
    QVERIFY(!abandoned.isOpen());
    QVERIFY(passes.finishPass(12345).isError());
    QCOMPARE(passes.lastCompletePass(kCampaignsPass).value()->id, done);
}

void tst_SyncPassRepository::contactPassesCompleteOnlyThroughDeletionDetection()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SyncPassRepository passes(s.db());
    const qint64 id = passes.beginPass(kContactsPass).value().id;
    const Error err = passes.finishPass(id);
    QVERIFY(err.isError());
    QVERIFY(err.message.contains(QStringLiteral("completeContactPass")));
    QVERIFY(passes.pass(id).value()->isOpen());
    QVERIFY(!ContactRepository(s.db()).completeContactPass(id, 1.0).value().refused);
    QVERIFY(passes.pass(id).value()->complete);
}

void tst_SyncPassRepository::firstAndLastCompletePasses()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SyncPassRepository passes(s.db());
    QVERIFY(!passes.firstCompletePass(kMessagesPass).value().has_value());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids << passes.beginPass(kMessagesPass).value().id;
        s.clock().advanceMs(1000);
        QVERIFY(!(i == 1 ? passes.abandonPass(ids.last()) : passes.finishPass(ids.last())).isError());
    }
    QCOMPARE(passes.firstCompletePass(kMessagesPass).value()->id, ids[0]);
    QCOMPARE(passes.lastCompletePass(kMessagesPass).value()->id, ids[2]);
    const QList<SyncPass> recent = passes.recentPasses(2).value();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent[0].id, ids[2]);
    QCOMPARE(recent[1].id, ids[1]);
}

void tst_SyncPassRepository::pageCountersAddUp()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SyncPassRepository passes(s.db());
    const qint64 id = passes.beginPass(kContactsPass).value().id;
    ContactRepository contacts(s.db());
    QVERIFY(
        contacts.writeContactsPage(id, {test::makeContact(QStringLiteral("a")), test::makeContact(QStringLiteral("b"))})
            .ok());
    s.clock().advanceMs(1000);
    QVERIFY(contacts
                .writeContactsPage(id, {test::makeContact(QStringLiteral("a"), QStringLiteral("closed")),
                                        test::makeContact(QStringLiteral("c")), api::Contact{}})
                .ok());
    const SyncPass counted = *passes.pass(id).value();
    QCOMPARE(counted.pages, qint64(2));
    QCOMPARE(counted.records, qint64(5));
    QCOMPARE(counted.inserted, qint64(3));
    QCOMPARE(counted.updated, qint64(1));
    QCOMPARE(counted.skipped, qint64(1));
    QCOMPARE(counted.lastPageAt, s.clock().nowUtc());
}

QTEST_GUILESS_MAIN(tst_SyncPassRepository)
#include "tst_SyncPassRepository.moc"
