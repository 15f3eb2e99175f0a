#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace crmlens::sim {

// One HTTP/1.1 request as the simulator sees it: path segments and query already
// percent-decoded, header names lower-cased.
struct SimHttpRequest
{
    QByteArray method;
    QByteArray target;        // as sent: "/crm/chat?page=2"
    QStringList pathSegments; // "/crm/chat/abc/messages" → {"crm", "chat", "abc", "messages"}
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerCaseName) const;
    bool hasQueryItem(const QString& name) const;
    QString queryItem(const QString& name) const; // first occurrence, null when absent
};

// Incremental parser for requests arriving on a keep-alive connection. Bodies are read by
// Content-Length only: every client of the simulator sends small bodies or none.
class SimHttpParser
{
public:
    enum class Status { NeedMore, Ready, Error };

    // Consumes one complete request from the front of `buffer` into `out` when it is there.
    // On Error, errorStatus() is the HTTP status to answer with before closing.
    Status parse(QByteArray& buffer, SimHttpRequest& out);
    int errorStatus() const { return m_errorStatus; }

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

private:
    Status fail(int status);
    int m_errorStatus = 0;
};

// Percent-decoding of a query component, with '+' as a space as web servers treat forms.
QString decodeQueryComponent(QByteArrayView raw);
bool parseTarget(const QByteArray& target, QStringList& segments, QList<QPair<QString, QString>>& query);

} // namespace crmlens::sim
