#include "core/api/ApiParsers.h"

#include <QStringView>

#include <cmath>

// parseTimestamp: a small hand-written ISO 8601 reader instead of QDateTime::fromString, whose
// accepted forms vary between Qt versions (fractions longer than milliseconds, "+0300" offsets,
// lower-case designators) — the API's tenants send all of those.
namespace crmlens::api {

namespace {

constexpr qint64 kMaxUnixSeconds = 253402300799; // 9999-12-31T23:59:59Z
constexpr int kMaxOffsetHours = 18;

class Cursor
{
public:
    explicit Cursor(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    bool eat(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Exactly `count` ASCII digits.
    bool digits(int count, int* out)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const QChar c = peek();
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            value = value * 10 + (c.unicode() - '0');
            ++m_pos;
        }
        *out = value;
        return true;
    }

    // One or more digits as milliseconds: the first three count, the rest are truncated.
    bool fractionMs(int* ms)
    {
        int value = 0;
        int seen = 0;
        while (!atEnd() && peek() >= QLatin1Char('0') && peek() <= QLatin1Char('9')) {
            if (seen < 3)
                value = value * 10 + (peek().unicode() - '0');
            ++seen;
            ++m_pos;
        }
        for (int i = seen; i < 3; ++i)
            value *= 10;
        *ms = value;
        return seen > 0;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// Z, ±hh, ±hhmm or ±hh:mm, or nothing (the API's zone, UTC). Seconds east of UTC.
bool readZone(Cursor& in, int* offsetSecs)
{
    *offsetSecs = 0;
    if (in.atEnd())
        return true;
    if (in.eat(QLatin1Char('Z')) || in.eat(QLatin1Char('z')))
        return in.atEnd();
    int sign = 0;
    if (in.eat(QLatin1Char('+')))
        sign = 1;
    else if (in.eat(QLatin1Char('-')))
        sign = -1;
    else
        return false;
    int hours = 0;
    int minutes = 0;
    if (!in.digits(2, &hours))
        return false;
    if (!in.atEnd()) {
        in.eat(QLatin1Char(':'));
        if (!in.digits(2, &minutes))
            return false;
    }
    if (!in.atEnd() || hours > kMaxOffsetHours || minutes > 59)
        return false;
    *offsetSecs = sign * (hours * 3600 + minutes * 60);
    return true;
}

QDateTime parseIso8601(QStringView text)
{
    Cursor in(text);
    int year = 0;
    int month = 0;
    int day = 0;
    if (!in.digits(4, &year) || !in.eat(QLatin1Char('-')) || !in.digits(2, &month) || !in.eat(QLatin1Char('-')) ||
        !in.digits(2, &day))
        return {};
    const QDate date(year, month, day);
    if (year < 1 || !date.isValid())
        return {};
    if (in.atEnd())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    if (!in.eat(QLatin1Char('T')) && !in.eat(QLatin1Char('t')) && !in.eat(QLatin1Char(' ')))
        return {};

    int hour = 0;
    int minute = 0;
    int second = 0;
    int ms = 0;
    if (!in.digits(2, &hour) || !in.eat(QLatin1Char(':')) || !in.digits(2, &minute))
        return {};
    if (in.eat(QLatin1Char(':'))) {
        if (!in.digits(2, &second))
            return {};
        if ((in.eat(QLatin1Char('.')) || in.eat(QLatin1Char(','))) && !in.fractionMs(&ms))
            return {};
    }
    // 24:00 and leap seconds do not occur in the API's data; refusing them keeps QTime valid.
    if (hour > 23 || minute > 59 || second > 59)
        return {};
    int offsetSecs = 0;
    if (!readZone(in, &offsetSecs))
        return {};
    return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC).addSecs(-offsetSecs);
}

QDateTime fromUnixMs(qint64 ms)
{
    if (ms <= 0 || ms > kMaxUnixSeconds * 1000)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// "1737012345" or "1737012345.250": digits, optionally a fraction. No sign: times before 1970
// are not unix timestamps the API sends.
QDateTime parseUnixSecondsText(QStringView text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.left(dot);
    if (whole.isEmpty() || whole.size() > 12)
        return {};
    qint64 secs = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        secs = secs * 10 + (c.unicode() - '0');
    }
    int ms = 0;
    if (dot >= 0) {
        Cursor fraction(text.mid(dot + 1));
        if (!fraction.fractionMs(&ms) || !fraction.atEnd())
            return {};
    }
    if (secs > kMaxUnixSeconds)
        return {};
    return fromUnixMs(secs * 1000 + ms);
}

bool looksNumeric(QStringView text)
{
    return !text.isEmpty() && text.front() >= QLatin1Char('0') && text.front() <= QLatin1Char('9') &&
           !text.contains(QLatin1Char('-')) && !text.contains(QLatin1Char(':'));
}

} // namespace

QDateTime parseTimestamp(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double secs = value.toDouble();
        if (!std::isfinite(secs) || secs <= 0 || secs > static_cast<double>(kMaxUnixSeconds))
            return {};
        return fromUnixMs(std::llround(secs * 1000.0));
    }
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (looksNumeric(text))
        return parseUnixSecondsText(text);
    return parseIso8601(text);
}

} // namespace crmlens::api
