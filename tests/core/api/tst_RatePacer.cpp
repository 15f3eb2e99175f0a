#include "core/api/RatePacer.h"

#include <QTest>
#include <QTimeZone>

#include <vector>

using namespace crmlens;
using namespace crmlens::api;

namespace {

constexpr qint64 kMinute = 60000;
constexpr qint64 kHour = 60 * kMinute;

// The largest number of sends inside any window (t - minute, t].
int maxInAnyMinute(const std::vector<qint64>& sends)
{
    int best = 0;
    size_t first = 0;
    for (size_t last = 0; last < sends.size(); ++last) {
        while (sends[first] <= sends[last] - kMinute)
            ++first;
        best = std::max(best, static_cast<int>(last - first + 1));
    }
    return best;
}

RateLimitInfo headers(std::optional<int> limit, std::optional<int> remaining, std::optional<qint64> reset,
                      std::optional<int> retryAfter = {})
{
    RateLimitInfo info;
    info.limit = limit;
    info.remaining = remaining;
    info.resetEpochSecs = reset;
    info.retryAfterSecs = retryAfter;
    return info;
}

qint64 epochSecs(const ManualClock& clock)
{
    return clock.nowUtc().toSecsSinceEpoch();
}

} // namespace

class tst_RatePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyRunStaysCloseToTheLimit_data();
    void steadyRunStaysCloseToTheLimit();
    void learnsTheLimitFromAFixedWindowServer_data();
    void learnsTheLimitFromAFixedWindowServer();
    void firstRequestGoesAtOnce();
    void remainingZeroWaitsForReset();
    void resetIsReadInTheServersClock();
    void skewedResetIsIgnored();
    void rateLimited_data();
    void rateLimited();
    void slowsDownAndRecoversGradually();
    void repeated429sNeverStopTheClient();
    void unlimitedNeverWaits();
    void unlimitedLearnsFromA429();
    void unlimitedLearnsNothingFromAFewRequests();
    void learnedLimitBelowConfiguredWins_data();
    void learnedLimitBelowConfiguredWins();
    void statsCountDownTheBudget();
    void slidingGuardHoldsWhenTheLimitDrops();
    void lateSendsAreMadeUp();
};

void tst_RatePacer::steadyRunStaysCloseToTheLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("latencyMs");
    QTest::newRow("60/min") << 60 << qint64(0);
    QTest::newRow("300/min") << 300 << qint64(0);
    QTest::newRow("600/min") << 600 << qint64(0);
    QTest::newRow("600/min, slow answers") << 600 << qint64(80);
    QTest::newRow("1000/min") << 1000 << qint64(0);
}

void tst_RatePacer::steadyRunStaysCloseToTheLimit()
{
    QFETCH(int, limit);
    QFETCH(qint64, latencyMs);
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{limit});

    std::vector<qint64> sends;
    while (clock.monotonicMs() < kHour) {
        clock.advanceMs(pacer.delayMs());
        if (clock.monotonicMs() >= kHour)
            break;
        QCOMPARE(pacer.delayMs(), qint64(0));
        pacer.recordSent();
        sends.push_back(clock.monotonicMs());
        clock.advanceMs(latencyMs);
        pacer.recordResponse({});
    }

    const double allowed = limit * 60.0;
    QVERIFY2(sends.size() >= 0.95 * allowed, qPrintable(QStringLiteral("%1 of %2").arg(sends.size()).arg(allowed)));
    QVERIFY(maxInAnyMinute(sends) <= limit);
    // Evenly spread: no two requests closer than the interval at the target rate.
    const qint64 interval = kMinute / limit;
    for (size_t i = 1; i < sends.size(); ++i)
        QVERIFY(sends[i] - sends[i - 1] >= interval);
}

void tst_RatePacer::learnsTheLimitFromAFixedWindowServer_data()
{
    QTest::addColumn<int>("serverLimit");
    QTest::addColumn<int>("configured");
    QTest::newRow("60, nothing configured") << 60 << 0;
    QTest::newRow("60, configured 60") << 60 << 60;
    QTest::newRow("300, nothing configured") << 300 << 0;
    QTest::newRow("1000, configured 1000") << 1000 << 1000;
}

void tst_RatePacer::learnsTheLimitFromAFixedWindowServer()
{
    // A server counting per calendar minute, as the CRM's headers describe it.
    QFETCH(int, serverLimit);
    QFETCH(int, configured);
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{configured});

    qint64 windowStart = -1;
    int usedInWindow = 0;
    int refused = 0;
    int answered = 0;
    while (clock.monotonicMs() < kHour) {
        clock.advanceMs(pacer.delayMs());
        pacer.recordSent();
        const qint64 nowSecs = epochSecs(clock);
        const qint64 start = nowSecs - nowSecs % 60;
        if (start != windowStart) {
            windowStart = start;
            usedInWindow = 0;
        }
        clock.advanceMs(50);
        if (usedInWindow >= serverLimit) {
            ++refused;
            pacer.recordRateLimited(headers(serverLimit, 0, windowStart + 60));
            continue;
        }
        ++usedInWindow;
        ++answered;
        pacer.recordResponse(headers(serverLimit, serverLimit - usedInWindow, windowStart + 60));
    }
    QCOMPARE(refused, 0);
    QVERIFY2(answered >= 0.95 * serverLimit * 60, qPrintable(QString::number(answered)));
    QCOMPARE(pacer.stats().limitPerMinute, serverLimit);
}

void tst_RatePacer::firstRequestGoesAtOnce()
{
    ManualClock clock;
    RatePacer pacer(clock);
    QCOMPARE(pacer.delayMs(), qint64(0));
    pacer.recordSent();
    // 60/min at 97%: one request per 1031 ms.
    QCOMPARE(pacer.delayMs(), qint64(1031));
    clock.advanceMs(1000);
    QCOMPARE(pacer.delayMs(), qint64(31));
}

void tst_RatePacer::remainingZeroWaitsForReset()
{
    ManualClock clock;
    RatePacer pacer(clock);
    pacer.recordSent();
    pacer.recordResponse(headers(60, 0, epochSecs(clock) + 20));
    QCOMPARE(pacer.delayMs(), qint64(20500)); // Reset plus the margin for its one-second resolution
    QCOMPARE(pacer.stats().requestsLeft, 0);
    clock.advanceMs(20499);
    QCOMPARE(pacer.delayMs(), qint64(1));
    clock.advanceMs(1);
    QCOMPARE(pacer.delayMs(), qint64(0));
    QCOMPARE(pacer.stats().requestsLeft, 59); // a new minute: the limit less what the last minute saw
}

void tst_RatePacer::resetIsReadInTheServersClock()
{
    ManualClock clock;
    RatePacer pacer(clock);
    pacer.recordSent();
    const qint64 serverNow = epochSecs(clock) + 3600; // the server's clock runs an hour ahead
    pacer.recordResponse(headers(60, 0, serverNow + 10), serverNow);
    QCOMPARE(pacer.delayMs(), qint64(10500));
}

void tst_RatePacer::skewedResetIsIgnored()
{
    ManualClock clock;
    RatePacer pacer(clock);
    pacer.recordSent();
    // An hour away cannot be a per-minute window: our clock and the server's disagree.
    pacer.recordResponse(headers(60, 0, epochSecs(clock) + 3600));
    QCOMPARE(pacer.delayMs(), qint64(1031));
    // Already past: the window has turned.
    pacer.recordResponse(headers(60, 0, epochSecs(clock) - 5));
    QCOMPARE(pacer.delayMs(), qint64(1031));
}

void tst_RatePacer::rateLimited_data()
{
    QTest::addColumn<std::optional<int>>("retryAfter");
    QTest::addColumn<std::optional<qint64>>("resetInSecs");
    QTest::addColumn<qint64>("expectedWait");
    QTest::newRow("Retry-After") << std::optional<int>(7) << std::optional<qint64>() << qint64(7000);
    QTest::newRow("Retry-After wins over Reset") << std::optional<int>(3) << std::optional<qint64>(30) << qint64(3000);
    QTest::newRow("Retry-After 0") << std::optional<int>(0) << std::optional<qint64>() << qint64(1213);
    QTest::newRow("Reset only") << std::optional<int>() << std::optional<qint64>(12) << qint64(12500);
    QTest::newRow("nothing said: a whole minute") << std::optional<int>() << std::optional<qint64>() << kMinute;
    QTest::newRow("absurd Retry-After is capped")
        << std::optional<int>(86400) << std::optional<qint64>() << qint64(300000);
}

void tst_RatePacer::rateLimited()
{
    QFETCH(std::optional<int>, retryAfter);
    QFETCH(std::optional<qint64>, resetInSecs);
    QFETCH(qint64, expectedWait);
    ManualClock clock;
    RatePacer pacer(clock);
    pacer.recordSent();
    std::optional<qint64> reset;
    if (resetInSecs)
        reset = epochSecs(clock) + *resetInSecs;
    pacer.recordRateLimited(headers(60, 0, reset, retryAfter));
    // With Retry-After 0 only the slowed spacing remains: 60 * 0.97 * 0.85 per minute.
    QCOMPARE(pacer.delayMs(), expectedWait);
    const PacerStats stats = pacer.stats();
    QCOMPARE(stats.rateLimitedCount, qint64(1));
    QCOMPARE(stats.effectiveRatePerMinute, 60 * 0.97 * 0.85);
}

void tst_RatePacer::slowsDownAndRecoversGradually()
{
    ManualClock clock;
    RatePacer pacer(clock);
    const double full = 60 * 0.97;
    QCOMPARE(pacer.effectiveRatePerMinute(), full);
    pacer.recordSent();
    pacer.recordRateLimited(headers({}, {}, {}, 1));
    QCOMPARE(pacer.effectiveRatePerMinute(), full * 0.85);
    pacer.recordRateLimited(headers({}, {}, {}, 1));
    QCOMPARE(pacer.effectiveRatePerMinute(), full * 0.85 * 0.85);
    clock.advanceMs(kMinute);
    QCOMPARE(pacer.effectiveRatePerMinute(), 60 * 0.97 * (0.85 * 0.85 + 0.05));
    clock.advanceMs(4 * kMinute);
    QCOMPARE(pacer.effectiveRatePerMinute(), 60 * 0.97 * (0.85 * 0.85 + 0.25));
    clock.advanceMs(kMinute);
    QCOMPARE(pacer.effectiveRatePerMinute(), full);
}

void tst_RatePacer::repeated429sNeverStopTheClient()
{
    ManualClock clock;
    RatePacer pacer(clock);
    for (int i = 0; i < 100; ++i)
        pacer.recordRateLimited(headers({}, {}, {}, 0));
    QCOMPARE(pacer.effectiveRatePerMinute(), 60 * 0.97 * 0.25);
    QVERIFY(pacer.delayMs() <= 5000);
}

void tst_RatePacer::unlimitedNeverWaits()
{
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{0});
    for (int i = 0; i < 10000; ++i) {
        QCOMPARE(pacer.delayMs(), qint64(0));
        pacer.recordSent();
        pacer.recordResponse({});
    }
    const PacerStats stats = pacer.stats();
    QCOMPARE(stats.limitPerMinute, 0);
    QCOMPARE(stats.requestsLeft, -1);
    QCOMPARE(stats.effectiveRatePerMinute, 0.0);
    QCOMPARE(stats.requestsSent, qint64(10000));
    QCOMPARE(stats.sentInLastMinute, 10000);
}

void tst_RatePacer::unlimitedLearnsFromA429()
{
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{0});
    for (int i = 0; i < 121; ++i) {
        pacer.recordSent();
        clock.advanceMs(100);
    }
    pacer.recordRateLimited(headers({}, {}, {}, 2));
    const PacerStats stats = pacer.stats();
    // 121 requests inside the last minute were one too many.
    QCOMPARE(stats.limitPerMinute, 120);
    QCOMPARE(stats.limitLearned, true);
    // Retry-After says 2 s, but 121 sends sit in the last minute: the second (at 100 ms) must
    // leave it before the minute holds fewer than 120.
    QCOMPARE(pacer.delayMs(), qint64(100 + kMinute - 12100));
}

void tst_RatePacer::unlimitedLearnsNothingFromAFewRequests()
{
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{0});
    for (int i = 0; i < 3; ++i)
        pacer.recordSent();
    pacer.recordRateLimited(headers({}, {}, {}, 2));
    QCOMPARE(pacer.limitInForce(), 0);
    QCOMPARE(pacer.delayMs(), qint64(2000)); // Retry-After alone
    clock.advanceMs(2000);
    QCOMPARE(pacer.delayMs(), qint64(0));
}

void tst_RatePacer::learnedLimitBelowConfiguredWins_data()
{
    QTest::addColumn<int>("configured");
    QTest::addColumn<int>("header");
    QTest::addColumn<int>("inForce");
    QTest::addColumn<bool>("learned");
    QTest::newRow("plan says more than the server") << 1000 << 60 << 60 << true;
    QTest::newRow("user keeps part of the budget") << 30 << 60 << 30 << false;
    QTest::newRow("nothing configured") << 0 << 300 << 300 << true;
}

void tst_RatePacer::learnedLimitBelowConfiguredWins()
{
    QFETCH(int, configured);
    QFETCH(int, header);
    QFETCH(int, inForce);
    QFETCH(bool, learned);
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{configured});
    pacer.recordResponse(headers(header, {}, {}));
    QCOMPARE(pacer.limitInForce(), inForce);
    QCOMPARE(pacer.stats().limitLearned, learned);
}

void tst_RatePacer::statsCountDownTheBudget()
{
    ManualClock clock;
    RatePacer pacer(clock);
    pacer.recordResponse(headers(60, 10, epochSecs(clock) + 40));
    QCOMPARE(pacer.stats().requestsLeft, 10);
    for (int i = 0; i < 3; ++i) {
        clock.advanceMs(pacer.delayMs());
        pacer.recordSent();
    }
    const PacerStats stats = pacer.stats();
    QCOMPARE(stats.requestsLeft, 7);
    QCOMPARE(stats.requestsSent, qint64(3));
    QCOMPARE(stats.sentInLastMinute, 3);
}

void tst_RatePacer::slidingGuardHoldsWhenTheLimitDrops()
{
    // 100 requests go out under an unknown limit; then the server says 60: the pacer must not
    // send again until the minute holds fewer than 60.
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{0});
    for (int i = 0; i < 100; ++i) {
        pacer.recordSent();
        clock.advanceMs(100);
    }
    pacer.recordResponse(headers(60, {}, {}));
    // Sends at 0..9900 ms; now 10000. Once the send at 4000 ms has left, 59 remain.
    QCOMPARE(pacer.delayMs(), qint64(4000 + kMinute - 10000));
    clock.advanceMs(4000 + kMinute - 10000);
    pacer.recordSent();
    QCOMPARE(pacer.stats().sentInLastMinute, 60);
}

void tst_RatePacer::lateSendsAreMadeUp()
{
    // The event loop comes back 7 ms late for every send (a page being stored): the schedule keeps
    // its pace instead of drifting by 7 ms a request.
    ManualClock clock;
    RatePacer pacer(clock, RatePacerConfig{600});
    std::vector<qint64> sends;
    while (true) {
        clock.advanceMs(pacer.delayMs() + 7);
        if (clock.monotonicMs() >= kHour)
            break;
        pacer.recordSent();
        sends.push_back(clock.monotonicMs());
    }
    QVERIFY2(sends.size() >= 0.955 * 600 * 60, qPrintable(QString::number(sends.size())));
    QVERIFY(maxInAnyMinute(sends) <= 600);
    // Making up for lateness never bunches requests: at most half an interval is made up.
    for (size_t i = 1; i < sends.size(); ++i)
        QVERIFY(sends[i] - sends[i - 1] >= 104 / 2);
}

QTEST_GUILESS_MAIN(tst_RatePacer)
#include "tst_RatePacer.moc"
