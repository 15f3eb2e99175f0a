#include "core/api/ApiEndpoint.h"

#include <QHostAddress>

namespace crmlens::api {

namespace {

Error insecure(const QString& message)
{
    return Error::make(Error::Kind::InsecureUrl, message);
}

QString queryValue(const QString& value)
{
    // Everything but unreserved characters is escaped: a '+' in a phone number must reach the
    // server as %2B, not be read as a space.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

bool ApiEndpoint::isLoopbackHost(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost") || h == QLatin1String("localhost."))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Result<ApiEndpoint> ApiEndpoint::fromBaseUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return insecure(QStringLiteral("No CRM address is set. Enter the address of your CRM, "
                                       "for example https://crm.chatnation.co.ke."));

    // The text is not echoed in messages: a mistyped address may carry a password.
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return insecure(QStringLiteral("The CRM address is not a valid web address. "
                                       "Enter it like https://crm.chatnation.co.ke."));
    const QString scheme = url.scheme().toLower();
    if (url.isRelative() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return insecure(QStringLiteral("The CRM address must start with https:// and name a host, "
                                       "for example https://crm.chatnation.co.ke."));
    if (!url.userInfo().isEmpty())
        return insecure(QStringLiteral("The CRM address must not contain a user name or password; "
                                       "the API key is entered separately."));
    if (url.hasQuery() || url.hasFragment())
        return insecure(QStringLiteral("The CRM address must not contain a query (?...) or a fragment (#...)."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return insecure(QStringLiteral("Plain http:// is only allowed to this computer (127.0.0.1, ::1 or localhost). "
                                       "Use https://%1 so the API key is never sent unencrypted.")
                            .arg(url.host()));

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path, QUrl::TolerantMode);
    return ApiEndpoint(base);
}

QUrl ApiEndpoint::withPath(const QString& encodedPath, const QString& encodedQuery) const
{
    QUrl url = m_base;
    url.setPath(m_base.path(QUrl::FullyEncoded) + encodedPath, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty())
        url.setQuery(encodedQuery, QUrl::TolerantMode);
    return url;
}

Result<QString> ApiEndpoint::encodedId(const QString& id, const QString& what)
{
    if (id.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("The %1 id is empty.").arg(what));
    // "." and ".." would be read as path steps, not as an id; no percent-encoding survives that.
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("The %1 id \"%2\" cannot be used in a request.").arg(what, id));
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrl ApiEndpoint::contacts(int page, int limit) const
{
    return withPath(QStringLiteral("/crm/chat"), QStringLiteral("page=%1&limit=%2").arg(page).arg(limit));
}

QUrl ApiEndpoint::contactSearch(SearchField field, const QString& value, SearchCondition condition) const
{
    return withPath(QStringLiteral("/crm/chat/search"),
                    QStringLiteral("search_field=") % queryValue(searchFieldName(field)) %
                        QStringLiteral("&search_value=") % queryValue(value) % QStringLiteral("&condition=") %
                        queryValue(searchConditionName(condition)));
}

QUrl ApiEndpoint::customFieldDefinitions() const
{
    return withPath(QStringLiteral("/crm/setting/custom-field"));
}

QUrl ApiEndpoint::campaigns(int page, int limit) const
{
    return withPath(QStringLiteral("/crm/campaign"), QStringLiteral("page=%1&limit=%2").arg(page).arg(limit));
}

Result<QUrl> ApiEndpoint::chatCustomFields(const QString& chatId) const
{
    const Result<QString> id = encodedId(chatId, QStringLiteral("chat"));
    if (!id)
        return id.error();
    return withPath(QStringLiteral("/crm/chat/setting/") % id.value() % QStringLiteral("/custom-field"));
}

Result<QUrl> ApiEndpoint::messages(const QString& chatId, int page, int limit, MessageSort sort) const
{
    const Result<QString> id = encodedId(chatId, QStringLiteral("chat"));
    if (!id)
        return id.error();
    return withPath(QStringLiteral("/crm/chat/") % id.value() % QStringLiteral("/messages"),
                    QStringLiteral("page=%1&limit=%2&sort=%3").arg(page).arg(limit).arg(messageSortName(sort)));
}

Result<QUrl> ApiEndpoint::campaignReport(const QString& campaignId) const
{
    const Result<QString> id = encodedId(campaignId, QStringLiteral("campaign"));
    if (!id)
        return id.error();
    return withPath(QStringLiteral("/crm/campaign/") % id.value() % QStringLiteral("/report"));
}

QString ApiEndpoint::searchFieldName(SearchField field)
{
    switch (field) {
    case SearchField::Email:
        return QStringLiteral("email");
    case SearchField::WhatsappNumber:
        return QStringLiteral("whatsapp_number");
    case SearchField::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString ApiEndpoint::searchConditionName(SearchCondition condition)
{
    switch (condition) {
    case SearchCondition::Contains:
        return QStringLiteral("contains");
    case SearchCondition::EqualTo:
        return QStringLiteral("equal to");
    case SearchCondition::StartsWith:
        return QStringLiteral("starts with");
    case SearchCondition::EndsWith:
        return QStringLiteral("ends with");
    }
    return {};
}

QString ApiEndpoint::messageSortName(MessageSort sort)
{
    return sort == MessageSort::Oldest ? QStringLiteral("oldest") : QStringLiteral("newest");
}

} // namespace crmlens::api
