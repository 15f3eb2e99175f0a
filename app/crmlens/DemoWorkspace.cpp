#include "app/crmlens/DemoWorkspace.h"

#include "core/api/ConnectionCheck.h"

#include <QLocale>

namespace crmlens::app {

namespace {
// The simulator accepts whatever key it is started with; this one never leaves the machine.
const QString kDemoKey = QStringLiteral("crmlens-demo");
} // namespace

DemoWorkspace::DemoWorkspace(QObject* parent) : QObject(parent)
{
    connect(&m_simulator, &sim::SimulatorProcess::ready, this, &DemoWorkspace::connectClient);
    connect(&m_simulator, &sim::SimulatorProcess::failed, this,
            [this](const Error& error) { settle(error.message); });
}

void DemoWorkspace::start()
{
    Q_EMIT stateChanged(tr("Starting the demo CRM…"));
    // A fixed seed gives every user the same demo; live mode lets new messages arrive.
    m_simulator.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--live"),
                       QStringLiteral("--rate-limit"), QStringLiteral("600")},
                      kDemoKey);
}

void DemoWorkspace::connectClient(const QUrl& baseUrl)
{
    Result<api::ApiEndpoint> endpoint = api::ApiEndpoint::fromBaseUrl(baseUrl.toString());
    if (!endpoint) {
        settle(endpoint.error().message);
        return;
    }
    m_client = std::make_unique<api::CrmClient>(endpoint.value(), kDemoKey, m_transport, m_clock);
    m_client->setRateLimit(0); // learn the demo plan's limit from its headers
    Q_EMIT stateChanged(tr("Connecting to the demo CRM at %1…").arg(baseUrl.toString()));
    api::checkConnection(*m_client, [this, baseUrl](Result<api::ConnectionReport> report) {
        if (!report) {
            settle(report.error().message);
            return;
        }
        const QLocale locale;
        const auto count = [&locale](const std::optional<qint64>& value) {
            return value ? locale.toString(*value) : tr("an unknown number of");
        };
        settle(tr("Demo CRM at %1: %2 contacts, %3 campaigns, %4 requests per minute. Not synced yet.")
                   .arg(baseUrl.toString(), count(report->contacts), count(report->campaigns),
                        locale.toString(report->limitPerMinute)));
    });
}

void DemoWorkspace::settle(const QString& text)
{
    Q_EMIT stateChanged(text);
    Q_EMIT settled();
}

} // namespace crmlens::app
