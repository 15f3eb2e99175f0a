#include "app/crmlens/DemoWorkspace.h"

#include <QDir>
#include <QStandardPaths>

namespace crmlens::app {

QString DemoWorkspace::apiKey()
{
    return QStringLiteral("crmlens-demo");
}

QString DemoWorkspace::databasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.sqlite"));
}

DemoWorkspace::DemoWorkspace(QObject* parent) : QObject(parent)
{
    connect(&m_simulator, &sim::SimulatorProcess::ready, this, &DemoWorkspace::ready);
    connect(&m_simulator, &sim::SimulatorProcess::failed, this,
            [this](const Error& error) { Q_EMIT failed(tr("The demo CRM could not start: %1").arg(error.message)); });
}

void DemoWorkspace::start(int rateLimitPerMinute)
{
    Q_EMIT stateChanged(tr("Starting the demo CRM…"));
    m_simulator.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--live"),
                       QStringLiteral("--rate-limit"), QString::number(std::max(0, rateLimitPerMinute))},
                      apiKey());
}

} // namespace crmlens::app
