#include "SyncTestRig.h"

#include "core/sync/SyncController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace crmlens;
using namespace crmlens::test;

// The sync on its worker thread: started, watched and stopped only through queued signals and
// slots with value types; its store connection opened and closed on that thread.
namespace {

sync::SyncConnection connectionTo(SyncRig& rig, const QString& databasePath)
{
    sync::SyncConnection connection;
    connection.baseUrl = rig.server().baseUrl().toString();
    connection.apiKey = QString::fromLatin1(kSimKey);
    connection.databasePath = databasePath;
    connection.client.requestTimeoutMs = 5000;
    connection.client.maxConcurrent = 3;
    connection.client.pacing.limitPerMinute = 0;
    connection.client.retry = api::RetryConfig{10, 10, 200, 10};
    return connection;
}

} // namespace

class tst_SyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsOnItsNamedThread();
    void cancelAndShutdownMidRound();
    void unusableStoreFailsAtLaunch();
};

void tst_SyncController::syncsOnItsNamedThread()
{
    RigOptions options;
    options.contacts = 150;
    SyncRig rig(options); // the simulator runs on this (the test's) thread
    QVERIFY(rig.isListening());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("controller.sqlite"));

    sync::SyncController controller(connectionTo(rig, path));
    QSignalSpy ready(&controller, &sync::SyncController::ready);
    QSignalSpy progress(&controller, &sync::SyncController::progress);
    QSignalSpy finished(&controller, &sync::SyncController::finished);
    QSignalSpy failed(&controller, &sync::SyncController::failed);
    QSignalSpy stopped(&controller, &sync::SyncController::stopped);
    QThread* receivedOn = nullptr;
    connect(&controller, &sync::SyncController::finished, this,
            [&receivedOn](const sync::SyncSummary&) { receivedOn = QThread::currentThread(); });

    controller.launch();
    QVERIFY(controller.isLaunched());
    QCOMPARE(controller.workerThread()->objectName(), QStringLiteral("crmlens-sync"));
    QVERIFY(controller.workerThread() != QThread::currentThread());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);

    controller.start(sync::SyncOptions{});
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 120000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(receivedOn, QThread::currentThread()); // signals arrive on the caller's thread
    const auto summary = finished.first().first().value<sync::SyncSummary>();
    QVERIFY(summary.complete);
    QVERIFY(summary.chatsRead > 0);
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().first().value<sync::SyncProgress>();
    QCOMPARE(last.phase, sync::SyncPhase::Finishing);
    QCOMPARE(last.chatsDone, summary.chatsRead);
    QVERIFY(!last.partialData);

    controller.shutdown();
    QVERIFY(!controller.isLaunched());

    // The worker closed its connection on its thread; the file is whole and readable from here.
    store::OpenOptions open;
    auto db = store::Database::open(path, open);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY(!db.value()->integrityCheck().isError());
}

void tst_SyncController::cancelAndShutdownMidRound()
{
    RigOptions options;
    options.contacts = 300;
    options.messagesPerContact = 25;
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    QTemporaryDir dir;
    sync::SyncController controller(connectionTo(rig, dir.filePath(QStringLiteral("cancel.sqlite"))));
    QSignalSpy finished(&controller, &sync::SyncController::finished);
    QSignalSpy stopped(&controller, &sync::SyncController::stopped);
    QSignalSpy progress(&controller, &sync::SyncController::progress);
    controller.launch();
    controller.start(sync::SyncOptions{});
    // Cancel once the round is under way (the first progress report says it is).
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<sync::SyncSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.complete);

    // A second start on the same controller continues the round to the end.
    controller.start(sync::SyncOptions{});
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, 120000);
    QCOMPARE(finished.size(), 2);
    QVERIFY(finished.last().first().value<sync::SyncSummary>().complete);
    controller.shutdown();
}

void tst_SyncController::unusableStoreFailsAtLaunch()
{
    RigOptions options;
    options.contacts = 100;
    SyncRig rig(options);
    // A store path below a regular file: no folder can be made there.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    sync::SyncController controller(connectionTo(rig, blocker.fileName() + QStringLiteral("/store.sqlite")));
    QSignalSpy ready(&controller, &sync::SyncController::ready);
    QSignalSpy failed(&controller, &sync::SyncController::failed);
    QSignalSpy stopped(&controller, &sync::SyncController::stopped);
    controller.launch();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Storage);
    controller.start(sync::SyncOptions{});
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(failed.size(), 2);
    controller.shutdown();
}

QTEST_GUILESS_MAIN(tst_SyncController)
#include "tst_SyncController.moc"
