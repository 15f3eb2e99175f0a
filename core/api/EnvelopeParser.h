#pragma once

#include "core/api/ApiTypes.h"
#include "core/api/JsonFields.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The outer layers of a response: JSON text, the success flag, where the list sits, pagination.
// Internal to core/api; the page parsers are built from these.
namespace crmlens::api::detail {

// The body as JSON. Malformed when it is empty, not JSON or truncated; the API's own Error when
// it is an object with success:false. `what` names the endpoint in the message ("contacts").
Result<QJsonValue> openBody(const QByteArray& body, const QString& what);

// openBody, and the root must be an object.
Result<QJsonObject> openObject(const QByteArray& body, const QString& what);

// `"success": false` (or "false", or 0): the API's failure envelope, whatever the HTTP status.
bool saysFailure(const QJsonObject& root);

Error malformed(const QString& what, const QString& reason);

// The list under `key` of `object`; Malformed when it is missing, null or not a list.
Result<QJsonArray> listAt(const QJsonObject& object, QLatin1String key, const QString& what);

// page/limit/total from `{page, limit, total}`; numbers may come as numeric strings.
PageInfo readPagination(const QJsonValue& pagination);

// Reads each element of `list` with `read(object, id, notes)`; non-objects and records without an
// id are skipped with the reason. `read` returns nullopt to skip a record it already noted.
template <typename T, typename ReadFn>
QList<T> readRecords(const QJsonArray& list, const QString& kind, Keys idKeys, ParseNotes& notes, ReadFn read)
{
    QList<T> items;
    items.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue element = list.at(i);
        if (!element.isObject()) {
            notes.skipped.append(SkippedRecord{
                kind, {}, QStringLiteral("entry %1: %2, not an object").arg(i).arg(jsonTypeName(element))});
            continue;
        }
        const QJsonObject record = element.toObject();
        const IdRead id = readId(record, idKeys);
        if (!id.problem.isEmpty()) {
            notes.skipped.append(SkippedRecord{kind, {}, QStringLiteral("entry %1: %2").arg(i).arg(id.problem)});
            continue;
        }
        if (std::optional<T> item = read(record, id.id, notes))
            items.append(std::move(*item));
    }
    return items;
}

template <typename T> void moveNotes(ParseNotes& from, Page<T>& to)
{
    to.skipped = std::move(from.skipped);
    to.fieldIssues = std::move(from.fieldIssues);
}

inline void moveNotes(ParseNotes& from, ParseNotes* to)
{
    if (to)
        *to = std::move(from);
}

} // namespace crmlens::api::detail
