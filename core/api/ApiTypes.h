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
    QDateTime createdAt; // invalid when the CRM did not send one
    QString status;
    QString operatorName; // chat_operator / assigned_operator / operator; empty when absent
    QList<CustomFieldValue> customFields;
    bool customFieldsPresent = false; // false: read /crm/chat/setting/{id}/custom-field
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
    QString content; // null QString when the CRM sent null or nothing
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

template <typename T>
struct Page
{
    QList<T> items;
    PageInfo info;
    QList<SkippedRecord> skipped;
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
};

} // namespace crmlens::api
