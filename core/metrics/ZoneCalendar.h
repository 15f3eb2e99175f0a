#pragma once

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace crmlens::metrics {

// Calendar days of a time zone as instants. Day d runs from the first instant at which the zone's
// clock shows d 00:00 (or, when DST skips midnight, from the end of the skipped hour) to the start
// of d + 1, so a zone's days tile time without gaps or overlaps; on a 23- or 25-hour day the day
// is simply shorter or longer. Built for a range of days, it answers "which day, which hour" for
// millions of timestamps without asking QTimeZone each time.
class ZoneCalendar
{
public:
    ZoneCalendar() = default;
    // Days first..last (inclusive) and the start of the day after `last`.
    ZoneCalendar(const QTimeZone& zone, QDate first, QDate last);

    // The first instant of day `date` in `zone` (milliseconds since the epoch).
    static qint64 startOfDay(const QTimeZone& zone, QDate date);

    QDate firstDay() const { return m_first; }
    int dayCount() const { return int(m_starts.size()) - 1; }
    QDate date(int index) const { return m_first.addDays(index); }
    // Start of the day with this index; dayStart(dayCount()) is the end of the range.
    qint64 dayStart(int index) const { return m_starts[size_t(index)]; }
    qint64 startOf(QDate date) const; // date within the range (or the day after it)
    // Index of the day holding instant t; -1 outside the range.
    int dayIndex(qint64 t) const;
    int indexOf(QDate date) const { return int(m_first.daysTo(date)); }
    // Local hour 0-23 of instant t (t within the range).
    int hourOf(qint64 t) const;
    // Monday = 0.
    int weekdayOf(int dayIndex) const { return date(dayIndex).dayOfWeek() - 1; }
    int offsetSecondsAt(qint64 t) const;

private:
    struct Transition
    {
        qint64 atMs;
        int offsetSeconds;
    };
    static std::vector<Transition> transitionsAround(const QTimeZone& zone, qint64 fromMs, qint64 toMs,
                                                     int& offsetBefore);
    static qint64 startOfDay(QDate date, const std::vector<Transition>& transitions, int offsetBefore);
    static int offsetAt(qint64 t, const std::vector<Transition>& transitions, int offsetBefore);

    QDate m_first;
    std::vector<qint64> m_starts;
    bool m_uniformDays = false; // every day of the range is 24 h long: day = (t − start) / 24 h
    std::vector<Transition> m_transitions;
    int m_offsetBefore = 0;
};

} // namespace crmlens::metrics
