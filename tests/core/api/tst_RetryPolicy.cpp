#include "core/api/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace crmlens;
using namespace crmlens::api;

Q_DECLARE_METATYPE(crmlens::api::RetryClass)
Q_DECLARE_METATYPE(crmlens::Error::Kind)

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void ceilingDoublesUpToTheCap_data();
    void ceilingDoublesUpToTheCap();
    void fullJitterSpansZeroToCeiling_data();
    void fullJitterSpansZeroToCeiling();
    void seededJitterStaysInBounds();
    void attemptsAreBounded_data();
    void attemptsAreBounded();
    void configIsSanitised();
};

void tst_RetryPolicy::classify_data()
{
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<RetryClass>("expected");
    QTest::newRow("500") << Error::Kind::Server << 500 << RetryClass::Backoff;
    QTest::newRow("502") << Error::Kind::Server << 502 << RetryClass::Backoff;
    QTest::newRow("503") << Error::Kind::Server << 503 << RetryClass::Backoff;
    QTest::newRow("success:false without code") << Error::Kind::Server << 200 << RetryClass::Backoff;
    QTest::newRow("501 never changes") << Error::Kind::Server << 501 << RetryClass::GiveUp;
    QTest::newRow("505 never changes") << Error::Kind::Server << 505 << RetryClass::GiveUp;
    QTest::newRow("timeout") << Error::Kind::Timeout << 0 << RetryClass::Backoff;
    QTest::newRow("408") << Error::Kind::Timeout << 408 << RetryClass::Backoff;
    QTest::newRow("network") << Error::Kind::Network << 0 << RetryClass::Backoff;
    QTest::newRow("truncated 2xx body") << Error::Kind::Malformed << 200 << RetryClass::Backoff;
    QTest::newRow("429") << Error::Kind::RateLimited << 429 << RetryClass::AfterPacing;
    QTest::newRow("401") << Error::Kind::Unauthorized << 401 << RetryClass::GiveUp;
    QTest::newRow("403") << Error::Kind::Unauthorized << 403 << RetryClass::GiveUp;
    QTest::newRow("404") << Error::Kind::NotFound << 404 << RetryClass::GiveUp;
    QTest::newRow("422") << Error::Kind::Validation << 422 << RetryClass::GiveUp;
    QTest::newRow("cancelled") << Error::Kind::Cancelled << 0 << RetryClass::GiveUp;
    QTest::newRow("insecure url") << Error::Kind::InsecureUrl << 0 << RetryClass::GiveUp;
    QTest::newRow("configuration") << Error::Kind::Configuration << 0 << RetryClass::GiveUp;
}

void tst_RetryPolicy::classify()
{
    QFETCH(Error::Kind, kind);
    QFETCH(int, status);
    QFETCH(RetryClass, expected);
    QCOMPARE(RetryPolicy::classify(Error::make(kind, QStringLiteral("x"), status)), expected);
}

void tst_RetryPolicy::ceilingDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(1000);
    QTest::newRow("2") << 2 << qint64(2000);
    QTest::newRow("3") << 3 << qint64(4000);
    QTest::newRow("6") << 6 << qint64(32000);
    QTest::newRow("7 hits the cap") << 7 << qint64(60000);
    QTest::newRow("40 stays at the cap") << 40 << qint64(60000);
    QTest::newRow("1000 does not overflow") << 1000 << qint64(60000);
}

void tst_RetryPolicy::ceilingDoublesUpToTheCap()
{
    QFETCH(int, failures);
    QFETCH(qint64, ceiling);
    const RetryPolicy policy(RetryConfig{}, [] { return 0.5; });
    QCOMPARE(policy.ceilingMs(failures), ceiling);
}

void tst_RetryPolicy::fullJitterSpansZeroToCeiling_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("0 -> 0") << 0.0 << 3 << qint64(0);
    QTest::newRow("0.5 of 4 s") << 0.5 << 3 << qint64(2000);
    QTest::newRow("0.25 of 1 s") << 0.25 << 1 << qint64(250);
    QTest::newRow("just below 1 reaches the ceiling") << 0.99999999 << 3 << qint64(4000);
    QTest::newRow("0.5 of the cap") << 0.5 << 12 << qint64(30000);
    QTest::newRow("out-of-range source is clamped") << 7.0 << 2 << qint64(2000);
}

void tst_RetryPolicy::fullJitterSpansZeroToCeiling()
{
    QFETCH(double, random);
    QFETCH(int, failures);
    QFETCH(qint64, delay);
    const RetryPolicy policy(RetryConfig{}, [random] { return random; });
    QCOMPARE(policy.backoffMs(failures), delay);
}

void tst_RetryPolicy::seededJitterStaysInBounds()
{
    QRandomGenerator generator(42);
    const RetryPolicy policy(RetryConfig{}, [&generator] { return generator.generateDouble(); });
    for (int failures = 1; failures <= 10; ++failures) {
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = policy.backoffMs(failures);
            QVERIFY(d >= 0 && d <= policy.ceilingMs(failures));
            low = std::min(low, d);
            high = std::max(high, d);
        }
        // Full jitter really spreads over the whole range (not "ceiling/2 + noise").
        QVERIFY(low < policy.ceilingMs(failures) / 20);
        QVERIFY(high > policy.ceilingMs(failures) * 19 / 20);
    }
}

void tst_RetryPolicy::attemptsAreBounded_data()
{
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("rateLimited");
    QTest::addColumn<bool>("retry");
    QTest::newRow("500 after 1 of 6") << Error::Kind::Server << 500 << 1 << 0 << true;
    QTest::newRow("500 after 5 of 6") << Error::Kind::Server << 500 << 5 << 0 << true;
    QTest::newRow("500 after 6 of 6") << Error::Kind::Server << 500 << 6 << 0 << false;
    QTest::newRow("timeout after 6 of 6") << Error::Kind::Timeout << 0 << 6 << 0 << false;
    QTest::newRow("429 after 9 of 10") << Error::Kind::RateLimited << 429 << 0 << 9 << true;
    QTest::newRow("429 after 10 of 10") << Error::Kind::RateLimited << 429 << 0 << 10 << false;
    QTest::newRow("429s do not use the attempts") << Error::Kind::RateLimited << 429 << 6 << 1 << true;
    QTest::newRow("401 at once") << Error::Kind::Unauthorized << 401 << 1 << 0 << false;
    QTest::newRow("404 at once") << Error::Kind::NotFound << 404 << 1 << 0 << false;
}

void tst_RetryPolicy::attemptsAreBounded()
{
    QFETCH(Error::Kind, kind);
    QFETCH(int, status);
    QFETCH(int, attempts);
    QFETCH(int, rateLimited);
    QFETCH(bool, retry);
    const RetryPolicy policy;
    QCOMPARE(policy.shouldRetry(Error::make(kind, QStringLiteral("x"), status), attempts, rateLimited), retry);
}

void tst_RetryPolicy::configIsSanitised()
{
    const RetryPolicy policy(RetryConfig{0, 5000, 100, 1}, [] { return 0.99999999; });
    QCOMPARE(policy.config().maxAttempts, 1);
    QCOMPARE(policy.ceilingMs(3), qint64(5000)); // a cap below the base is raised to the base
    QVERIFY(!policy.shouldRetry(Error::make(Error::Kind::Server, QStringLiteral("x"), 500), 1, 0));
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_RetryPolicy.moc"
