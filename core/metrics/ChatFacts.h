#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <vector>

// What the metrics need of one chat's messages, derived once when the chat's messages change
// (FactDeriver) and kept in the store (ChatFactsCodec) and in memory (FactCache). Times are
// milliseconds since the epoch, UTC: periods, days and hours depend on the query's time zone, so
// facts keep exact instants and every zone's calendar is applied when a view is computed.
namespace crmlens::metrics {

inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
inline constexpr qint64 kMsPerSecond = 1000;
inline constexpr qint64 kMsPerHour = 3600 * kMsPerSecond;
inline constexpr qint64 kMsPerDay = 24 * kMsPerHour;

// An inbound message; its keyword tokens are ChatFacts::tokens[tokenBegin, tokenEnd).
struct InboundFact
{
    qint64 tsMs = 0;
    quint32 tokenBegin = 0;
    quint32 tokenEnd = 0;

    bool operator==(const InboundFact&) const = default;
};

// An outbound message. Business-initiated ones (type template, or carrying a campaign id) are
// campaign or automation sends; every other outbound message is an operator reply.
struct OutboundFact
{
    enum Flag : quint8 {
        Business = 1,        // template / campaign send
        Failed = 2,          // status failed
        DeliveredOrRead = 4, // status delivered or read
    };
    qint64 tsMs = 0;
    qint64 nextInboundMs = kNoTime; // business sends: the first inbound message strictly later
    qint32 operatorRef = -1;        // ChatFacts::names index of the message's own operator
    qint32 campaignRef = -1;        // ChatFacts::names index of the message's own campaign_id
    quint8 flags = 0;

    bool isBusiness() const { return flags & Business; }
    bool isFailed() const { return flags & Failed; }
    bool isDeliveredOrRead() const { return flags & DeliveredOrRead; }
    bool operator==(const OutboundFact&) const = default;
};

// An inbound turn: from its first inbound message to the first operator reply after it.
struct TurnFact
{
    qint64 startMs = 0;
    qint64 responseMs = kNoTime; // timestamp of the response; kNoTime: unanswered
    qint32 responderRef = -1;    // ChatFacts::names index of the reply's own operator, -1: none named

    bool answered() const { return responseMs != kNoTime; }
    qint64 responseTimeMs() const { return responseMs - startMs; }
    bool operator==(const TurnFact&) const = default;
};

struct ConversationFact
{
    qint64 startMs = 0;
    qint32 messageCount = 0;   // every message from its start until the next conversation starts
    qint32 firstTurn = 0;      // index into ChatFacts::turns of the turn that started it
    qint64 lastActivityMs = 0; // its last inbound message or operator reply

    bool operator==(const ConversationFact&) const = default;
};

struct ChatFacts
{
    std::vector<InboundFact> inbound;   // ordered by (timestamp, message_id)
    std::vector<quint32> tokens;        // keyword token ids (the store's token dictionary)
    std::vector<OutboundFact> outbound; // ordered by (timestamp, message_id)
    std::vector<TurnFact> turns;        // ordered by start
    std::vector<ConversationFact> conversations;
    QStringList names; // operators and campaign ids named by the chat's own messages
    qint64 messageCount = 0;

    bool operator==(const ChatFacts&) const = default;
};

} // namespace crmlens::metrics
