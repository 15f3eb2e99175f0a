#include "tests/core/metrics/MetricsTestStore.h"
#include "tests/support/TestFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace crmlens;
using namespace crmlens::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& arguments)
{
    QProcess p;
    p.start(executablePath(QStringLiteral("crmlens-cli")), QStringList{QStringLiteral("metrics")} + arguments);
    if (!p.waitForFinished(60000))
        qFatal("crmlens-cli metrics did not finish");
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class tst_MetricsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheDocument();
    void filtersAndSettings();
    void periodWithoutDataGivesZerosAndNulls();
    void refusals_data();
    void refusals();
    void summaryWithoutJson();

private:
    QStringList base() const
    {
        return {QStringLiteral("--db"),       m_store.path(),         QStringLiteral("--from"),
                QStringLiteral("2026-03-10"), QStringLiteral("--to"), QStringLiteral("2026-03-12"),
                QStringLiteral("--tz"),       QStringLiteral("UTC")};
    }

    MetricsTestStore m_store;
};

void tst_MetricsCommand::initTestCase()
{
    const QString created = QStringLiteral("2026-01-05T00:00:00Z");
    m_store.contactsPass(
        {contact(QStringLiteral("a1"), created, QStringLiteral("open"), QStringLiteral("amina"),
                 {{QStringLiteral("source"), QStringLiteral("website")}}),
         contact(QStringLiteral("a2"), created, QStringLiteral("open"), QStringLiteral("baraka"),
                 {{QStringLiteral("source"), QStringLiteral("instagram")}}, QStringLiteral("+2348031234567"))});
    m_store.messages(QStringLiteral("a1"), {inbound(QStringLiteral("m1"), QStringLiteral("2026-03-10T09:00:00Z")),
                                            reply(QStringLiteral("m2"), QStringLiteral("2026-03-10T09:01:00Z"))});
    m_store.messages(QStringLiteral("a2"), {inbound(QStringLiteral("m3"), QStringLiteral("2026-03-11T09:00:00Z")),
                                            reply(QStringLiteral("m4"), QStringLiteral("2026-03-11T09:10:00Z"))});
    api::Campaign c = campaign(QStringLiteral("k1"), QStringLiteral("Promo"), QStringLiteral("completed"),
                               QStringLiteral("2026-03-10T08:00:00Z"));
    m_store.campaign(c, report(QStringLiteral("k1"), 10, 8, 4, 2, 2));
}

void tst_MetricsCommand::printsTheDocument()
{
    const Run run = cli(base() << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(
        run.out.startsWith("{\"period\": {\"from\": \"2026-03-10\", \"to\": \"2026-03-12\"}, \"timezone\": \"UTC\", "
                           "\"as_of\": \"2026-03-12T00:00:00Z\", \"executive\": "));
    const QJsonObject engagement = doc.value(QLatin1String("engagement")).toObject();
    QCOMPARE(engagement.value(QLatin1String("response_rate_pct")).toDouble(), 100.0);
    QCOMPARE(engagement.value(QLatin1String("median_response_time_s")).toDouble(), 60.0);
    QCOMPARE(engagement.value(QLatin1String("sla_met_pct")).toDouble(), 50.0);
    QCOMPARE(doc.value(QLatin1String("executive")).toObject().value(QLatin1String("total_contacts")).toInt(), 2);
    QCOMPARE(doc.value(QLatin1String("campaigns")).toObject().value(QLatin1String("campaigns")).toArray().size(), 1);
    QCOMPARE(doc.value(QLatin1String("leads")).toArray().size(), 2);
}

void tst_MetricsCommand::filtersAndSettings()
{
    Run run =
        cli(base() << QStringLiteral("--segment") << QStringLiteral("source=website") << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QLatin1String("executive")).toObject().value(QLatin1String("total_contacts")).toInt(), 1);
    QCOMPARE(doc.value(QLatin1String("engagement")).toObject().value(QLatin1String("sla_met_pct")).toDouble(), 100.0);

    run = cli(base() << QStringLiteral("--operator") << QStringLiteral("baraka") << QStringLiteral("--country")
                     << QStringLiteral("ng") << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QLatin1String("executive")).toObject().value(QLatin1String("total_contacts")).toInt(), 1);
    QCOMPARE(doc.value(QLatin1String("engagement")).toObject().value(QLatin1String("sla_met_pct")).toDouble(), 0.0);

    run =
        cli(base() << QStringLiteral("--cost-per-message") << QStringLiteral("0.5") << QStringLiteral("--sla")
                   << QStringLiteral("600") << QStringLiteral("--as-of") << QStringLiteral("2026-03-11T12:00:00+03:00")
                   << QStringLiteral("--segment-key") << QStringLiteral("source") << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-03-11T09:00:00Z"));
    QCOMPARE(doc.value(QLatin1String("engagement")).toObject().value(QLatin1String("sla_met_pct")).toDouble(), 100.0);
    const QJsonObject roi =
        doc.value(QLatin1String("campaigns")).toObject().value(QLatin1String("roi")).toArray().first().toObject();
    QCOMPARE(roi.value(QLatin1String("cost")).toDouble(), 5.0);
    QCOMPARE(roi.value(QLatin1String("roi")).toDouble(), 0.0);
}

void tst_MetricsCommand::periodWithoutDataGivesZerosAndNulls()
{
    const Run run = cli({QStringLiteral("--db"), m_store.path(), QStringLiteral("--from"), QStringLiteral("2031-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2031-01-03"), QStringLiteral("--tz"),
                         QStringLiteral("Africa/Nairobi"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains("nan") && !run.out.contains("inf"));
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    const QJsonObject engagement = doc.value(QLatin1String("engagement")).toObject();
    QVERIFY(engagement.value(QLatin1String("response_rate_pct")).isNull());
    QVERIFY(engagement.value(QLatin1String("avg_response_time_s")).isNull());
    QCOMPARE(engagement.value(QLatin1String("message_volume")).toArray().size(), 2);
    const QJsonObject exec = doc.value(QLatin1String("executive")).toObject();
    QCOMPARE(exec.value(QLatin1String("new_contacts")).toInt(), 0);
    QCOMPARE(exec.value(QLatin1String("growth_rate_pct")).toDouble(), 0.0);
    QVERIFY(doc.value(QLatin1String("campaigns"))
                .toObject()
                .value(QLatin1String("overall"))
                .toObject()
                .value(QLatin1String("reply_rate_pct"))
                .isNull());
}

void tst_MetricsCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown segment key") << QStringList{QStringLiteral("--segment-key"), QStringLiteral("colour")}
                                         << QStringLiteral("Unknown segment key 'colour'");
    QTest::newRow("unknown segment filter key")
        << QStringList{QStringLiteral("--segment"), QStringLiteral("colour=red")}
        << QStringLiteral("Unknown segment key 'colour'");
    QTest::newRow("segment without a value") << QStringList{QStringLiteral("--segment"), QStringLiteral("source")}
                                             << QStringLiteral("--segment needs KEY=VALUE");
    QTest::newRow("unknown zone") << QStringList{QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")}
                                  << QStringLiteral("Unknown time zone");
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("--as-of"), QStringLiteral("yesterday")}
                               << QStringLiteral("--as-of needs");
    QTest::newRow("negative cost") << QStringList{QStringLiteral("--cost-per-message"), QStringLiteral("-1")}
                                   << QStringLiteral("--cost-per-message");
}

void tst_MetricsCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(base() + arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const Run missing = cli({QStringLiteral("--db"), m_store.path() + QStringLiteral(".nowhere"),
                             QStringLiteral("--from"), QStringLiteral("2026-03-10"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-12"), QStringLiteral("--json")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("There is no store")));
    const Run backwards = cli({QStringLiteral("--db"), m_store.path(), QStringLiteral("--from"),
                               QStringLiteral("2026-03-12"), QStringLiteral("--to"), QStringLiteral("2026-03-10")});
    QCOMPARE(backwards.exitCode, 2);
}

void tst_MetricsCommand::summaryWithoutJson()
{
    const Run run = cli(base());
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("Response rate:   100.0%")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Contacts:        2")));
}

QTEST_GUILESS_MAIN(tst_MetricsCommand)
#include "tst_MetricsCommand.moc"
