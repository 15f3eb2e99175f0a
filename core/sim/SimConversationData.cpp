#include "core/sim/SimGeneratorData.h"
#include "core/sim/SimMessageData.h"

#include <algorithm>
#include <cmath>
#include <limits>

// Schedules each contact's conversations over its active life: organic ones spread by the daily
// and weekly rhythm with more than a day between them, and answers to campaign messages at the
// times the campaign step planned.
namespace crmlens::sim::gen {
namespace {

// Typical messages of one organic conversation (turns, follow-ups and the automated templates
// around it) and of one answer to a campaign. They only pace the schedule: budgets are settled
// against the messages actually written.
constexpr double kOrganicConversationMessages = 6.2;
constexpr double kReplyConversationMessages = 4.6;
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

class ContactScheduler
{
public:
    ContactScheduler(Context& ctx, std::uint32_t contact, double messageBudget)
        : m_ctx(ctx), m_contact(contact), m_rng(mixSeed(ctx.config.seed, StreamConversations, contact)),
          m_writer(ctx, contact, m_rng), m_budget(messageBudget)
    {}

    double organicWritten() const { return m_written; }
    std::size_t replyCount() const { return m_replies.size(); }

    void run()
    {
        const SimContact& c = m_ctx.ws.contacts[m_contact];
        const ContactPlan& plan = m_ctx.plans[m_contact];
        m_from = std::max(c.createdAt, m_ctx.ws.startsAt);
        m_until = plan.activeUntil;
        if (m_until <= m_from)
            return;
        m_offset = m_ctx.countryOffset(m_contact);
        // Stop once the budget is within a random part of one conversation: totals then match on average.
        m_stopBelow = m_rng.uniform() * kOrganicConversationMessages;
        // Most new chats exist because the contact wrote first: the first conversation opens the chat.
        // (A contact who never writes was added some other way: imported, typed in by staff.)
        m_opensChat = plan.writesAtCreation && c.createdAt >= m_ctx.ws.startsAt && m_budget > m_stopBelow;

        const auto sendsBegin = m_ctx.sends.begin() + static_cast<std::ptrdiff_t>(m_ctx.sendBegin[m_contact]);
        const auto sendsEnd = m_ctx.sends.begin() + static_cast<std::ptrdiff_t>(m_ctx.sendBegin[m_contact + 1]);
        m_sends.assign(sendsBegin, sendsEnd);
        for (const TemplateSend& send : m_sends) {
            if (send.replyAt != 0)
                m_replies.push_back(send.replyAt);
        }
        std::sort(m_replies.begin(), m_replies.end());

        std::size_t nextReply = 0;
        for (;;) {
            const std::int64_t organic = nextOrganic();
            const std::int64_t reply =
                nextReply < m_replies.size() ? std::max(m_replies[nextReply], m_cursor + 30) : kNever;
            if (reply != kNever && reply >= m_until) {
                ++nextReply;
                continue;
            }
            if (organic == kNever && reply == kNever)
                break;
            if (reply <= organic) {
                const auto out =
                    m_writer.conversation(reply, campaignReplyTopic(m_rng), m_rng.chance(0.35) ? 2 : 1, m_until);
                m_cursor = std::max(m_cursor, out.lastAt);
                ++nextReply;
                m_gaveUp = m_gaveUp || givesUp(out);
            } else {
                organicConversation(organic);
            }
            m_seed = kUnplanned; // replan: the gap after this conversation matters
        }
    }

private:
    // The next organic conversation start: spread so the remaining budget fills the remaining
    // time, drawn from the daily and weekly rhythm, more than a day after the last conversation
    // and never in the 72 h after a campaign message (campaign reply rates then measure answers,
    // not coincidences).
    std::int64_t nextOrganic()
    {
        if (m_seed != kUnplanned)
            return m_seed;
        if (m_gaveUp)
            return kNever;
        const double remaining = m_budget - m_written;
        if (remaining <= m_stopBelow) {
            m_seed = kNever;
            return m_seed;
        }
        if (m_opensChat && m_written == 0) {
            m_seed = m_ctx.ws.contacts[m_contact].createdAt + m_rng.range(0, 10);
            m_boost = 1;
            return m_seed;
        }
        const std::int64_t from =
            m_cursor == kNoMessages ? m_from : m_cursor + kDay + static_cast<std::int64_t>(m_rng.uniform(1, 8) * kHour);
        if (from >= m_until) {
            m_seed = kNever;
            return m_seed;
        }
        const double conversationsLeft = std::max(1.0, remaining / kOrganicConversationMessages);
        const double gap = static_cast<double>(m_until - from) / conversationsLeft;
        // A contact too busy for one conversation every day and a half talks longer instead.
        m_boost = std::max(1.0, 1.5 * kDay / gap);
        const std::int64_t to = std::min(m_until, from + static_cast<std::int64_t>(2 * gap) + kHour);
        std::int64_t s = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            s = m_ctx.rhythmTime(m_rng, from, to, m_offset);
            if (replyWindowEnd(s) == 0)
                break;
        }
        // Every draw fell just after campaign messages: start some time after the last such window.
        for (std::int64_t end = replyWindowEnd(s); end != 0; end = replyWindowEnd(s)) {
            s = m_ctx.rhythmTime(m_rng, end, std::min(m_until, end + std::max<std::int64_t>(2 * gap, 3 * kDay)),
                                 m_offset);
            if (s <= end)
                s = end + static_cast<std::int64_t>(m_rng.uniform(6, 30) * kHour);
        }
        m_seed = s < m_until ? s : kNever;
        return m_seed;
    }

    // The end of the 72 h after a campaign message that `t` falls in; 0 when it falls in none.
    std::int64_t replyWindowEnd(std::int64_t t) const
    {
        std::int64_t end = 0;
        for (const TemplateSend& send : m_sends) {
            if (send.sentAt < t && t <= send.sentAt + kReplyWindow)
                end = std::max(end, send.sentAt + kReplyWindow);
        }
        return end;
    }

    // Ignored customers often stop writing, new ones more than regulars: their last turn then stays
    // unanswered (only a campaign may still bring them back).
    bool givesUp(const MessageWriter::Outcome& out)
    {
        ++m_conversations;
        return !out.lastTurnAnswered && out.lastAt + kDay < m_until &&
               m_rng.chance(0.85 * std::pow(0.6, m_conversations - 1));
    }

    void organicConversation(std::int64_t start)
    {
        const std::size_t before = m_ctx.raw.size();
        const bool opensChat = m_opensChat && m_written == 0;
        const Topic topic = organicTopic(m_rng);
        const auto out = m_writer.conversation(start, topic, m_writer.turnCount(m_boost), m_until);
        m_cursor = std::max(m_cursor, out.lastAt);
        const bool aboutAnOrder = topic == Topic::Order || topic == Topic::Payment || topic == Topic::Delivery;
        if (aboutAnOrder && out.lastTurnAnswered && m_rng.chance(0.5)) {
            const auto at = out.lastAt + static_cast<std::int64_t>(m_rng.uniform(2, 30) * kHour);
            if (at < m_until) {
                m_writer.orderUpdate(at);
                m_cursor = std::max(m_cursor, at);
            }
        }
        if (opensChat && m_rng.chance(0.6)) {
            const std::int64_t at = start + m_rng.range(1, 4);
            if (at < m_until)
                m_writer.welcome(at);
        }
        if (out.lastTurnAnswered && m_rng.chance(0.2)) {
            const auto at = out.lastAt + static_cast<std::int64_t>(m_rng.logNormal(2 * kHour, 0.6));
            if (at < m_until)
                m_cursor = std::max(m_cursor, m_writer.feedbackRequest(at, m_until));
        }
        // An empty conversation (the contact left first) still spends budget, or the loop would not end.
        m_written += std::max<double>(1.0, static_cast<double>(m_ctx.raw.size() - before));
        m_gaveUp = givesUp(out);
    }

    static constexpr std::int64_t kNoMessages = std::numeric_limits<std::int64_t>::min();
    static constexpr std::int64_t kUnplanned = std::numeric_limits<std::int64_t>::min() + 1;

    Context& m_ctx;
    std::uint32_t m_contact;
    SimRandom m_rng;
    MessageWriter m_writer;
    double m_budget;      // organic messages this contact should write and receive
    double m_written = 0; // organic messages so far
    double m_stopBelow = 0;
    double m_boost = 1;
    int m_conversations = 0;
    int m_offset = 0;
    std::int64_t m_from = 0;
    std::int64_t m_until = 0;
    std::int64_t m_cursor = kNoMessages; // last message of the conversations written so far
    std::int64_t m_seed = kUnplanned;    // the planned next organic start
    bool m_opensChat = false;
    bool m_gaveUp = false;
    std::vector<TemplateSend> m_sends;
    std::vector<std::int64_t> m_replies;
};

} // namespace

void generateConversations(Context& ctx)
{
    const auto& ws = ctx.ws;
    const std::size_t n = ws.contacts.size();
    const double target = static_cast<double>(n) * ctx.config.messagesPerContact - ctx.campaignTemplates;

    std::vector<double> weight(n, 0.0);
    double remainingWeight = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t from = std::max(ws.contacts[i].createdAt, ws.startsAt);
        const double spanDays = std::max<double>(0.0, static_cast<double>(ctx.plans[i].activeUntil - from) / kDay);
        weight[i] = ctx.plans[i].activity * spanDays;
        remainingWeight += weight[i];
    }

    // Budgets are handed out as contacts are written, from what is still missing: contacts who
    // cannot use theirs (too little time left, too busy) leave it to the others, and `efficiency`
    // corrects for a tenant where that happens to most of them.
    double remainingReplies = ctx.plannedCampaignReplies;
    double written = 0;
    double given = 0;
    double organic = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t before = ctx.raw.size();
        const double stillMissing = target - written - remainingReplies * kReplyConversationMessages;
        const double share = remainingWeight > 0 ? std::max(0.0, stillMissing) * weight[i] / remainingWeight : 0.0;
        const double efficiency = given > 1000 ? std::clamp(organic / given, 0.3, 1.5) : 1.0;
        ContactScheduler scheduler(ctx, static_cast<std::uint32_t>(i), share / efficiency);
        scheduler.run();
        remainingWeight -= weight[i];
        remainingReplies -= static_cast<double>(scheduler.replyCount());
        written += static_cast<double>(ctx.raw.size() - before);
        given += share / efficiency;
        organic += scheduler.organicWritten();
    }
}

} // namespace crmlens::sim::gen
