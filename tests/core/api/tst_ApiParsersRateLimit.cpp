#include "core/api/ApiParsers.h"

#include <QTest>

using namespace crmlens::api;

namespace {

using Headers = QHash<QByteArray, QByteArray>;

const QDateTime kNow = QDateTime(QDate(2026, 1, 16), QTime(8, 0), Qt::UTC);

} // namespace

class TestApiParsersRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integerHeaders_data();
    void integerHeaders();
    void reset_data();
    void reset();
    void retryAfter_data();
    void retryAfter();
    void nothingPresent();
};

void TestApiParsersRateLimit::integerHeaders_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: absent

    QTest::newRow("plain") << QByteArray("60") << 60;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray("  300 ") << 300;
    QTest::newRow("merged duplicates") << QByteArray("60, 60") << 60;
    QTest::newRow("empty") << QByteArray("") << -1;
    QTest::newRow("negative") << QByteArray("-1") << -1;
    QTest::newRow("plus sign") << QByteArray("+5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("words") << QByteArray("sixty") << -1;
    QTest::newRow("hex") << QByteArray("0x3c") << -1;
    QTest::newRow("overflow int") << QByteArray("2147483648") << -1;
    QTest::newRow("max int") << QByteArray("2147483647") << 2147483647;
    QTest::newRow("overflow int64") << QByteArray("99999999999999999999999") << -1;
    QTest::newRow("binary") << QByteArray("6\0"
                                          "0",
                                          3)
                            << -1;
}

void TestApiParsersRateLimit::integerHeaders()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const RateLimitInfo info =
        parseRateLimitHeaders(Headers{{"x-ratelimit-limit", value}, {"x-ratelimit-remaining", value}});
    QCOMPARE(info.limit.value_or(-1), expected);
    QCOMPARE(info.remaining.value_or(-1), expected);
}

void TestApiParsersRateLimit::reset_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("withNow");
    QTest::addColumn<qint64>("expected"); // -1: absent

    QTest::newRow("unix seconds") << QByteArray("1768550460") << false << qint64(1768550460);
    QTest::newRow("unix seconds, now given") << QByteArray("1768550460") << true << qint64(1768550460);
    QTest::newRow("delta without now") << QByteArray("30") << false << qint64(-1);
    QTest::newRow("delta with now") << QByteArray("30") << true << qint64(kNow.toSecsSinceEpoch() + 30);
    QTest::newRow("garbage") << QByteArray("soon") << true << qint64(-1);
    QTest::newRow("negative") << QByteArray("-30") << true << qint64(-1);
    QTest::newRow("date is not accepted") << QByteArray("Fri, 16 Jan 2026 08:01:00 GMT") << true << qint64(-1);
}

void TestApiParsersRateLimit::reset()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, withNow);
    QFETCH(qint64, expected);
    const Headers headers{{"x-ratelimit-reset", value}};
    const RateLimitInfo info = withNow ? parseRateLimitHeaders(headers, kNow) : parseRateLimitHeaders(headers);
    QCOMPARE(info.resetEpochSecs.value_or(-1), expected);
}

void TestApiParsersRateLimit::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("withNow");
    QTest::addColumn<int>("secs");     // -1: absent
    QTest::addColumn<QDateTime>("at"); // invalid: absent

    const QDateTime inAMinute = kNow.addSecs(60);
    QTest::newRow("seconds") << QByteArray("120") << false << 120 << QDateTime();
    QTest::newRow("zero seconds") << QByteArray("0") << true << 0 << QDateTime();
    QTest::newRow("imf-fixdate with now") << QByteArray("Fri, 16 Jan 2026 08:01:00 GMT") << true << 60 << inAMinute;
    QTest::newRow("imf-fixdate without now") << QByteArray("Fri, 16 Jan 2026 08:01:00 GMT") << false << -1 << inAMinute;
    QTest::newRow("rfc 850") << QByteArray("Friday, 16-Jan-26 08:01:00 GMT") << true << 60 << inAMinute;
    QTest::newRow("asctime") << QByteArray("Fri Jan 16 08:01:00 2026") << true << 60 << inAMinute;
    QTest::newRow("asctime padded day") << QByteArray("Fri Jan  6 08:00:00 2026") << false << -1
                                        << QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC);
    QTest::newRow("lower-case month and zone")
        << QByteArray("Fri, 16 jan 2026 08:01:00 gmt") << true << 60 << inAMinute;
    QTest::newRow("date in the past") << QByteArray("Thu, 15 Jan 2026 08:00:00 GMT") << true << 0
                                      << QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC);
    QTest::newRow("rfc 850 last century") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << false << -1
                                          << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("local zone refused") << QByteArray("Fri, 16 Jan 2026 08:01:00 EAT") << true << -1 << QDateTime();
    QTest::newRow("bad month") << QByteArray("Fri, 16 Foo 2026 08:01:00 GMT") << true << -1 << QDateTime();
    QTest::newRow("bad day") << QByteArray("Fri, 31 Feb 2026 08:01:00 GMT") << true << -1 << QDateTime();
    QTest::newRow("bad time") << QByteArray("Fri, 16 Jan 2026 25:01:00 GMT") << true << -1 << QDateTime();
    QTest::newRow("iso is not an http-date") << QByteArray("2026-01-16T08:01:00Z") << true << -1 << QDateTime();
    QTest::newRow("negative") << QByteArray("-5") << true << -1 << QDateTime();
    QTest::newRow("fraction") << QByteArray("1.5") << true << -1 << QDateTime();
    QTest::newRow("garbage") << QByteArray("later, maybe") << true << -1 << QDateTime();
    QTest::newRow("overflow") << QByteArray("99999999999") << true << -1 << QDateTime();
    QTest::newRow("empty") << QByteArray("") << true << -1 << QDateTime();
}

void TestApiParsersRateLimit::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, withNow);
    QFETCH(int, secs);
    QFETCH(QDateTime, at);
    const Headers headers{{"retry-after", value}};
    const RateLimitInfo info = withNow ? parseRateLimitHeaders(headers, kNow) : parseRateLimitHeaders(headers);
    QCOMPARE(info.retryAfterSecs.value_or(-1), secs);
    QCOMPARE(info.retryAt.isValid(), at.isValid());
    if (at.isValid()) {
        QCOMPARE(info.retryAt, at);
        QCOMPARE(info.retryAt.timeSpec(), Qt::UTC);
    }
}

void TestApiParsersRateLimit::nothingPresent()
{
    const RateLimitInfo none = parseRateLimitHeaders(Headers{{"content-type", "application/json"}}, kNow);
    QVERIFY(!none.limit && !none.remaining && !none.resetEpochSecs && !none.retryAfterSecs && !none.retryAt.isValid());

    // The 429 of error-429.json arrives with these; names in other cases are matched too.
    const RateLimitInfo all = parseRateLimitHeaders(Headers{{"X-RateLimit-Limit", "60"},
                                                            {"x-ratelimit-remaining", "0"},
                                                            {"X-RATELIMIT-RESET", "1768550460"},
                                                            {"Retry-After", "17"}});
    QCOMPARE(all.limit, std::optional<int>(60));
    QCOMPARE(all.remaining, std::optional<int>(0));
    QCOMPARE(all.resetEpochSecs, std::optional<qint64>(1768550460));
    QCOMPARE(all.retryAfterSecs, std::optional<int>(17));
}

QTEST_GUILESS_MAIN(TestApiParsersRateLimit)
#include "tst_ApiParsersRateLimit.moc"
