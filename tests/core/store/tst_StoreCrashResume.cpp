#include "core/store/CheckpointRepository.h"
#include "core/store/Database.h"
#include "core/store/SyncPassRepository.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QProcess>
#include <QTest>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::TempStore;

namespace {

constexpr int kContactPages = 20;   // 1,000 contacts
constexpr int kMessagePages = 1500; // 150,000 messages

QString writerPath()
{
    return qEnvironmentVariable("CRMLENS_STORE_CRASH_WRITER");
}

// Runs the writer and SIGKILLs it right after it reports its `killAfter`-th committed page; with
// killAfter 0 it runs to the end. Returns the lines it printed.
QStringList runWriter(const QString& db, int killAfter, int paceMs, bool* finished)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(writerPath(),
                 {db, QString::number(kContactPages), QString::number(kMessagePages), QString::number(paceMs)});
    QStringList lines;
    if (!writer.waitForStarted(30000))
        return lines;
    while (killAfter == 0 || lines.size() < killAfter) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(60000))
            break;
        while (writer.canReadLine() && (killAfter == 0 || lines.size() < killAfter))
            lines << QString::fromLatin1(writer.readLine()).trimmed();
    }
    if (killAfter > 0)
        writer.kill(); // SIGKILL: no destructor, no rollback, no close
    writer.waitForFinished(120000);
    while (writer.canReadLine())
        lines << QString::fromLatin1(writer.readLine()).trimmed();
    *finished = writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0;
    return lines;
}

} // namespace

class tst_StoreCrashResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAnywhereResumesWithNothingLostOrDuplicated_data();
    void killedAnywhereResumesWithNothingLostOrDuplicated();
};

void tst_StoreCrashResume::initTestCase()
{
    QVERIFY2(QFile::exists(writerPath()), qPrintable(writerPath()));
}

void tst_StoreCrashResume::killedAnywhereResumesWithNothingLostOrDuplicated_data()
{
    QTest::addColumn<QList<int>>("kills"); // after how many reported pages each run is killed
    QTest::addColumn<int>("paceMs");
    QTest::newRow("during the contacts pass") << QList<int>{4} << 20;
    QTest::newRow("twice: contacts, then messages") << QList<int>{9, 15} << 20;
    QTest::newRow("during the messages") << QList<int>{kContactPages + 1 + 300} << 0;
}

void tst_StoreCrashResume::killedAnywhereResumesWithNothingLostOrDuplicated()
{
    QFETCH(QList<int>, kills);
    QFETCH(int, paceMs);
    TempStore s;

    for (int killAfter : kills) {
        bool finished = true;
        const QStringList lines = runWriter(s.path(), killAfter, paceMs, &finished);
        QVERIFY2(lines.size() >= killAfter, qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(!finished);

        // What a restart finds: a sound file whose checkpoints match its rows exactly.
        QVERIFY(!s.open().isError());
        QVERIFY(!s.db().integrityCheck().isError());
        const qint64 contacts = test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contacts"));
        const qint64 messages = test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages"));
        auto openPass = SyncPassRepository(s.db()).openPass(kContactsPass).value();
        CheckpointRepository checkpoints(s.db());
        if (openPass) {
            const auto page = checkpoints.value(QStringLiteral("crash.contacts.%1.page").arg(openPass->id)).value();
            QCOMPARE(contacts, page ? (page->toInt() + 1) * 50 : 0);
            QCOMPARE(messages, qint64(0));
        } else {
            QCOMPARE(contacts, qint64(kContactPages) * 50);
            const auto page = checkpoints.value(QStringLiteral("crash.messages.page")).value();
            QCOMPARE(messages, page ? (page->toInt() + 1) * 100 : 0);
        }
        s.close();
    }

    bool finished = false;
    const QStringList lines = runWriter(s.path(), 0, 0, &finished);
    QVERIFY(finished);
    QCOMPARE(lines.last(), QStringLiteral("done"));

    QVERIFY(!s.open().isError());
    QVERIFY(!s.db().integrityCheck().isError());
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contacts")), qint64(kContactPages) * 50);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")),
             qint64(0));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contact_custom_fields")),
             qint64(kContactPages) * 50);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contact_history")), qint64(0));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'contacts'")),
             qint64(1)); // the interrupted pass was resumed, never restarted
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contacts WHERE in_first_complete_pass = 1")),
             qint64(kContactPages) * 50);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages")), qint64(kMessagePages) * 100);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(DISTINCT chat_id || '/' || message_id) FROM messages")),
             qint64(kMessagePages) * 100);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT sum(message_count) FROM chat_sync_state")),
             qint64(kMessagePages) * 100);
}

QTEST_GUILESS_MAIN(tst_StoreCrashResume)
#include "tst_StoreCrashResume.moc"
