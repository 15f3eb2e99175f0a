// crmlens-cli check against the real crmlens-sim executable on loopback.
#include "core/sim/SimulatorProcess.h"
#include "tests/support/TestFixtures.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using crmlens::test::executablePath;

class TestCliCheck : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run check(const QStringList& arguments, const QString& key)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRMLENS_API_KEY"), key);
        process.setProcessEnvironment(environment);
        process.start(executablePath(QStringLiteral("crmlens-cli")), QStringList{QStringLiteral("check")} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The simulator's own account of what it holds, read without the client under test.
    static QJsonObject simulatorCounts(const QUrl& base, const QByteArray& key)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/_sim/state"))));
        request.setRawHeader("API-KEY", key);
        QNetworkReply* reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("counts")).toObject();
    }

private Q_SLOTS:
    void reportsWhatTheCrmHolds_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("chatnation") << QStringLiteral("chatnation");
        QTest::newRow("voll") << QStringLiteral("voll");
    }

    void reportsWhatTheCrmHolds()
    {
        QFETCH(QString, tenant);
        crmlens::sim::SimulatorProcess simulator;
        simulator.start({QStringLiteral("--contacts"), QStringLiteral("400"), QStringLiteral("--seed"),
                         QStringLiteral("11"), QStringLiteral("--tenant"), tenant, QStringLiteral("--rate-limit"),
                         QStringLiteral("120")},
                        QStringLiteral("e2e-key"), executablePath(QStringLiteral("crmlens-sim")));
        QVERIFY(simulator.waitUntilReady(60000));
        const QJsonObject counts = simulatorCounts(simulator.baseUrl(), "e2e-key");
        QVERIFY(counts.value(QStringLiteral("contacts")).toInt() > 0);

        const Run result = check({QStringLiteral("--url"), simulator.baseUrl().toString()}, QStringLiteral("e2e-key"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Contacts:      %1\n").arg(counts.value(QStringLiteral("contacts")).toInt())),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Campaigns:     %1\n").arg(counts.value(QStringLiteral("campaigns")).toInt())),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Custom fields: 5\n")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("120 requests per minute (announced by the CRM)")), qPrintable(result.out));
    }

    void wrongKeyIsNamedAndNeverEchoed()
    {
        crmlens::sim::SimulatorProcess simulator;
        simulator.start({QStringLiteral("--contacts"), QStringLiteral("50")}, QStringLiteral("right-key"),
                        executablePath(QStringLiteral("crmlens-sim")));
        QVERIFY(simulator.waitUntilReady(60000));
        const QString wrongKey = QStringLiteral("wrong-key-5f3a9c");
        const Run result = check({QStringLiteral("--url"), simulator.baseUrl().toString()}, wrongKey);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("rejected the API key")), qPrintable(result.err));
        QVERIFY(!result.err.contains(wrongKey));
        QVERIFY(!result.out.contains(wrongKey));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_CliCheck.moc"
