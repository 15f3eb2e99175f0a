#include "core/sim/SimHttpRequest.h"

#include <QByteArrayView>

namespace crmlens::sim {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray percentDecode(QByteArrayView raw, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '%' && i + 2 < raw.size() && hexValue(raw[i + 1]) >= 0 && hexValue(raw[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2])));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QByteArray SimHttpRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool SimHttpRequest::hasQueryItem(const QString& name) const
{
    for (const auto& item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString SimHttpRequest::queryItem(const QString& name) const
{
    for (const auto& item : query) {
        if (item.first == name)
            return item.second.isNull() ? QStringLiteral("") : item.second;
    }
    return {};
}

QString decodeQueryComponent(QByteArrayView raw)
{
    return QString::fromUtf8(percentDecode(raw, true));
}

bool parseTarget(const QByteArray& target, QStringList& segments, QList<QPair<QString, QString>>& query)
{
    if (!target.startsWith('/'))
        return false;
    const qsizetype queryAt = target.indexOf('?');
    const QByteArray path = queryAt < 0 ? target : target.first(queryAt);
    segments.clear();
    for (const QByteArray& part : path.split('/')) {
        if (!part.isEmpty())
            segments.append(QString::fromUtf8(percentDecode(part, false)));
    }
    query.clear();
    if (queryAt < 0)
        return true;
    for (const QByteArray& item : target.sliced(queryAt + 1).split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            query.append({decodeQueryComponent(item), QStringLiteral("")});
        else
            query.append({decodeQueryComponent(QByteArrayView(item).first(eq)),
                          decodeQueryComponent(QByteArrayView(item).sliced(eq + 1))});
    }
    return true;
}

SimHttpParser::Status SimHttpParser::fail(int status)
{
    m_errorStatus = status;
    return Status::Error;
}

SimHttpParser::Status SimHttpParser::parse(QByteArray& buffer, SimHttpRequest& out)
{
    // Tolerate stray empty lines between keep-alive requests (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? fail(431) : Status::NeedMore;
    if (headerEnd > kMaxHeaderBytes)
        return fail(431);

    const QList<QByteArray> lines = buffer.first(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return fail(400);
    SimHttpRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const QByteArray& version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505);
    if (!parseTarget(request.target, request.pathSegments, request.query))
        return fail(400);

    qsizetype contentLength = 0;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400);
        QByteArray name = line.first(colon).trimmed().toLower();
        QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0)
                return fail(400);
        } else if (name == "transfer-encoding") {
            return fail(501);
        } else if (name == "connection") {
            connection = value.toLower();
        }
        request.headers.append({std::move(name), std::move(value)});
    }
    if (contentLength > kMaxBodyBytes)
        return fail(413);
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return Status::NeedMore;

    request.body = buffer.mid(headerEnd + 4, contentLength);
    request.keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    buffer.remove(0, total);
    out = std::move(request);
    return Status::Ready;
}

} // namespace crmlens::sim
