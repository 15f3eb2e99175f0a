// The per-key sliding-window rate limit and the sim clock, driven by a manual clock.
#include "core/sim/SimClock.h"
#include "core/sim/SimRateLimiter.h"

#include <QTest>

using namespace crmlens::sim;

class tst_SimRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void admitsUpToTheLimitPerMinute()
    {
        crmlens::ManualClock clock;
        SimRateLimiter limiter(3, clock);
        const qint64 start = clock.nowUtc().toSecsSinceEpoch();
        for (int i = 0; i < 3; ++i) {
            const auto d = limiter.admit("k");
            QVERIFY(d.allowed);
            QCOMPARE(d.limit, 3);
            QCOMPARE(d.remaining, 2 - i);
            QCOMPARE(d.resetUnix, start + 60);
            QCOMPARE(d.retryAfterSecs, -1);
            clock.advanceMs(10'000);
        }
        auto d = limiter.admit("k");
        QVERIFY(!d.allowed);
        QCOMPARE(d.remaining, 0);
        // 30 s have passed; the first request leaves the window at 60 s.
        QCOMPARE(d.resetUnix, start + 60);
        QCOMPARE(d.retryAfterSecs, 30);
        // Another key has its own window.
        QVERIFY(limiter.admit("other").allowed);
        // Rejections do not count: once the first request is out of the window, one slot frees.
        clock.advanceMs(30'000);
        d = limiter.admit("k");
        QVERIFY(d.allowed);
        QCOMPARE(d.remaining, 0);
        QVERIFY(!limiter.admit("k").allowed);
        clock.advanceMs(10'000);
        QVERIFY(limiter.admit("k").allowed);
    }

    void retryAfterPattern()
    {
        crmlens::ManualClock clock;
        SimRateLimiter limiter(1, clock);
        QVERIFY(limiter.admit("k").allowed);
        QList<int> retry;
        for (int i = 0; i < 7; ++i)
            retry.append(limiter.admit("k").retryAfterSecs);
        QCOMPARE(retry, (QList<int>{60, 60, -1, 60, 60, -1, 60}));
        QCOMPARE(limiter.rejections(), 7);
    }

    void unlimitedNeverRejects()
    {
        crmlens::ManualClock clock;
        SimRateLimiter limiter(0, clock);
        QVERIFY(limiter.unlimited());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.admit("k").allowed);
    }

    void clockStandsStill()
    {
        SimClock clock(1000);
        QVERIFY(!clock.isLive());
        QCOMPARE(clock.now(), 1000);
        clock.advance(60);
        QCOMPARE(clock.now(), 1060);
        clock.advance(-500);
        QCOMPARE(clock.now(), 1060);
        clock.setEnd(1100);
        clock.advance(100);
        QCOMPARE(clock.now(), 1100);
    }

    void liveClockFollowsRealTime()
    {
        crmlens::ManualClock real;
        real.advanceMs(5000); // the origin is when the sim clock starts, not the real clock's
        SimClock clock(1000, real, 60.0);
        QVERIFY(clock.isLive());
        QCOMPARE(clock.now(), 1000);
        real.advanceMs(1500);
        QCOMPARE(clock.now(), 1090);
        clock.advance(10);
        QCOMPARE(clock.now(), 1100);
        clock.setEnd(1200);
        real.advanceMs(60'000);
        QCOMPARE(clock.now(), 1200);
    }
};

QTEST_GUILESS_MAIN(tst_SimRateLimiter)
#include "tst_SimRateLimiter.moc"
