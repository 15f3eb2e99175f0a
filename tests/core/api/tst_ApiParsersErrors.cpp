#include "core/api/ApiParsers.h"

#include "tests/support/TestFixtures.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::readFixture;

Q_DECLARE_METATYPE(crmlens::Error::Kind)

class TestApiParsersErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorFixtures_data();
    void errorFixtures();
    void kindFromStatus_data();
    void kindFromStatus();
    void codeDecidesBeforeStatus_data();
    void codeDecidesBeforeStatus();
    void messageSources_data();
    void messageSources();
    void unreadableBodies_data();
    void unreadableBodies();
    void successIsNotAnError_data();
    void successIsNotAnError();
    void detailsAreFoldedBriefly();
    void hugeMessageIsShortened();
    void echoedHeadersAreRedacted_data();
    void echoedHeadersAreRedacted();
    void pageParsersReturnTheApiError_data();
    void pageParsersReturnTheApiError();
};

void TestApiParsersErrors::errorFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("401") << "error-401.json" << 401 << Error::Kind::Unauthorized << QString()
                         << "Invalid or missing API key";
    QTest::newRow("404") << "error-404.json" << 404 << Error::Kind::NotFound << "NOT_FOUND"
                         << "Resource not found";
    QTest::newRow("422") << "error-422.json" << 422 << Error::Kind::Validation << "VALIDATION_ERROR"
                         << "Validation failed (whatsapp_number: Invalid phone number format)";
    QTest::newRow("429") << "error-429.json" << 429 << Error::Kind::RateLimited << "RATE_LIMITED"
                         << "Too Many Requests";
    QTest::newRow("500 title") << "error-500-title.json" << 500 << Error::Kind::Server << QString()
                               << "Service Unavailable";
    QTest::newRow("503 title") << "error-500-title.json" << 503 << Error::Kind::Server << QString()
                               << "Service Unavailable";
    QTest::newRow("200 success false") << "error-200-success-false.json" << 200 << Error::Kind::Server << QString()
                                       << "Temporary failure, try again";
    // The same bodies with HTTP 200: the code still decides the kind.
    QTest::newRow("404 body on 200") << "error-404.json" << 200 << Error::Kind::NotFound << "NOT_FOUND"
                                     << "Resource not found";
    QTest::newRow("429 body on 200") << "error-429.json" << 200 << Error::Kind::RateLimited << "RATE_LIMITED"
                                     << "Too Many Requests";
    QTest::newRow("401 body on 200") << "error-401.json" << 200 << Error::Kind::Server << QString()
                                     << "Invalid or missing API key";
}

void TestApiParsersErrors::errorFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const Error error = parseApiError(status, readFixture(fixture));
    QVERIFY(error.isError());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
}

void TestApiParsersErrors::kindFromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Kind>("kind");

    QTest::newRow("400") << 400 << Error::Kind::Validation;
    QTest::newRow("401") << 401 << Error::Kind::Unauthorized;
    QTest::newRow("403") << 403 << Error::Kind::Unauthorized;
    QTest::newRow("404") << 404 << Error::Kind::NotFound;
    QTest::newRow("405") << 405 << Error::Kind::Validation;
    QTest::newRow("408") << 408 << Error::Kind::Timeout;
    QTest::newRow("410") << 410 << Error::Kind::NotFound;
    QTest::newRow("422") << 422 << Error::Kind::Validation;
    QTest::newRow("429") << 429 << Error::Kind::RateLimited;
    QTest::newRow("500") << 500 << Error::Kind::Server;
    QTest::newRow("502") << 502 << Error::Kind::Server;
    QTest::newRow("503") << 503 << Error::Kind::Server;
    QTest::newRow("504") << 504 << Error::Kind::Server;
    QTest::newRow("599") << 599 << Error::Kind::Server;
    QTest::newRow("200 success false") << 200 << Error::Kind::Server;
    QTest::newRow("201 success false") << 201 << Error::Kind::Server;
    QTest::newRow("no status, success false") << 0 << Error::Kind::Server;
}

void TestApiParsersErrors::kindFromStatus()
{
    QFETCH(int, status);
    QFETCH(Error::Kind, kind);
    const Error error = parseApiError(status, R"({"success":false})");
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
}

void TestApiParsersErrors::codeDecidesBeforeStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("UNAUTHORIZED on 500") << 500 << QByteArray(R"({"error":{"code":"UNAUTHORIZED"}})")
                                         << Error::Kind::Unauthorized << "UNAUTHORIZED";
    QTest::newRow("VALIDATION_ERROR on 400")
        << 400 << QByteArray(R"({"code":"VALIDATION_ERROR"})") << Error::Kind::Validation << "VALIDATION_ERROR";
    QTest::newRow("NOT_FOUND on 400") << 400 << QByteArray(R"({"error":{"code":"NOT_FOUND"}})") << Error::Kind::NotFound
                                      << "NOT_FOUND";
    QTest::newRow("INTERNAL_ERROR on 429")
        << 429 << QByteArray(R"({"error":{"code":"INTERNAL_ERROR"}})") << Error::Kind::Server << "INTERNAL_ERROR";
    QTest::newRow("RATE_LIMITED on 503") << 503 << QByteArray(R"({"code":"RATE_LIMITED"})") << Error::Kind::RateLimited
                                         << "RATE_LIMITED";
    QTest::newRow("lower-case code") << 500 << QByteArray(R"({"code":"not_found"})") << Error::Kind::NotFound
                                     << "not_found";
    QTest::newRow("error.code before code")
        << 500 << QByteArray(R"({"code":"RATE_LIMITED","error":{"code":"NOT_FOUND"}})") << Error::Kind::NotFound
        << "NOT_FOUND";
    QTest::newRow("unknown code falls back to status")
        << 403 << QByteArray(R"({"code":"FORBIDDEN_THING"})") << Error::Kind::Unauthorized << "FORBIDDEN_THING";
    QTest::newRow("numeric code kept as text")
        << 404 << QByteArray(R"({"code":404})") << Error::Kind::NotFound << "404";
    QTest::newRow("code on 200 success false") << 200 << QByteArray(R"({"success":false,"code":"VALIDATION_ERROR"})")
                                               << Error::Kind::Validation << "VALIDATION_ERROR";
    QTest::newRow("null error.code uses code")
        << 500 << QByteArray(R"({"error":{"code":null},"code":"NOT_FOUND"})") << Error::Kind::NotFound << "NOT_FOUND";
}

void TestApiParsersErrors::codeDecidesBeforeStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, code);
    const Error error = parseApiError(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
}

void TestApiParsersErrors::messageSources_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("error.message first")
        << QByteArray(R"({"error":{"message":"A"},"message":"B","developer_message":"C","title":"D","data":"E"})")
        << "A";
    QTest::newRow("message second") << QByteArray(R"({"message":"B","developer_message":"C","title":"D","data":"E"})")
                                    << "B";
    QTest::newRow("developer_message third")
        << QByteArray(R"({"developer_message":"C","title":"D","data":"E"})") << "C";
    QTest::newRow("title fourth") << QByteArray(R"({"title":"D","data":"E"})") << "D";
    QTest::newRow("data string last") << QByteArray(R"({"success":false,"data":"E"})") << "E";
    QTest::newRow("data object is not a message")
        << QByteArray(R"({"success":false,"data":{"message":"x"},"title":"T"})") << "T";
    QTest::newRow("null and blank are not present")
        << QByteArray(R"({"error":{"message":null},"message":"  ","developer_message":"C"})") << "C";
    QTest::newRow("error as a string") << QByteArray(R"({"error":"Unauthorized access"})") << "Unauthorized access";
    QTest::newRow("message of wrong type skipped") << QByteArray(R"({"message":42,"title":"T"})") << "T";
    QTest::newRow("whitespace collapsed")
        << QByteArray(R"({"message":"  Line one\n\tline two  "})") << "Line one line two";
    QTest::newRow("unicode kept") << QByteArray(R"({"message":"Ombi limekataliwa — خطأ 🚫"})")
                                  << QString::fromUtf8("Ombi limekataliwa — خطأ 🚫");
}

void TestApiParsersErrors::messageSources()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(parseApiError(500, body).message, message);
}

void TestApiParsersErrors::unreadableBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << Error::Kind::Server
                              << "HTTP 502 Bad Gateway with an unreadable body";
    QTest::newRow("500 truncated json") << 500 << QByteArray(R"({"success":false,"message":"Da)") << Error::Kind::Server
                                        << "HTTP 500 Internal Server Error with an unreadable body";
    QTest::newRow("503 empty") << 503 << QByteArray() << Error::Kind::Server
                               << "HTTP 503 Service Unavailable with an empty body";
    QTest::newRow("401 whitespace") << 401 << QByteArray(" \r\n ") << Error::Kind::Unauthorized
                                    << "HTTP 401 Unauthorized with an empty body";
    QTest::newRow("429 plain text") << 429 << QByteArray("slow down") << Error::Kind::RateLimited
                                    << "HTTP 429 Too Many Requests with an unreadable body";
    QTest::newRow("404 json without message")
        << 404 << QByteArray(R"({"success":false})") << Error::Kind::NotFound << "HTTP 404 Not Found without a message";
    QTest::newRow("500 json array") << 500 << QByteArray("[1,2]") << Error::Kind::Server
                                    << "HTTP 500 Internal Server Error without a message";
    QTest::newRow("599 unknown status") << 599 << QByteArray("x") << Error::Kind::Server
                                        << "HTTP 599 with an unreadable body";
    QTest::newRow("200 success false, nothing else") << 200 << QByteArray(R"({"success":false})") << Error::Kind::Server
                                                     << "The CRM reported a failure without a message";
    QTest::newRow("invalid utf-8") << 500 << QByteArray("{\"message\":\"\xff\xfe\"}") << Error::Kind::Server
                                   << "HTTP 500 Internal Server Error with an unreadable body";
}

void TestApiParsersErrors::unreadableBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    const Error error = parseApiError(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
}

void TestApiParsersErrors::successIsNotAnError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("contacts fixture") << 200 << readFixture(QStringLiteral("contacts-page.json"));
    QTest::newRow("report fixture") << 200 << readFixture(QStringLiteral("campaign-report.json"));
    QTest::newRow("no success key") << 200 << QByteArray(R"({"data":[]})");
    QTest::newRow("success true") << 200 << QByteArray(R"({"success":true,"message":"ok"})");
    QTest::newRow("204 empty") << 204 << QByteArray();
    QTest::newRow("200 not json") << 200 << QByteArray("<html>");
    QTest::newRow("200 bare array") << 200 << QByteArray("[]");
    QTest::newRow("no status, not json") << 0 << QByteArray("garbage");
}

void TestApiParsersErrors::successIsNotAnError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Error error = parseApiError(status, body);
    QCOMPARE(error.kind, Error::Kind::None);
    QVERIFY(!error.isError());
}

void TestApiParsersErrors::detailsAreFoldedBriefly()
{
    // A list of five details: three shown, the rest counted.
    const QByteArray many = R"({"error":{"code":"VALIDATION_ERROR","message":"Validation failed","details":[
        {"field":"a","message":"one"},{"field":"b","message":"two"},{"message":"three"},"four",
        {"field":"e","message":"five"}]}})";
    QCOMPARE(parseApiError(422, many).message, QStringLiteral("Validation failed (a: one; b: two; three; 2 more)"));

    // Top-level details as a map of field -> messages.
    const QByteArray map =
        R"({"message":"Invalid input","details":{"email":["is not an email","too long"],"name":"required"}})";
    QCOMPARE(parseApiError(400, map).message, QStringLiteral("Invalid input (email: is not an email; name: required)"));

    // A single detail object, and details as a plain string.
    QCOMPARE(parseApiError(400, R"({"message":"Bad","details":{"field":"page","message":"too big"}})").message,
             QStringLiteral("Bad (page: too big)"));
    QCOMPARE(parseApiError(400, R"({"message":"Bad","details":"page must be positive"})").message,
             QStringLiteral("Bad (page must be positive)"));

    // Details without a message still say something useful.
    QCOMPARE(parseApiError(422, R"({"details":[{"field":"x","message":"y"}]})").message,
             QStringLiteral("HTTP 422 Unprocessable Entity without a message (x: y)"));

    // Unusable details are ignored.
    QCOMPARE(parseApiError(422, R"({"message":"M","details":[1,null,{"field":"x"}]})").message, QStringLiteral("M"));

    // A long detail is cut.
    const QByteArray longDetail = R"({"message":"M","details":[")" + QByteArray(1000, 'd') + R"("]})";
    QVERIFY(parseApiError(422, longDetail).message.size() < 140);
}

void TestApiParsersErrors::hugeMessageIsShortened()
{
    const QByteArray huge = R"({"success":false,"message":")" + QByteArray(5 * 1024 * 1024, 'x') + R"("})";
    const Error error = parseApiError(200, huge);
    QCOMPARE(error.kind, Error::Kind::Server);
    QVERIFY(error.message.size() <= 301);
    QVERIFY(error.message.startsWith(QStringLiteral("xxxx")));
    QVERIFY(error.message.endsWith(QChar(0x2026)));

    // Never cut between the two halves of a surrogate pair.
    QByteArray emoji;
    for (int i = 0; i < 400; ++i)
        emoji += "\xF0\x9F\x98\x80"; // U+1F600, two UTF-16 units
    const Error emojiError = parseApiError(500, R"({"message":"x)" + emoji + R"("})");
    const QString text = emojiError.message;
    QVERIFY(text.size() < 310);
    QVERIFY(!text.at(text.size() - 2).isHighSurrogate());
}

void TestApiParsersErrors::echoedHeadersAreRedacted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");

    QTest::newRow("API-KEY header") << QByteArray(R"({"message":"Invalid key. Request had API-KEY: sk_live_12345"})")
                                    << "sk_live_12345";
    QTest::newRow("api_key=") << QByteArray(R"({"message":"bad api_key=abcdef999"})") << "abcdef999";
    QTest::newRow("Authorization bearer")
        << QByteArray(R"({"error":{"message":"Authorization: Bearer tok_987 rejected"}})") << "tok_987";
    QTest::newRow("in details")
        << QByteArray(R"({"message":"Denied","details":[{"field":"headers","message":"x-api-key: zz_secret"}]})")
        << "zz_secret";
}

void TestApiParsersErrors::echoedHeadersAreRedacted()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    const Error error = parseApiError(401, body);
    QCOMPARE(error.kind, Error::Kind::Unauthorized);
    QVERIFY2(!error.message.contains(secret), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("[redacted]")), qPrintable(error.message));
}

void TestApiParsersErrors::pageParsersReturnTheApiError_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Error::Kind>("kind");

    QTest::newRow("200 success false") << "error-200-success-false.json" << Error::Kind::Server;
    QTest::newRow("404 shape") << "error-404.json" << Error::Kind::NotFound;
    QTest::newRow("422 shape") << "error-422.json" << Error::Kind::Validation;
    QTest::newRow("429 shape") << "error-429.json" << Error::Kind::RateLimited;
}

void TestApiParsersErrors::pageParsersReturnTheApiError()
{
    QFETCH(QString, fixture);
    QFETCH(Error::Kind, kind);
    const QByteArray body = readFixture(fixture);
    const Error expected = parseApiError(200, body);

    const QList<Error> errors = {
        parseContactsPage(body).error(),     parseContactSearch(body).error(),
        parseCampaignsPage(body).error(),    parseCampaignReport(body).error(),
        parseMessagesPage(body).error(),     parseCustomFieldDefinitions(body).error(),
        parseChatCustomFields(body).error(),
    };
    for (const Error& error : errors) {
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.message, expected.message);
        QCOMPARE(error.code, expected.code);
    }
}

QTEST_GUILESS_MAIN(TestApiParsersErrors)
#include "tst_ApiParsersErrors.moc"
