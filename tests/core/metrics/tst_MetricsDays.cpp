#include "tests/core/metrics/MetricsTestStore.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

class tst_MetricsDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void londonSpringForward();
    void saoPauloMidnightGap();
    void periodBoundsAreLocalMidnights();
    void presets_data();
    void presets();
    void previousPeriod();
};

void tst_MetricsDays::londonSpringForward()
{
    // 2026-03-29 in London is 23 hours long: 00:00 GMT to 23:00 UTC (midnight BST).
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("g"), QStringLiteral("2026-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("g"),
               {inbound(QStringLiteral("1"), QStringLiteral("2026-03-28T23:59:00Z")), // 03-28 23h
                inbound(QStringLiteral("2"), QStringLiteral("2026-03-29T00:30:00Z")), // 03-29 00h GMT
                inbound(QStringLiteral("3"), QStringLiteral("2026-03-29T01:30:00Z")), // 03-29 02h BST
                inbound(QStringLiteral("4"), QStringLiteral("2026-03-29T22:59:00Z")), // 03-29 23h BST
                inbound(QStringLiteral("5"), QStringLiteral("2026-03-29T23:30:00Z")), // 03-30 00h BST
                reply(QStringLiteral("6"), QStringLiteral("2026-03-30T23:00:00Z"))}); // 03-31 00h
    const EngagementSection e = s.compute(periodQuery(QStringLiteral("2026-03-28"), QStringLiteral("2026-03-31"),
                                                      QStringLiteral("Europe/London")))
                                    .engagement;
    QCOMPARE(e.messageVolume.size(), 3);
    QCOMPARE(e.messageVolume[0].inbound, qint64(1));
    QCOMPARE(e.messageVolume[1].inbound, qint64(3));
    QCOMPARE(e.messageVolume[2].inbound, qint64(1));
    QCOMPARE(e.figures.outbound, qint64(0)); // 23:00 UTC on 03-30 is already 03-31 in London
    std::array<qint64, 24> hours{};
    hours[23] = 2;
    hours[0] = 2;
    hours[2] = 1;
    QCOMPARE(e.peakHours, hours);
    QCOMPARE(e.activityHeatmap[5][23], qint64(1)); // Saturday
    QCOMPARE(e.activityHeatmap[6][0], qint64(1));  // Sunday 00:30 GMT
    QCOMPARE(e.activityHeatmap[6][2], qint64(1));  // Sunday 02:30 BST
    QCOMPARE(e.activityHeatmap[0][0], qint64(1));  // Monday 00:30 BST
}

void tst_MetricsDays::saoPauloMidnightGap()
{
    // 2018-11-04 began at 01:00 (−2), 03:00 UTC: 02:59 UTC is still 11-03 (23:59 at −3).
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("b"), QStringLiteral("2018-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("b"), {inbound(QStringLiteral("1"), QStringLiteral("2018-11-04T02:59:00Z")),
                                     inbound(QStringLiteral("2"), QStringLiteral("2018-11-04T03:00:00Z")),
                                     inbound(QStringLiteral("3"), QStringLiteral("2018-11-05T01:59:00Z"))});
    const EngagementSection e = s.compute(periodQuery(QStringLiteral("2018-11-03"), QStringLiteral("2018-11-05"),
                                                      QStringLiteral("America/Sao_Paulo")))
                                    .engagement;
    QCOMPARE(e.messageVolume.size(), 2);
    QCOMPARE(e.messageVolume[0].inbound, qint64(1));
    QCOMPARE(e.messageVolume[1].inbound, qint64(2));
    QCOMPARE(e.peakHours[23], qint64(2)); // 23:59 at −3 and 23:59 at −2
    QCOMPARE(e.peakHours[1], qint64(1));
}

void tst_MetricsDays::periodBoundsAreLocalMidnights()
{
    // In Nairobi (+3) the period [11-26, 11-27) runs from 11-25 21:00 to 11-26 21:00 UTC.
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("n"), QStringLiteral("2026-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("n"), {inbound(QStringLiteral("1"), QStringLiteral("2026-11-25T20:59:59Z")),
                                     inbound(QStringLiteral("2"), QStringLiteral("2026-11-25T21:00:00Z")),
                                     inbound(QStringLiteral("3"), QStringLiteral("2026-11-26T20:59:59Z")),
                                     inbound(QStringLiteral("4"), QStringLiteral("2026-11-26T21:00:00Z"))});
    const MetricsSnapshot snap = s.compute(
        periodQuery(QStringLiteral("2026-11-26"), QStringLiteral("2026-11-27"), QStringLiteral("Africa/Nairobi")));
    QCOMPARE(snap.engagement.figures.inbound, qint64(2));
    QCOMPARE(snap.asOf, QDateTime::fromString(QStringLiteral("2026-11-26T21:00:00Z"), Qt::ISODate));
    QCOMPARE(snap.timezone, QStringLiteral("Africa/Nairobi"));
}

void tst_MetricsDays::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // Relative to 2026-05-14.
    QTest::newRow("today") << int(Period::Preset::Today) << QDate(2026, 5, 14) << QDate(2026, 5, 15);
    QTest::newRow("7 days") << int(Period::Preset::Last7Days) << QDate(2026, 5, 8) << QDate(2026, 5, 15);
    QTest::newRow("30 days") << int(Period::Preset::Last30Days) << QDate(2026, 4, 15) << QDate(2026, 5, 15);
    QTest::newRow("90 days") << int(Period::Preset::Last90Days) << QDate(2026, 2, 14) << QDate(2026, 5, 15);
    QTest::newRow("this month") << int(Period::Preset::ThisMonth) << QDate(2026, 5, 1) << QDate(2026, 5, 15);
    QTest::newRow("last month") << int(Period::Preset::LastMonth) << QDate(2026, 4, 1) << QDate(2026, 5, 1);
    QTest::newRow("quarter") << int(Period::Preset::ThisQuarter) << QDate(2026, 4, 1) << QDate(2026, 5, 15);
    QTest::newRow("year") << int(Period::Preset::ThisYear) << QDate(2026, 1, 1) << QDate(2026, 5, 15);
}

void tst_MetricsDays::presets()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const Period p = Period::preset(Period::Preset(preset), QDate(2026, 5, 14));
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, to);
    QVERIFY(p.isValid());
    QVERIFY(!Period::preset(Period::Preset::Custom, QDate(2026, 5, 14)).isValid());
    QCOMPARE(Period::presetFromName(QStringLiteral("30d")), std::optional(Period::Preset::Last30Days));
    QVERIFY(!Period::presetFromName(QStringLiteral("fortnight")).has_value());
}

void tst_MetricsDays::previousPeriod()
{
    const Period p{QDate(2026, 3, 1), QDate(2026, 4, 1)};
    QCOMPARE(p.days(), qint64(31));
    QCOMPARE(p.previous(), (Period{QDate(2026, 1, 29), QDate(2026, 3, 1)}));
}

QTEST_GUILESS_MAIN(tst_MetricsDays)
#include "tst_MetricsDays.moc"
