#include "core/api/EnvelopeParser.h"

#include "core/api/ApiParsers.h"

#include <QJsonDocument>

#include <limits>

namespace crmlens::api::detail {

namespace {

int clampedInt(std::optional<qint64> value)
{
    if (!value || *value < 0)
        return 0;
    return static_cast<int>(std::min<qint64>(*value, std::numeric_limits<int>::max()));
}

} // namespace

bool saysFailure(const QJsonObject& root)
{
    const QJsonValue success = root.value(QLatin1String("success"));
    if (success.isBool())
        return !success.toBool();
    if (success.isString())
        return success.toString().trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    if (success.isDouble())
        return success.toDouble() == 0;
    return false;
}

Error malformed(const QString& what, const QString& reason)
{
    return Error::make(Error::Kind::Malformed, what + QStringLiteral(" response: ") + reason);
}

Result<QJsonValue> openBody(const QByteArray& body, const QString& what)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return malformed(what, QStringLiteral("empty body"));
    if (trimmed == "null")
        return malformed(what, QStringLiteral("the body is null"));

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(
            what,
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (document.isArray())
        return QJsonValue(document.array());
    const QJsonObject root = document.object();
    if (saysFailure(root))
        return parseApiError(200, body);
    return QJsonValue(root);
}

Result<QJsonObject> openObject(const QByteArray& body, const QString& what)
{
    Result<QJsonValue> root = openBody(body, what);
    if (!root)
        return root.error();
    if (!root->isObject())
        return malformed(what, QStringLiteral("expected an object, got ") + jsonTypeName(root.value()));
    return root->toObject();
}

Result<QJsonArray> listAt(const QJsonObject& object, QLatin1String key, const QString& what)
{
    const QJsonValue list = object.value(key);
    if (list.isUndefined())
        return malformed(what, QStringLiteral("no \"") + QString(key) + QStringLiteral("\" list"));
    if (!list.isArray()) {
        return malformed(what, QStringLiteral("\"") + QString(key) + QStringLiteral("\" is ") + jsonTypeName(list) +
                                   QStringLiteral(", not a list"));
    }
    return list.toArray();
}

PageInfo readPagination(const QJsonValue& pagination)
{
    const QJsonObject object = pagination.toObject();
    PageInfo info;
    info.page = clampedInt(integerValue(object.value(QLatin1String("page"))));
    info.limit = clampedInt(integerValue(object.value(QLatin1String("limit"))));
    if (const auto total = integerValue(object.value(QLatin1String("total"))); total && *total >= 0)
        info.total = total;
    return info;
}

} // namespace crmlens::api::detail
