// Every executable answers --version and --help, and refuses what it cannot do in one clear line.
#include "Version.h"
#include "tests/support/TestFixtures.h"

#include <QProcess>
#include <QTest>

using crmlens::test::executablePath;

class TestExecutables : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("CRMLENS_API_KEY"));
        process.setProcessEnvironment(environment);
        process.start(executablePath(program), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("helpMentions");
        QTest::newRow("crmlens") << QStringLiteral("crmlens") << QStringLiteral("--demo");
        QTest::newRow("crmlens-cli") << QStringLiteral("crmlens-cli") << QStringLiteral("check");
        QTest::newRow("crmlens-sim") << QStringLiteral("crmlens-sim") << QStringLiteral("--rate-limit");
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, helpMentions);
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), program + QLatin1Char(' ') + QString::fromLatin1(crmlens::kVersion));

        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(helpMentions), qPrintable(help.out));
    }

    void cliRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("Usage: crmlens-cli");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("no url") << QStringList{QStringLiteral("check")} << 2 << QStringLiteral("--url is required");
        QTest::newRow("plain http to a remote host")
            << QStringList{QStringLiteral("check"), QStringLiteral("--url"), QStringLiteral("http://crm.example.com")}
            << 2 << QStringLiteral("Plain http:// is only allowed to this computer");
        QTest::newRow("no key") << QStringList{QStringLiteral("check"), QStringLiteral("--url"),
                                               QStringLiteral("https://crm.example.com")}
                                << 2 << QStringLiteral("CRMLENS_API_KEY");
        QTest::newRow("bad rate limit")
            << QStringList{QStringLiteral("check"), QStringLiteral("--url"), QStringLiteral("https://crm.example.com"),
                           QStringLiteral("--rate-limit"), QStringLiteral("fast")}
            << 2 << QStringLiteral("--rate-limit");
    }

    void cliRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run result = run(QStringLiteral("crmlens-cli"), arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_Executables.moc"
