#include "core/metrics/JsonWriter.h"
#include "core/metrics/MetricsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace crmlens::metrics;

class tst_MetricsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubles_data();
    void doubles();
    void stringsAreEscaped();
    void documentShape();
    void emptySnapshotIsValidWithNulls();
};

void tst_MetricsJson::doubles_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integral keeps a fraction") << 43.0 << QByteArray("43.0");
    QTest::newRow("zero") << 0.0 << QByteArray("0.0");
    QTest::newRow("shortest round trip") << 0.1 << QByteArray("0.1");
    QTest::newRow("full precision") << 2.0 / 3.0 << QByteArray("0.6666666666666666");
    QTest::newRow("negative") << -12.5 << QByteArray("-12.5");
    QTest::newRow("large") << 1e21 << QByteArray("1e+21");
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << QByteArray("null");
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QByteArray("null");
}

void tst_MetricsJson::doubles()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(JsonWriter::formatDouble(value), text);
    if (std::isfinite(value))
        QCOMPARE(text.toDouble(), value);
}

void tst_MetricsJson::stringsAreEscaped()
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("name")).value(QStringLiteral("Quote \" back \\ tab\t nl\n bell\x07 Swahili ñ 😀"));
    w.key(QStringLiteral("none")).value(QString());
    w.key(QStringLiteral("list"));
    w.beginArray();
    w.value(qint64(1));
    w.value(true);
    w.null();
    w.endArray();
    w.endObject();
    const QByteArray out = w.take();
    QCOMPARE(out, QByteArray("{\"name\": \"Quote \\\" back \\\\ tab\\t nl\\n bell\\u0007 Swahili ñ 😀\", "
                             "\"none\": null, \"list\": [1, true, null]}"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("name")).toString(),
             QStringLiteral("Quote \" back \\ tab\t nl\n bell\x07 Swahili ñ 😀"));
}

void tst_MetricsJson::documentShape()
{
    MetricsSnapshot s;
    s.period = Period{QDate(2026, 10, 27), QDate(2026, 11, 26)};
    s.timezone = QStringLiteral("Africa/Nairobi");
    s.asOf = QDateTime::fromString(QStringLiteral("2026-11-25T21:00:00Z"), Qt::ISODate);
    s.executive.totalContacts = 1510;
    s.executive.contactGrowth << MonthGrowth{QStringLiteral("2026-11"), 194, 1510};
    s.executive.sourceDistribution << qMakePair(QStringLiteral("(none)"), qint64(27));
    s.executive.churnTrackedSince = QDate(2026, 11, 25);
    s.campaigns.roi << RoiRow{QStringLiteral("camp_003"), 0.0, 33302.0, std::nullopt};
    s.campaigns.abTests << AbTest{
        QStringLiteral("Promo Ramadan"),
        {AbVariant{QStringLiteral("A"), {QStringLiteral("camp_032")}, 73, 15, 15.0 / 73 * 100}},
        0.1,
        QString()};
    s.engagement.responseTimeHistogram << HistogramBucket{QStringLiteral("lt_1m"), 50, 3.76};
    s.engagement.messageVolume << DayVolume{QDate(2026, 10, 27), 59, 42};
    s.segmentation.key = QStringLiteral("source");
    s.leads << LeadRow{QStringLiteral("chat_01396"), 99, 29.42, 30.0, 20.0, 20.0, true};
    s.atRisk << AtRiskRow{QStringLiteral("chat_00036"), 124.55, 0, {}, QStringLiteral("check-in message")};
    s.anomalies << Anomaly{
        QStringLiteral("inbound_messages"), QDate(2026, 10, 29), 98, true, 43.0, QStringLiteral("up")};
    const QByteArray out = MetricsJson::write(s);

    // Keys in the order METRICS.md shows them.
    const QList<QByteArray> order{"\"period\"",     "\"timezone\"",     "\"as_of\"", "\"executive\"", "\"campaigns\"",
                                  "\"engagement\"", "\"segmentation\"", "\"leads\"", "\"at_risk\"",   "\"anomalies\""};
    qsizetype at = -1;
    for (const QByteArray& key : order) {
        const qsizetype next = out.indexOf(key);
        QVERIFY2(next > at, key.constData());
        at = next;
    }
    QVERIFY(out.startsWith("{\"period\": {\"from\": \"2026-10-27\", \"to\": \"2026-11-26\"}, \"timezone\": "
                           "\"Africa/Nairobi\", \"as_of\": \"2026-11-25T21:00:00Z\", \"executive\": "
                           "{\"total_contacts\": 1510, \"new_contacts\": 0, \"new_contacts_prev\": 0, "
                           "\"growth_rate_pct\": null, "));
    QVERIFY(out.contains("\"contact_growth\": [{\"month\": \"2026-11\", \"new\": 194, \"total\": 1510}]"));
    QVERIFY(out.contains("\"source_distribution\": {\"(none)\": 27}, \"response_rate_pct\": null, "
                         "\"churn_tracked_since\": \"2026-11-25\", \"contacts_without_creation_time\": 0}"));
    QVERIFY(out.contains("\"roi\": [{\"campaign_id\": \"camp_003\", \"cost\": 0.0, \"attributed_revenue\": 33302.0, "
                         "\"roi\": null}]"));
    QVERIFY(
        out.contains("\"variants\": [{\"variant\": \"A\", \"campaign_ids\": [\"camp_032\"], \"delivered\": 73, "
                     "\"replied\": 15, \"reply_rate_pct\": 20.54794520547945}], \"p_value\": 0.1, \"winner\": null}"));
    QVERIFY(out.contains("\"response_time_histogram\": {\"lt_1m\": {\"count\": 50, \"pct\": 3.76}}"));
    QVERIFY(out.contains("\"message_volume\": [{\"day\": \"2026-10-27\", \"inbound\": 59, \"outbound\": 42}]"));
    QVERIFY(out.contains("\"leads\": [{\"chat_id\": \"chat_01396\", \"score\": 99, \"recency\": 29.42, "
                         "\"engagement\": 30.0, \"responsiveness\": 20.0, \"profile\": 20.0, \"hot\": true}]"));
    QVERIFY(
        out.contains("\"at_risk\": [{\"chat_id\": \"chat_00036\", \"days_since_last_inbound\": 124.55, "
                     "\"health_score\": 0, \"risk_indicators\": [], \"recommended_action\": \"check-in message\"}]"));
    QVERIFY(out.contains("\"anomalies\": [{\"metric\": \"inbound_messages\", \"day\": \"2026-10-29\", \"value\": 98, "
                         "\"expected\": 43.0, \"direction\": \"up\"}]}"));
    QJsonParseError error;
    QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void tst_MetricsJson::emptySnapshotIsValidWithNulls()
{
    MetricsSnapshot s;
    s.period = Period{QDate(2030, 1, 1), QDate(2030, 1, 2)};
    s.timezone = QStringLiteral("UTC");
    s.asOf = QDateTime::fromString(QStringLiteral("2030-01-02T00:00:00.250Z"), Qt::ISODateWithMs);
    const QByteArray out = MetricsJson::write(s);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QLatin1String("as_of")).toString(), QStringLiteral("2030-01-02T00:00:00.250Z"));
    QVERIFY(doc.value(QLatin1String("executive")).toObject().value(QLatin1String("churn_tracked_since")).isNull());
    const QJsonObject engagement = doc.value(QLatin1String("engagement")).toObject();
    for (const char* key : {"response_rate_pct", "sla_met_pct", "avg_response_time_s", "median_response_time_s",
                            "p90_response_time_s", "messages_per_conversation", "inbound_outbound_ratio"})
        QVERIFY2(engagement.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(engagement.value(QLatin1String("peak_hours")).toArray().size(), 24);
    QCOMPARE(engagement.value(QLatin1String("activity_heatmap")).toArray().size(), 7);
    QCOMPARE(engagement.value(QLatin1String("activity_heatmap")).toArray().at(6).toArray().size(), 24);
    QVERIFY(!out.contains("nan") && !out.contains("inf"));
}

QTEST_GUILESS_MAIN(tst_MetricsJson)
#include "tst_MetricsJson.moc"
