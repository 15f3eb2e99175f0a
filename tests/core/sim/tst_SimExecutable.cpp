// The crmlens-sim executable as its users start it: first line, options, signals, --dump.
#include "tests/core/sim/tst_SimServerSupport.h"
#include "tests/support/TestFixtures.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens::test::sim;

namespace {

const QStringList kSmall{QStringLiteral("--contacts"), QStringLiteral("200"),   QStringLiteral("--days"),
                         QStringLiteral("30"),         QStringLiteral("--now"), QStringLiteral("2026-03-01T12:00:00Z")};

QString simulator()
{
    return crmlens::test::executablePath(QStringLiteral("crmlens-sim"));
}

} // namespace

class tst_SimExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(simulator()).isExecutable(), qPrintable(simulator())); }

    void printsItsUrlFirstAndServes()
    {
        QProcess process;
        process.start(simulator(), kSmall + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                        QStringLiteral("--api-key"), QStringLiteral("exe-key")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        while (!out.contains('\n') && process.waitForReadyRead(30000))
            out += process.readAllStandardOutput();
        const QString firstLine = QString::fromUtf8(out.left(out.indexOf('\n')));
        const QRegularExpression form(QStringLiteral("^http://127\\.0\\.0\\.1:(\\d+)$"));
        const QRegularExpressionMatch match = form.match(firstLine);
        QVERIFY2(match.hasMatch(), qPrintable(firstLine));
        QVERIFY(match.captured(1).toInt() > 0);

        const QUrl base(firstLine);
        const HttpResult state = get(base, QStringLiteral("/_sim/state"), "exe-key");
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json().value(QLatin1String("now")).toString(), QStringLiteral("2026-03-01T12:00:00Z"));
        QVERIFY(state.json().value(QLatin1String("counts")).toObject().value(QLatin1String("contacts")).toInt() > 0);
        const HttpResult contacts = get(base, QStringLiteral("/crm/chat?limit=5"), "exe-key");
        QCOMPARE(contacts.status, 200);
        QCOMPARE(contacts.json().value(QLatin1String("data")).toArray().size(), 5);
        QCOMPARE(contacts.header("X-RateLimit-Limit"), QByteArray("60"));
        QCOMPARE(get(base, QStringLiteral("/crm/chat"), "wrong").status, 401);

        // SIGTERM ends it cleanly.
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void helpAndVersion()
    {
        QProcess process;
        process.start(simulator(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("crmlens-sim "));
        process.start(simulator(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char* option : {"--port",        "--tenant",         "--rate-limit",   "--faults",
                                   "--fault-rate",  "--fault-seed",     "--hang-seconds", "--live",
                                   "--now",         "--speed",          "--message-lag",  "--seed",
                                   "--contacts",    "--days",           "--campaigns",    "--messages-per-contact",
                                   "--webhook-url", "--webhook-secret", "--dump",         "--api-key"})
            QVERIFY2(help.contains(option), option);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("tenant") << QStringList{QStringLiteral("--tenant"), QStringLiteral("acme")}
                                << QStringLiteral("--tenant");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port");
        QTest::newRow("rate") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("fast")}
                              << QStringLiteral("--rate-limit");
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("5xx,fire")}
                                << QStringLiteral("fire");
        QTest::newRow("fault rate") << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("1.5")}
                                    << QStringLiteral("--fault-rate");
        QTest::newRow("now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")}
                             << QStringLiteral("--now");
        QTest::newRow("lag") << QStringList{QStringLiteral("--message-lag"), QStringLiteral("60-30")}
                             << QStringLiteral("--message-lag");
        QTest::newRow("remote webhook") << QStringList{QStringLiteral("--webhook-url"),
                                                       QStringLiteral("https://example.com/h"),
                                                       QStringLiteral("--webhook-secret"), QStringLiteral("s")}
                                        << QStringLiteral("loopback");
        QTest::newRow("unsigned webhook")
            << QStringList{QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:9/h")}
            << QStringLiteral("--webhook-secret");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("serve")} << QStringLiteral("serve");
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.start(simulator(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QVERIFY2(error.startsWith(QLatin1String("crmlens-sim: ")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void dumpsAndExits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dump.json"));
        QProcess process;
        process.start(simulator(), kSmall + QStringList{QStringLiteral("--tenant"), QStringLiteral("voll"),
                                                        QStringLiteral("--dump"), path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject dump = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(dump.value(QLatin1String("now")).toString(), QStringLiteral("2026-03-01T12:00:00Z"));
        QCOMPARE(dump.value(QLatin1String("tenant")).toString(), QStringLiteral("voll"));
        const QJsonArray contacts = dump.value(QLatin1String("contacts")).toArray();
        QVERIFY(contacts.size() > 50);
        QCOMPARE(dump.value(QLatin1String("counts")).toObject().value(QLatin1String("contacts")).toInt(),
                 contacts.size());
        // Every contact has every field, created_at included.
        for (const QJsonValue& v : contacts) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QLatin1String("chat_id")).isString());
            QVERIFY(c.value(QLatin1String("created_at")).isString());
            QVERIFY(c.contains(QLatin1String("operator")));
            QVERIFY(c.value(QLatin1String("custom_fields")).isObject());
            QVERIFY(c.value(QLatin1String("messages")).isArray());
        }
        // The same seed dumps the same state.
        const QString again = dir.filePath(QStringLiteral("again.json"));
        process.start(simulator(), kSmall + QStringList{QStringLiteral("--tenant"), QStringLiteral("voll"),
                                                        QStringLiteral("--dump"), again});
        QVERIFY(process.waitForFinished(60000));
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QVERIFY(file.seek(0));
        QCOMPARE(second.readAll(), file.readAll());
    }
};

QTEST_GUILESS_MAIN(tst_SimExecutable)
#include "tst_SimExecutable.moc"
