#include "SyncTestRig.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::test;

// Two syncs with the simulator's faults switched on - 5xx bursts, success:false, truncated and
// slow bodies, replies that never come, pages that shift under the pager, malformed records -
// for both tenants. Faults that leave the CRM standing still must not cost a single record: the
// store equals the dump right after the faulted rounds. The shift fault moves the CRM's clock
// while pages are read, so a round cannot end equal to the CRM's *later* state; there the store
// must hold no wrong data after the faulted rounds, and one clean round must make it exact.
Q_DECLARE_METATYPE(crmlens::sim::Tenant)

class tst_SyncEngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsThroughFaults_data();
    void syncsThroughFaults();
};

void tst_SyncEngineFaults::syncsThroughFaults_data()
{
    QTest::addColumn<sim::Tenant>("tenant");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("timeoutMs");

    const auto chatnation = sim::Tenant::ChatNation;
    const auto voll = sim::Tenant::Voll;
    QTest::newRow("5xx bursts") << chatnation << QStringLiteral("5xx") << 0.1 << 3000;
    QTest::newRow("success:false") << voll << QStringLiteral("success-false") << 0.1 << 3000;
    QTest::newRow("truncated bodies") << chatnation << QStringLiteral("truncate") << 0.1 << 3000;
    QTest::newRow("slow replies") << voll << QStringLiteral("slow") << 0.03 << 8000;
    QTest::newRow("hanging replies") << chatnation << QStringLiteral("hang") << 0.03 << 1500;
    QTest::newRow("bad records") << chatnation << QStringLiteral("bad-records") << 0.15 << 3000;
    QTest::newRow("bad records, voll") << voll << QStringLiteral("bad-records") << 0.15 << 3000;
    QTest::newRow("shifting pages") << chatnation << QStringLiteral("shift") << 0.1 << 3000;
    QTest::newRow("all, chatnation") << chatnation << QStringLiteral("all") << 0.06 << 1500;
    QTest::newRow("all, voll") << voll << QStringLiteral("all") << 0.06 << 1500;
}

void tst_SyncEngineFaults::syncsThroughFaults()
{
    QFETCH(sim::Tenant, tenant);
    QFETCH(QString, faults);
    QFETCH(double, rate);
    QFETCH(int, timeoutMs);

    RigOptions options;
    options.tenant = tenant;
    options.contacts = 220;
    options.days = 20;
    options.messagesPerContact = 10;
    options.faults = faults;
    options.faultRate = rate;
    options.clientTimeoutMs = timeoutMs;
    options.hangSeconds = 3;
    options.maxConcurrent = 4;
    // A malformed record is usually a passing fault of the page: read the page again rather than
    // lose the record (the default is 2; the test makes losing one practically impossible).
    options.settings.damagedPageRefetches = 6;
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    const bool movesTime = faults == QLatin1String("shift") || faults == QLatin1String("all");

    sync::SyncSummary totals;
    for (int round = 1; round <= 2; ++round) {
        if (round == 2)
            QVERIFY(rig.advance(12 * 3600));
        const SyncRun run = rig.sync();
        QVERIFY(run.stopped);
        QVERIFY2(!run.failure, run.failure ? qPrintable(run.failure->message) : "");
        QVERIFY(run.summary);
        const sync::SyncSummary& s = *run.summary;
        qInfo("%s round %d: %lld requests, %lld retries, %lld timeouts, %lld failed, %lld skipped records, %lld "
              "chats read, %.2f s, %d warnings",
              qPrintable(faults), round, s.requests, s.retries, s.timeouts, s.failedRequests, s.skipped, s.chatsRead,
              s.seconds, int(run.warnings.size()));
        for (const QString& w : run.warnings)
            qInfo("  warning: %s", qPrintable(w));
        QVERIFY2(rig.consistencyProblems().isEmpty(), qPrintable(rig.consistencyProblems().join(QLatin1Char('\n'))));
        totals.retries += s.retries;
        totals.timeouts += s.timeouts;
        const QStringList diffs = rig.differences(100000);
        if (!movesTime) {
            QVERIFY(s.complete);
            QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
        } else {
            // Behind is allowed, wrong is not: nothing stored that the CRM does not have, nobody
            // taken as deleted who is alive.
            QStringList wrong;
            for (const QString& d : diffs) {
                if (d.contains(QLatin1String("unknown to the CRM")) || d.contains(QLatin1String("marked deleted")))
                    wrong << d;
            }
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        }
    }
    if (faults == QLatin1String("5xx") || faults == QLatin1String("truncate") ||
        faults == QLatin1String("success-false"))
        QVERIFY(totals.retries > 0);
    if (faults == QLatin1String("hang"))
        QVERIFY(totals.timeouts > 0);

    if (movesTime) {
        // The pages did shift: the CRM's clock ran ahead of the 12 hours the test moved it.
        QVERIFY(rig.simClock().now() > rig.workspace().now + 12 * 3600);
        // What the faulted rounds stored is true, only possibly behind; one clean round catches up.
        rig.switchToCleanServer();
        const SyncRun clean = rig.sync();
        QVERIFY(clean.summary);
        QVERIFY(clean.summary->complete);
        const QStringList diffs = rig.differences();
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
        QVERIFY(rig.consistencyProblems().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_SyncEngineFaults)
#include "tst_SyncEngineFaults.moc"
