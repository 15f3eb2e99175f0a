// The simulator's own HTTP/1.1 request parser and response writer.
#include "core/sim/SimHttpRequest.h"
#include "core/sim/SimHttpResponse.h"

#include <QTest>

using namespace crmlens::sim;

class tst_SimHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesARequest()
    {
        QByteArray buffer = "GET /crm/chat/chat%20x/messages?page=2&limit=50&sort=oldest HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\nAPI-KEY: k1\r\nX-Empty:\r\n\r\n";
        SimHttpParser parser;
        SimHttpRequest request;
        QCOMPARE(parser.parse(buffer, request), SimHttpParser::Status::Ready);
        QVERIFY(buffer.isEmpty());
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.pathSegments, (QStringList{QStringLiteral("crm"), QStringLiteral("chat"),
                                                    QStringLiteral("chat x"), QStringLiteral("messages")}));
        QCOMPARE(request.queryItem(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(request.queryItem(QStringLiteral("sort")), QStringLiteral("oldest"));
        QVERIFY(request.queryItem(QStringLiteral("missing")).isNull());
        QCOMPARE(request.header("api-key"), QByteArray("k1"));
        QVERIFY(request.header("x-empty").isEmpty());
        QVERIFY(request.keepAlive);
    }

    void waitsForMoreBytes()
    {
        const QByteArray whole = "POST /_sim/advance?seconds=5 HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody";
        SimHttpParser parser;
        SimHttpRequest request;
        for (qsizetype cut = 0; cut < whole.size(); ++cut) {
            QByteArray part = whole.first(cut);
            QCOMPARE(parser.parse(part, request), SimHttpParser::Status::NeedMore);
            QCOMPARE(part.size(), cut); // nothing consumed until complete
        }
        QByteArray buffer = whole;
        QCOMPARE(parser.parse(buffer, request), SimHttpParser::Status::Ready);
        QCOMPARE(request.body, QByteArray("body"));
    }

    void pipelinedRequestsOneByOne()
    {
        QByteArray buffer =
            "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\r\n\r\nGET /c HTTP/1.1\r\nConnection: close\r\n\r\n";
        SimHttpParser parser;
        SimHttpRequest request;
        QCOMPARE(parser.parse(buffer, request), SimHttpParser::Status::Ready);
        QCOMPARE(request.pathSegments, QStringList{QStringLiteral("a")});
        QVERIFY(request.keepAlive);
        QCOMPARE(parser.parse(buffer, request), SimHttpParser::Status::Ready);
        QCOMPARE(request.pathSegments, QStringList{QStringLiteral("b")});
        QVERIFY(!request.keepAlive); // HTTP/1.0 closes unless asked otherwise
        QCOMPARE(parser.parse(buffer, request), SimHttpParser::Status::Ready);
        QVERIFY(!request.keepAlive);
        QCOMPARE(parser.parse(buffer, request), SimHttpParser::Status::NeedMore);
    }

    void queryDecoding_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QByteArray("/s?v=abc") << QStringLiteral("abc");
        QTest::newRow("percent space") << QByteArray("/s?v=equal%20to") << QStringLiteral("equal to");
        QTest::newRow("plus is space") << QByteArray("/s?v=equal+to") << QStringLiteral("equal to");
        QTest::newRow("encoded plus") << QByteArray("/s?v=%2B254") << QStringLiteral("+254");
        QTest::newRow("utf-8") << QByteArray("/s?v=Jo%C3%A3o") << QStringLiteral("João");
        QTest::newRow("empty") << QByteArray("/s?v=") << QStringLiteral("");
        QTest::newRow("no equals") << QByteArray("/s?v") << QStringLiteral("");
        QTest::newRow("bad escape kept") << QByteArray("/s?v=100%") << QStringLiteral("100%");
    }
    void queryDecoding()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, value);
        QStringList segments;
        QList<QPair<QString, QString>> query;
        QVERIFY(parseTarget(target, segments, query));
        QCOMPARE(query.size(), 1);
        QCOMPARE(query.first().first, QStringLiteral("v"));
        QCOMPARE(query.first().second, value);
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("two words") << QByteArray("GET /x\r\n\r\n") << 400;
        QTest::newRow("not a path") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("version") << QByteArray("GET /x HTTP/3\r\n\r\n") << 505;
        QTest::newRow("length") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("too long") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n") << 413;
        QTest::newRow("chunked") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
        QTest::newRow("huge head") << (QByteArray("GET /x HTTP/1.1\r\nX: ") + QByteArray(70000, 'a')) << 431;
    }
    void rejectsBadRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        SimHttpParser parser;
        SimHttpRequest request;
        QCOMPARE(parser.parse(raw, request), SimHttpParser::Status::Error);
        QCOMPARE(parser.errorStatus(), status);
    }

    void serialisesResponses()
    {
        SimHttpResponse r = SimHttpResponse::json(429, "{\"a\":1}");
        r.setHeader("Retry-After", "7");
        r.setHeader("retry-after", "8");
        QCOMPARE(r.header("RETRY-AFTER"), QByteArray("8"));
        QCOMPARE(r.serialise(true), QByteArray("HTTP/1.1 429 Too Many Requests\r\n"
                                               "Content-Type: application/json; charset=utf-8\r\n"
                                               "Retry-After: 8\r\n"
                                               "Content-Length: 7\r\n"
                                               "Connection: keep-alive\r\n\r\n{\"a\":1}"));
        // A Content-Length that promises more than the body holds (the truncation fault).
        QVERIFY(r.serialise(false, 100).contains("Content-Length: 100\r\nConnection: close\r\n\r\n{\"a\":1}"));
    }
};

QTEST_GUILESS_MAIN(tst_SimHttp)
#include "tst_SimHttp.moc"
