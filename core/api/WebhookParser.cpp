#include "core/api/WebhookParser.h"

#include "core/api/ApiParsers.h"
#include "core/api/EnvelopeParser.h"
#include "core/api/JsonFields.h"
#include "core/api/WebhookSignature.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

namespace crmlens::api {

using namespace detail;

namespace {

const QString kWhat = QStringLiteral("webhook");
const QString kMessageKind = QStringLiteral("webhook message");
const QString kStatusKind = QStringLiteral("webhook status");
constexpr int kMaxChallengeChars = 256;

// What every event of one change shares.
struct ChangeContext
{
    QString phoneNumberId;
    QHash<QString, QString> profileNames; // wa_id -> profile name
    QString onlyContactWaId;              // when `contacts` names exactly one number
};

ChangeContext readContext(const QJsonObject& value)
{
    ChangeContext context;
    const QJsonObject metadata = value.value(QLatin1String("metadata")).toObject();
    context.phoneNumberId = scalarText(metadata.value(QLatin1String("phone_number_id"))).value_or(QString()).trimmed();
    const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue entry : contacts) {
        const QJsonObject contact = entry.toObject();
        const QString waId = readId(contact, {QLatin1String("wa_id")}).id;
        if (waId.isEmpty())
            continue;
        const QJsonValue name = contact.value(QLatin1String("profile")).toObject().value(QLatin1String("name"));
        context.profileNames.insert(waId, name.isString() ? name.toString() : QString());
        if (contacts.size() == 1)
            context.onlyContactWaId = waId;
    }
    return context;
}

// text.body for text messages; the `caption` of the media object named by the type otherwise.
QString messageText(const QJsonObject& record, const QString& type, RecordReader& fields)
{
    const QJsonValue text = record.value(QLatin1String("text"));
    if (text.isObject()) {
        RecordReader body(text.toObject(), kMessageKind, {}, nullptr);
        const QString value = body.text({QLatin1String("body")}, RecordReader::Trim::No);
        if (!value.isNull())
            return value;
    } else if (!text.isUndefined() && !text.isNull()) {
        fields.note(QStringLiteral("text"),
                    QStringLiteral("is ") + jsonTypeName(text) + QStringLiteral(", not an object"));
    }
    if (type.isEmpty())
        return {};
    const QJsonValue media = record.value(type);
    if (!media.isObject())
        return {};
    RecordReader caption(media.toObject(), kMessageKind, {}, nullptr);
    return caption.text({QLatin1String("caption")}, RecordReader::Trim::No);
}

std::optional<WebhookMessage> readMessage(const QJsonObject& record, const QString& id, ParseNotes& notes,
                                          const ChangeContext& context)
{
    WebhookMessage message;
    message.messageId = id;
    message.timestamp = parseTimestamp(record.value(QLatin1String("timestamp")));
    if (!message.timestamp.isValid()) {
        notes.skipped.append({kMessageKind, id, QStringLiteral("no usable timestamp")});
        return std::nullopt;
    }
    RecordReader fields(record, kMessageKind, id, &notes.fieldIssues);
    message.from = fields.text({QLatin1String("from")});
    if (message.from.isEmpty())
        message.from = context.onlyContactWaId;
    if (message.from.isEmpty()) {
        notes.skipped.append({kMessageKind, id, QStringLiteral("no sender")});
        return std::nullopt;
    }
    message.profileName = context.profileNames.value(message.from);
    message.type = fields.text({QLatin1String("type")});
    message.text = messageText(record, message.type, fields);
    message.phoneNumberId = context.phoneNumberId;
    return message;
}

std::optional<WebhookStatusUpdate> readStatus(const QJsonObject& record, const QString& id, ParseNotes& notes,
                                              const ChangeContext& context)
{
    WebhookStatusUpdate update;
    update.messageId = id;
    update.timestamp = parseTimestamp(record.value(QLatin1String("timestamp")));
    if (!update.timestamp.isValid()) {
        notes.skipped.append({kStatusKind, id, QStringLiteral("no usable timestamp")});
        return std::nullopt;
    }
    RecordReader fields(record, kStatusKind, id, &notes.fieldIssues);
    update.status = fields.text({QLatin1String("status")});
    if (update.status.isEmpty()) {
        notes.skipped.append({kStatusKind, id, QStringLiteral("no status")});
        return std::nullopt;
    }
    update.recipientId = fields.text({QLatin1String("recipient_id")});
    update.phoneNumberId = context.phoneNumberId;
    const QJsonArray errors = record.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        RecordReader error(errors.first().toObject(), kStatusKind, id, &notes.fieldIssues);
        update.errorCode = error.text({QLatin1String("code")});
        update.errorTitle = error.text({QLatin1String("title"), QLatin1String("message")});
    }
    return update;
}

void readChange(const QJsonValue& changeValue, const QString& where, WebhookEvents& events, ParseNotes& notes)
{
    const QJsonObject change = changeValue.toObject();
    if (!changeValue.isObject()) {
        notes.skipped.append(
            {QStringLiteral("change"), {}, where + QStringLiteral(" is ") + jsonTypeName(changeValue)});
        return;
    }
    const QString field = scalarText(change.value(QLatin1String("field"))).value_or(QString()).trimmed();
    if (field != QLatin1String("messages")) {
        notes.skipped.append(
            {QStringLiteral("change"),
             {},
             where + QStringLiteral(": field ") + quoted(QJsonValue(field)) + QStringLiteral(" is not handled")});
        return;
    }
    const QJsonValue value = change.value(QLatin1String("value"));
    if (!value.isObject()) {
        notes.skipped.append({QStringLiteral("change"), {}, where + QStringLiteral(" has no value object")});
        return;
    }
    const QJsonObject object = value.toObject();
    const ChangeContext context = readContext(object);
    const Keys idKeys = {QLatin1String("id")};
    events.messages += readRecords<WebhookMessage>(
        object.value(QLatin1String("messages")).toArray(), kMessageKind, idKeys, notes,
        [&context](const QJsonObject& r, const QString& id, ParseNotes& n) { return readMessage(r, id, n, context); });
    events.statuses += readRecords<WebhookStatusUpdate>(
        object.value(QLatin1String("statuses")).toArray(), kStatusKind, idKeys, notes,
        [&context](const QJsonObject& r, const QString& id, ParseNotes& n) { return readStatus(r, id, n, context); });
}

bool isChallengeChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('~') || c == QLatin1Char('-');
}

} // namespace

Result<WebhookEvents> parseWebhookEvents(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return malformed(kWhat, QStringLiteral("empty body"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(
            kWhat,
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(kWhat, QStringLiteral("expected an object, got a list"));
    const QJsonObject root = document.object();

    WebhookEvents events;
    const QJsonValue object = root.value(QLatin1String("object"));
    if (object.isString() && object.toString() != QLatin1String("whatsapp_business_account")) {
        events.skipped.append(
            {kWhat, {}, QStringLiteral("object ") + quoted(object) + QStringLiteral(" is not handled")});
        return events;
    }
    const QJsonValue entries = root.value(QLatin1String("entry"));
    if (!entries.isArray())
        return malformed(kWhat, QStringLiteral("no \"entry\" list"));

    ParseNotes notes;
    const QJsonArray entryList = entries.toArray();
    for (qsizetype i = 0; i < entryList.size(); ++i) {
        const QString where = QStringLiteral("entry[%1]").arg(i);
        const QJsonValue changes = entryList.at(i).toObject().value(QLatin1String("changes"));
        if (!changes.isArray()) {
            notes.skipped.append({QStringLiteral("entry"), {}, where + QStringLiteral(" has no changes list")});
            continue;
        }
        const QJsonArray changeList = changes.toArray();
        for (qsizetype j = 0; j < changeList.size(); ++j)
            readChange(changeList.at(j), where + QStringLiteral(".changes[%1]").arg(j), events, notes);
    }
    events.skipped += notes.skipped;
    events.fieldIssues = std::move(notes.fieldIssues);
    return events;
}

std::optional<QString> answerWebhookVerification(const QString& mode, const QString& token, const QString& challenge,
                                                 const QString& expectedToken)
{
    if (mode != QLatin1String("subscribe") || expectedToken.isEmpty())
        return std::nullopt;
    if (!constantTimeEquals(token.toUtf8(), expectedToken.toUtf8()))
        return std::nullopt;
    if (challenge.isEmpty() || challenge.size() > kMaxChallengeChars)
        return std::nullopt;
    for (const QChar c : challenge) {
        if (!isChallengeChar(c))
            return std::nullopt;
    }
    return challenge;
}

std::optional<QString> answerWebhookVerification(const QUrlQuery& query, const QString& expectedToken)
{
    const auto item = [&query](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    return answerWebhookVerification(item("hub.mode"), item("hub.verify_token"), item("hub.challenge"), expectedToken);
}

} // namespace crmlens::api
