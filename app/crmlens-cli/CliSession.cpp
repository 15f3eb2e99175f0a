#include "app/crmlens-cli/CliSession.h"

#include "core/api/EnvironmentSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace crmlens::cli {

namespace {
const QString kUrlOption = QStringLiteral("url");
const QString kRateLimitOption = QStringLiteral("rate-limit");
} // namespace

QTextStream& standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int exitCode)
{
    standardError() << "crmlens-cli: " << message << Qt::endl;
    return exitCode;
}

void CliSession::addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOption({kUrlOption, QCoreApplication::translate("cli", "Base URL of the CRM, e.g. https://crm.example.com."),
                      QCoreApplication::translate("cli", "url")});
    parser.addOption({kRateLimitOption,
                      QCoreApplication::translate("cli", "Requests per minute the plan allows. Default: learned from "
                                                         "the CRM's rate-limit headers (and from 429 answers when it "
                                                         "sends none)."),
                      QCoreApplication::translate("cli", "n"), QStringLiteral("0")});
}

std::unique_ptr<CliSession> CliSession::open(const QCommandLineParser& parser)
{
    const std::optional<CliConnection> connection = readConnection(parser);
    if (!connection)
        return nullptr;
    return std::unique_ptr<CliSession>(new CliSession(*connection));
}

std::optional<CliConnection> CliSession::readConnection(const QCommandLineParser& parser)
{
    if (!parser.isSet(kUrlOption)) {
        fail(QCoreApplication::translate("cli", "--url is required."), 2);
        return std::nullopt;
    }
    Result<api::ApiEndpoint> endpoint = api::ApiEndpoint::fromBaseUrl(parser.value(kUrlOption));
    if (!endpoint) {
        fail(endpoint.error().message, 2);
        return std::nullopt;
    }
    bool rateOk = false;
    const int rateLimit = parser.value(kRateLimitOption).toInt(&rateOk);
    if (!rateOk || rateLimit < 0) {
        fail(QCoreApplication::translate("cli", "--rate-limit takes a whole number of requests per minute (0 or more)."), 2);
        return std::nullopt;
    }

    // The environment store answers asynchronously like the keychain does; wait for it here.
    api::EnvironmentSecretStore secrets;
    std::optional<Result<QString>> key;
    QEventLoop loop;
    secrets.readSecret(endpoint->baseUrl().toString(), [&](Result<QString> value) {
        key = std::move(value);
        loop.quit();
    });
    if (!key)
        loop.exec();
    if (!key->ok() || key->value().isEmpty()) {
        fail(QCoreApplication::translate("cli", "Set the CRM's API key in the CRMLENS_API_KEY environment variable."), 2);
        return std::nullopt;
    }
    return CliConnection{endpoint.value(), key->value(), rateLimit};
}

CliSession::CliSession(const CliConnection& connection) : m_endpoint(connection.endpoint)
{
    api::CrmClientConfig config;
    config.pacing.limitPerMinute = connection.rateLimit;
    m_client = std::make_unique<api::CrmClient>(m_endpoint, connection.apiKey, m_transport, m_clock, config);
}

void addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("cli", "The local store (an SQLite file)."),
                      QCoreApplication::translate("cli", "file")});
}

std::optional<QString> readDatabasePath(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        fail(QCoreApplication::translate("cli", "--db is required."), 2);
        return std::nullopt;
    }
    return path;
}

int exitCodeFor(const Error& error)
{
    if (error.kind == Error::Kind::Unauthorized)
        return 3;
    if (error.kind == Error::Kind::Storage)
        return 4;
    return 1;
}

} // namespace crmlens::cli
