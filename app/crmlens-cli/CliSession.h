#pragma once

#include "core/api/CrmClient.h"
#include "core/api/NetworkTransport.h"
#include "core/common/Clock.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace crmlens::cli {

// What every networked command needs: the CRM's endpoint from --url, the key from the
// environment (never from an argument), a transport, a clock and a client. Built in one place so
// every command treats keys, URLs and rate limits the same way.
class CliSession
{
public:
    static void addConnectionOptions(QCommandLineParser& parser);
    // Prints a one-line reason to stderr and returns null when the options or the key are unusable.
    static std::unique_ptr<CliSession> open(const QCommandLineParser& parser);

    api::CrmClient& client() { return *m_client; }
    const api::ApiEndpoint& endpoint() const { return m_endpoint; }

private:
    CliSession(api::ApiEndpoint endpoint, const QString& apiKey, int rateLimit);

    api::ApiEndpoint m_endpoint;
    SystemClock m_clock;
    api::NetworkTransport m_transport;
    std::unique_ptr<api::CrmClient> m_client;
};

QTextStream& standardOutput();
QTextStream& standardError();
// "crmlens-cli: <message>" on stderr; returns `exitCode` so commands can `return fail(...)`.
int fail(const QString& message, int exitCode = 1);

} // namespace crmlens::cli
