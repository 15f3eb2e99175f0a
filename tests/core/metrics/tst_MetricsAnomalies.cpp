#include "core/metrics/AnomalyMetrics.h"
#include "tests/core/metrics/MetricsTestStore.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

namespace {

using Series = std::vector<std::optional<double>>;

// 28 days alternating 3 and 5 (median 4, MAD 1, threshold 3 × 1.4826 = 4.4478), then the day judged.
Series alternating(std::optional<double> day)
{
    Series s;
    for (int i = 0; i < 28; ++i)
        s.push_back(i % 2 ? 5.0 : 3.0);
    s.push_back(day);
    return s;
}

// Inbound messages per day for chat "z", each answered 60 s later: 3 and 5 alternating from
// `first` to 03-04, 20 on 03-05 (a spike), 4 on 03-06. Periods end with 03-06: a silent 03-07
// would itself be a drop.
QList<api::Message> dailyInbound(const QString& chat, QDate first)
{
    QList<api::Message> out;
    int id = 0;
    for (QDate d = first; d <= QDate(2026, 3, 6); d = d.addDays(1)) {
        int n = first.daysTo(d) % 2 ? 5 : 3;
        if (d == QDate(2026, 3, 5))
            n = 20;
        if (d == QDate(2026, 3, 6))
            n = 4;
        for (int k = 0; k < n; ++k) {
            const QDateTime t(d, QTime(8 + k / 2, (k % 2) * 30), Qt::UTC);
            ++id;
            out << inbound(chat + QStringLiteral("_i%1").arg(id), t.toString(Qt::ISODate));
            out << reply(chat + QStringLiteral("_r%1").arg(id), t.addSecs(60).toString(Qt::ISODate));
        }
    }
    return out;
}

} // namespace

class tst_MetricsAnomalies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data();
    void judge();
    void inboundSpike();
    void seriesStartAtTheirFirstNonZeroDay();
    void deliveryRateAndNewContactSeries();
};

void tst_MetricsAnomalies::judge_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<bool>("anomalous");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("up");
    QTest::newRow("spike up") << alternating(16.0) << true << 4.0 << true;
    QTest::newRow("within 3 × 1.4826 × MAD") << alternating(8.4) << false << 0.0 << false;
    QTest::newRow("just beyond") << alternating(8.45) << true << 4.0 << true;
    QTest::newRow("drop") << alternating(-1.0) << true << 4.0 << false;
    QTest::newRow("no value that day") << alternating(std::nullopt) << false << 0.0 << false;

    Series flat(28, 10.0);
    flat.push_back(100.0);
    QTest::newRow("MAD 0 is never anomalous") << flat << false << 0.0 << false;

    Series sparse = alternating(16.0);
    for (int i = 0; i < 15; ++i)
        sparse[size_t(i)] = std::nullopt; // 13 values left
    QTest::newRow("fewer than 14 values") << sparse << false << 0.0 << false;
    Series fourteen = alternating(16.0);
    for (int i = 0; i < 14; ++i)
        fourteen[size_t(i)] = std::nullopt; // 14 values: 7 threes, 7 fives
    QTest::newRow("14 values are enough") << fourteen << true << 4.0 << true;

    // Only the 28 days before count: a huge value 29 days back changes nothing.
    Series longer(1, 1000.0);
    for (const std::optional<double>& v : alternating(16.0))
        longer.push_back(v);
    QTest::newRow("window of 28 days") << longer << true << 4.0 << true;
}

void tst_MetricsAnomalies::judge()
{
    QFETCH(Series, series);
    QFETCH(bool, anomalous);
    QFETCH(double, expected);
    QFETCH(bool, up);
    const auto verdict = AnomalyMetrics::judge(series, series.size() - 1);
    QCOMPARE(verdict.has_value(), anomalous);
    if (verdict) {
        QCOMPARE(verdict->expected, expected);
        QCOMPARE(verdict->up, up);
    }
}

void tst_MetricsAnomalies::inboundSpike()
{
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("z"), QStringLiteral("2025-06-01T00:00:00Z"))});
    s.messages(QStringLiteral("z"), dailyInbound(QStringLiteral("z"), QDate(2026, 1, 1)));
    const MetricsSnapshot snap = s.compute(periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-07")));
    // Response times are 60 s every day (MAD 0); no templates; one contact created long before.
    QCOMPARE(snap.anomalies.size(), 1);
    const Anomaly& a = snap.anomalies.first();
    QCOMPARE(a.metric, QStringLiteral("inbound_messages"));
    QCOMPARE(a.day, QDate(2026, 3, 5));
    QCOMPARE(a.value, 20.0);
    QVERIFY(a.integral);
    QCOMPARE(a.expected, 4.0);
    QCOMPARE(a.direction, QStringLiteral("up"));
}

void tst_MetricsAnomalies::seriesStartAtTheirFirstNonZeroDay()
{
    // Activity from 02-20: on 03-05 only 13 days (02-20 … 03-04) have values, not 28 zeros before them.
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("y"), QStringLiteral("2025-06-01T00:00:00Z"))});
    s.messages(QStringLiteral("y"), dailyInbound(QStringLiteral("y"), QDate(2026, 2, 20)));
    QVERIFY(s.compute(periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-07"))).anomalies.isEmpty());
    // A day later there would be 14 values; the spike is on 03-05, so nothing changes — but moving
    // the start one day earlier makes 03-05 judgeable.
    MetricsTestStore earlier;
    earlier.contactsPass({contact(QStringLiteral("y"), QStringLiteral("2025-06-01T00:00:00Z"))});
    earlier.messages(QStringLiteral("y"), dailyInbound(QStringLiteral("y"), QDate(2026, 2, 19)));
    const auto anomalies =
        earlier.compute(periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-07"))).anomalies;
    QCOMPARE(anomalies.size(), 1);
    QCOMPARE(anomalies.first().day, QDate(2026, 3, 5));
}

void tst_MetricsAnomalies::deliveryRateAndNewContactSeries()
{
    // Each day from 02-01: 4 templates, all delivered except 1 on odd days (75 % / 100 %: median
    // 87.5, MAD 12.5); 03-04 none delivered (0 %: |0 − 87.5| = 87.5 > 55.6 → down). New contacts:
    // 1 or 2 a day alternating, 9 on 03-06 (up).
    MetricsTestStore s;
    QList<api::Contact> contacts;
    QList<api::Message> sends;
    int n = 0;
    for (QDate d(2026, 2, 1); d <= QDate(2026, 3, 6); d = d.addDays(1)) {
        const int index = int(QDate(2026, 2, 1).daysTo(d));
        int created = index % 2 ? 2 : 1;
        if (d == QDate(2026, 3, 6))
            created = 9;
        for (int k = 0; k < created; ++k)
            contacts << contact(QStringLiteral("n%1").arg(++n),
                                QDateTime(d, QTime(9, k), Qt::UTC).toString(Qt::ISODate));
        for (int k = 0; k < 4; ++k) {
            const bool delivered = d == QDate(2026, 3, 4) ? false : !(index % 2 && k == 0);
            sends << templateSend(QStringLiteral("t%1_%2").arg(index).arg(k),
                                  QDateTime(d, QTime(10, k), Qt::UTC).toString(Qt::ISODate),
                                  delivered ? QStringLiteral("delivered") : QStringLiteral("sent"));
        }
    }
    s.contactsPass(contacts);
    s.messages(QStringLiteral("n1"), sends);
    const QList<Anomaly> anomalies =
        s.compute(periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-07"))).anomalies;
    QCOMPARE(anomalies.size(), 2);
    QCOMPARE(anomalies[0].metric, QStringLiteral("delivery_rate_pct"));
    QCOMPARE(anomalies[0].day, QDate(2026, 3, 4));
    QCOMPARE(anomalies[0].value, 0.0);
    QCOMPARE(anomalies[0].expected, 87.5);
    QCOMPARE(anomalies[0].direction, QStringLiteral("down"));
    QVERIFY(!anomalies[0].integral);
    QCOMPARE(anomalies[1].metric, QStringLiteral("new_contacts"));
    QCOMPARE(anomalies[1].day, QDate(2026, 3, 6));
    QCOMPARE(anomalies[1].value, 9.0);
    QCOMPARE(anomalies[1].expected, 1.5);
    QCOMPARE(anomalies[1].direction, QStringLiteral("up"));
}

QTEST_GUILESS_MAIN(tst_MetricsAnomalies)
#include "tst_MetricsAnomalies.moc"
