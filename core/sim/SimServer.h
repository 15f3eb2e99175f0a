#pragma once

#include "core/sim/SimServerRouter.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace crmlens::sim {

class SimClock;

// The simulator's HTTP/1.1 server: the CRM API of crm-api.md and the /_sim control endpoints,
// on loopback only. A small server of its own over QTcpServer rather than QHttpServer, because
// the faults it must produce (a body cut under a Content-Length that promises more, a reply
// that never comes) are exactly what a proper HTTP server refuses to do.
//
// Control endpoints (API-KEY required; never rate limited, never faulted):
//   POST /_sim/advance?seconds=N   moves the clock forward, answers like /_sim/state
//   GET  /_sim/state               {"now", "now_unix", "live", "speed", "tenant", "starts_at",
//                                   "ends_at", "requests", "counts": {...}}
//   GET  /_sim/dump                the whole visible state (SimRenderDump.h)
class SimServer : public QObject
{
    Q_OBJECT
public:
    // `workspace`, `clock` and `realClock` must outlive the server.
    SimServer(const SimWorkspace& workspace, SimClock& clock, SimServerConfig config, const Clock& realClock,
              QObject* parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1; port 0 picks a free port.
    bool listen(quint16 port = 0);
    // Refuses every address but 127.0.0.1: the simulator serves a made-up key and must never be
    // reachable from another machine.
    bool listen(const QHostAddress& address, quint16 port);
    void close();

    QString errorString() const { return m_error; }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;
    int openConnections() const;

    SimServerRouter& router() { return m_router; }

Q_SIGNALS:
    // A request moved the sim clock (/_sim/advance or the shift fault).
    void clockMoved(qint64 now);

private:
    void acceptConnections();

    SimServerRouter m_router;
    QTcpServer m_server;
    QString m_error;
};

} // namespace crmlens::sim
