#include "core/api/ApiParsers.h"

#include "core/api/EnvelopeParser.h"
#include "core/api/JsonFields.h"

namespace crmlens::api {

using namespace detail;

namespace {

const QString kMessage = QStringLiteral("message");

std::optional<Message> readMessage(const QJsonObject& record, const QString& id, ParseNotes& notes)
{
    // Without a time a message cannot be ordered into turns or conversations: skip it.
    const QJsonValue when = record.value(QLatin1String("timestamp"));
    Message message;
    message.timestamp = parseTimestamp(when);
    if (!message.timestamp.isValid()) {
        const QString reason = when.isUndefined() || when.isNull()
                                   ? QStringLiteral("no timestamp")
                                   : quoted(when) + QStringLiteral(" is not a timestamp");
        notes.skipped.append(SkippedRecord{kMessage, id, reason});
        return std::nullopt;
    }

    RecordReader fields(record, kMessage, id, &notes.fieldIssues);
    message.messageId = id;
    message.type = fields.text({QLatin1String("type")});
    message.content = fields.text({QLatin1String("content")}, RecordReader::Trim::No);
    message.direction = fields.text({QLatin1String("direction")});
    message.status = fields.text({QLatin1String("status")});
    message.operatorName = fields.text({QLatin1String("operator"), QLatin1String("agent")});
    message.campaignId = fields.text({QLatin1String("campaign_id")});
    return message;
}

} // namespace

Result<MessagesPage> parseMessagesPage(const QByteArray& body)
{
    const QString what = QStringLiteral("messages");
    const Result<QJsonObject> root = openObject(body, what);
    if (!root)
        return root.error();

    // [live] nests the list and the paging in `data`; a tenant sending `data` as the bare list
    // with `pagination` beside it is read as well.
    const QJsonValue data = root->value(QLatin1String("data"));
    QJsonArray list;
    QJsonValue pagination = root->value(QLatin1String("pagination"));
    if (data.isArray()) {
        list = data.toArray();
    } else if (data.isObject()) {
        const Result<QJsonArray> messages = listAt(data.toObject(), QLatin1String("messages"), what);
        if (!messages)
            return messages.error();
        list = messages.value();
        const QJsonValue nested = data.toObject().value(QLatin1String("pagination"));
        if (nested.isObject())
            pagination = nested;
    } else {
        return malformed(what, data.isUndefined() ? QStringLiteral("no \"data\"")
                                                  : QStringLiteral("\"data\" is ") + jsonTypeName(data) +
                                                        QStringLiteral(", not an object"));
    }

    MessagesPage page;
    ParseNotes notes;
    page.items = readRecords<Message>(list, kMessage, {QLatin1String("message_id")}, notes, readMessage);
    page.info = readPagination(pagination);
    moveNotes(notes, page);
    return page;
}

} // namespace crmlens::api
