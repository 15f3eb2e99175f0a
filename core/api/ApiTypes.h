#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Value types for what the CRM API returns (../shared/crm-api.md), after tolerant parsing:
// every field-name variant is folded into one name here, so nothing downstream knows about them.
namespace crmlens::api {

struct PageInfo
{
    int page = 0;
    int limit = 0;
    std::optional<qint64> total; // absent when the envelope did not say
};

// A custom field value as the contact list sent it. Name-keyed variants fill `name`; the
// `[{"id","value"}]` variant only has `fieldId`, resolved later through the field definitions.
// `value` is trimmed; numbers and booleans arrive as their text; a JSON null stays a null QString.
struct CustomFieldValue
{
    QString fieldId;
    QString name;
    QString value;
};

struct Contact
{
    QString chatId;
    QString whatsappNumber;
    QString email;
    QString name;
    QDateTime createdAt; // invalid when the CRM did not send one or sent one that cannot be read
    QString status;
    QString operatorName; // chat_operator / assigned_operator / operator; empty when absent
    QList<CustomFieldValue> customFields;
    // false: the record carried no readable custom_fields, so read /crm/chat/setting/{id}/custom-field.
    // A JSON null counts as present and empty: the tenant sends fields inline and this chat has none.
    bool customFieldsPresent = false;
};

struct Campaign
{
    QString campaignId;
    QString name;
    QString status;
    QDateTime createdAt;
    QDateTime scheduledAt; // invalid when null
    std::optional<qint64> totalRecipients;
    QString templateName;
    QString templateLanguage;
};

// Counts only; the report's `*_rate` strings are display text and are not read.
struct CampaignReport
{
    QString campaignId;
    QString name;
    qint64 totalRecipients = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    qint64 replied = 0;
    qint64 failed = 0;
};

struct Message
{
    QString messageId;
    QString type;
    QString content;   // null QString when the CRM sent null or nothing
    QString direction; // "inbound" | "outbound" (others kept as-is)
    QString status;
    QDateTime timestamp;
    QString operatorName; // only when a tenant sends operator / agent
    QString campaignId;   // only when a tenant sends campaign_id
};

struct CustomFieldDefinition
{
    QString id;
    QString name;
    QString type;
    bool required = false;
};

// A record the parser had to leave out, with the reason, so the sync can log and count it.
struct SkippedRecord
{
    QString kind;   // "contact", "message", "campaign", ...
    QString id;     // empty when the record had no usable id
    QString reason; // plain words
};

// A record that was kept although one of its fields could not be read (wrong type, unreadable
// timestamp, negative count). The field reads as absent; the sync may log and count these.
struct FieldIssue
{
    QString kind;  // "contact", "message", "campaign", ...
    QString id;    // the record's id
    QString field; // the API's key, e.g. "created_at" or "custom_fields.city"
    QString reason;
};

// What a parser that returns a plain list noticed on the way (optional out-parameter).
struct ParseNotes
{
    QList<SkippedRecord> skipped;
    QList<FieldIssue> fieldIssues;
};

template <typename T> struct Page
{
    QList<T> items;
    PageInfo info;
    QList<SkippedRecord> skipped;
    QList<FieldIssue> fieldIssues;
};

using ContactsPage = Page<Contact>;
using CampaignsPage = Page<Campaign>;
using MessagesPage = Page<Message>;

// What the rate-limit headers said, when they said it.
struct RateLimitInfo
{
    std::optional<int> limit;
    std::optional<int> remaining;
    std::optional<qint64> resetEpochSecs;
    std::optional<int> retryAfterSecs;
    QDateTime retryAt; // Retry-After given as an HTTP-date, in UTC; invalid otherwise
};

} // namespace crmlens::api
