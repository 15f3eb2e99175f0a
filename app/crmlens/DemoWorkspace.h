#pragma once

#include "core/api/CrmClient.h"
#include "core/api/NetworkTransport.h"
#include "core/common/Clock.h"
#include "core/sim/SimulatorProcess.h"

#include <QObject>

#include <memory>

namespace crmlens::app {

// The demo workspace: starts the bundled simulator on loopback, connects a client to it and
// reports, in plain words, what the demo CRM holds. Lives on the UI thread; every step is
// asynchronous so the window never waits.
class DemoWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit DemoWorkspace(QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void stateChanged(const QString& text);
    // The demo is connected or has failed: nothing more will change until the user acts.
    void settled();

private:
    void connectClient(const QUrl& baseUrl);
    void settle(const QString& text);

    sim::SimulatorProcess m_simulator;
    SystemClock m_clock;
    api::NetworkTransport m_transport;
    std::unique_ptr<api::CrmClient> m_client;
};

} // namespace crmlens::app
