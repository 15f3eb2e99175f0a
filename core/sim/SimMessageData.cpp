#include "core/sim/SimMessageData.h"

#include <algorithm>
#include <cmath>

namespace crmlens::sim::gen {
namespace {

MessageType inboundType(SimRandom& rng, double textShare)
{
    if (rng.chance(textShare))
        return MessageType::Text;
    switch (rng.weighted({45, 30, 15, 10})) {
    case 0:
        return MessageType::Image;
    case 1:
        return MessageType::Audio;
    case 2:
        return MessageType::Document;
    default:
        return MessageType::Video;
    }
}

// Later messages of a conversation pick another sentence and skip the greeting: people do not
// repeat "Hello, ..." in every line.
std::uint16_t continuationVariant(SimRandom& rng, int sentence)
{
    return static_cast<std::uint16_t>(sentence % 3 + 15 * rng.range(0, 4368));
}

MessageType replyType(SimRandom& rng)
{
    switch (rng.weighted({90, 5, 4, 1})) {
    case 0:
        return MessageType::Text;
    case 1:
        return MessageType::Document;
    case 2:
        return MessageType::Image;
    default:
        return MessageType::Video;
    }
}

} // namespace

SimMessage& pushMessage(Context& ctx, SimRandom& rng, std::uint32_t contact, std::int64_t at, MessageType type,
                        Direction direction)
{
    SimMessage& m = ctx.raw.emplace_back();
    m.timestamp = at;
    m.visibleAt = at + rng.range(ctx.config.messageLagMinSecs,
                                 std::max(ctx.config.messageLagMinSecs, ctx.config.messageLagMaxSecs));
    m.id = static_cast<std::uint32_t>(ctx.raw.size() - 1);
    m.contact = contact;
    m.type = type;
    m.direction = direction;
    m.textVariant = static_cast<std::uint16_t>(rng.range(0, 65535));
    return m;
}

void deliver(SimMessage& m, SimRandom& rng, double failProbability, double readProbability, double readMedianSecs)
{
    if (rng.chance(failProbability)) {
        m.failed = true;
        return;
    }
    const double r = rng.uniform();
    if (r < 0.008)
        return; // a lost phone: stays "sent" for good
    const double delay = r < 0.025 ? rng.uniform(1800, 20 * 3600) : std::max(1.0, rng.logNormal(3, 0.9));
    m.deliveredAt = m.timestamp + static_cast<std::int64_t>(delay);
    if (rng.chance(readProbability))
        m.readAt = m.deliveredAt + static_cast<std::int64_t>(std::max(1.0, rng.logNormal(readMedianSecs, 1.4)));
}

double templateFailureProbability(const Context& ctx, std::int64_t at, double usual)
{
    if (ctx.inDay(ctx.collapseDay, at))
        return 0.8;
    const auto day = static_cast<std::uint64_t>(Context::dayIndex(at, ctx.ws.utcOffsetMinutes));
    SimRandom dayRng(mixSeed(ctx.config.seed, StreamDeliveryDays, day));
    return usual * dayRng.uniform(0.3, 2.2);
}

Topic organicTopic(SimRandom& rng)
{
    static constexpr Topic topics[] = {Topic::Greeting,     Topic::Order,       Topic::Delivery,  Topic::Price,
                                       Topic::Payment,      Topic::Refund,      Topic::Complaint, Topic::Appointment,
                                       Topic::Availability, Topic::Cancellation};
    return topics[rng.weighted({10, 14, 14, 12, 10, 7, 6, 8, 10, 4})];
}

Topic campaignReplyTopic(SimRandom& rng)
{
    static constexpr Topic topics[] = {Topic::Price,    Topic::Order,        Topic::Availability,
                                       Topic::Greeting, Topic::Cancellation, Topic::Thanks};
    return topics[rng.weighted({30, 25, 20, 15, 5, 5})];
}

MessageWriter::MessageWriter(Context& ctx, std::uint32_t contact, SimRandom& rng)
    : m_ctx(ctx), m_contact(contact), m_rng(rng)
{}

int MessageWriter::turnCount(double boost)
{
    int turns = 1;
    while (turns < 6 && m_rng.chance(0.42))
        ++turns;
    // Contacts too busy for one conversation every day or two talk longer instead.
    return std::clamp(static_cast<int>(std::lround(turns * boost)), 1, 40);
}

MessageWriter::Outcome MessageWriter::conversation(std::int64_t start, Topic topic, int turns, std::int64_t until)
{
    Outcome out{start, false};
    std::int64_t t = start;
    m_unreadReplies.clear();
    const auto sentence = static_cast<int>(m_rng.range(0, 2));
    for (int turn = 0; turn < turns && t < until; ++turn) {
        const std::int64_t turnStart = t;
        std::int64_t lastInbound = t;
        const int inbound = 1 + m_rng.weighted({45, 30, 15, 10});
        for (int k = 0; k < inbound && t < until; ++k) {
            const std::uint32_t id = emitInbound(t, inboundType(m_rng, k == 0 ? 0.88 : 0.7), topic);
            if (turn > 0 || k > 0)
                m_ctx.raw[id].textVariant = continuationVariant(m_rng, sentence + turn + k);
            markRepliesRead(t);
            lastInbound = out.lastAt = t;
            t += static_cast<std::int64_t>(std::max(2.0, m_rng.logNormal(25, 1.0)));
        }
        out.lastTurnAnswered = false;

        const int op = responder();
        double unanswered = m_ctx.operators[static_cast<std::size_t>(op)].unansweredRate;
        if (topic == Topic::Thanks)
            unanswered *= 2.5; // a "thank you" often needs no answer
        if (Context::weekday(turnStart, m_ctx.ws.utcOffsetMinutes) == 6)
            unanswered *= 1.4;
        if (m_rng.chance(unanswered))
            break;

        const double delay = responseDelay(turnStart, op);
        std::int64_t replyAt = std::max(turnStart + static_cast<std::int64_t>(delay), lastInbound + m_rng.range(5, 40));
        if (delay > 1800 && m_rng.chance(0.35)) {
            // Waiting customers chase: "hello?? any update?"
            const auto chase = turnStart + static_cast<std::int64_t>(delay * m_rng.uniform(0.3, 0.85));
            if (chase > lastInbound && chase < replyAt && chase < until) {
                emitInbound(chase, MessageType::Text, Topic::FollowUp);
                out.lastAt = std::max(out.lastAt, chase);
            }
        }
        if (replyAt >= until)
            break;

        const int replies = 1 + m_rng.weighted({55, 30, 15});
        m_unreadReplies.clear();
        std::uint16_t replyVariant = 0;
        for (int r = 0; r < replies && replyAt < until; ++r) {
            // A second line says the other sentence of the topic; a third one closes politely.
            const std::uint32_t id = emitReply(replyAt, op, r < 2 ? topic : Topic::Thanks);
            if (r == 0)
                replyVariant = m_ctx.raw[id].textVariant;
            else
                m_ctx.raw[id].textVariant = static_cast<std::uint16_t>(replyVariant ^ 1U);
            m_unreadReplies.push_back(id);
            out.lastAt = replyAt;
            out.lastTurnAnswered = true;
            replyAt += static_cast<std::int64_t>(std::max(3.0, m_rng.logNormal(25, 0.8)));
        }

        t = out.lastAt + static_cast<std::int64_t>(std::clamp(m_rng.logNormal(300, 1.3), 20.0, 6.0 * 3600));
        if (turn + 2 == turns && m_rng.chance(0.35))
            topic = Topic::Thanks;
        else if (!m_rng.chance(0.6))
            topic = organicTopic(m_rng);
    }
    return out;
}

void MessageWriter::welcome(std::int64_t at)
{
    SimMessage& m = pushMessage(m_ctx, m_rng, m_contact, at, MessageType::Template, Direction::Outbound);
    m.topic = static_cast<std::uint8_t>(Automation::Welcome);
    deliver(m, m_rng, templateFailureProbability(m_ctx, at, 0.05), 0.85, 60);
}

void MessageWriter::orderUpdate(std::int64_t at)
{
    SimMessage& m = pushMessage(m_ctx, m_rng, m_contact, at, MessageType::Template, Direction::Outbound);
    m.topic = static_cast<std::uint8_t>(Automation::OrderUpdate);
    deliver(m, m_rng, templateFailureProbability(m_ctx, at, 0.06), 0.8, 1200);
}

std::int64_t MessageWriter::feedbackRequest(std::int64_t at, std::int64_t until)
{
    SimMessage& request = pushMessage(m_ctx, m_rng, m_contact, at, MessageType::Template, Direction::Outbound);
    request.topic = static_cast<std::uint8_t>(Automation::FeedbackRequest);
    deliver(request, m_rng, templateFailureProbability(m_ctx, at, 0.06), 0.7, 1800);
    const std::int64_t readAt = request.readAt;
    if (readAt == 0 || !m_rng.chance(0.3))
        return at;
    const std::int64_t answerAt = readAt + static_cast<std::int64_t>(std::max(5.0, m_rng.logNormal(600, 1.0)));
    if (answerAt >= until)
        return at;
    emitInbound(answerAt, MessageType::Text, Topic::Feedback);
    if (!m_rng.chance(0.5))
        return answerAt;
    const std::int64_t thanksAt = answerAt + static_cast<std::int64_t>(std::max(10.0, m_rng.logNormal(400, 1.0)));
    if (thanksAt >= until)
        return answerAt;
    emitReply(thanksAt, responder(), Topic::Feedback);
    return thanksAt;
}

std::uint32_t MessageWriter::emitInbound(std::int64_t at, MessageType type, Topic topic)
{
    SimMessage& m = pushMessage(m_ctx, m_rng, m_contact, at, type, Direction::Inbound);
    m.topic = static_cast<std::uint8_t>(topic);
    return m.id;
}

std::uint32_t MessageWriter::emitReply(std::int64_t at, int op, Topic topic)
{
    SimMessage& m = pushMessage(m_ctx, m_rng, m_contact, at, replyType(m_rng), Direction::Outbound);
    m.topic = static_cast<std::uint8_t>(topic);
    m.operatorIndex = static_cast<std::int16_t>(op);
    deliver(m, m_rng, 0.008, 0.9, 40);
    return m.id;
}

// Writing again means the contact has seen the answers: read receipts come no later than that.
void MessageWriter::markRepliesRead(std::int64_t at)
{
    for (const std::uint32_t index : m_unreadReplies) {
        SimMessage& m = m_ctx.raw[index];
        if (m.failed || (m.readAt != 0 && m.readAt <= at))
            continue;
        m.readAt = std::max(m.timestamp + 1, at - m_rng.range(1, 20));
        if (m.deliveredAt == 0 || m.deliveredAt > m.readAt)
            m.deliveredAt = std::max(m.timestamp + 1, m.readAt - m_rng.range(0, 5));
        m.deliveredAt = std::min(m.deliveredAt, m.readAt);
    }
    m_unreadReplies.clear();
}

int MessageWriter::responder()
{
    const int assigned = m_ctx.ws.contacts[m_contact].operatorIndex;
    if (assigned >= 0 && m_rng.chance(0.9))
        return assigned;
    return m_rng.weighted(m_ctx.operatorLoads);
}

double MessageWriter::responseDelay(std::int64_t turnStart, int op)
{
    const OperatorPlan& plan = m_ctx.operators[static_cast<std::size_t>(op)];
    const int offset = m_ctx.ws.utcOffsetMinutes;
    double delay = m_rng.logNormal(plan.medianSecs, plan.sigma);
    const double r = m_rng.uniform();
    if (r < 0.03)
        delay = m_rng.uniform(3600, 8 * 3600);
    else if (r < 0.036)
        delay = m_rng.uniform(20 * 3600, 96 * 3600);

    // The team works 07:00-21:00 at home; many night messages wait for the morning shift.
    const int hour = Context::hourOfDay(turnStart, offset);
    if ((hour < 7 || hour >= 21) && m_rng.chance(0.4)) {
        std::int64_t morning = Context::dayStart(turnStart, offset) + 7 * kHour;
        if (hour >= 21)
            morning += kDay;
        delay = std::max(delay, static_cast<double>(morning - turnStart) + m_rng.logNormal(900, 0.8));
    }
    if (Context::weekday(turnStart, offset) == 6)
        delay *= 1.25;
    if (m_ctx.inDay(m_ctx.slowDay, turnStart))
        delay = delay * m_rng.uniform(10, 20) + m_rng.uniform(1200, 3600);
    return std::max(delay, 5.0);
}

} // namespace crmlens::sim::gen
