#include "core/api/ApiParsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace crmlens::api;

namespace {

// A JSON value from its JSON text, so cases can hold numbers, strings and the odd types alike.
QJsonValue jsonValue(const QByteArray& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + text + "}");
    if (!doc.isObject())
        qFatal("bad test JSON: %s", text.constData());
    return doc.object().value(QLatin1String("v"));
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestApiParsersTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTimestamps_data();
    void readsTimestamps();
    void rejectsUnreadable_data();
    void rejectsUnreadable();
    void resultIsAlwaysUtc();
};

void TestApiParsersTimestamp::readsTimestamps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("iso Z") << QByteArray(R"("2026-01-16T08:00:00Z")") << utc(2026, 1, 16, 8);
    QTest::newRow("iso lower-case z and t") << QByteArray(R"("2026-01-16t08:00:00z")") << utc(2026, 1, 16, 8);
    QTest::newRow("iso space separator") << QByteArray(R"("2026-01-16 08:00:00Z")") << utc(2026, 1, 16, 8);
    QTest::newRow("milliseconds") << QByteArray(R"("2026-02-01T18:30:00.250Z")") << utc(2026, 2, 1, 18, 30, 0, 250);
    QTest::newRow("one fraction digit") << QByteArray(R"("2026-02-01T18:30:00.5Z")") << utc(2026, 2, 1, 18, 30, 0, 500);
    QTest::newRow("microseconds truncated")
        << QByteArray(R"("2026-02-01T18:30:00.123456Z")") << utc(2026, 2, 1, 18, 30, 0, 123);
    QTest::newRow("nanoseconds truncated")
        << QByteArray(R"("2026-02-01T18:30:00.999999999Z")") << utc(2026, 2, 1, 18, 30, 0, 999);
    QTest::newRow("comma fraction") << QByteArray(R"("2026-02-01T18:30:00,25Z")") << utc(2026, 2, 1, 18, 30, 0, 250);
    QTest::newRow("offset +03:00") << QByteArray(R"("2026-01-16T11:00:00+03:00")") << utc(2026, 1, 16, 8);
    QTest::newRow("offset +0300") << QByteArray(R"("2026-01-16T11:00:00+0300")") << utc(2026, 1, 16, 8);
    QTest::newRow("offset +03") << QByteArray(R"("2026-01-16T11:00:00+03")") << utc(2026, 1, 16, 8);
    QTest::newRow("offset -05:30 crosses day")
        << QByteArray(R"("2026-01-15T22:00:00-05:30")") << utc(2026, 1, 16, 3, 30);
    QTest::newRow("offset +05:45 with fraction")
        << QByteArray(R"("2026-01-16T13:45:00.100+05:45")") << utc(2026, 1, 16, 8, 0, 0, 100);
    QTest::newRow("offset crosses year") << QByteArray(R"("2026-01-01T01:00:00+03:00")") << utc(2025, 12, 31, 22);
    QTest::newRow("offset -00:00") << QByteArray(R"("2026-01-16T08:00:00-00:00")") << utc(2026, 1, 16, 8);
    QTest::newRow("no zone is UTC") << QByteArray(R"("2026-01-16T08:00:00")") << utc(2026, 1, 16, 8);
    QTest::newRow("no seconds") << QByteArray(R"("2026-01-16T08:00Z")") << utc(2026, 1, 16, 8);
    QTest::newRow("date only") << QByteArray(R"("2026-01-16")") << utc(2026, 1, 16);
    QTest::newRow("leap day") << QByteArray(R"("2024-02-29T12:00:00Z")") << utc(2024, 2, 29, 12);
    QTest::newRow("surrounding spaces") << QByteArray(R"("  2026-01-16T08:00:00Z ")") << utc(2026, 1, 16, 8);
    QTest::newRow("unix number") << QByteArray("1768553000") << QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC);
    QTest::newRow("unix string") << QByteArray(R"("1768553000")") << QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC);
    QTest::newRow("unix string with spaces")
        << QByteArray(R"(" 1768553000 ")") << QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC);
    QTest::newRow("unix fractional number")
        << QByteArray("1768553000.25") << QDateTime::fromMSecsSinceEpoch(1768553000250, Qt::UTC);
    QTest::newRow("unix fractional string")
        << QByteArray(R"("1768553000.125")") << QDateTime::fromMSecsSinceEpoch(1768553000125, Qt::UTC);
    QTest::newRow("unix exponent number")
        << QByteArray("1.7685530e9") << QDateTime::fromSecsSinceEpoch(1768553000, Qt::UTC);
    QTest::newRow("unix one second") << QByteArray("1") << QDateTime::fromSecsSinceEpoch(1, Qt::UTC);
    QTest::newRow("year 9999") << QByteArray(R"("9999-12-31T23:59:59Z")") << utc(9999, 12, 31, 23, 59, 59);
}

void TestApiParsersTimestamp::readsTimestamps()
{
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseTimestamp(jsonValue(json));
    QVERIFY2(parsed.isValid(), json.constData());
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestApiParsersTimestamp::rejectsUnreadable_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("bool") << QByteArray("true");
    QTest::newRow("object") << QByteArray(R"({"ts":"2026-01-16T08:00:00Z"})");
    QTest::newRow("array") << QByteArray(R"(["2026-01-16T08:00:00Z"])");
    QTest::newRow("empty string") << QByteArray(R"("")");
    QTest::newRow("blank string") << QByteArray(R"("   ")");
    QTest::newRow("words") << QByteArray(R"("yesterday")");
    QTest::newRow("zero number") << QByteArray("0");
    QTest::newRow("zero string") << QByteArray(R"("0")");
    QTest::newRow("negative number") << QByteArray("-5");
    QTest::newRow("negative string") << QByteArray(R"("-1768553000")");
    QTest::newRow("milliseconds are not seconds") << QByteArray("1768553000000");
    QTest::newRow("huge number") << QByteArray("1e300");
    QTest::newRow("month 13") << QByteArray(R"("2026-13-01T00:00:00Z")");
    QTest::newRow("february 30") << QByteArray(R"("2026-02-30T00:00:00Z")");
    QTest::newRow("not a leap year") << QByteArray(R"("2025-02-29T00:00:00Z")");
    QTest::newRow("hour 24") << QByteArray(R"("2026-01-16T24:00:00Z")");
    QTest::newRow("minute 60") << QByteArray(R"("2026-01-16T08:60:00Z")");
    QTest::newRow("leap second") << QByteArray(R"("2026-12-31T23:59:60Z")");
    QTest::newRow("two-digit year") << QByteArray(R"("26-01-16T08:00:00Z")");
    QTest::newRow("slashes") << QByteArray(R"("2026/01/16 08:00:00")");
    QTest::newRow("day first") << QByteArray(R"("16-01-2026 08:00")");
    QTest::newRow("trailing garbage") << QByteArray(R"("2026-01-16T08:00:00Zjunk")");
    QTest::newRow("offset beyond 18h") << QByteArray(R"("2026-01-16T08:00:00+19:00")");
    QTest::newRow("offset minutes 60") << QByteArray(R"("2026-01-16T08:00:00+03:60")");
    QTest::newRow("offset one digit") << QByteArray(R"("2026-01-16T08:00:00+3")");
    QTest::newRow("empty fraction") << QByteArray(R"("2026-01-16T08:00:00.Z")");
    QTest::newRow("missing minutes") << QByteArray(R"("2026-01-16T08Z")");
    QTest::newRow("year 0") << QByteArray(R"("0000-01-01T00:00:00Z")");
    QTest::newRow("numeric with letters") << QByteArray(R"("17685e3000")");
    QTest::newRow("two dots") << QByteArray(R"("1768553000.1.2")");
    QTest::newRow("beyond year 9999") << QByteArray("253402300800");
    QTest::newRow("arabic-indic digits") << QByteArray(R"("٢٠٢٦-٠١-١٦T08:00:00Z")");
}

void TestApiParsersTimestamp::rejectsUnreadable()
{
    QFETCH(QByteArray, json);
    const QDateTime parsed = parseTimestamp(jsonValue(json));
    QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
}

void TestApiParsersTimestamp::resultIsAlwaysUtc()
{
    const QList<QByteArray> inputs = {R"("2026-01-16T11:00:00+03:00")", R"("2026-01-16T08:00:00Z")", "1768553000",
                                      R"("1768553000")", R"("2026-01-16")"};
    for (const QByteArray& input : inputs) {
        const QDateTime parsed = parseTimestamp(jsonValue(input));
        QVERIFY2(parsed.isValid(), input.constData());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestApiParsersTimestamp)
#include "tst_ApiParsersTimestamp.moc"
