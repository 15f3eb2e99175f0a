#pragma once

#include "core/api/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <initializer_list>
#include <optional>

// Helpers shared by the API parsers: reading a field that has several names, turning loosely
// typed JSON scalars into text or counts, and noting what could not be read. Internal to core/api.
namespace crmlens::api::detail {

using Keys = std::initializer_list<QLatin1String>;

// The first of `keys` whose value is neither missing nor null.
struct FoundField
{
    QLatin1String key;
    QJsonValue value;
};
std::optional<FoundField> firstPresent(const QJsonObject& object, Keys keys);

// "a string", "an object", ... for reasons a person reads.
QString jsonTypeName(const QJsonValue& value);

// Integral doubles print without a fraction; others in their shortest exact form.
QString numberText(double value);

// Strings as they are; numbers and booleans as their text; anything else has no text.
std::optional<QString> scalarText(const QJsonValue& value);

// An integral number, or a string holding only an optionally signed decimal integer.
std::optional<qint64> integerValue(const QJsonValue& value);

// At most `maxChars` UTF-16 units, never splitting a surrogate pair, with an ellipsis when cut.
QString truncatedText(const QString& text, int maxChars);

// A short quote of a value for a reason text.
QString quoted(const QJsonValue& value);

// A record's id: a non-blank string (trimmed) or an integral number as text.
struct IdRead
{
    QString id;
    QString problem; // why there is no id; empty when `id` is usable
};
IdRead readId(const QJsonObject& record, Keys keys);

// Reads the fields of one record, folding key variants and noting fields of the wrong type.
class RecordReader
{
public:
    enum class Trim { Yes, No };

    RecordReader(const QJsonObject& record, QString kind, QString id, QList<FieldIssue>* issues);

    const QJsonObject& record() const { return m_record; }

    // Null QString when absent; a wrong type is noted and reads as absent.
    QString text(Keys keys, Trim trim = Trim::Yes);
    // Invalid when absent; present but unreadable is noted.
    QDateTime timestamp(Keys keys);
    // A non-negative integer; absent, negative or fractional values read as nullopt (the last two noted).
    std::optional<qint64> count(Keys keys);
    // true/false, "true"/"false", 1/0; anything else is noted and reads as `fallback`.
    bool flag(Keys keys, bool fallback);

    void note(const QString& field, const QString& reason);

private:
    QJsonObject m_record;
    QString m_kind;
    QString m_id;
    QList<FieldIssue>* m_issues;
};

} // namespace crmlens::api::detail
