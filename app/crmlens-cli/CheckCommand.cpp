#include "app/crmlens-cli/CheckCommand.h"

#include "app/crmlens-cli/CliSession.h"
#include "core/api/ConnectionCheck.h"

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
    std::optional<Result<api::ConnectionReport>> outcome;
    QEventLoop loop;
    api::checkConnection(session->client(), [&](Result<api::ConnectionReport> report) {
        outcome = std::move(report);
        loop.quit();
    });
    loop.exec();

    if (!outcome->ok()) {
        const Error& error = outcome->error();
        return fail(error.message, exitCodeFor(error));
    }
    const api::ConnectionReport& report = outcome->value();
    QTextStream& out = standardOutput();
    out << QCoreApplication::translate("cli", "Connected to %1").arg(session->endpoint().baseUrl().toString()) << '\n';
    out << QCoreApplication::translate("cli", "Contacts:      %1").arg(countText(report.contacts)) << '\n';
    out << QCoreApplication::translate("cli", "Campaigns:     %1").arg(countText(report.campaigns)) << '\n';
    out << QCoreApplication::translate("cli", "Custom fields: %1").arg(report.customFields) << '\n';
    if (report.limitAnnounced)
        out << QCoreApplication::translate("cli", "Rate limit:    %1 requests per minute (announced by the CRM)")
                   .arg(report.limitPerMinute)
            << '\n';
    else if (report.limitPerMinute > 0)
        out << QCoreApplication::translate("cli", "Rate limit:    %1 requests per minute (configured; the CRM "
                                                  "announced none)")
                   .arg(report.limitPerMinute)
            << '\n';
    else
        out << QCoreApplication::translate("cli", "Rate limit:    none announced") << '\n';
    out.flush();
    return 0;
}

} // namespace crmlens::cli
