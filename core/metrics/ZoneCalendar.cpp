#include "core/metrics/ZoneCalendar.h"

#include "core/metrics/ChatFacts.h"

#include <QDateTime>

#include <algorithm>

namespace crmlens::metrics {

namespace {

// No zone is more than 18 h from UTC: the instants that can show a given local midnight lie
// within this distance of that midnight read as UTC.
constexpr qint64 kWindowMs = 18 * kMsPerHour;

qint64 utcMidnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

} // namespace

std::vector<ZoneCalendar::Transition> ZoneCalendar::transitionsAround(const QTimeZone& zone, qint64 fromMs, qint64 toMs,
                                                                      int& offsetBefore)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    offsetBefore = zone.offsetFromUtc(from);
    std::vector<Transition> list;
    if (!zone.hasTransitions())
        return list;
    const QTimeZone::OffsetDataList data = zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    for (const QTimeZone::OffsetData& d : data) {
        const qint64 at = d.atUtc.toMSecsSinceEpoch();
        if (at <= fromMs)
            offsetBefore = d.offsetFromUtc;
        else
            list.push_back(Transition{at, d.offsetFromUtc});
    }
    return list;
}

int ZoneCalendar::offsetAt(qint64 t, const std::vector<Transition>& transitions, int offsetBefore)
{
    const auto it = std::upper_bound(transitions.begin(), transitions.end(), t,
                                     [](qint64 value, const Transition& tr) { return value < tr.atMs; });
    return it == transitions.begin() ? offsetBefore : std::prev(it)->offsetSeconds;
}

qint64 ZoneCalendar::startOfDay(QDate date, const std::vector<Transition>& transitions, int offsetBefore)
{
    const qint64 local = utcMidnight(date);
    // Every offset in force near that midnight gives a candidate instant; the earliest one whose
    // offset really is in force at that instant shows midnight first.
    const int earlier = offsetAt(local - 2 * kWindowMs, transitions, offsetBefore);
    std::vector<int> offsets{earlier};
    for (const Transition& tr : transitions) {
        if (tr.atMs > local - 2 * kWindowMs && tr.atMs < local + 2 * kWindowMs)
            offsets.push_back(tr.offsetSeconds);
    }
    qint64 best = 0;
    bool found = false;
    for (int offset : offsets) {
        const qint64 t = local - qint64(offset) * kMsPerSecond;
        if (offsetAt(t, transitions, offsetBefore) == offset && (!found || t < best)) {
            best = t;
            found = true;
        }
    }
    if (found)
        return best;
    // Midnight falls into a gap (DST starting at 00:00): the day starts when the clock jumps.
    for (const Transition& tr : transitions) {
        const qint64 before = tr.atMs + qint64(offsetAt(tr.atMs - 1, transitions, offsetBefore)) * kMsPerSecond;
        const qint64 after = tr.atMs + qint64(tr.offsetSeconds) * kMsPerSecond;
        if (before <= local && local < after)
            return tr.atMs;
    }
    return local - qint64(earlier) * kMsPerSecond;
}

qint64 ZoneCalendar::startOfDay(const QTimeZone& zone, QDate date)
{
    const qint64 local = utcMidnight(date);
    int offsetBefore = 0;
    const auto transitions = transitionsAround(zone, local - 3 * kWindowMs, local + 3 * kWindowMs, offsetBefore);
    return startOfDay(date, transitions, offsetBefore);
}

ZoneCalendar::ZoneCalendar(const QTimeZone& zone, QDate first, QDate last) : m_first(first)
{
    const qint64 from = utcMidnight(first) - 3 * kWindowMs;
    const qint64 to = utcMidnight(last.addDays(1)) + 3 * kWindowMs;
    m_transitions = transitionsAround(zone, from, to, m_offsetBefore);
    const qint64 days = first.daysTo(last) + 1;
    m_starts.reserve(size_t(days + 1));
    for (qint64 i = 0; i <= days; ++i)
        m_starts.push_back(startOfDay(first.addDays(i), m_transitions, m_offsetBefore));
    // Every day must be 24 h: a spring-forward and a fall-back inside one range cancel out in total.
    m_uniformDays = true;
    for (size_t i = 1; i < m_starts.size() && m_uniformDays; ++i)
        m_uniformDays = m_starts[i] - m_starts[i - 1] == kMsPerDay;
}

qint64 ZoneCalendar::startOf(QDate date) const
{
    return m_starts[size_t(indexOf(date))];
}

int ZoneCalendar::dayIndex(qint64 t) const
{
    if (m_starts.empty() || t < m_starts.front() || t >= m_starts.back())
        return -1;
    if (m_uniformDays)
        return int((t - m_starts.front()) / kMsPerDay);
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), t);
    return int(it - m_starts.begin()) - 1;
}

int ZoneCalendar::offsetSecondsAt(qint64 t) const
{
    return offsetAt(t, m_transitions, m_offsetBefore);
}

int ZoneCalendar::hourOf(qint64 t) const
{
    const qint64 local = t + qint64(offsetSecondsAt(t)) * kMsPerSecond;
    return int(floorMod(local, kMsPerDay) / kMsPerHour);
}

} // namespace crmlens::metrics
