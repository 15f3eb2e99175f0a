#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QUrlQuery;

// Webhook deliveries in the WhatsApp Cloud API format the platform forwards (crm-api.md
// "Webhooks"), read as tolerantly as the REST responses: entries, changes and events that cannot
// be understood are skipped with a reason, never fatal. Check the signature first
// (WebhookSignature.h); these functions trust their input only as far as its shape.
namespace crmlens::api {

// An inbound WhatsApp message.
struct WebhookMessage
{
    QString messageId;     // "wamid.…"
    QString from;          // the sender's number without '+' (`from`, else the single contact's wa_id)
    QString profileName;   // contacts[].profile.name for that number; empty when not sent
    QString type;          // "text", "image", ... kept as sent
    QString text;          // text.body, else the caption of the media; null QString when neither
    QDateTime timestamp;   // from unix seconds, UTC
    QString phoneNumberId; // metadata.phone_number_id: the business number that received it
};

// A delivery status change of a message the business sent.
struct WebhookStatusUpdate
{
    QString messageId;
    QString status; // "sent", "delivered", "read", "failed", ... kept as sent
    QDateTime timestamp;
    QString recipientId; // the contact's number without '+'
    QString phoneNumberId;
    QString errorCode;  // errors[0].code when the platform explains a failure
    QString errorTitle; // errors[0].title (or .message)
};

struct WebhookEvents
{
    QList<WebhookMessage> messages;
    QList<WebhookStatusUpdate> statuses;
    QList<SkippedRecord> skipped; // kinds: "webhook", "entry", "change", "webhook message", "webhook status"
    QList<FieldIssue> fieldIssues;
};

// Malformed when the body is not a JSON object or has no `entry` list. A body for another
// `object` than whatsapp_business_account, and changes of other fields than "messages", are
// skipped (listed in `skipped`), not errors: the platform may forward them and they need a 200.
Result<WebhookEvents> parseWebhookEvents(const QByteArray& body);

// The GET verification handshake: the challenge to echo when mode is "subscribe" and the token
// equals `expectedToken` (compared in constant time), else nullopt (answer 403). An empty expected
// token never matches. The challenge is echoed only when it is 1–256 characters of
// [A-Za-z0-9._~-], so the endpoint cannot be made to reflect arbitrary content.
std::optional<QString> answerWebhookVerification(const QString& mode, const QString& token, const QString& challenge,
                                                 const QString& expectedToken);
// The same, reading hub.mode, hub.verify_token and hub.challenge from the request's query.
std::optional<QString> answerWebhookVerification(const QUrlQuery& query, const QString& expectedToken);

} // namespace crmlens::api
