#include "core/api/JsonFields.h"

#include "core/api/ApiParsers.h"

#include <QLocale>
#include <QVariant>

#include <cmath>
#include <utility>

namespace crmlens::api::detail {

namespace {

// Doubles hold every integer up to 2^53 exactly; beyond that a "whole" double is not one number.
constexpr double kExactIntegerLimit = 9007199254740992.0;

bool isIntegerStored(const QJsonValue& value)
{
    // Qt keeps integral JSON numbers that fit in 64 bits as integers; toVariant tells which.
    return value.toVariant().typeId() == QMetaType::LongLong;
}

} // namespace

std::optional<FoundField> firstPresent(const QJsonObject& object, Keys keys)
{
    for (const QLatin1String key : keys) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull())
            return FoundField{key, value};
    }
    return std::nullopt;
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString numberText(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= kExactIntegerLimit)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<QString> scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        if (isIntegerStored(value))
            return QString::number(value.toInteger());
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

std::optional<qint64> integerValue(const QJsonValue& value)
{
    if (value.isDouble()) {
        if (isIntegerStored(value))
            return value.toInteger();
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kExactIntegerLimit)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        // toLongLong alone would accept a leading '+' and surrounding spaces in odd places.
        if (text.isEmpty() || text.size() > 20)
            return std::nullopt;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool sign = i == 0 && c == QLatin1Char('-') && text.size() > 1;
            if (!sign && (c < QLatin1Char('0') || c > QLatin1Char('9')))
                return std::nullopt;
        }
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString truncatedText(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString quoted(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('\'') + truncatedText(value.toString(), 40) + QLatin1Char('\'');
    if (value.isDouble())
        return numberText(value.toDouble());
    return jsonTypeName(value);
}

IdRead readId(const QJsonObject& record, Keys keys)
{
    const auto found = firstPresent(record, keys);
    const QString name = keys.size() > 0 ? QString(*keys.begin()) : QStringLiteral("id");
    if (!found)
        return {{}, QStringLiteral("no ") + name};
    const QJsonValue& value = found->value;
    if (value.isString()) {
        const QString id = value.toString().trimmed();
        if (id.isEmpty())
            return {{}, QStringLiteral("blank ") + name};
        return {id, {}};
    }
    if (value.isDouble()) {
        if (const auto n = integerValue(value))
            return {QString::number(*n), {}};
        return {{}, QString(found->key) + QStringLiteral(" is not a whole number: ") + quoted(value)};
    }
    return {{}, QString(found->key) + QStringLiteral(" is ") + jsonTypeName(value) + QStringLiteral(", not an id")};
}

RecordReader::RecordReader(const QJsonObject& record, QString kind, QString id, QList<FieldIssue>* issues)
    : m_record(record), m_kind(std::move(kind)), m_id(std::move(id)), m_issues(issues)
{}

QString RecordReader::text(Keys keys, Trim trim)
{
    const auto found = firstPresent(m_record, keys);
    if (!found)
        return {};
    if (found->value.isString() || found->value.isDouble()) {
        const QString value = *scalarText(found->value);
        return trim == Trim::Yes ? value.trimmed() : value;
    }
    note(QString(found->key), QStringLiteral("is ") + jsonTypeName(found->value) + QStringLiteral(", not text"));
    return {};
}

QDateTime RecordReader::timestamp(Keys keys)
{
    const auto found = firstPresent(m_record, keys);
    if (!found)
        return {};
    QDateTime when = parseTimestamp(found->value);
    if (!when.isValid())
        note(QString(found->key), quoted(found->value) + QStringLiteral(" is not a timestamp"));
    return when;
}

std::optional<qint64> RecordReader::count(Keys keys)
{
    const auto found = firstPresent(m_record, keys);
    if (!found)
        return std::nullopt;
    const auto n = integerValue(found->value);
    if (!n) {
        note(QString(found->key), quoted(found->value) + QStringLiteral(" is not a whole number"));
        return std::nullopt;
    }
    if (*n < 0) {
        note(QString(found->key), QStringLiteral("is negative: ") + QString::number(*n));
        return std::nullopt;
    }
    return n;
}

bool RecordReader::flag(Keys keys, bool fallback)
{
    const auto found = firstPresent(m_record, keys);
    if (!found)
        return fallback;
    const QJsonValue& value = found->value;
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    if (const auto n = integerValue(value); n && (*n == 0 || *n == 1))
        return *n == 1;
    note(QString(found->key), quoted(value) + QStringLiteral(" is not true or false"));
    return fallback;
}

void RecordReader::note(const QString& field, const QString& reason)
{
    if (m_issues)
        m_issues->append(FieldIssue{m_kind, m_id, field, reason});
}

} // namespace crmlens::api::detail
