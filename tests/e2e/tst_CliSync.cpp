// crmlens-cli sync against the crmlens-sim executable: two rounds around simulated time, and
// kill -9 at random moments of a long sync, resumed until done. The store must end complete,
// free of duplicates and intact every time.
#include "core/sim/SimulatorProcess.h"
#include "tests/support/TestFixtures.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using crmlens::test::executablePath;

namespace {

const QString kKey = QStringLiteral("e2e-sync-key");

// What must be in the store: every chat and, per chat, every message id.
using ChatMessages = std::map<QString, std::set<QString>>;

struct Truth
{
    std::set<QString> alive;
    std::set<QString> deleted;
    ChatMessages messages; // of alive and deleted chats alike
};

QByteArray control(const QUrl& base, const QByteArray& method, const QString& pathAndQuery)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(base.toString() + pathAndQuery));
    request.setRawHeader("API-KEY", kKey.toUtf8());
    QNetworkReply* reply = manager.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

Truth truthOf(const QUrl& base)
{
    Truth truth;
    const QJsonObject dump = QJsonDocument::fromJson(control(base, "GET", QStringLiteral("/_sim/dump"))).object();
    const auto read = [&truth](const QJsonArray& contacts, std::set<QString>& into) {
        for (const QJsonValue& value : contacts) {
            const QJsonObject contact = value.toObject();
            const QString chatId = contact.value(QLatin1String("chat_id")).toString();
            into.insert(chatId);
            std::set<QString>& ids = truth.messages[chatId];
            for (const QJsonValue& message : contact.value(QLatin1String("messages")).toArray())
                ids.insert(message.toObject().value(QLatin1String("message_id")).toString());
        }
    };
    read(dump.value(QLatin1String("contacts")).toArray(), truth.alive);
    read(dump.value(QLatin1String("deleted_contacts")).toArray(), truth.deleted);
    return truth;
}

// Reads the store with plain SQL, independently of the store's own code.
class StoreView
{
public:
    explicit StoreView(const QString& path) : m_name(QStringLiteral("view-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~StoreView() { QSqlDatabase::removeDatabase(m_name); }

    QString integrity() const { return scalarText(QStringLiteral("PRAGMA integrity_check")); }
    qint64 count(const QString& sql) const { return scalarText(sql).toLongLong(); }

    std::set<QString> chats(bool deleted) const
    {
        std::set<QString> ids;
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.exec(deleted ? QStringLiteral("SELECT chat_id FROM contacts WHERE deleted_at IS NOT NULL")
                           : QStringLiteral("SELECT chat_id FROM contacts WHERE deleted_at IS NULL"));
        while (query.next())
            ids.insert(query.value(0).toString());
        return ids;
    }

    ChatMessages messages() const
    {
        ChatMessages byChat;
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.exec(QStringLiteral("SELECT chat_id, message_id FROM messages"));
        while (query.next())
            byChat[query.value(0).toString()].insert(query.value(1).toString());
        return byChat;
    }

private:
    QString scalarText(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("(query failed: %1)").arg(sql);
        return query.value(0).toString();
    }

    QString m_name;
};

// Lists how the store differs from the simulator, at most a few lines.
QStringList differences(const QString& databasePath, const Truth& truth)
{
    QStringList problems;
    StoreView store(databasePath);
    const QString integrity = store.integrity();
    if (integrity != QLatin1String("ok"))
        problems << QStringLiteral("integrity_check: ") + integrity;
    const qint64 duplicates = store.count(QStringLiteral(
        "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT chat_id, message_id FROM messages)) FROM messages"));
    if (duplicates != 0)
        problems << QStringLiteral("%1 duplicated messages").arg(duplicates);
    const std::set<QString> alive = store.chats(false);
    for (const QString& id : truth.alive)
        if (!alive.count(id))
            problems << QStringLiteral("contact %1 missing or marked deleted").arg(id);
    for (const QString& id : alive)
        if (!truth.alive.count(id))
            problems << QStringLiteral("contact %1 alive in the store only").arg(id);
    const ChatMessages stored = store.messages();
    for (const auto& [chatId, ids] : truth.messages) {
        if (!truth.alive.count(chatId))
            continue; // a chat deleted before the first sync was never listed
        const auto found = stored.find(chatId);
        const std::size_t have = found == stored.end() ? 0 : found->second.size();
        if (found == stored.end() ? !ids.empty() : found->second != ids)
            problems << QStringLiteral("chat %1: %2 messages stored, %3 in the CRM").arg(chatId).arg(have).arg(ids.size());
    }
    if (problems.size() > 12)
        problems = problems.mid(0, 12) << QStringLiteral("… and more");
    return problems;
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT
private:
    QProcess* startSync(const QUrl& base, const QString& databasePath, QObject* parent)
    {
        auto* process = new QProcess(parent);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRMLENS_API_KEY"), kKey);
        process->setProcessEnvironment(environment);
        process->start(executablePath(QStringLiteral("crmlens-cli")),
                       {QStringLiteral("sync"), QStringLiteral("--url"), base.toString(), QStringLiteral("--db"),
                        databasePath});
        return process;
    }

    int syncToEnd(const QUrl& base, const QString& databasePath, QString* errorOutput)
    {
        QProcess* process = startSync(base, databasePath, this);
        process->waitForFinished(600000);
        *errorOutput = QString::fromUtf8(process->readAllStandardError());
        const int code = process->exitCode();
        delete process;
        return code;
    }

private Q_SLOTS:
    void secondRoundCatchesUpWithTheCrm_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("chatnation") << QStringLiteral("chatnation");
        QTest::newRow("voll") << QStringLiteral("voll");
    }

    void secondRoundCatchesUpWithTheCrm()
    {
        QFETCH(QString, tenant);
        crmlens::sim::SimulatorProcess simulator;
        simulator.start({QStringLiteral("--contacts"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("21"),
                         QStringLiteral("--tenant"), tenant, QStringLiteral("--rate-limit"), QStringLiteral("0")},
                        kKey, executablePath(QStringLiteral("crmlens-sim")));
        QVERIFY(simulator.waitUntilReady(60000));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));

        QString err;
        QCOMPARE(syncToEnd(simulator.baseUrl(), db, &err), 0);
        QVERIFY2(err.contains(QStringLiteral("complete")), qPrintable(err));
        QStringList problems = differences(db, truthOf(simulator.baseUrl()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // A day and a half later the CRM has new, changed and deleted contacts and new messages.
        control(simulator.baseUrl(), "POST", QStringLiteral("/_sim/advance?seconds=129600"));
        const Truth later = truthOf(simulator.baseUrl());
        QCOMPARE(syncToEnd(simulator.baseUrl(), db, &err), 0);
        problems = differences(db, later);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        StoreView store(db);
        QVERIFY2(store.count(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")) > 0,
                 "the advanced workspace deletes contacts; the second round must record it");

        QProcess status;
        status.start(executablePath(QStringLiteral("crmlens-cli")), {QStringLiteral("status"), QStringLiteral("--db"), db});
        QVERIFY(status.waitForFinished(60000));
        QCOMPARE(status.exitCode(), 0);
        const QString statusText = QString::fromUtf8(status.readAllStandardOutput());
        QVERIFY2(statusText.contains(QStringLiteral("%1 alive").arg(later.alive.size())), qPrintable(statusText));
    }

    void killedAtRandomMomentsEndsCompleteAndIntact()
    {
        // Paced so a full sync takes several seconds, leaving room to kill it in every phase.
        crmlens::sim::SimulatorProcess simulator;
        simulator.start({QStringLiteral("--contacts"), QStringLiteral("1200"), QStringLiteral("--seed"),
                         QStringLiteral("33"), QStringLiteral("--rate-limit"), QStringLiteral("6000")},
                        kKey, executablePath(QStringLiteral("crmlens-sim")));
        QVERIFY(simulator.waitUntilReady(60000));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill moments seeded with %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        for (int attempt = 0; attempt < 8; ++attempt) {
            QProcess* process = startSync(simulator.baseUrl(), db, this);
            QVERIFY(process->waitForStarted(30000));
            const int killAfterMs = 150 + random.bounded(2500);
            if (process->waitForFinished(killAfterMs)) {
                delete process;
                break; // finished before the kill: nothing left to interrupt
            }
            process->kill(); // SIGKILL: no chance to commit anything more
            process->waitForFinished(10000);
            ++kills;
            delete process;
            StoreView store(db);
            const QString integrity = store.integrity();
            QVERIFY2(integrity == QLatin1String("ok") || integrity.startsWith(QLatin1String("(query failed")),
                     qPrintable(QStringLiteral("after kill %1 at %2 ms: %3").arg(attempt).arg(killAfterMs).arg(integrity)));
        }
        qInfo("killed %d times", kills);
        QVERIFY2(kills >= 3, "the sync must be interrupted several times for this test to mean anything");
        QString err;
        QCOMPARE(syncToEnd(simulator.baseUrl(), db, &err), 0);
        const QStringList problems = differences(db, truthOf(simulator.baseUrl()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_CliSync.moc"
