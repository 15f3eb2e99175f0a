#include "core/store/CheckpointRepository.h"
#include "core/store/Database.h"
#include "core/store/MessageRepository.h"
#include "core/store/Schema.h"
#include "core/store/SchemaV1.h"
#include "core/store/StoreErrors.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::TempStore;

namespace {

QList<api::Message> messagePage(const QString& prefix, int count, const QDateTime& start)
{
    QList<api::Message> page;
    for (int i = 0; i < count; ++i)
        page << test::makeMessage(prefix + QString::number(i), start.addSecs(i));
    return page;
}

// Writes through a connection of its own, outside the store's code paths.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tst_Database.raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A store with enough rows to span many pages, checkpointed into the main file and closed.
void buildPopulatedStore(const QString& path)
{
    crmlens::ManualClock clock;
    auto opened = Database::open(path, {&clock});
    QVERIFY(opened.ok());
    MessageRepository messages(*opened.value());
    for (int chat = 0; chat < 40; ++chat) {
        auto written = messages.writeMessagesPage(QStringLiteral("chat_%1").arg(chat),
                                                  messagePage(QStringLiteral("m%1_").arg(chat), 100, clock.nowUtc()));
        QVERIFY(written.ok());
    }
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaInEmptyFile();
    void reopenKeepsDataAndVersion();
    void opensPathsWithAnyCharacters();
    void migrationsApplyInOrderEachInItsTransaction();
    void migrationLadderMustBeContiguous();
    void refusesNewerSchemaWithoutTouchingIt();
    void refusesForeignDatabase();
    void detectsCorruptFileWithoutModifyingIt_data();
    void detectsCorruptFileWithoutModifyingIt();
    void rebuildMovesDamagedFileAsideAndStartsFresh();
    void diskFullStopsCleanlyAndLeavesStoreIntact();
    void eachThreadHasItsOwnConnection();
    void readersSeeOnlyCommittedPagesWhileWriting();
};

void tst_Database::createsSchemaInEmptyFile()
{
    TempStore s;
    const Error err = s.open();
    QVERIFY2(!err.isError(), qPrintable(err.message));
    QCOMPARE(s.db().userVersion().value(), qint64(Schema::latestVersion()));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("PRAGMA application_id")), qint64(Schema::kApplicationId));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("PRAGMA foreign_keys")), qint64(1));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("PRAGMA synchronous")), qint64(1)); // NORMAL
    QSqlQuery mode(s.db().connection());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    mode.finish();
    for (const char* table : {"contacts", "contact_custom_fields", "contact_history", "contact_deletions", "campaigns",
                              "campaign_reports", "messages", "custom_field_definitions", "operators", "sync_passes",
                              "chat_sync_state", "checkpoints", "skipped_records"}) {
        QSqlQuery q(s.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(QString::fromLatin1(table));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, table);
    }
    QVERIFY(!s.db().integrityCheck().isError());
}

void tst_Database::reopenKeepsDataAndVersion()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    QVERIFY(!CheckpointRepository(s.db()).set(QStringLiteral("contacts.page"), QStringLiteral("7")).isError());
    s.close();
    QVERIFY(!s.open().isError());
    QCOMPARE(s.db().userVersion().value(), qint64(Schema::latestVersion()));
    auto value = CheckpointRepository(s.db()).value(QStringLiteral("contacts.page"));
    QVERIFY(value.ok());
    QCOMPARE(value.value().value_or(QString()), QStringLiteral("7"));
}

void tst_Database::opensPathsWithAnyCharacters()
{
    // The read-only check before opening goes through a file: URI; spaces, '#', '?', '%' and
    // non-ASCII names must survive the trip.
    TempStore s;
    const QString path = s.folder() + QStringLiteral("/data #1?x=%20 ü/crm lens.sqlite");
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(path, {&s.clock()});
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        CheckpointRepository checkpoints(*db.value());
        if (round == 0)
            QVERIFY(!checkpoints.set(QStringLiteral("k"), QStringLiteral("v")).isError());
        else
            QCOMPARE(checkpoints.value(QStringLiteral("k")).value().value_or(QString()), QStringLiteral("v"));
    }
    QVERIFY(QFile::exists(path));
}

void tst_Database::migrationsApplyInOrderEachInItsTransaction()
{
    TempStore s;
    const Migration two{2, QStringLiteral("add x"), {QStringLiteral("CREATE TABLE x (a INTEGER)")}};
    const Migration brokenThree{
        3, QStringLiteral("broken"), {QStringLiteral("CREATE TABLE y (a INTEGER)"), QStringLiteral("THIS IS NOT SQL")}};
    const QList<Migration> broken{schemaV1(), two, brokenThree};
    const Error err = s.open({nullptr, 5000, &broken});
    QVERIFY(err.isError());
    QCOMPARE(err.kind, Error::Kind::Storage);

    // Versions 1 and 2 landed; the failed step left nothing behind.
    const QList<Migration> upToTwo{schemaV1(), two};
    QVERIFY(!s.open({nullptr, 5000, &upToTwo}).isError());
    QCOMPARE(s.db().userVersion().value(), qint64(2));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'x'")), qint64(1));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'y'")), qint64(0));

    const Migration fixedThree{3, QStringLiteral("fixed"), {QStringLiteral("CREATE TABLE y (a INTEGER)")}};
    const QList<Migration> fixed{schemaV1(), two, fixedThree};
    QVERIFY(!s.open({nullptr, 5000, &fixed}).isError());
    QCOMPARE(s.db().userVersion().value(), qint64(3));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'y'")), qint64(1));
}

void tst_Database::migrationLadderMustBeContiguous()
{
    TempStore s;
    const QList<Migration> gap{schemaV1(), Migration{3, QStringLiteral("skips 2"), {}}};
    const Error err = s.open({nullptr, 5000, &gap});
    QVERIFY(err.isError());
    QVERIFY(err.message.contains(QStringLiteral("out of order")));
}

void tst_Database::refusesNewerSchemaWithoutTouchingIt()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    s.close();
    rawExec(s.path(), {QStringLiteral("PRAGMA user_version=%1").arg(Schema::latestVersion() + 5)});
    const QByteArray before = test::fileDigest(s.path());

    const Error err = s.open();
    QVERIFY(err.isError());
    QVERIFY(isTooNewError(err));
    QVERIFY(isFatalStoreError(err));
    QVERIFY2(err.message.contains(QStringLiteral("newer CRM Lens")), qPrintable(err.message));
    QVERIFY2(err.message.contains(QString::number(Schema::latestVersion() + 5)), qPrintable(err.message));
    QCOMPARE(test::fileDigest(s.path()), before);
}

void tst_Database::refusesForeignDatabase()
{
    TempStore s;
    rawExec(s.path(),
            {QStringLiteral("CREATE TABLE notes (body TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('keep me')")});
    const QByteArray before = test::fileDigest(s.path());
    const Error err = s.open();
    QVERIFY(err.isError());
    QCOMPARE(err.code, QString(kForeignCode));
    QCOMPARE(test::fileDigest(s.path()), before);
}

void tst_Database::detectsCorruptFileWithoutModifyingIt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage");
    QTest::newRow("truncated database") << QStringLiteral("truncate");
    QTest::newRow("zeroed pages in the middle") << QStringLiteral("zero");
}

void tst_Database::detectsCorruptFileWithoutModifyingIt()
{
    QFETCH(QString, damage);
    TempStore s;
    if (damage == QLatin1String("garbage")) {
        QFile file(s.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator generator(42);
        for (char& b : bytes)
            b = char(generator.bounded(256));
        file.write(bytes);
    } else {
        buildPopulatedStore(s.path());
        QVERIFY(!QFile::exists(s.path() + QStringLiteral("-wal"))); // checkpointed into the main file on close
        QFile file(s.path());
        const qint64 size = file.size();
        QVERIFY(size > 200 * 1024);
        if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(size / 2));
        } else {
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((size / 4096 / 2) * 4096));
            file.write(QByteArray(8 * 4096, '\0'));
        }
    }
    const QByteArray before = test::fileDigest(s.path());
    const qint64 sizeBefore = QFileInfo(s.path()).size();

    const Error err = s.open();
    QVERIFY(err.isError());
    QVERIFY2(isCorruptionError(err), qPrintable(err.message));
    QVERIFY(isFatalStoreError(err));
    QVERIFY2(err.message.contains(s.path()), qPrintable(err.message));
    QVERIFY(err.message.contains(QStringLiteral("rebuilt")));
    QCOMPARE(test::fileDigest(s.path()), before);
    QCOMPARE(QFileInfo(s.path()).size(), sizeBefore);
    QVERIFY(!QFile::exists(s.path() + QStringLiteral("-wal")));
    QVERIFY(!s.isOpen());
}

void tst_Database::rebuildMovesDamagedFileAsideAndStartsFresh()
{
    TempStore s;
    {
        QFile file(s.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(16 * 1024, 'Z'));
    }
    const QByteArray damaged = test::fileDigest(s.path());
    QVERIFY(isCorruptionError(s.open()));

    auto rebuilt = Database::rebuild(s.path(), {&s.clock()});
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error().message));
    const QString movedTo = rebuilt.value().damagedFileMovedTo;
    QCOMPARE(movedTo, s.path() + QStringLiteral(".corrupt-20260301-080000"));
    QCOMPARE(test::fileDigest(movedTo), damaged); // kept, byte for byte
    QCOMPARE(rebuilt.value().database->userVersion().value(), qint64(Schema::latestVersion()));
    QCOMPARE(test::scalar(*rebuilt.value().database, QStringLiteral("SELECT count(*) FROM messages")), qint64(0));
    rebuilt.value().database.reset();

    // A second rebuild in the same second never overwrites the first file kept aside.
    {
        QFile file(s.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(16 * 1024, 'Y'));
    }
    auto again = Database::rebuild(s.path(), {&s.clock()});
    QVERIFY(again.ok());
    QVERIFY(again.value().damagedFileMovedTo != movedTo);
    QCOMPARE(test::fileDigest(movedTo), damaged);
    QVERIFY(QFile::exists(again.value().damagedFileMovedTo));
}

void tst_Database::diskFullStopsCleanlyAndLeavesStoreIntact()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    const QDateTime start = s.clock().nowUtc();
    auto pageOf = [&](int p) {
        MessagesPageContext context;
        context.progress.checkpoint = {QStringLiteral("bulk.page"), QString::number(p)};
        return messages.writeMessagesPage(QStringLiteral("chat_%1").arg(p % 7),
                                          messagePage(QStringLiteral("p%1_").arg(p), 100, start.addSecs(p * 100)),
                                          context);
    };
    for (int p = 0; p < 3; ++p)
        QVERIFY(pageOf(p).ok());

    // A size cap stands in for a full disk: SQLite answers SQLITE_FULL exactly as it would.
    const qint64 pages = test::scalar(s.db(), QStringLiteral("PRAGMA page_count"));
    test::scalar(s.db(), QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 40));

    int lastGood = 2;
    Error failure;
    for (int p = 3; p < 1000 && !failure.isError(); ++p) {
        auto written = pageOf(p);
        if (written.ok())
            lastGood = p;
        else
            failure = written.error();
    }
    QVERIFY(failure.isError());
    QVERIFY2(isDiskFullError(failure), qPrintable(failure.message));
    QVERIFY(failure.message.contains(QStringLiteral("disk is full")));
    QVERIFY(failure.message.contains(QStringLiteral("intact")));

    // Nothing of the failed page landed; everything before it did, with its checkpoint.
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages")), qint64(lastGood + 1) * 100);
    QCOMPARE(CheckpointRepository(s.db()).value(QStringLiteral("bulk.page")).value().value_or(QString()),
             QString::number(lastGood));
    QVERIFY(!s.db().integrityCheck().isError());

    // Once there is room again the sync continues from its checkpoint.
    s.close();
    QVERIFY(!s.open().isError());
    QVERIFY(!s.db().integrityCheck().isError());
    MessageRepository resumed(s.db());
    MessagesPageContext context;
    context.progress.checkpoint = {QStringLiteral("bulk.page"), QString::number(lastGood + 1)};
    auto written = resumed.writeMessagesPage(
        QStringLiteral("chat_%1").arg((lastGood + 1) % 7),
        messagePage(QStringLiteral("p%1_").arg(lastGood + 1), 100, start.addSecs((lastGood + 1) * 100)), context);
    QVERIFY(written.ok());
    QCOMPARE(written.value().inserted, 100);
}

void tst_Database::eachThreadHasItsOwnConnection()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    QString workerConnection;
    bool workerOpen = false;
    bool workerWrote = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(s.path(), {&s.clock()});
        if (!db)
            return;
        workerConnection = db.value()->connectionName();
        workerOpen = QSqlDatabase::contains(workerConnection);
        workerWrote =
            !CheckpointRepository(*db.value()).set(QStringLiteral("worker"), QStringLiteral("done")).isError();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(workerOpen);
    QVERIFY(workerWrote);
    QVERIFY(workerConnection != s.db().connectionName());
    QVERIFY(!QSqlDatabase::contains(workerConnection)); // removed when the worker's Database went away
    QCOMPARE(CheckpointRepository(s.db()).value(QStringLiteral("worker")).value().value_or(QString()),
             QStringLiteral("done"));
}

void tst_Database::readersSeeOnlyCommittedPagesWhileWriting()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    QVERIFY(
        messages.writeMessagesPage(QStringLiteral("chat_a"), messagePage(QStringLiteral("a"), 100, s.clock().nowUtc()))
            .ok());

    auto reader = Database::open(s.path(), {&s.clock()});
    QVERIFY(reader.ok());
    qint64 seenDuringWrite = -1;
    const Error err = s.db().inTransaction(QStringLiteral("a test write"), [&]() -> Error {
        QSqlQuery insert(s.db().connection());
        if (!insert.exec(QStringLiteral("INSERT INTO messages (message_id, chat_id, ts, direction, first_seen_at, "
                                        "updated_at) VALUES ('x1', 'chat_a', 0, 'inbound', 0, 0)")))
            return Error::make(Error::Kind::Storage, insert.lastError().text());
        // A dashboard reading now neither waits for the writer nor sees its unfinished page.
        seenDuringWrite = test::scalar(*reader.value(), QStringLiteral("SELECT count(*) FROM messages"));
        return {};
    });
    QVERIFY(!err.isError());
    QCOMPARE(seenDuringWrite, qint64(100));
    QCOMPARE(test::scalar(*reader.value(), QStringLiteral("SELECT count(*) FROM messages")), qint64(101));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
