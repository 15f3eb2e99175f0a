#pragma once

#include "core/sim/SimWorkspace.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

// What the generator tests compute from a workspace, written from METRICS.md and independent of
// the generator's own code: turns and responses, daily series, the anomaly rule.
namespace crmlens::sim::test {

inline constexpr std::int64_t kDay = 86400;
inline constexpr std::int64_t kHour = 3600;

inline bool isOperatorReply(const SimMessage& m)
{
    return m.direction == Direction::Outbound && m.type != MessageType::Template;
}

// Inbound turns as METRICS.md defines them: templates ignored, a turn starts at an inbound
// message that opens the chat or follows an operator reply; its response is the next reply.
struct Turn
{
    std::int64_t start = 0;
    std::int64_t response = -1; // seconds; -1 unanswered
};

inline std::vector<Turn> turnsOf(const SimWorkspace& ws, const SimContact& c)
{
    std::vector<Turn> turns;
    bool open = false;
    for (const std::uint32_t index : c.messages) {
        const SimMessage& m = ws.messages[index];
        if (m.direction == Direction::Inbound && !open) {
            turns.push_back({m.timestamp, -1});
            open = true;
        } else if (isOperatorReply(m) && open) {
            turns.back().response = m.timestamp - turns.back().start;
            open = false;
        }
    }
    return turns;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// The anomaly rule of METRICS.md for one day of a daily series.
inline bool standsOut(const std::map<std::int64_t, double>& series, std::int64_t day, bool up, QString* why)
{
    std::vector<double> previous;
    for (std::int64_t d = day - 28; d < day; ++d) {
        const auto it = series.find(d);
        if (it != series.end())
            previous.push_back(it->second);
    }
    const auto it = series.find(day);
    if (previous.size() < 14 || it == series.end())
        return false;
    const double m = median(previous);
    std::vector<double> deviations;
    for (const double v : previous)
        deviations.push_back(std::abs(v - m));
    const double mad = median(deviations);
    *why = QStringLiteral("value %1, median %2, MAD %3").arg(it->second).arg(m).arg(mad);
    return mad > 0 && std::abs(it->second - m) > 3 * 1.4826 * mad && (it->second > m) == up;
}

inline double share(qsizetype part, qsizetype whole)
{
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

// Calendar day and hour at the workspace's home offset.
inline std::int64_t dayOf(const SimWorkspace& ws, std::int64_t t)
{
    const std::int64_t local = t + ws.utcOffsetMinutes * 60;
    return local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
}

inline int hourOf(const SimWorkspace& ws, std::int64_t t)
{
    return static_cast<int>((t + ws.utcOffsetMinutes * 60 - dayOf(ws, t) * kDay) / kHour);
}

} // namespace crmlens::sim::test
