#pragma once

#include "core/sim/SimGenerator.h"
#include "core/sim/SimRandom.h"

#include <cstdint>
#include <vector>

// State shared by the generation steps (contacts, campaigns, conversations, anomalies). Only the
// generator's own files include this; the result is the SimWorkspace.
namespace crmlens::sim::gen {

inline constexpr std::int64_t kMinute = 60;
inline constexpr std::int64_t kHour = 3600;
inline constexpr std::int64_t kDay = 86400;
inline constexpr std::int64_t kReplyWindow = 72 * kHour;

// Independent random streams, one per step (and per item inside a step).
enum Stream : std::uint64_t {
    StreamSetup = 1,
    StreamCreation,
    StreamContact,
    StreamChurn,
    StreamCampaignPlan,
    StreamCampaignSend,
    StreamConversations,
    StreamSpike,
    StreamStatus,
    StreamAnomalyDays,
    StreamDeliveryDays,
};

struct OperatorPlan
{
    double medianSecs = 120; // typical response time
    double sigma = 1.2;      // spread of the log-normal
    double unansweredRate = 0.08;
    double load = 1; // share of assigned chats
};

struct ContactPlan
{
    double activity = 1;          // relative rate of organic conversations
    double responsiveness = 1;    // multiplier of campaign reply probability
    std::int64_t activeUntil = 0; // no activity from here on (churn, deletion, end of timeline)
    std::int64_t churnAt = 0;
    QString churnStatus;
    bool writesAtCreation = false; // the chat was created by the contact's first message
    bool existingBase = false;
    bool burst = false;
};

// One campaign template message sent to a contact, with the contact's planned reply.
struct TemplateSend
{
    std::uint32_t contact = 0;
    std::int64_t sentAt = 0;
    std::int64_t replyAt = 0; // 0: no reply planned
};

struct Context
{
    Context(const GeneratorConfig& c, SimWorkspace& w) : config(c), ws(w) {}

    const GeneratorConfig& config;
    SimWorkspace& ws;
    std::vector<ContactPlan> plans; // parallel to ws.contacts
    std::vector<OperatorPlan> operators;
    std::vector<double> operatorLoads; // OperatorPlan::load of each, for weighted picks
    std::vector<SimMessage> raw;       // messages before the final sort; SimMessage::id holds the raw order
    std::vector<TemplateSend> sends;
    std::vector<std::size_t> sendBegin; // sends of contact i: [sendBegin[i], sendBegin[i + 1])
    int campaignTemplates = 0;
    int plannedCampaignReplies = 0;

    // Planted anomaly days (midnight at the home offset); 0 when not planted.
    std::int64_t spikeDay = 0;
    std::int64_t collapseDay = 0;
    std::int64_t slowDay = 0;
    std::int64_t burstDay = 0;

    // --- calendar helpers (offsets in minutes east of UTC) ---
    static std::int64_t dayIndex(std::int64_t t, int offsetMinutes)
    {
        const std::int64_t local = t + offsetMinutes * kMinute;
        return local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    }
    static std::int64_t dayStart(std::int64_t t, int offsetMinutes)
    {
        return dayIndex(t, offsetMinutes) * kDay - offsetMinutes * kMinute;
    }
    static int weekday(std::int64_t t, int offsetMinutes) // 0 = Monday
    {
        return static_cast<int>((dayIndex(t, offsetMinutes) + 3) % 7);
    }
    static int hourOfDay(std::int64_t t, int offsetMinutes)
    {
        return static_cast<int>((t - dayStart(t, offsetMinutes)) / kHour);
    }
    bool inDay(std::int64_t day, std::int64_t t) const { return day != 0 && t >= day && t < day + kDay; }

    // A time in [from, to) that follows the daily and weekly rhythm of a place.
    std::int64_t rhythmTime(SimRandom& rng, std::int64_t from, std::int64_t to, int offsetMinutes) const;
    // A time of day on the given local day, drawn from the hourly rhythm.
    static std::int64_t rhythmTimeOnDay(SimRandom& rng, std::int64_t dayStartUtc);

    int countryOffset(std::uint32_t contact) const;
};

// Steps, in the order generateWorkspace runs them.
void setupWorkspace(Context& ctx);        // SimGenerator.cpp: timeline, operators, custom fields
void planAnomalyDays(Context& ctx);       // SimAnomalyData.cpp
void generateContacts(Context& ctx);      // SimContactData.cpp
void generateCampaigns(Context& ctx);     // SimCampaignData.cpp
void generateConversations(Context& ctx); // SimMessageData.cpp
void injectInboundSpike(Context& ctx);    // SimAnomalyData.cpp
void finalizeMessages(Context& ctx);      // SimGenerator.cpp: order, ids, per-contact lists
void deriveContactStates(Context& ctx);   // SimContactData.cpp: statuses and fields that follow activity
void recordAnomalies(Context& ctx);       // SimAnomalyData.cpp

} // namespace crmlens::sim::gen
