#pragma once

#include "core/sim/SimulatorProcess.h"

#include <QObject>
#include <QUrl>

namespace crmlens::app {

// The demo workspace's CRM: the bundled simulator, started on loopback with a fixed seed (every
// user sees the same demo business) in live mode (new messages keep arriving). Asynchronous: the
// window never waits for it.
class DemoWorkspace : public QObject
{
    Q_OBJECT
public:
    // The simulator accepts whatever key it is started with; this one never leaves the machine.
    static QString apiKey();
    // Where the demo's store lives; it is rebuilt from the simulator on every demo start.
    static QString databasePath();
    // The simulated business's home zone.
    static QString timeZoneId() { return QStringLiteral("Africa/Nairobi"); }

    explicit DemoWorkspace(QObject* parent = nullptr);
    // `rateLimitPerMinute` is the demo plan's limit (0: no limit, for screenshots and tests).
    void start(int rateLimitPerMinute);

Q_SIGNALS:
    void stateChanged(const QString& text);
    void ready(const QUrl& baseUrl);
    void failed(const QString& message);

private:
    sim::SimulatorProcess m_simulator;
};

} // namespace crmlens::app
