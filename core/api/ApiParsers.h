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
namespace crmlens::api {

// ISO 8601 (Z, fractional seconds, numeric offsets) or unix seconds (number or string).
// Invalid QDateTime when it cannot be read. Always returned in UTC.
QDateTime parseTimestamp(const QJsonValue& value);

// The error a response carries: HTTP status and/or `success:false` body. Returns an Error with
// kind None when the response is a success (2xx and not success:false).
Error parseApiError(int httpStatus, const QByteArray& body);

Result<ContactsPage> parseContactsPage(const QByteArray& body);
Result<QList<Contact>> parseContactSearch(const QByteArray& body); // wrapped or bare array
Result<CampaignsPage> parseCampaignsPage(const QByteArray& body);
Result<CampaignReport> parseCampaignReport(const QByteArray& body); // flat or wrapped in data
Result<MessagesPage> parseMessagesPage(const QByteArray& body);
Result<QList<CustomFieldDefinition>> parseCustomFieldDefinitions(const QByteArray& body);
Result<QList<CustomFieldValue>> parseChatCustomFields(const QByteArray& body);

// Header names compared case-insensitively; keys of `headers` are lower-case.
RateLimitInfo parseRateLimitHeaders(const QHash<QByteArray, QByteArray>& headers);

} // namespace crmlens::api
