#pragma once

#include "core/metrics/ChatFacts.h"

#include <algorithm>
#include <utility>
#include <vector>

// Index ranges of a chat's facts whose time falls in [fromMs, toMs): facts are sorted by time, so
// a period is two binary searches per chat.
namespace crmlens::metrics::ranges {

template <typename Fact, typename Time>
std::pair<size_t, size_t> within(const std::vector<Fact>& facts, qint64 fromMs, qint64 toMs, Time time)
{
    const auto lower = [&](qint64 bound) {
        return size_t(std::partition_point(facts.begin(), facts.end(), [&](const Fact& f) { return time(f) < bound; }) -
                      facts.begin());
    };
    const size_t begin = lower(fromMs);
    const size_t end = toMs <= fromMs ? begin : lower(toMs);
    return {begin, std::max(begin, end)};
}

inline std::pair<size_t, size_t> inbound(const ChatFacts& f, qint64 fromMs, qint64 toMs)
{
    return within(f.inbound, fromMs, toMs, [](const InboundFact& x) { return x.tsMs; });
}
inline std::pair<size_t, size_t> outbound(const ChatFacts& f, qint64 fromMs, qint64 toMs)
{
    return within(f.outbound, fromMs, toMs, [](const OutboundFact& x) { return x.tsMs; });
}
inline std::pair<size_t, size_t> turns(const ChatFacts& f, qint64 fromMs, qint64 toMs)
{
    return within(f.turns, fromMs, toMs, [](const TurnFact& x) { return x.startMs; });
}
inline std::pair<size_t, size_t> conversations(const ChatFacts& f, qint64 fromMs, qint64 toMs)
{
    return within(f.conversations, fromMs, toMs, [](const ConversationFact& x) { return x.startMs; });
}

} // namespace crmlens::metrics::ranges
