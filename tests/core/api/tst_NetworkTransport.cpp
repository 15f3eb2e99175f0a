#include "core/api/NetworkTransport.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace crmlens::api;

namespace {

// A self-signed certificate for 127.0.0.1 that no system trusts: the client must refuse it.
const char kCertificate[] = R"(
-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUGm5ouKp+R5C3yDPZ/dU293APcQMwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNTE2MzczM1oYDzIxMjYxMTAx
MTYzNzMzWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARUKg0m82vgqi0n8YUd0WVZLXIU4s6JVTaN0ytEASKsQ76ieee7m6nf
JzuCl7HDqeHaCRdF0DL71ksNDFmsLXb8o2QwYjAdBgNVHQ4EFgQUNx+tyySSGD7g
M8reokBVmCeq4KMwHwYDVR0jBBgwFoAUNx+tyySSGD7gM8reokBVmCeq4KMwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
ID6lnnzZgoz8K+xUH0OZ92Cpgd0B0n33NG+o6DZHMljfAiEA6b8i7NYBpmB9Ee8p
d0wvvje4+JaoJvaLwZy/bQHiS48=
-----END CERTIFICATE-----
)";

const char kPrivateKey[] = R"(
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgCnmyBBHepe0DfUTX
3oge0EDbUq/lUhR23rCXgrdrcrKhRANCAARUKg0m82vgqi0n8YUd0WVZLXIU4s6J
VTaN0ytEASKsQ76ieee7m6nfJzuCl7HDqeHaCRdF0DL71ksNDFmsLXb8
-----END PRIVATE KEY-----
)";

// A loopback HTTP/1.1 server that answers by path, including the ways real servers misbehave.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QTcpServer* server) : m_server(server)
    {
        m_server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection())
                serve(socket);
        });
    }

    QString url(const QString& path, const QString& scheme = QStringLiteral("http")) const
    {
        return scheme + QStringLiteral("://127.0.0.1:") + QString::number(m_server->serverPort()) + path;
    }
    quint16 port() const { return m_server->serverPort(); }
    QList<QByteArray> heads; // every request head received

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            heads.append(head);
            answer(socket, head.split(' ').value(1));
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void answer(QTcpSocket* socket, const QByteArray& path)
    {
        const QByteArray json = QByteArrayLiteral("{\"success\":true,\"data\":[]}");
        if (path == "/ok") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-RateLimit-Remaining: 5\r\n"
                          "Content-Length: " +
                          QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
            socket->disconnectFromHost();
        } else if (path == "/error500") {
            const QByteArray body = QByteArrayLiteral("{\"success\":false,\"title\":\"Internal Server Error\"}");
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        } else if (path == "/notfound") {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        } else if (path == "/truncated") {
            // Promise 100 bytes, send 10, close: what the simulator's "truncate" fault does.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n" +
                          json.left(10));
            socket->flush();
            socket->disconnectFromHost();
        } else if (path == "/redirect-elsewhere") {
            socket->write("HTTP/1.1 302 Found\r\nLocation: http://localhost:" + QByteArray::number(port()) +
                          "/ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
        // "/hang": say nothing, keep the connection open.
    }

    QTcpServer* m_server;
};

struct Answer
{
    int calls = 0;
    std::optional<HttpResponse> response;
};

HttpRequest get(const QString& url, int timeoutMs = 5000)
{
    HttpRequest request;
    request.url = QUrl(url);
    request.timeoutMs = timeoutMs;
    request.headers.insert(QByteArrayLiteral("API-KEY"), QByteArrayLiteral("transport-test-key"));
    return request;
}

HttpTransport::Callback into(const std::shared_ptr<Answer>& answer)
{
    return [answer](HttpResponse response) {
        ++answer->calls;
        answer->response = std::move(response);
    };
}

} // namespace

Q_DECLARE_METATYPE(crmlens::api::TransportError)

class tst_NetworkTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void truncatedBodyIsANetworkError();
    void hangEndsInTimeout();
    void abortNeverCallsBack();
    void refusedConnection();
    void untrustedCertificateIsRefused();
    void keyDoesNotFollowRedirectsToAnotherOrigin();
    void destroyingAbortsSilently();
};

void tst_NetworkTransport::answers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyStart");
    QTest::newRow("200") << "/ok" << 200 << QByteArray("{\"success\":true");
    QTest::newRow("500 is an answer, not a transport error") << "/error500" << 500 << QByteArray("{\"success\":false");
    QTest::newRow("404 is an answer") << "/notfound" << 404 << QByteArray("{}");
}

void tst_NetworkTransport::answers()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, bodyStart);
    QTcpServer tcp;
    ScriptedServer server(&tcp);
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    transport.send(get(server.url(path)), into(answer));
    QCOMPARE(answer->calls, 0);
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->response->error, TransportError::None);
    QCOMPARE(answer->response->status, status);
    QVERIFY(answer->response->body.startsWith(bodyStart));
    QVERIFY(server.heads.first().contains("API-KEY: transport-test-key"));
    if (status == 200) {
        QCOMPARE(answer->response->headers.value("x-ratelimit-remaining"), QByteArrayLiteral("5"));
        QVERIFY(!answer->response->headers.contains("X-RateLimit-Remaining"));
    }
    QCOMPARE(transport.inFlightCount(), 0);
}

void tst_NetworkTransport::truncatedBodyIsANetworkError()
{
    QTcpServer tcp;
    ScriptedServer server(&tcp);
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    transport.send(get(server.url(QStringLiteral("/truncated"))), into(answer));
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->response->error, TransportError::Network);
    QVERIFY(!answer->response->errorText.isEmpty());
}

void tst_NetworkTransport::hangEndsInTimeout()
{
    QTcpServer tcp;
    ScriptedServer server(&tcp);
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    transport.send(get(server.url(QStringLiteral("/hang")), 150), into(answer));
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->response->error, TransportError::Timeout);
    QCOMPARE(transport.inFlightCount(), 0);
}

void tst_NetworkTransport::abortNeverCallsBack()
{
    QTcpServer tcp;
    ScriptedServer server(&tcp);
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    const TransportRequestId id = transport.send(get(server.url(QStringLiteral("/hang")), 300), into(answer));
    QTRY_COMPARE(server.heads.size(), 1);
    transport.abort(id);
    transport.abort(id); // twice is harmless
    QCOMPARE(transport.inFlightCount(), 0);
    QTest::qWait(500); // past the timeout: nothing may arrive
    QCOMPARE(answer->calls, 0);
}

void tst_NetworkTransport::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    transport.send(get(QStringLiteral("http://127.0.0.1:%1/ok").arg(port)), into(answer));
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->response->error, TransportError::Network);
    QCOMPARE(answer->response->status, 0);
}

void tst_NetworkTransport::untrustedCertificateIsRefused()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend; the CRM needs https");
    QSslServer tls;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(QByteArray(kCertificate)));
    configuration.setPrivateKey(QSslKey(QByteArray(kPrivateKey), QSsl::Ec));
    QVERIFY(!configuration.localCertificate().isNull());
    QVERIFY(!configuration.privateKey().isNull());
    tls.setSslConfiguration(configuration);
    ScriptedServer server(&tls);
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    transport.send(get(server.url(QStringLiteral("/ok"), QStringLiteral("https"))), into(answer));
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->response->error, TransportError::Network);
    QCOMPARE(answer->response->status, 0);
    QVERIFY(answer->response->body.isEmpty());
    QVERIFY(server.heads.isEmpty()); // the request, and its key, never left the handshake
}

void tst_NetworkTransport::keyDoesNotFollowRedirectsToAnotherOrigin()
{
    QTcpServer tcp;
    ScriptedServer server(&tcp);
    NetworkTransport transport;
    auto answer = std::make_shared<Answer>();
    transport.send(get(server.url(QStringLiteral("/redirect-elsewhere"))), into(answer));
    QTRY_COMPARE(answer->calls, 1);
    QTest::qWait(100);
    QCOMPARE(server.heads.size(), 1); // localhost is another origin than 127.0.0.1: not followed
    QVERIFY(answer->response->status == 302 || answer->response->error != TransportError::None);
}

void tst_NetworkTransport::destroyingAbortsSilently()
{
    QTcpServer tcp;
    ScriptedServer server(&tcp);
    auto answer = std::make_shared<Answer>();
    {
        NetworkTransport transport;
        transport.send(get(server.url(QStringLiteral("/hang")), 200), into(answer));
        QTRY_COMPARE(server.heads.size(), 1);
    }
    QTest::qWait(300);
    QCOMPARE(answer->calls, 0);
}

QTEST_GUILESS_MAIN(tst_NetworkTransport)
#include "tst_NetworkTransport.moc"
