#pragma once

#include "core/sim/SimHttpRequest.h"
#include "core/sim/SimServerRouter.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace crmlens::sim {

// One client connection: reads keep-alive requests one after the other and delivers each reply
// the way its fault says — whole, late, cut short under a lying Content-Length, or never (the
// connection then closes after the hang time). Requests that arrive while a reply is pending
// wait their turn, as HTTP/1.1 requires.
class SimServerConnection : public QObject
{
    Q_OBJECT
public:
    SimServerConnection(QTcpSocket* socket, SimServerRouter& router, QObject* parent = nullptr);

    // Keep-alive connections idle this long are closed.
    static constexpr int kIdleTimeoutMs = 5 * 60 * 1000;

private:
    void processBuffer();
    void deliver(const SimServerReply& reply, bool keepAlive);
    void send(const SimServerReply& reply, bool keepAlive);
    void close();

    QTcpSocket* m_socket;
    SimServerRouter& m_router;
    SimHttpParser m_parser;
    QByteArray m_buffer;
    QTimer m_idle;
    QTimer m_wait; // a slow reply's delay or a hanging reply's hang time
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace crmlens::sim
