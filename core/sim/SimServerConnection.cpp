#include "core/sim/SimServerConnection.h"

#include "core/sim/SimRenderErrors.h"

#include <QTcpSocket>

namespace crmlens::sim {

SimServerConnection::SimServerConnection(QTcpSocket* socket, SimServerRouter& router, QObject* parent)
    : QObject(parent), m_socket(socket), m_router(router)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    m_wait.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SimServerConnection::close);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer.append(m_socket->readAll());
        processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idle.start();
    if (m_socket->bytesAvailable() > 0) {
        m_buffer.append(m_socket->readAll());
        processBuffer();
    }
}

void SimServerConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        SimHttpRequest request;
        const SimHttpParser::Status status = m_parser.parse(m_buffer, request);
        if (status == SimHttpParser::Status::NeedMore)
            return;
        if (status == SimHttpParser::Status::Error) {
            SimServerReply bad;
            bad.response = SimHttpResponse::json(
                m_parser.errorStatus(), SimRenderErrors::coded("BAD_REQUEST", QStringLiteral("Malformed request")));
            send(bad, false);
            return;
        }
        m_idle.stop();
        deliver(m_router.route(request), request.keepAlive);
    }
}

void SimServerConnection::deliver(const SimServerReply& reply, bool keepAlive)
{
    switch (reply.delivery) {
    case SimServerReply::Delivery::Normal:
    case SimServerReply::Delivery::Truncate:
        send(reply, keepAlive);
        return;
    case SimServerReply::Delivery::Slow:
        m_busy = true;
        m_wait.disconnect(this);
        connect(&m_wait, &QTimer::timeout, this, [this, reply, keepAlive] {
            m_busy = false;
            send(reply, keepAlive);
            processBuffer();
        });
        m_wait.start(reply.delayMs);
        return;
    case SimServerReply::Delivery::Hang:
        // Nothing is ever answered on this connection again; it is closed after the hang time.
        m_busy = true;
        m_wait.disconnect(this);
        connect(&m_wait, &QTimer::timeout, this, &SimServerConnection::close);
        m_wait.start(reply.delayMs);
        return;
    }
}

void SimServerConnection::send(const SimServerReply& reply, bool keepAlive)
{
    if (m_closing)
        return;
    const bool keep = keepAlive && !reply.closeAfter;
    if (reply.delivery == SimServerReply::Delivery::Truncate) {
        QByteArray wire = reply.response.serialiseHead(false, reply.response.body.size());
        wire.append(reply.response.body.left(reply.cutAt));
        m_socket->write(wire);
    } else {
        // Head and body go out separately: a large body (the dump) is not copied once more.
        m_socket->write(reply.response.serialiseHead(keep, reply.response.body.size()));
        m_socket->write(reply.response.body);
    }
    if (!keep) {
        close();
        return;
    }
    m_idle.start();
}

void SimServerConnection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_idle.stop();
    m_wait.stop();
    // Pending bytes are written before the FIN; a socket already gone just goes away.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

} // namespace crmlens::sim
