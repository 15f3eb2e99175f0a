#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace crmlens {

// Time is a seam: pacing, backoff, freshness and "as of" all ask a Clock so tests can move it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds from an arbitrary origin; never jumps with the wall clock.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime nowUtc() const override { return m_now.addMSecs(m_elapsedMs); }
    qint64 monotonicMs() const override { return m_elapsedMs; }
    void advanceMs(qint64 ms) { m_elapsedMs += ms; }

private:
    QDateTime m_now;
    qint64 m_elapsedMs = 0;
};

} // namespace crmlens
