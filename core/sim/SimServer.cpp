#include "core/sim/SimServer.h"

#include "core/common/Logging.h"
#include "core/sim/SimServerConnection.h"

#include <QTcpSocket>

namespace crmlens::sim {

SimServer::SimServer(const SimWorkspace& workspace, SimClock& clock, SimServerConfig config, const Clock& realClock,
                     QObject* parent)
    : QObject(parent), m_router(workspace, clock, std::move(config), realClock)
{
    m_router.setClockMovedHandler([this](std::int64_t now) { Q_EMIT clockMoved(now); });
    connect(&m_server, &QTcpServer::newConnection, this, &SimServer::acceptConnections);
}

SimServer::~SimServer()
{
    close();
}

bool SimServer::listen(quint16 port)
{
    return listen(QHostAddress(QHostAddress::LocalHost), port);
}

bool SimServer::listen(const QHostAddress& address, quint16 port)
{
    if (address != QHostAddress(QHostAddress::LocalHost)) {
        m_error =
            QStringLiteral("refusing to listen on %1: the simulator binds 127.0.0.1 only").arg(address.toString());
        return false;
    }
    if (!m_server.listen(address, port)) {
        m_error = m_server.errorString();
        return false;
    }
    m_error.clear();
    qCInfo(lcSim) << "simulator listening on" << baseUrl().toString();
    return true;
}

void SimServer::close()
{
    m_server.close();
    const auto connections = findChildren<SimServerConnection*>(Qt::FindDirectChildrenOnly);
    for (SimServerConnection* connection : connections)
        delete connection;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

int SimServer::openConnections() const
{
    return static_cast<int>(findChildren<SimServerConnection*>(Qt::FindDirectChildrenOnly).size());
}

void SimServer::acceptConnections()
{
    while (m_server.hasPendingConnections()) {
        QTcpSocket* socket = m_server.nextPendingConnection();
        new SimServerConnection(socket, m_router, this);
    }
}

} // namespace crmlens::sim
