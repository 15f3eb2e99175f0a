#pragma once

#include "core/sim/SimText.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

// The simulator's whole CRM tenant as compact in-memory tables. It is generated once over a
// timeline and *viewed at a time*: a record exists for the API from the moment it appears, a
// message's status is a function of time (sent → delivered → read), a contact can change status
// or be deleted later. "Live mode" is nothing more than the view time moving forward, so the
// workspace stays deterministic for a seed and memory stays proportional to the data.
//
// The simulator writes the API's JSON its own way and never uses core/api's parsers or DTOs.
namespace crmlens::sim {

enum class Tenant : std::uint8_t { ChatNation, Voll };

enum class MessageType : std::uint8_t { Text, Image, Document, Audio, Video, Template };
enum class Direction : std::uint8_t { Inbound, Outbound };
enum class MessageStatus : std::uint8_t { Received, Sent, Delivered, Read, Failed };

struct SimCustomField
{
    QString id;   // "cf_001"
    QString name; // "source", "lead_stage", "revenue", "csat", "city", ...
    QString type; // "string" | "number"
};

struct SimOperator
{
    QString email;
};

struct SimContact
{
    QString chatId;
    QString whatsappNumber;                // as the CRM shows it: with or without '+', sometimes with spaces
    QString name;                          // any script; empty: the CRM sends null
    QString email;                         // empty: the CRM sends null
    QString country;                       // ISO 3166 alpha-2 of the number (the API does not send it)
    Language language = Language::English; // what the contact writes in
    std::int64_t createdAt = 0;            // unix seconds; the contact exists for the API from then on
    bool sendsCreatedAt = true;            // false: the CRM omits created_at for this contact
    QString status;                        // status before statusChangedAt (or always, when 0)
    QString statusAfter;                   // status from statusChangedAt on (churn, resolution)
    std::int64_t statusChangedAt = 0;
    int operatorIndex = -1;              // assigned operator, -1 none
    QList<QString> fieldValues;          // indexed like SimWorkspace::customFields; empty = absent
    std::int64_t deletedAt = 0;          // 0: never deleted
    std::vector<std::uint32_t> messages; // indexes into SimWorkspace::messages, ordered by (timestamp, id)
};

struct SimMessage
{
    std::int64_t timestamp = 0;      // when it happened (unix seconds)
    std::int64_t visibleAt = 0;      // when the messages endpoint starts listing it (>= timestamp: lag)
    std::int64_t deliveredAt = 0;    // outbound: 0 never delivered
    std::int64_t readAt = 0;         // outbound: 0 never read
    std::uint32_t id = 0;            // message_id is derived from it (see messageId())
    std::uint32_t contact = 0;       // index into SimWorkspace::contacts
    std::int32_t campaign = -1;      // template messages sent by a campaign
    std::int16_t operatorIndex = -1; // who wrote an operator reply (the [live] API does not say)
    std::uint16_t textVariant = 0;   // picks the content deterministically
    std::uint8_t topic = 0;          // Topic of a text; Automation of a template without campaign
    MessageType type = MessageType::Text;
    Direction direction = Direction::Inbound;
    bool failed = false; // outbound delivery failed (status "failed" once sent)
};
// Millions of messages live in memory: text is derived on demand, never stored per message.
static_assert(sizeof(SimMessage) <= 56, "keep SimMessage compact");

struct SimCampaign
{
    QString campaignId;
    QString name;
    QString templateName; // empty: the CRM omits it
    QString templateLanguage;
    std::int64_t createdAt = 0;
    std::int64_t scheduledAt = 0;        // 0: null
    std::int64_t finishedAt = 0;         // when sending ended (completed), 0 never
    QString finalStatus;                 // "completed", "failed", "cancelled", "draft", ...
    std::vector<std::uint32_t> messages; // its template messages
    // What its template messages say; messageTemplate is set even when templateName is omitted.
    QString messageTemplate;
    QString pitch;
    double replyBoost = 1.0; // planned reply-rate multiplier (an A/B variant with a real difference)
};

// A deliberate oddity in a daily series, so alert tests know where to look. Days are calendar
// days at the workspace's utcOffsetMinutes. Only anomalies that stand out by the rule of
// METRICS.md (Anomalies) are recorded: a very small workspace may list fewer than four.
struct PlantedAnomaly
{
    QString metric; // "inbound_messages", "delivery_rate_pct", "median_response_time_s", "new_contacts"
    QDate day;
    std::int64_t dayStartsAt = 0; // unix seconds of that day's midnight at utcOffsetMinutes
    QString direction;            // "up" | "down"
    QString cause;                // what happened that day
};

// A campaign's report at a time, computed from the messages so that reports always agree.
struct SimReport
{
    std::int64_t totalRecipients = 0;
    std::int64_t delivered = 0;
    std::int64_t read = 0;
    std::int64_t replied = 0;
    std::int64_t failed = 0;
};

class SimWorkspace
{
public:
    std::uint64_t seed = 0;
    std::int64_t startsAt = 0;  // first day of generated history
    std::int64_t now = 0;       // history ends here; the view time of a fresh simulator
    std::int64_t endsAt = 0;    // generated future ends here (live mode cannot go past it)
    int utcOffsetMinutes = 180; // the business's home zone: operator hours, planted anomaly days
    QString companyName;
    QString companyDomain;
    std::vector<SimContact> contacts;
    std::vector<SimMessage> messages;
    std::vector<SimCampaign> campaigns;
    std::vector<SimOperator> operators;
    std::vector<SimCustomField> customFields;
    std::vector<PlantedAnomaly> plantedAnomalies;

    // --- views at a time t (unix seconds) ---
    bool contactVisible(const SimContact& c, std::int64_t t) const;
    QString contactStatusAt(const SimContact& c, std::int64_t t) const;
    bool messageVisible(const SimMessage& m, std::int64_t t) const;
    MessageStatus messageStatusAt(const SimMessage& m, std::int64_t t) const;
    QString campaignStatusAt(const SimCampaign& c, std::int64_t t) const;
    bool campaignVisible(const SimCampaign& c, std::int64_t t) const;
    SimReport reportAt(const SimCampaign& c, std::int64_t t) const;

    QString messageId(const SimMessage& m) const;
    QString messageContent(const SimMessage& m) const; // null QString for media without caption

    // Contacts visible at t, newest first (the CRM's list order): indexes into contacts.
    // Equal creation times list the later-added contact first.
    std::vector<std::uint32_t> contactOrderAt(std::int64_t t) const;

    const SimCustomField* customField(const QString& name) const;
    QString fieldValue(const SimContact& c, const QString& fieldName) const; // empty when absent
    QString firstName(const SimContact& c) const;                            // first word of the name that has letters
};

QString messageTypeName(MessageType t);
QString messageStatusName(MessageStatus s);

} // namespace crmlens::sim
