#pragma once

#include "core/api/CrmClient.h"
#include "core/api/NetworkTransport.h"
#include "core/common/Clock.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace crmlens::cli {

// Where and how to reach the CRM, read from --url, --rate-limit and CRMLENS_API_KEY.
struct CliConnection
{
    api::ApiEndpoint endpoint;
    QString apiKey; // a secret: handed on, never printed
    int rateLimit = 0; // per minute; 0: learn it from the CRM
};

// What every networked command needs: the CRM's endpoint from --url, the key from the
// environment (never from an argument), a transport, a clock and a client. Built in one place so
// every command treats keys, URLs and rate limits the same way.
class CliSession
{
public:
    static void addConnectionOptions(QCommandLineParser& parser);
    // Prints a one-line reason to stderr and returns null when the options or the key are unusable.
    static std::unique_ptr<CliSession> open(const QCommandLineParser& parser);
    // The same checks without building a client (the sync builds its own on its thread).
    static std::optional<CliConnection> readConnection(const QCommandLineParser& parser);

    api::CrmClient& client() { return *m_client; }
    const api::ApiEndpoint& endpoint() const { return m_endpoint; }

private:
    explicit CliSession(const CliConnection& connection);

    api::ApiEndpoint m_endpoint;
    SystemClock m_clock;
    api::NetworkTransport m_transport;
    std::unique_ptr<api::CrmClient> m_client;
};

QTextStream& standardOutput();
QTextStream& standardError();
// The --db option and a check that it names a usable file path.
void addDatabaseOption(QCommandLineParser& parser);
std::optional<QString> readDatabasePath(const QCommandLineParser& parser);
// Exit status for an error: 3 the key was rejected, 4 the store is damaged or the disk full, 1 else.
int exitCodeFor(const Error& error);

// "crmlens-cli: <message>" on stderr; returns `exitCode` so commands can `return fail(...)`.
int fail(const QString& message, int exitCode = 1);

} // namespace crmlens::cli
