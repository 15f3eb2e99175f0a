#pragma once

#include "core/api/ApiTypes.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// Custom field values in every shape the API sends them: an object of name -> value, a list of
// {id, value}, or a list of {field_id, field_name, value}. Shared by the contact list and the
// per-chat custom field endpoint. Internal to core/api.
namespace crmlens::api::detail {

struct CustomFieldProblem
{
    QString field; // "custom_fields.city", "custom_fields[2]"
    QString reason;
};

struct CustomFieldsRead
{
    QList<CustomFieldValue> values;
    bool present = false; // false when the value was missing or of a type that holds no fields
    QList<CustomFieldProblem> problems;
};

// `key` names the value in problems ("custom_fields" for contacts, "data" for the chat endpoint).
// Values are trimmed text; numbers and booleans become their text; a list of scalars (a
// multi-select field) becomes its texts joined by ", "; null stays a null QString.
CustomFieldsRead readCustomFields(const QJsonValue& value, const QString& key);

} // namespace crmlens::api::detail
