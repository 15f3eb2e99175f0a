#include "core/api/ApiParsers.h"

#include "core/api/EnvelopeParser.h"
#include "core/api/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

// parseApiError: the failure envelope has five places for a message and two for a code
// (crm-api.md "Envelopes differ by endpoint"); the kind comes from the code when it is one we
// know, else from the HTTP status.
namespace crmlens::api {

using detail::firstPresent;

namespace {

constexpr int kMaxMessageChars = 300;
constexpr int kMaxDetailChars = 120;
constexpr int kMaxDetails = 3;

struct ErrorFields
{
    QString message;
    QString code;
    QStringList details;
};

QString nonBlankString(const QJsonValue& value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}

// One detail entry: "field: message", a bare message, or a string.
QString detailText(const QJsonValue& entry, const QString& fieldHint = {})
{
    if (entry.isString())
        return fieldHint.isEmpty() ? entry.toString().trimmed()
                                   : fieldHint + QStringLiteral(": ") + entry.toString().trimmed();
    if (entry.isArray()) {
        // {"whatsapp_number": ["Invalid format"]}: one field, several messages; the first says enough.
        const QJsonArray list = entry.toArray();
        return list.isEmpty() ? QString() : detailText(list.first(), fieldHint);
    }
    if (!entry.isObject())
        return {};
    const QJsonObject object = entry.toObject();
    QString message;
    if (const auto found =
            firstPresent(object, {QLatin1String("message"), QLatin1String("msg"), QLatin1String("detail")}))
        message = nonBlankString(found->value);
    QString field = fieldHint;
    if (const auto found =
            firstPresent(object, {QLatin1String("field"), QLatin1String("path"), QLatin1String("param")}))
        field = detail::scalarText(found->value).value_or(QString()).trimmed();
    if (message.isEmpty())
        return {};
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

QStringList readDetails(const QJsonValue& value)
{
    QStringList out;
    const auto add = [&out](const QString& text) {
        if (!text.isEmpty())
            out.append(detail::truncatedText(text.simplified(), kMaxDetailChars));
    };
    if (value.isArray()) {
        for (const QJsonValue entry : value.toArray())
            add(detailText(entry));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // Either one detail {"field","message"} or a map field -> message(s).
        if (object.contains(QLatin1String("message")) || object.contains(QLatin1String("msg"))) {
            add(detailText(value));
        } else {
            for (auto it = object.begin(); it != object.end(); ++it)
                add(detailText(it.value(), it.key()));
        }
    } else if (value.isString()) {
        add(value.toString().trimmed());
    }
    return out;
}

ErrorFields readErrorFields(const QJsonObject& root)
{
    ErrorFields fields;
    const QJsonValue error = root.value(QLatin1String("error"));
    const QJsonObject errorObject = error.toObject();

    const QJsonValue candidates[] = {
        errorObject.value(QLatin1String("message")),
        error, // some tenants send "error": "text"
        root.value(QLatin1String("message")),
        root.value(QLatin1String("developer_message")),
        root.value(QLatin1String("title")),
        root.value(QLatin1String("data")),
    };
    for (const QJsonValue& candidate : candidates) {
        fields.message = nonBlankString(candidate);
        if (!fields.message.isEmpty())
            break;
    }

    for (const QJsonValue& candidate : {errorObject.value(QLatin1String("code")), root.value(QLatin1String("code"))}) {
        fields.code = detail::scalarText(candidate).value_or(QString()).trimmed();
        if (!fields.code.isEmpty())
            break;
    }

    QJsonValue details = errorObject.value(QLatin1String("details"));
    if (details.isUndefined() || details.isNull())
        details = root.value(QLatin1String("details"));
    fields.details = readDetails(details);
    return fields;
}

std::optional<Error::Kind> kindFromCode(const QString& code)
{
    static const std::pair<QLatin1String, Error::Kind> known[] = {
        {QLatin1String("UNAUTHORIZED"), Error::Kind::Unauthorized},
        {QLatin1String("VALIDATION_ERROR"), Error::Kind::Validation},
        {QLatin1String("NOT_FOUND"), Error::Kind::NotFound},
        {QLatin1String("INTERNAL_ERROR"), Error::Kind::Server},
        {QLatin1String("RATE_LIMITED"), Error::Kind::RateLimited},
    };
    for (const auto& [name, kind] : known) {
        if (code.compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

Error::Kind kindFromStatus(int status)
{
    switch (status) {
    case 401:
    case 403:
        return Error::Kind::Unauthorized;
    case 404:
    case 410:
        return Error::Kind::NotFound;
    case 408:
        return Error::Kind::Timeout;
    case 429:
        return Error::Kind::RateLimited;
    default:
        break;
    }
    // Other 4xx (400, 422, 405, 409, 413, ...) refuse the request itself: retrying cannot help.
    if (status >= 400 && status < 500)
        return Error::Kind::Validation;
    return Error::Kind::Server;
}

QString statusText(int status)
{
    static const QHash<int, QLatin1String> reasons = {
        {400, QLatin1String("Bad Request")},
        {401, QLatin1String("Unauthorized")},
        {403, QLatin1String("Forbidden")},
        {404, QLatin1String("Not Found")},
        {408, QLatin1String("Request Timeout")},
        {409, QLatin1String("Conflict")},
        {410, QLatin1String("Gone")},
        {413, QLatin1String("Payload Too Large")},
        {422, QLatin1String("Unprocessable Entity")},
        {429, QLatin1String("Too Many Requests")},
        {500, QLatin1String("Internal Server Error")},
        {502, QLatin1String("Bad Gateway")},
        {503, QLatin1String("Service Unavailable")},
        {504, QLatin1String("Gateway Timeout")},
    };
    const QString number = QStringLiteral("HTTP ") + QString::number(status);
    const auto it = reasons.constFind(status);
    return it == reasons.constEnd() ? number : number + QLatin1Char(' ') + *it;
}

// A server that echoes request headers into its error text must not put the key in our logs.
QString redactSecrets(QString text)
{
    // name, separator, then the value (with its auth scheme) up to a delimiter.
    static const QRegularExpression secret(QStringLiteral(R"((api[-_ ]?key|x-api-key|authorization|cookie|token))"
                                                          R"((["']?\s*[:=]\s*["']?))"
                                                          R"((?:bearer\s+|basic\s+)?[^\s"',;}]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(secret, QStringLiteral("\\1\\2[redacted]"));
    return text;
}

QString fallbackMessage(int httpStatus, const QByteArray& body, bool readable)
{
    const bool isSuccessStatus = httpStatus >= 200 && httpStatus < 300;
    if (isSuccessStatus || httpStatus == 0)
        return QStringLiteral("The CRM reported a failure without a message");
    if (body.trimmed().isEmpty())
        return statusText(httpStatus) + QStringLiteral(" with an empty body");
    if (!readable)
        return statusText(httpStatus) + QStringLiteral(" with an unreadable body");
    return statusText(httpStatus) + QStringLiteral(" without a message");
}

} // namespace

Error parseApiError(int httpStatus, const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool readable = parseError.error == QJsonParseError::NoError;
    const QJsonObject root = document.object();

    const bool statusSaysOk = (httpStatus >= 200 && httpStatus < 300) || httpStatus == 0;
    if (statusSaysOk && !(document.isObject() && detail::saysFailure(root)))
        return Error{};

    const ErrorFields fields = document.isObject() ? readErrorFields(root) : ErrorFields{};
    Error::Kind kind = kindFromStatus(httpStatus);
    if (const auto byCode = kindFromCode(fields.code))
        kind = *byCode;
    else if (statusSaysOk)
        kind = Error::Kind::Server;

    QString message = fields.message.isEmpty() ? fallbackMessage(httpStatus, body, readable)
                                               : detail::truncatedText(fields.message.simplified(), kMaxMessageChars);
    if (!fields.details.isEmpty()) {
        QStringList shown = fields.details.mid(0, kMaxDetails);
        if (fields.details.size() > kMaxDetails)
            shown.append(QStringLiteral("%1 more").arg(fields.details.size() - kMaxDetails));
        message += QStringLiteral(" (") + shown.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    return Error::make(kind, redactSecrets(message), httpStatus, detail::truncatedText(fields.code, 64));
}

} // namespace crmlens::api
