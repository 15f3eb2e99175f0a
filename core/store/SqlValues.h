#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are laid out in the store: times are INTEGER milliseconds since the epoch (UTC),
// absent values are NULL. Kept in one place so every repository reads and writes them alike.
namespace crmlens::store {

inline QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime timeFromValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Text that means "missing" when empty after trimming is stored as NULL (statuses, operators,
// names, custom field values: see METRICS.md "Values").
inline QString trimmedOrNull(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed;
}

// Text as a bound value: a null QString binds NULL.
inline QVariant nullable(const QString& text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

// For NOT NULL text columns: a null QString would bind NULL, an empty one binds ''.
inline QString textOrEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A phone number reduced to its ASCII digits: how numbers in any spelling ("+254 712…", "254712…"
// as webhooks send them) are matched.
inline QString phoneDigits(const QString& number)
{
    QString digits;
    for (const QChar ch : number) {
        if (ch.unicode() >= u'0' && ch.unicode() <= u'9')
            digits.append(ch);
    }
    return digits;
}

} // namespace crmlens::store
