#pragma once

#include "core/metrics/ChatFacts.h"
#include "core/store/DerivedFactsRepository.h"

#include <QList>
#include <QStringList>

namespace crmlens::metrics {

// A chat's facts before their keyword tokens have ids: tokenTexts[i] is the token whose id goes
// to facts.tokens[i].
struct DerivedChat
{
    ChatFacts facts;
    QStringList tokenTexts;
};

// Turns, conversations and message facts of one chat, exactly as METRICS.md "Conversations and
// response times" defines them. `messages` must be in (timestamp, message_id) order.
//
// Choices the definitions leave open:
// - direction, type and status are compared case-insensitively after trimming (they are the API's
//   enumerations, not user values); a message whose direction
//   is neither inbound nor outbound is neither kind of message: it takes no part in turns and is
//   not counted as inbound or outbound, but it is a message of its conversation and can be "the
//   previous message" a conversation's 24 h gap is measured from;
// - "more than 24 h" is strictly more than 86,400,000 ms.
class FactDeriver
{
public:
    static DerivedChat derive(const QList<store::DerivationMessage>& messages);

    // The part a message plays: an inbound message, an operator reply, a business send (template or
    // campaign), or neither. Drill-downs classify stored messages with it, so the rows they list
    // are the ones the facts count.
    enum class Kind { Inbound, Reply, Business, Other };
    static Kind kindOf(const store::DerivationMessage& m);
};

} // namespace crmlens::metrics
