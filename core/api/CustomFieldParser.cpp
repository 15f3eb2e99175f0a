#include "core/api/CustomFieldParser.h"

#include "core/api/ApiParsers.h"
#include "core/api/EnvelopeParser.h"
#include "core/api/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace crmlens::api {

using namespace detail;

namespace {

// The text of a custom field value, or nullopt with a reason when it holds none.
std::optional<QString> valueText(const QJsonValue& value, QString* problem)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (const auto text = scalarText(value))
        return text->trimmed();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue part : value.toArray()) {
            const auto text = scalarText(part);
            if (!text) {
                *problem = QStringLiteral("is a list holding ") + jsonTypeName(part);
                return std::nullopt;
            }
            if (!text->trimmed().isEmpty())
                parts.append(text->trimmed());
        }
        return parts.join(QStringLiteral(", "));
    }
    *problem = QStringLiteral("is ") + jsonTypeName(value) + QStringLiteral(", not a value");
    return std::nullopt;
}

void readObjectVariant(const QJsonObject& object, const QString& key, CustomFieldsRead& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key().trimmed();
        const QString field = key + QLatin1Char('.') + truncatedText(it.key(), 40);
        if (name.isEmpty()) {
            out.problems.append({field, QStringLiteral("has a blank name")});
            continue;
        }
        QString problem;
        if (auto text = valueText(it.value(), &problem))
            out.values.append(CustomFieldValue{{}, name, std::move(*text)});
        else
            out.problems.append({field, problem});
    }
}

void readListVariant(const QJsonArray& list, const QString& key, CustomFieldsRead& out)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = key + QStringLiteral("[%1]").arg(i);
        const QJsonValue element = list.at(i);
        if (!element.isObject()) {
            out.problems.append(
                {field, QStringLiteral("is ") + jsonTypeName(element) + QStringLiteral(", not an object")});
            continue;
        }
        const QJsonObject entry = element.toObject();
        const IdRead id =
            readId(entry, {QLatin1String("field_id"), QLatin1String("id"), QLatin1String("custom_field_id")});
        QString name;
        if (const auto found =
                firstPresent(entry, {QLatin1String("field_name"), QLatin1String("name"), QLatin1String("key")}))
            name = scalarText(found->value).value_or(QString()).trimmed();
        if (!id.problem.isEmpty() && name.isEmpty()) {
            out.problems.append({field, QStringLiteral("has neither a field id nor a field name")});
            continue;
        }
        QString problem;
        if (auto text = valueText(entry.value(QLatin1String("value")), &problem))
            out.values.append(CustomFieldValue{id.id, name, std::move(*text)});
        else
            out.problems.append({field + QStringLiteral(".value"), problem});
    }
}

} // namespace

namespace detail {

CustomFieldsRead readCustomFields(const QJsonValue& value, const QString& key)
{
    CustomFieldsRead out;
    if (value.isUndefined())
        return out;
    if (value.isNull()) {
        out.present = true;
        return out;
    }
    if (value.isObject()) {
        out.present = true;
        readObjectVariant(value.toObject(), key, out);
    } else if (value.isArray()) {
        out.present = true;
        readListVariant(value.toArray(), key, out);
    } else {
        out.problems.append(
            {key, QStringLiteral("is ") + jsonTypeName(value) + QStringLiteral(", not an object or list")});
    }
    return out;
}

} // namespace detail

Result<QList<CustomFieldValue>> parseChatCustomFields(const QByteArray& body, ParseNotes* notes)
{
    const QString what = QStringLiteral("chat custom fields");
    const Result<QJsonObject> root = openObject(body, what);
    if (!root)
        return root.error();
    const QJsonValue data = root->value(QLatin1String("data"));
    if (!data.isArray() && !data.isObject()) {
        return malformed(what, data.isUndefined() ? QStringLiteral("no \"data\" list")
                                                  : QStringLiteral("\"data\" is ") + jsonTypeName(data) +
                                                        QStringLiteral(", not a list"));
    }
    CustomFieldsRead read = readCustomFields(data, QStringLiteral("data"));
    ParseNotes found;
    for (const CustomFieldProblem& problem : read.problems)
        found.skipped.append(
            SkippedRecord{QStringLiteral("custom field"), {}, problem.field + QLatin1Char(' ') + problem.reason});
    moveNotes(found, notes);
    return std::move(read.values);
}

Result<QList<CustomFieldDefinition>> parseCustomFieldDefinitions(const QByteArray& body, ParseNotes* notes)
{
    const QString what = QStringLiteral("custom field definitions");
    const Result<QJsonObject> root = openObject(body, what);
    if (!root)
        return root.error();
    const Result<QJsonArray> list = listAt(root.value(), QLatin1String("data"), what);
    if (!list)
        return list.error();

    ParseNotes found;
    const auto read = [](const QJsonObject& record, const QString& id, ParseNotes& sink) {
        RecordReader fields(record, QStringLiteral("custom field definition"), id, &sink.fieldIssues);
        CustomFieldDefinition definition;
        definition.id = id;
        definition.name = fields.text({QLatin1String("name"), QLatin1String("field_name")});
        definition.type = fields.text({QLatin1String("type"), QLatin1String("field_type")});
        definition.required = fields.flag({QLatin1String("required")}, false);
        return std::optional<CustomFieldDefinition>(std::move(definition));
    };
    QList<CustomFieldDefinition> definitions = readRecords<CustomFieldDefinition>(
        list.value(), QStringLiteral("custom field definition"),
        {QLatin1String("custom_field_id"), QLatin1String("id"), QLatin1String("field_id")}, found, read);
    moveNotes(found, notes);
    return definitions;
}

} // namespace crmlens::api
