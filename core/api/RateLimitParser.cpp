#include "core/api/ApiParsers.h"

#include <QDate>
#include <QList>
#include <QTime>

#include <limits>

namespace crmlens::api {

namespace {

// Below this an X-RateLimit-Reset is a number of seconds to wait (some gateways send that),
// not a unix time: 10^9 s after the epoch is September 2001.
constexpr qint64 kMinEpochReset = 1000000000;

QByteArray headerValue(const QHash<QByteArray, QByteArray>& headers, const QByteArray& lowerName)
{
    const auto exact = headers.constFind(lowerName);
    if (exact != headers.constEnd())
        return exact.value().trimmed();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (it.key().toLower() == lowerName)
            return it.value().trimmed();
    }
    return {};
}

// Digits only (a merged "60, 60" counts by its first part). Overflow and anything else: absent.
std::optional<qint64> nonNegativeInteger(const QByteArray& value)
{
    const QByteArray first = value.left(value.indexOf(',') < 0 ? value.size() : value.indexOf(',')).trimmed();
    if (first.isEmpty() || first.size() > 18)
        return std::nullopt;
    for (const char c : first) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return first.toLongLong();
}

std::optional<int> asInt(std::optional<qint64> value)
{
    if (!value || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*value);
}

int monthNumber(const QByteArray& name)
{
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

int fixedNumber(const QByteArray& digits, int width)
{
    if (digits.size() != width)
        return -1;
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

QTime clockTime(const QByteArray& text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3)
        return {};
    const int h = fixedNumber(parts[0], 2);
    const int m = fixedNumber(parts[1], 2);
    const int s = fixedNumber(parts[2], 2);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
        return {};
    return QTime(h, m, s);
}

bool isGmt(const QByteArray& zone)
{
    const QByteArray z = zone.toUpper();
    return z == "GMT" || z == "UTC" || z == "Z" || z == "+0000";
}

QDateTime utc(int year, int month, const QByteArray& dayText, const QByteArray& timeText)
{
    const int day = dayText.size() == 1 ? fixedNumber(dayText, 1) : fixedNumber(dayText, 2);
    const QDate date(year, month, day);
    const QTime time = clockTime(timeText);
    if (year < 1 || month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// RFC 9110 HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850
// ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms.
QDateTime parseHttpDate(const QByteArray& text)
{
    const qsizetype comma = text.indexOf(',');
    const QList<QByteArray> tokens = text.mid(comma + 1).simplified().split(' ');
    if (comma >= 0 && tokens.size() == 5 && isGmt(tokens[4]))
        return utc(fixedNumber(tokens[2], 4), monthNumber(tokens[1]), tokens[0], tokens[3]);
    if (comma >= 0 && tokens.size() == 3 && isGmt(tokens[2])) {
        const QList<QByteArray> dmy = tokens[0].split('-');
        if (dmy.size() != 3)
            return {};
        const int yy = fixedNumber(dmy[2], 2);
        if (yy < 0)
            return {};
        // RFC 9110: a two-digit year more than 50 years ahead is in the past century.
        return utc(yy < 70 ? 2000 + yy : 1900 + yy, monthNumber(dmy[1]), dmy[0], tokens[1]);
    }
    if (comma < 0 && tokens.size() == 5)
        return utc(fixedNumber(tokens[4], 4), monthNumber(tokens[1]), tokens[2], tokens[3]);
    return {};
}

} // namespace

RateLimitInfo parseRateLimitHeaders(const QHash<QByteArray, QByteArray>& headers)
{
    return parseRateLimitHeaders(headers, QDateTime());
}

RateLimitInfo parseRateLimitHeaders(const QHash<QByteArray, QByteArray>& headers, const QDateTime& nowUtc)
{
    RateLimitInfo info;
    info.limit = asInt(nonNegativeInteger(headerValue(headers, "x-ratelimit-limit")));
    info.remaining = asInt(nonNegativeInteger(headerValue(headers, "x-ratelimit-remaining")));

    if (const auto reset = nonNegativeInteger(headerValue(headers, "x-ratelimit-reset"))) {
        if (*reset >= kMinEpochReset)
            info.resetEpochSecs = reset;
        else if (nowUtc.isValid())
            info.resetEpochSecs = nowUtc.toSecsSinceEpoch() + *reset;
    }

    const QByteArray retryAfter = headerValue(headers, "retry-after");
    if (const auto secs = nonNegativeInteger(retryAfter); secs && !retryAfter.contains(',')) {
        info.retryAfterSecs = asInt(secs);
    } else if (!retryAfter.isEmpty()) {
        info.retryAt = parseHttpDate(retryAfter);
        if (info.retryAt.isValid() && nowUtc.isValid()) {
            const qint64 wait = std::max<qint64>(0, nowUtc.secsTo(info.retryAt));
            info.retryAfterSecs = asInt(std::min<qint64>(wait, std::numeric_limits<int>::max()));
        }
    }
    return info;
}

} // namespace crmlens::api
