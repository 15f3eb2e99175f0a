#pragma once

#include "core/sim/SimGeneratorData.h"

#include <vector>

// Writing one contact's messages: conversations of inbound turns answered by operators,
// automated templates, and how outbound messages get delivered and read.
namespace crmlens::sim::gen {

// Appends a message to ctx.raw with its visibility lag; the reference is valid until the next push.
SimMessage& pushMessage(Context& ctx, SimRandom& rng, std::uint32_t contact, std::int64_t at, MessageType type,
                        Direction direction);

// Decides an outbound message's fate: failed, delivered after a delay (rarely never), read later.
void deliver(SimMessage& m, SimRandom& rng, double failProbability, double readProbability, double readMedianSecs);

// Template delivery varies from day to day (network trouble, numbers that left WhatsApp) and
// collapses on the planted day.
double templateFailureProbability(const Context& ctx, std::int64_t at, double usual);

// Topics a contact opens a conversation with, and those of answers to a campaign.
Topic organicTopic(SimRandom& rng);
Topic campaignReplyTopic(SimRandom& rng);

class MessageWriter
{
public:
    struct Outcome
    {
        std::int64_t lastAt = 0;
        bool lastTurnAnswered = false;
    };

    MessageWriter(Context& ctx, std::uint32_t contact, SimRandom& rng);

    // Turns of 1-4 inbound messages, each answered by 1-3 operator replies after a log-normal
    // delay (or not at all). Nothing is written at or after `until`.
    Outcome conversation(std::int64_t start, Topic topic, int turns, std::int64_t until);
    void welcome(std::int64_t at);
    void orderUpdate(std::int64_t at);
    // A feedback request after a resolved conversation, sometimes answered; returns the last message time.
    std::int64_t feedbackRequest(std::int64_t at, std::int64_t until);

    int turnCount(double boost);

private:
    std::uint32_t emitInbound(std::int64_t at, MessageType type, Topic topic);
    std::uint32_t emitReply(std::int64_t at, int op, Topic topic);
    void markRepliesRead(std::int64_t at);
    int responder();
    double responseDelay(std::int64_t turnStart, int op);

    Context& m_ctx;
    std::uint32_t m_contact;
    SimRandom& m_rng;
    std::vector<std::uint32_t> m_unreadReplies; // replies the contact reads before writing again
};

} // namespace crmlens::sim::gen
