#include "ui/dialogs/ConnectionMessages.h"

#include <QCoreApplication>
#include <QLocale>

namespace crmlens::ui {

namespace {

QString lead(const QString& headline, const QString& body)
{
    return QStringLiteral("<b>%1</b> %2").arg(headline.toHtmlEscaped(), body.toHtmlEscaped());
}

QString count(const std::optional<qint64>& value)
{
    return value ? QLocale().toString(*value) : ConnectionMessages::tr("an unknown number of");
}

} // namespace

QString ConnectionMessages::describeReport(const api::ConnectionReport& report, const QString& host)
{
    QString body =
        tr("%1 holds %2 contacts and %3 campaigns, with %4 custom fields.")
            .arg(host, count(report.contacts), count(report.campaigns), QLocale().toString(report.customFields));
    body += QLatin1Char(' ');
    if (report.limitAnnounced && report.limitPerMinute > 0)
        body += tr("Your plan allows %1 requests per minute; CRM Lens keeps to that pace.")
                    .arg(QLocale().toString(report.limitPerMinute));
    else if (report.limitPerMinute > 0)
        body += tr("The CRM announced no rate limit; CRM Lens keeps to the %1 requests per minute set in Settings.")
                    .arg(QLocale().toString(report.limitPerMinute));
    else
        body += tr("The CRM announced no rate limit; CRM Lens starts at a careful pace and slows down if asked.");
    return lead(tr("Connected."), body);
}

QString ConnectionMessages::describeError(const Error& error, const QString& host)
{
    QString body;
    switch (error.kind) {
    case Error::Kind::Unauthorized:
        return lead(tr("The CRM refused this API key."),
                    tr("Copy the key again from your CRM (Settings, then API), paste it here and test again."));
    case Error::Kind::InsecureUrl:
        return lead(tr("This address cannot be used."), error.message);
    case Error::Kind::Network:
        body = tr("CRM Lens could not reach %1. Check the address and your internet connection, then test again.")
                   .arg(host);
        break;
    case Error::Kind::Timeout:
        body = tr("%1 did not answer in time. The CRM may be busy; test again in a minute.").arg(host);
        break;
    case Error::Kind::NotFound:
    case Error::Kind::Malformed:
        body = tr("%1 answered, but not as the CRM's API does. Check the address: it is the one you open your CRM "
                  "with, for example https://crm.example.com.")
                   .arg(host);
        break;
    case Error::Kind::RateLimited:
        body = tr("The CRM says too many requests came with this key. Wait a minute, then test again.");
        break;
    case Error::Kind::Server:
        body = tr("The CRM had a problem answering. Test again later; if it keeps happening, tell your CRM "
                  "provider.");
        break;
    case Error::Kind::Storage:
        return lead(tr("The key could not be kept."),
                    tr("CRM Lens keeps API keys only in the system keychain, never in its own files. Unlock or "
                       "set up the keychain, then press Connect again.") +
                        QLatin1Char(' ') + error.message);
    case Error::Kind::None:
    case Error::Kind::Cancelled:
    case Error::Kind::Validation:
    case Error::Kind::Configuration:
        body = error.message;
        break;
    }
    QString text = lead(tr("Could not connect."), body);
    if (!error.message.isEmpty() && error.message != body)
        text += QStringLiteral("<br><small>%1</small>").arg(tr("Details: %1").arg(error.message).toHtmlEscaped());
    return text;
}

} // namespace crmlens::ui
