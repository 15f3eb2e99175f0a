#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace crmlens::sim {

// An HTTP response before it goes on the wire. Content-Length and Connection are added by
// serialise(); everything else is set by whoever builds the answer.
struct SimHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const; // case-insensitive

    // Status line, headers and body. `contentLength` < 0: the body's real length; a larger
    // value is how the truncation fault promises bytes that never come.
    QByteArray serialise(bool keepAlive, qsizetype contentLength = -1) const;
    QByteArray serialiseHead(bool keepAlive, qsizetype contentLength) const;

    static QByteArray reasonPhrase(int status);
    static SimHttpResponse json(int status, QByteArray body);
};

} // namespace crmlens::sim
