#include "app/crmlens-cli/CheckCommand.h"

#include "app/crmlens-cli/CliSession.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace crmlens::cli {

namespace {

QString countText(const std::optional<qint64>& count)
{
    return count ? QString::number(*count) : QCoreApplication::translate("cli", "unknown (the CRM did not say)");
}

} // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Test the connection to a CRM and report what it holds. The API key is read from CRMLENS_API_KEY."));
    parser.addHelpOption();
    CliSession::addConnectionOptions(parser);
    parser.process(arguments);

    std::unique_ptr<CliSession> session = CliSession::open(parser);
    if (!session)
        return 2;
    api::CrmClient& client = session->client();

    // Three small requests in parallel; the first error decides the outcome.
    std::optional<Error> firstError;
    std::optional<qint64> contacts, campaigns;
    std::optional<int> customFields;
    int outstanding = 3;
    QEventLoop loop;
    auto settle = [&](const Error* error) {
        if (error && !firstError)
            firstError = *error;
        if (--outstanding == 0)
            loop.quit();
    };
    client.fetchContacts(1, 1, [&](Result<api::ContactsPage> page) {
        if (page)
            contacts = page->info.total;
        settle(page ? nullptr : &page.error());
    });
    client.fetchCampaigns(1, 1, [&](Result<api::CampaignsPage> page) {
        if (page)
            campaigns = page->info.total;
        settle(page ? nullptr : &page.error());
    });
    client.fetchCustomFieldDefinitions([&](Result<QList<api::CustomFieldDefinition>> definitions) {
        if (definitions)
            customFields = static_cast<int>(definitions->size());
        settle(definitions ? nullptr : &definitions.error());
    });
    loop.exec();

    if (firstError)
        return fail(firstError->message, firstError->kind == Error::Kind::Unauthorized ? 3 : 1);

    const api::PacerStats pacing = client.pacerStats();
    QTextStream& out = standardOutput();
    out << QCoreApplication::translate("cli", "Connected to %1").arg(session->endpoint().baseUrl().toString()) << '\n';
    out << QCoreApplication::translate("cli", "Contacts:      %1").arg(countText(contacts)) << '\n';
    out << QCoreApplication::translate("cli", "Campaigns:     %1").arg(countText(campaigns)) << '\n';
    out << QCoreApplication::translate("cli", "Custom fields: %1").arg(customFields.value_or(0)) << '\n';
    if (pacing.limitLearned)
        out << QCoreApplication::translate("cli", "Rate limit:    %1 requests per minute (announced by the CRM)")
                   .arg(pacing.limitPerMinute)
            << '\n';
    else if (pacing.limitPerMinute > 0)
        out << QCoreApplication::translate("cli", "Rate limit:    %1 requests per minute (configured; the CRM "
                                                  "announced none)")
                   .arg(pacing.limitPerMinute)
            << '\n';
    else
        out << QCoreApplication::translate("cli", "Rate limit:    none announced") << '\n';
    out.flush();
    return 0;
}

} // namespace crmlens::cli
