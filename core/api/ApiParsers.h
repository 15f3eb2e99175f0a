#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>

// Pure, tolerant parsers from response bytes to value types (../shared/crm-api.md).
// Every function accepts every envelope and field variant the API is known to send; a record
// that cannot be understood is skipped and reported in Page::skipped, never fatal. A body that
// is not a success envelope at all yields an Error (see parseApiError for its wording).
//
// Conventions shared by every parser:
// - Keys with variants are read as "the first of these keys whose value is not null".
// - Ids may be strings or integral numbers; they are trimmed. A record without one is skipped.
// - Identifiers, emails, numbers, statuses, types and custom field values are trimmed; names and
//   message content are kept exactly as sent.
// - A field of the wrong type (an object where text is expected, text where a count is expected)
//   reads as absent and is listed in fieldIssues; it never skips the record unless it is the id
//   (or, for messages, the timestamp).
// - A body with `"success": false` yields the Error parseApiError(200, body) describes; a body
//   that is not JSON, is truncated, or lacks the envelope's list yields Error::Kind::Malformed.
namespace crmlens::api {

// ISO 8601 (Z, fractional seconds, numeric offsets) or unix seconds (number or string).
// Invalid QDateTime when it cannot be read. Always returned in UTC.
// A date without a time is midnight UTC; a date-time without a zone is taken as UTC (the API's
// zone). Unix seconds must be positive: 0 is what APIs send for "never".
QDateTime parseTimestamp(const QJsonValue& value);

// The error a response carries: HTTP status and/or `success:false` body. Returns an Error with
// kind None when the response is a success (2xx and not success:false).
// httpStatus 0 means "no status known": only a success:false body makes it an error.
Error parseApiError(int httpStatus, const QByteArray& body);

Result<ContactsPage> parseContactsPage(const QByteArray& body);
Result<QList<Contact>> parseContactSearch(const QByteArray& body, ParseNotes* notes = nullptr); // wrapped or bare array
Result<CampaignsPage> parseCampaignsPage(const QByteArray& body);
// Flat or wrapped in data. A count that is missing or unreadable reads as 0 and is noted.
Result<CampaignReport> parseCampaignReport(const QByteArray& body, ParseNotes* notes = nullptr);
Result<MessagesPage> parseMessagesPage(const QByteArray& body);
Result<QList<CustomFieldDefinition>> parseCustomFieldDefinitions(const QByteArray& body, ParseNotes* notes = nullptr);
Result<QList<CustomFieldValue>> parseChatCustomFields(const QByteArray& body, ParseNotes* notes = nullptr);

// Header names compared case-insensitively; keys of `headers` are lower-case.
// A Retry-After HTTP-date fills retryAt; the overload with `nowUtc` also turns it into
// retryAfterSecs (0 when the date has passed). Garbage, negative or overflowing values are absent;
// an X-RateLimit-Reset below 10^9 is a count of seconds rather than a unix time and is absent too.
RateLimitInfo parseRateLimitHeaders(const QHash<QByteArray, QByteArray>& headers);
RateLimitInfo parseRateLimitHeaders(const QHash<QByteArray, QByteArray>& headers, const QDateTime& nowUtc);

} // namespace crmlens::api
