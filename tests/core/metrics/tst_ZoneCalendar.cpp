#include "core/metrics/ZoneCalendar.h"

#include <QDateTime>
#include <QTest>

using namespace crmlens::metrics;

namespace {

qint64 ms(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QTimeZone zone(const char* id)
{
    return QTimeZone(QByteArray(id));
}

} // namespace

class tst_ZoneCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startOfDay_data();
    void startOfDay();
    void dayLengths_data();
    void dayLengths();
    void hoursAndDaysOfInstants_data();
    void hoursAndDaysOfInstants();
    void outsideTheRangeIsNoDay();
    void longRangesAgreeWithSingleDays_data();
    void longRangesAgreeWithSingleDays();
};

void tst_ZoneCalendar::startOfDay_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QDate(2026, 3, 29) << ms("2026-03-29T00:00:00Z");
    QTest::newRow("Nairobi +3") << QStringLiteral("Africa/Nairobi") << QDate(2026, 11, 26)
                                << ms("2026-11-25T21:00:00Z");
    QTest::newRow("London spring-forward day")
        << QStringLiteral("Europe/London") << QDate(2026, 3, 29) << ms("2026-03-29T00:00:00Z");
    QTest::newRow("London day after spring-forward")
        << QStringLiteral("Europe/London") << QDate(2026, 3, 30) << ms("2026-03-29T23:00:00Z");
    // DST began at midnight: 00:00 did not exist, the day began at 01:00 local (−2), 03:00 UTC.
    QTest::newRow("Sao Paulo midnight gap")
        << QStringLiteral("America/Sao_Paulo") << QDate(2018, 11, 4) << ms("2018-11-04T03:00:00Z");
    // DST ended at midnight: 00:00 (−2) became 23:00 of the day before (−3); Feb 17 began at its only
    // midnight, 03:00 UTC, and the repeated hour belongs to Feb 16.
    QTest::newRow("Sao Paulo fall-back at midnight")
        << QStringLiteral("America/Sao_Paulo") << QDate(2019, 2, 17) << ms("2019-02-17T03:00:00Z");
    QTest::newRow("Kolkata +5:30") << QStringLiteral("Asia/Kolkata") << QDate(2026, 1, 1) << ms("2025-12-31T18:30:00Z");
    QTest::newRow("Kathmandu +5:45") << QStringLiteral("Asia/Kathmandu") << QDate(2026, 1, 1)
                                     << ms("2025-12-31T18:15:00Z");
}

void tst_ZoneCalendar::startOfDay()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(qint64, expected);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    QCOMPARE(ZoneCalendar::startOfDay(tz, date), expected);
    // The calendar built over a range agrees with the one-off computation.
    const ZoneCalendar cal(tz, date.addDays(-3), date.addDays(3));
    QCOMPARE(cal.startOf(date), expected);
}

void tst_ZoneCalendar::dayLengths_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("hours");
    QTest::newRow("London spring forward: 23 h") << QStringLiteral("Europe/London") << QDate(2026, 3, 29) << 23;
    QTest::newRow("London fall back: 25 h") << QStringLiteral("Europe/London") << QDate(2026, 10, 25) << 25;
    QTest::newRow("London ordinary day") << QStringLiteral("Europe/London") << QDate(2026, 6, 1) << 24;
    QTest::newRow("Sao Paulo spring forward at midnight: 23 h")
        << QStringLiteral("America/Sao_Paulo") << QDate(2018, 11, 4) << 23;
    QTest::newRow("Sao Paulo day before the fall-back: 25 h")
        << QStringLiteral("America/Sao_Paulo") << QDate(2019, 2, 16) << 25;
    QTest::newRow("Sao Paulo without DST since 2019")
        << QStringLiteral("America/Sao_Paulo") << QDate(2026, 11, 1) << 24;
}

void tst_ZoneCalendar::dayLengths()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(int, hours);
    const ZoneCalendar cal(QTimeZone(zone.toUtf8()), date, date);
    QCOMPARE(cal.dayCount(), 1);
    QCOMPARE(cal.dayStart(1) - cal.dayStart(0), qint64(hours) * 3600 * 1000);
}

void tst_ZoneCalendar::hoursAndDaysOfInstants_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hour");
    QTest::addColumn<int>("weekday");
    QTest::newRow("London before the jump")
        << QStringLiteral("Europe/London") << ms("2026-03-29T00:59:59Z") << QDate(2026, 3, 29) << 0 << 6;
    QTest::newRow("London after the jump")
        << QStringLiteral("Europe/London") << ms("2026-03-29T01:00:00Z") << QDate(2026, 3, 29) << 2 << 6;
    QTest::newRow("London late evening in summer time")
        << QStringLiteral("Europe/London") << ms("2026-03-29T22:30:00Z") << QDate(2026, 3, 29) << 23 << 6;
    QTest::newRow("London first minute of Monday")
        << QStringLiteral("Europe/London") << ms("2026-03-29T23:00:00Z") << QDate(2026, 3, 30) << 0 << 0;
    QTest::newRow("Nairobi evening belongs to the next UTC day")
        << QStringLiteral("Africa/Nairobi") << ms("2026-11-25T21:30:00Z") << QDate(2026, 11, 26) << 0 << 3;
    QTest::newRow("Kolkata half hour") << QStringLiteral("Asia/Kolkata") << ms("2026-01-01T04:29:59Z")
                                       << QDate(2026, 1, 1) << 9 << 3;
    QTest::newRow("Kolkata half hour later")
        << QStringLiteral("Asia/Kolkata") << ms("2026-01-01T04:30:00Z") << QDate(2026, 1, 1) << 10 << 3;
    QTest::newRow("Sao Paulo repeated hour belongs to the earlier day")
        << QStringLiteral("America/Sao_Paulo") << ms("2019-02-17T02:30:00Z") << QDate(2019, 2, 16) << 23 << 5;
}

void tst_ZoneCalendar::hoursAndDaysOfInstants()
{
    QFETCH(QString, zone);
    QFETCH(qint64, instant);
    QFETCH(QDate, day);
    QFETCH(int, hour);
    QFETCH(int, weekday);
    const ZoneCalendar cal(QTimeZone(zone.toUtf8()), day.addDays(-2), day.addDays(2));
    const int index = cal.dayIndex(instant);
    QCOMPARE(cal.date(index), day);
    QCOMPARE(cal.hourOf(instant), hour);
    QCOMPARE(cal.weekdayOf(index), weekday);
}

void tst_ZoneCalendar::outsideTheRangeIsNoDay()
{
    const ZoneCalendar cal(zone("UTC"), QDate(2026, 1, 10), QDate(2026, 1, 11));
    QCOMPARE(cal.dayCount(), 2);
    QCOMPARE(cal.dayIndex(ms("2026-01-09T23:59:59Z")), -1);
    QCOMPARE(cal.dayIndex(ms("2026-01-10T00:00:00Z")), 0);
    QCOMPARE(cal.dayIndex(ms("2026-01-11T23:59:59Z")), 1);
    QCOMPARE(cal.dayIndex(ms("2026-01-12T00:00:00Z")), -1);
}

void tst_ZoneCalendar::longRangesAgreeWithSingleDays_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("London 2026") << QStringLiteral("Europe/London") << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("Sao Paulo 2018-2019") << QStringLiteral("America/Sao_Paulo") << QDate(2018, 6, 1)
                                         << QDate(2019, 6, 1);
    QTest::newRow("Sydney 2026") << QStringLiteral("Australia/Sydney") << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("Lord Howe half-hour DST")
        << QStringLiteral("Australia/Lord_Howe") << QDate(2026, 1, 1) << QDate(2026, 12, 31);
}

void tst_ZoneCalendar::longRangesAgreeWithSingleDays()
{
    QFETCH(QString, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const QTimeZone tz(zone.toUtf8());
    const ZoneCalendar cal(tz, first, last);
    for (int i = 0; i <= cal.dayCount(); ++i) {
        const QDate day = first.addDays(i);
        QCOMPARE(cal.dayStart(i), ZoneCalendar::startOfDay(tz, day));
        // The first instant of the day shows that date in the zone (midnight, or after a gap).
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(cal.dayStart(i), tz).date(), day);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(cal.dayStart(i) - 1, tz).date(), day.addDays(-1));
        // Every instant of the day maps back to it (a year holds both DST changes, which cancel).
        if (i < cal.dayCount()) {
            QCOMPARE(cal.dayIndex(cal.dayStart(i)), i);
            QCOMPARE(cal.dayIndex(cal.dayStart(i + 1) - 1), i);
        }
    }
}

QTEST_GUILESS_MAIN(tst_ZoneCalendar)
#include "tst_ZoneCalendar.moc"
