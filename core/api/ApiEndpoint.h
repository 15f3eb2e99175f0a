#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QUrl>

// Where a tenant's API lives and how each request URL is spelled (../shared/crm-api.md).
namespace crmlens::api {

enum class SearchField { Email, WhatsappNumber, Name };
enum class SearchCondition { Contains, EqualTo, StartsWith, EndsWith };
enum class MessageSort { Newest, Oldest };

class ApiEndpoint
{
public:
    // https anywhere; plain http only to a loopback host (127.0.0.0/8, ::1, localhost). Anything
    // else - http to another host, other schemes, relative or empty text, credentials, a query or
    // fragment - is refused with Error::Kind::InsecureUrl and a sentence saying why.
    static Result<ApiEndpoint> fromBaseUrl(const QString& text);
    static bool isLoopbackHost(const QString& host);

    ApiEndpoint() = default;
    bool isValid() const { return m_base.isValid(); }
    QUrl baseUrl() const { return m_base; }

    // page is 1-based; limit is sent as given (the CRM caps it at 100).
    QUrl contacts(int page, int limit) const;
    QUrl contactSearch(SearchField field, const QString& value, SearchCondition condition) const;
    QUrl customFieldDefinitions() const;
    QUrl campaigns(int page, int limit) const;
    // Ids go into the path percent-encoded. An empty id, or one that would read as "." or "..",
    // is refused (Error::Kind::Validation) rather than sent as a different path.
    Result<QUrl> chatCustomFields(const QString& chatId) const;
    Result<QUrl> messages(const QString& chatId, int page, int limit, MessageSort sort) const;
    Result<QUrl> campaignReport(const QString& campaignId) const;

    static QString searchFieldName(SearchField field);
    static QString searchConditionName(SearchCondition condition);
    static QString messageSortName(MessageSort sort);

private:
    explicit ApiEndpoint(QUrl base) : m_base(std::move(base)) {}
    QUrl withPath(const QString& encodedPath, const QString& encodedQuery = {}) const;
    static Result<QString> encodedId(const QString& id, const QString& what);

    QUrl m_base; // scheme, host, port and an optional path prefix without a trailing '/'
};

} // namespace crmlens::api
