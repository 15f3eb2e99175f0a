#include "core/api/CrmClient.h"

#include "tests/support/FakeTransport.h"
#include "tests/support/TestFixtures.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace crmlens;
using namespace crmlens::api;
using crmlens::test::FakeReply;
using crmlens::test::FakeTransport;
using crmlens::test::readFixture;

namespace {

const QString kKey = QStringLiteral("sk-live-7Hq2ZxQ9secretKEY");

template <typename T> struct Outcome
{
    int calls = 0;
    std::optional<Result<T>> result;

    bool done() const { return calls > 0; }
    const Error& error() const { return result->error(); }
    const T& value() const { return result->value(); }
};

template <typename T> std::pair<std::shared_ptr<Outcome<T>>, Callback<T>> capture()
{
    auto outcome = std::make_shared<Outcome<T>>();
    return {outcome, [outcome](Result<T> result) {
                ++outcome->calls;
                outcome->result = std::move(result);
            }};
}

CrmClientConfig fastConfig()
{
    CrmClientConfig config;
    config.requestTimeoutMs = 5000;
    config.maxConcurrent = 1;
    config.retry = RetryConfig{4, 2, 10, 3};
    config.pacing.limitPerMinute = 0;
    config.random = [] { return 0.5; };
    return config;
}

// One client over a scripted transport. The client is declared last so it goes first.
struct Rig
{
    explicit Rig(CrmClientConfig config = fastConfig(), const QString& key = kKey)
        : client(std::make_unique<CrmClient>(ApiEndpoint::fromBaseUrl(QStringLiteral("http://127.0.0.1:8080")).value(),
                                             key, transport, clock, std::move(config)))
    {}

    FakeTransport transport;
    SystemClock clock;
    std::unique_ptr<CrmClient> client;
};

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

FakeReply reply(const QString& token)
{
    const QByteArray contacts = readFixture(QStringLiteral("contacts-page.json"));
    if (token == QLatin1String("ok"))
        return FakeReply::json(200, contacts);
    if (token == QLatin1String("500"))
        return FakeReply::json(500, readFixture(QStringLiteral("error-500-title.json")));
    if (token == QLatin1String("503"))
        return FakeReply::json(503, readFixture(QStringLiteral("error-500-title.json")));
    if (token == QLatin1String("502-html"))
        return FakeReply::json(502, QByteArrayLiteral("<html><body>Bad gateway</body></html>"));
    if (token == QLatin1String("false"))
        return FakeReply::json(200, readFixture(QStringLiteral("error-200-success-false.json")));
    if (token == QLatin1String("truncated"))
        return FakeReply::json(200, contacts.left(contacts.size() / 2));
    if (token == QLatin1String("timeout"))
        return FakeReply::failure(TransportError::Timeout, QStringLiteral("no answer"));
    if (token == QLatin1String("network"))
        return FakeReply::failure(TransportError::Network, QStringLiteral("Connection refused"));
    if (token == QLatin1String("cut")) {
        // Headers arrived, then the connection closed before Content-Length bytes.
        FakeReply cut =
            FakeReply::failure(TransportError::Network, QStringLiteral("Remote host closed the connection"));
        cut.status = 200;
        cut.body = contacts.left(100);
        return cut;
    }
    if (token == QLatin1String("401"))
        return FakeReply::json(401, readFixture(QStringLiteral("error-401.json")));
    if (token == QLatin1String("403"))
        return FakeReply::json(403, readFixture(QStringLiteral("error-401.json")));
    if (token == QLatin1String("404"))
        return FakeReply::json(404, readFixture(QStringLiteral("error-404.json")));
    if (token == QLatin1String("422"))
        return FakeReply::json(422, readFixture(QStringLiteral("error-422.json")));
    qFatal("unknown reply token %s", qPrintable(token));
}

// Log lines of every category, captured for the secret checks.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

Q_DECLARE_METATYPE(crmlens::Error::Kind)

class tst_CrmClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheApiKeyHeader();
    void everyReadEndpoint_data();
    void everyReadEndpoint();
    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void givesUpAfterTheBound_data();
    void givesUpAfterTheBound();
    void noRetryForPermanentErrors_data();
    void noRetryForPermanentErrors();
    void apiKeyNeverInErrorsOrLogs();
    void rateLimitedThenServed_data();
    void rateLimitedThenServed();
    void persistentRateLimitEndsInAnError();
    void cancelQueued();
    void cancelInFlight();
    void cancelAll();
    void cancelUnknownHandle();
    void highPriorityGoesFirst();
    void highPriorityOvertakesTheQueue();
    void hangEndsInTimeout_data();
    void hangEndsInTimeout();
    void searchWithoutMatchIsEmpty();
    void refusedWithoutARequest_data();
    void refusedWithoutARequest();
    void pacingNeverExceedsTheLimit();
    void concurrencyIsBounded();
    void statisticsAddUp();
    void newKeyAppliesToLaterRequests();
};

void tst_CrmClient::sendsTheApiKeyHeader()
{
    Rig rig;
    rig.transport.respond(QStringLiteral("/crm/chat\\?page=1&limit=100$"), reply(QStringLiteral("ok")));
    auto [outcome, done] = capture<ContactsPage>();
    rig.client->fetchContacts(1, 100, done);
    QCOMPARE(outcome->calls, 0); // never before the call returns
    QTRY_VERIFY(outcome->done());
    QVERIFY2(outcome->result->ok(), qPrintable(outcome->error().message));
    QCOMPARE(outcome->value().items.first().chatId, QStringLiteral("chat_abc123"));
    QCOMPARE(rig.transport.requests().size(), 1);
    const HttpRequest& sent = rig.transport.requests().first().request;
    QCOMPARE(sent.headers.value("API-KEY"), kKey.toUtf8());
    QCOMPARE(sent.headers.value("Accept"), QByteArrayLiteral("application/json"));
    QCOMPARE(sent.method, QByteArrayLiteral("GET"));
    QVERIFY(!sent.url.toString().contains(kKey));
    QCOMPARE(outcome->calls, 1);
}

void tst_CrmClient::everyReadEndpoint_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::newRow("contacts") << "contacts"
                              << "contacts-page.json"
                              << "/crm/chat?page=2&limit=50" << -1;
    QTest::newRow("search")
        << "search"
        << "contacts-page.json"
        << "/crm/chat/search?search_field=whatsapp_number&search_value=%2B2547&condition=starts%20with" << -1;
    QTest::newRow("chat custom fields") << "chatFields"
                                        << "chat-custom-fields.json"
                                        << "/crm/chat/setting/chat_abc123/custom-field" << -1;
    QTest::newRow("definitions") << "definitions"
                                 << "custom-field-definitions.json"
                                 << "/crm/setting/custom-field" << -1;
    QTest::newRow("messages") << "messages"
                              << "messages-page.json"
                              << "/crm/chat/chat_abc123/messages?page=1&limit=100&sort=oldest" << -1;
    QTest::newRow("campaigns") << "campaigns"
                               << "campaigns-page.json"
                               << "/crm/campaign?page=1&limit=20" << -1;
    QTest::newRow("report flat") << "report"
                                 << "campaign-report.json"
                                 << "/crm/campaign/camp_001/report" << 1;
    QTest::newRow("report wrapped") << "report"
                                    << "campaign-report-wrapped.json"
                                    << "/crm/campaign/camp_001/report" << 1;
}

void tst_CrmClient::everyReadEndpoint()
{
    QFETCH(QString, call);
    QFETCH(QString, fixture);
    QFETCH(QString, path);
    Rig rig;
    rig.transport.respond(QStringLiteral(".*"), FakeReply::json(200, readFixture(fixture)));
    const QString chat = QStringLiteral("chat_abc123");

    // Each call is checked for a readable value; the count is what the fixture holds.
    std::function<bool()> finished;
    std::function<QString()> failure;
    std::function<int()> count;
    auto watch = [&](auto outcome) {
        finished = [outcome] { return outcome->done(); };
        failure = [outcome] { return outcome->result->ok() ? QString() : outcome->error().message; };
        count = [outcome] {
            const auto& value = outcome->value();
            if constexpr (requires { value.items; })
                return static_cast<int>(value.items.size());
            else if constexpr (requires { value.size(); })
                return static_cast<int>(value.size());
            else
                return value.campaignId.isEmpty() ? 0 : 1;
        };
    };
    if (call == QLatin1String("contacts")) {
        auto [o, done] = capture<ContactsPage>();
        rig.client->fetchContacts(2, 50, done);
        watch(o);
    } else if (call == QLatin1String("search")) {
        auto [o, done] = capture<QList<Contact>>();
        rig.client->searchContacts(SearchField::WhatsappNumber, QStringLiteral("+2547"), SearchCondition::StartsWith,
                                   done);
        watch(o);
    } else if (call == QLatin1String("chatFields")) {
        auto [o, done] = capture<QList<CustomFieldValue>>();
        rig.client->fetchChatCustomFields(chat, done);
        watch(o);
    } else if (call == QLatin1String("definitions")) {
        auto [o, done] = capture<QList<CustomFieldDefinition>>();
        rig.client->fetchCustomFieldDefinitions(done);
        watch(o);
    } else if (call == QLatin1String("messages")) {
        auto [o, done] = capture<MessagesPage>();
        rig.client->fetchMessages(chat, 1, 100, MessageSort::Oldest, done);
        watch(o);
    } else if (call == QLatin1String("campaigns")) {
        auto [o, done] = capture<CampaignsPage>();
        rig.client->fetchCampaigns(1, 20, done);
        watch(o);
    } else if (call == QLatin1String("report")) {
        auto [o, done] = capture<CampaignReport>();
        rig.client->fetchCampaignReport(QStringLiteral("camp_001"), done);
        watch(o);
    }
    QTRY_VERIFY(finished());
    QVERIFY2(failure().isEmpty(), qPrintable(failure()));
    QVERIFY(count() > 0);
    QCOMPARE(rig.transport.requests().size(), 1);
    const QUrl url = rig.transport.requests().first().request.url;
    QCOMPARE(QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)), path);
}

void tst_CrmClient::retriesTransientFailures_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::newRow("500 then ok") << words("500 ok");
    QTest::newRow("503 twice then ok") << words("503 503 ok");
    QTest::newRow("502 with an HTML body") << words("502-html ok");
    QTest::newRow("timeout then ok") << words("timeout ok");
    QTest::newRow("network error then ok") << words("network ok");
    QTest::newRow("connection cut mid-body") << words("cut ok");
    QTest::newRow("success:false then ok") << words("false ok");
    QTest::newRow("truncated 2xx body then ok") << words("truncated ok");
    QTest::newRow("three different failures") << words("truncated 500 timeout ok");
}

void tst_CrmClient::retriesTransientFailures()
{
    QFETCH(QStringList, script);
    Rig rig;
    for (const QString& token : script)
        rig.transport.enqueue(reply(token));
    auto [outcome, done] = capture<ContactsPage>();
    rig.client->fetchContacts(1, 20, done);
    QTRY_VERIFY(outcome->done());
    QVERIFY2(outcome->result->ok(), qPrintable(outcome->error().message));
    QCOMPARE(outcome->value().items.size(), 3);
    QCOMPARE(rig.transport.requests().size(), script.size());
    const ClientStats stats = rig.client->stats();
    QCOMPARE(stats.retries, qint64(script.size() - 1));
    QCOMPARE(stats.requestsSent, qint64(script.size()));
    QCOMPARE(stats.succeeded, qint64(1));
    QCOMPARE(stats.failed, qint64(0));
    QCOMPARE(outcome->calls, 1);
}

void tst_CrmClient::givesUpAfterTheBound_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("500")
        << "500" << Error::Kind::Server
        << "The CRM failed to answer contacts page 1 after 4 attempt(s) (HTTP 500): Service Unavailable.";
    QTest::newRow("success:false")
        << "false" << Error::Kind::Server
        << "after 4 attempt(s) (HTTP 200 with success: false): Temporary failure, try again.";
    QTest::newRow("truncated") << "truncated" << Error::Kind::Malformed
                               << "The CRM's answer to contacts page 1 could not be read after 4 attempt(s)";
    QTest::newRow("timeout") << "timeout" << Error::Kind::Timeout << "The CRM did not answer contacts page 1 in time";
    QTest::newRow("network") << "network" << Error::Kind::Network
                             << "Could not reach the CRM for contacts page 1 after 4 attempt(s): Connection refused.";
}

void tst_CrmClient::givesUpAfterTheBound()
{
    QFETCH(QString, token);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, sentence);
    Rig rig;
    rig.transport.respond(QStringLiteral(".*"), reply(token));
    auto [outcome, done] = capture<ContactsPage>();
    rig.client->fetchContacts(1, 20, done);
    QTRY_VERIFY(outcome->done());
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->error().kind, kind);
    QVERIFY2(outcome->error().message.contains(sentence), qPrintable(outcome->error().message));
    QCOMPARE(rig.transport.requests().size(), 4);
    QCOMPARE(rig.client->stats().failed, qint64(1));
    QCOMPARE(rig.client->pendingCount(), 0);
}

void tst_CrmClient::noRetryForPermanentErrors_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("401")
        << "401" << Error::Kind::Unauthorized
        << "The CRM rejected the API key (HTTP 401): Invalid or missing API key. Check the key in Settings.";
    QTest::newRow("403") << "403" << Error::Kind::Unauthorized << "The CRM rejected the API key (HTTP 403)";
    QTest::newRow("404")
        << "404" << Error::Kind::NotFound
        << "The CRM has nothing for messages of chat chat_gone, page 1 (HTTP 404): Resource not found.";
    QTest::newRow("422") << "422" << Error::Kind::Validation
                         << "The CRM refused the request for messages of chat chat_gone, page 1 as invalid (HTTP 422)";
}

void tst_CrmClient::noRetryForPermanentErrors()
{
    QFETCH(QString, token);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, sentence);
    Rig rig;
    rig.transport.respond(QStringLiteral(".*"), reply(token));
    auto [outcome, done] = capture<MessagesPage>();
    rig.client->fetchMessages(QStringLiteral("chat_gone"), 1, 50, MessageSort::Newest, done);
    QTRY_VERIFY(outcome->done());
    QCOMPARE(outcome->error().kind, kind);
    QVERIFY2(outcome->error().message.contains(sentence), qPrintable(outcome->error().message));
    QCOMPARE(rig.transport.requests().size(), 1);
    QCOMPARE(rig.client->stats().retries, qint64(0));
}

void tst_CrmClient::apiKeyNeverInErrorsOrLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("crmlens.api.debug=true"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    g_previousHandler = qInstallMessageHandler(captureMessage);

    Rig rig;
    const QByteArray key = kKey.toUtf8();
    // Servers that echo the key back in every place an error text can come from.
    rig.transport.respond(
        QStringLiteral("page=1&"),
        FakeReply::json(401, "{\"success\":false,\"developer_message\":\"Key " + key + " is not valid\"}"));
    rig.transport.respond(QStringLiteral("page=2&"),
                          FakeReply::json(500, "{\"success\":false,\"title\":\"" + key + "\"}"));
    rig.transport.respond(QStringLiteral("page=3&"),
                          FakeReply::failure(TransportError::Network, QStringLiteral("proxy said API-KEY: ") + kKey));
    rig.transport.respond(QStringLiteral("page=4&"), FakeReply::json(422, "{\"success\":false,\"error\":{\"code\":"
                                                                          "\"VALIDATION_ERROR\",\"message\":\"bad\","
                                                                          "\"details\":[\"" +
                                                                              key + "\"]}}"));
    rig.transport.respond(QStringLiteral("page=5&"), reply(QStringLiteral("timeout")));
    rig.transport.respond(QStringLiteral("page=6&"),
                          FakeReply::json(200, "{\"success\":false,\"message\":\"" + key + "\"}"));

    QList<std::shared_ptr<Outcome<ContactsPage>>> outcomes;
    for (int page = 1; page <= 6; ++page) {
        auto [outcome, done] = capture<ContactsPage>();
        rig.client->fetchContacts(page, 20, done);
        outcomes.append(outcome);
    }
    for (const auto& outcome : outcomes) {
        QTRY_VERIFY(outcome->done());
        QVERIFY(!outcome->result->ok());
        QVERIFY2(!outcome->error().message.contains(kKey), qPrintable(outcome->error().message));
        QVERIFY(!outcome->error().code.contains(kKey));
    }
    rig.client.reset();
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QMutexLocker lock(&g_logMutex);
    // The capture works: the client did log, at debug and warning level, about these requests.
    QVERIFY(g_log.filter(QStringLiteral("crmlens.api Sending contacts page 6")).size() >= 1);
    QVERIFY(g_log.filter(QStringLiteral("The CRM rejected the API key")).size() == 1);
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.contains(kKey), qPrintable(line));
    // And the key did travel, in the header only.
    for (const FakeTransport::Record& record : rig.transport.requests())
        QCOMPARE(record.request.headers.value("API-KEY"), key);
}

void tst_CrmClient::rateLimitedThenServed_data()
{
    QTest::addColumn<QString>("headers");
    QTest::newRow("Retry-After") << "retry-after";
    QTest::newRow("Reset, no Retry-After") << "reset";
    QTest::newRow("nothing said") << "none";
}

void tst_CrmClient::rateLimitedThenServed()
{
    QFETCH(QString, headers);
    CrmClientConfig config = fastConfig();
    config.pacing.minuteMs = 400; // "wait a whole window" stays short in a test
    Rig rig(config);
    FakeReply limited = FakeReply::json(429, readFixture(QStringLiteral("error-429.json")));
    if (headers == QLatin1String("retry-after")) {
        limited.headers.insert("retry-after", "1");
    } else if (headers == QLatin1String("reset")) {
        limited.headers.insert("x-ratelimit-limit", "60");
        limited.headers.insert("x-ratelimit-remaining", "0");
        limited.headers.insert("x-ratelimit-reset", QByteArray::number(rig.clock.nowUtc().toSecsSinceEpoch() + 1));
    }
    rig.transport.enqueue(limited);
    rig.transport.enqueue(reply(QStringLiteral("ok")));
    rig.transport.enqueue(reply(QStringLiteral("ok")));

    auto [first, firstDone] = capture<ContactsPage>();
    auto [second, secondDone] = capture<ContactsPage>();
    rig.client->fetchContacts(1, 20, firstDone);
    rig.client->fetchContacts(2, 20, secondDone);

    QTRY_COMPARE(rig.client->stats().rateLimited, qint64(1));
    // The whole queue waits after a 429, not only the refused request.
    QVERIFY(rig.client->pacerStats().waitMs > 0);
    QCOMPARE(rig.transport.requests().size(), 1);

    QTRY_VERIFY(first->done() && second->done());
    QVERIFY2(first->result->ok(), qPrintable(first->error().message));
    QVERIFY(second->result->ok());
    QCOMPARE(rig.transport.requests().size(), 3);
    // The refused request keeps its place ahead of the younger one.
    QVERIFY(rig.transport.requests().at(1).request.url.query().startsWith(QLatin1String("page=1&")));
    QCOMPARE(rig.client->pacerStats().rateLimitedCount, qint64(1));
    QCOMPARE(rig.client->stats().retries, qint64(1));
}

void tst_CrmClient::persistentRateLimitEndsInAnError()
{
    Rig rig;
    FakeReply limited = FakeReply::json(429, readFixture(QStringLiteral("error-429.json")));
    limited.headers.insert("retry-after", "0");
    rig.transport.respond(QStringLiteral(".*"), limited);
    auto [outcome, done] = capture<CampaignsPage>();
    rig.client->fetchCampaigns(1, 20, done);
    QTRY_VERIFY(outcome->done());
    QCOMPARE(outcome->error().kind, Error::Kind::RateLimited);
    QVERIFY2(outcome->error().message.contains(
                 QLatin1String("The CRM kept refusing campaigns page 1 as over its rate limit")),
             qPrintable(outcome->error().message));
    QCOMPARE(rig.transport.requests().size(), 3); // maxRateLimitedAttempts of fastConfig()
    QCOMPARE(rig.client->stats().rateLimited, qint64(3));
}

void tst_CrmClient::cancelQueued()
{
    Rig rig;
    rig.transport.respond(QStringLiteral("page=1&"), FakeReply::hanging());
    rig.transport.respond(QStringLiteral("page=2&"), reply(QStringLiteral("ok")));
    auto [first, firstDone] = capture<ContactsPage>();
    auto [second, secondDone] = capture<ContactsPage>();
    const RequestHandle h1 = rig.client->fetchContacts(1, 20, firstDone);
    const RequestHandle h2 = rig.client->fetchContacts(2, 20, secondDone);
    QVERIFY(h1 != h2);
    QTRY_COMPARE(rig.transport.requests().size(), 1); // one slot: the second waits in the queue
    QVERIFY(rig.client->cancel(h2));
    QCOMPARE(second->calls, 0); // callbacks come later, never from inside cancel()
    QTRY_VERIFY(second->done());
    QCOMPARE(second->error().kind, Error::Kind::Cancelled);
    QVERIFY(!rig.client->cancel(h2));
    QVERIFY(!first->done());
    QCOMPARE(rig.transport.requestsMatching(QStringLiteral("page=2&")).size(), 0);
    QCOMPARE(rig.client->stats().cancelled, qint64(1));
    QCOMPARE(rig.client->stats().queued, 0);
    QCOMPARE(rig.client->stats().inFlight, 1);
}

void tst_CrmClient::cancelInFlight()
{
    Rig rig;
    rig.transport.respond(QStringLiteral(".*"), FakeReply::hanging());
    auto [outcome, done] = capture<CampaignReport>();
    const RequestHandle handle = rig.client->fetchCampaignReport(QStringLiteral("camp_001"), done);
    QTRY_COMPARE(rig.transport.inFlight(), 1);
    QVERIFY(rig.client->cancel(handle));
    QCOMPARE(rig.transport.inFlight(), 0);
    QCOMPARE(rig.transport.abortCount(), 1);
    QTRY_VERIFY(outcome->done());
    QCOMPARE(outcome->error().kind, Error::Kind::Cancelled);
    QVERIFY(outcome->error().message.contains(QLatin1String("report of campaign camp_001")));
    QTest::qWait(50);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(rig.client->pendingCount(), 0);
}

void tst_CrmClient::cancelAll()
{
    CrmClientConfig config = fastConfig();
    config.maxConcurrent = 2;
    Rig rig(config);
    rig.transport.respond(QStringLiteral(".*"), FakeReply::hanging());
    QList<std::shared_ptr<Outcome<MessagesPage>>> outcomes;
    for (int page = 1; page <= 5; ++page) {
        auto [outcome, done] = capture<MessagesPage>();
        rig.client->fetchMessages(QStringLiteral("chat_abc123"), page, 100, MessageSort::Newest, done);
        outcomes.append(outcome);
    }
    QTRY_COMPARE(rig.transport.inFlight(), 2);
    rig.client->cancelAll();
    QCOMPARE(rig.client->pendingCount(), 0);
    QCOMPARE(rig.transport.abortCount(), 2);
    for (const auto& outcome : outcomes) {
        QTRY_VERIFY(outcome->done());
        QCOMPARE(outcome->error().kind, Error::Kind::Cancelled);
    }
    QTest::qWait(50);
    QCOMPARE(rig.transport.requests().size(), 2); // the queued three never went out
    QCOMPARE(rig.client->stats().cancelled, qint64(5));
}

void tst_CrmClient::cancelUnknownHandle()
{
    Rig rig;
    QVERIFY(!rig.client->cancel(12345));
    rig.client->cancelAll(); // nothing to cancel is fine
    QCOMPARE(rig.client->stats().cancelled, qint64(0));
}

void tst_CrmClient::highPriorityGoesFirst()
{
    Rig rig;
    rig.transport.respond(QStringLiteral(".*"), reply(QStringLiteral("ok")));
    QList<std::shared_ptr<Outcome<ContactsPage>>> outcomes;
    const auto call = [&](int page, RequestPriority priority) {
        auto [outcome, done] = capture<ContactsPage>();
        rig.client->fetchContacts(page, 20, done, CallOptions{priority, 0});
        outcomes.append(outcome);
    };
    call(1, RequestPriority::Normal);
    call(2, RequestPriority::Normal);
    call(3, RequestPriority::Normal);
    call(4, RequestPriority::High);
    call(5, RequestPriority::High);
    for (const auto& outcome : outcomes)
        QTRY_VERIFY(outcome->done());
    QStringList order;
    for (const FakeTransport::Record& record : rig.transport.requests())
        order.append(record.request.url.query().section(QLatin1Char('&'), 0, 0));
    QCOMPARE(order, (words("page=4 page=5 page=1 page=2 page=3")));
}

void tst_CrmClient::highPriorityOvertakesTheQueue()
{
    Rig rig;
    FakeReply slow = reply(QStringLiteral("ok"));
    slow.delayMs = 60;
    rig.transport.respond(QStringLiteral(".*"), slow);
    QList<std::shared_ptr<Outcome<ContactsPage>>> outcomes;
    const auto call = [&](int page, RequestPriority priority) {
        auto [outcome, done] = capture<ContactsPage>();
        rig.client->fetchContacts(page, 20, done, CallOptions{priority, 0});
        outcomes.append(outcome);
    };
    call(1, RequestPriority::Normal);
    QTRY_COMPARE(rig.transport.inFlight(), 1);
    call(2, RequestPriority::Normal);
    call(3, RequestPriority::Normal);
    QTest::qWait(5); // the queue has been looked at once already
    call(9, RequestPriority::High);
    for (const auto& outcome : outcomes)
        QTRY_VERIFY(outcome->done());
    QStringList order;
    for (const FakeTransport::Record& record : rig.transport.requests())
        order.append(record.request.url.query().section(QLatin1Char('&'), 0, 0));
    QCOMPARE(order, (words("page=1 page=9 page=2 page=3")));
}

void tst_CrmClient::hangEndsInTimeout_data()
{
    QTest::addColumn<bool>("transportHonoursTimeouts");
    QTest::newRow("transport gives up") << true;
    QTest::newRow("transport would wait forever") << false;
}

void tst_CrmClient::hangEndsInTimeout()
{
    QFETCH(bool, transportHonoursTimeouts);
    CrmClientConfig config = fastConfig();
    config.requestTimeoutMs = 60;
    config.retry.maxAttempts = 3;
    Rig rig(config);
    rig.transport.setHonourTimeouts(transportHonoursTimeouts);
    rig.transport.respond(QStringLiteral(".*"), FakeReply::hanging());
    auto [outcome, done] = capture<QList<CustomFieldDefinition>>();
    rig.client->fetchCustomFieldDefinitions(done);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done(), 10000);
    QCOMPARE(outcome->error().kind, Error::Kind::Timeout);
    QVERIFY2(outcome->error().message.contains(QLatin1String("did not answer custom field definitions in time")),
             qPrintable(outcome->error().message));
    QVERIFY(outcome->error().message.contains(QLatin1String("3 attempt(s)")));
    QCOMPARE(rig.transport.requests().size(), 3);
    QCOMPARE(rig.transport.inFlight(), 0);
    QCOMPARE(rig.client->stats().timeouts, qint64(3));
    if (!transportHonoursTimeouts)
        QCOMPARE(rig.transport.abortCount(), 3);
}

void tst_CrmClient::searchWithoutMatchIsEmpty()
{
    Rig rig;
    rig.transport.respond(QStringLiteral("/crm/chat/search"), reply(QStringLiteral("404")));
    rig.transport.respond(QStringLiteral("/report"), reply(QStringLiteral("404")));
    auto [search, searchDone] = capture<QList<Contact>>();
    auto [report, reportDone] = capture<CampaignReport>();
    rig.client->searchContacts(SearchField::Email, QStringLiteral("nobody@example.com"), SearchCondition::EqualTo,
                               searchDone);
    rig.client->fetchCampaignReport(QStringLiteral("camp_404"), reportDone);
    QTRY_VERIFY(search->done() && report->done());
    QVERIFY(search->result->ok());
    QVERIFY(search->value().isEmpty());
    QCOMPARE(report->error().kind, Error::Kind::NotFound);
    QCOMPARE(report->error().code, QStringLiteral("NOT_FOUND"));
    QCOMPARE(report->error().httpStatus, 404);
}

void tst_CrmClient::refusedWithoutARequest_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("chatId");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("no API key") << ""
                                << "chat_abc123" << Error::Kind::Configuration;
    QTest::newRow("blank API key") << "  \n"
                                   << "chat_abc123" << Error::Kind::Configuration;
    QTest::newRow("empty chat id") << kKey << "" << Error::Kind::Validation;
    QTest::newRow("chat id ..") << kKey << ".." << Error::Kind::Validation;
}

void tst_CrmClient::refusedWithoutARequest()
{
    QFETCH(QString, key);
    QFETCH(QString, chatId);
    QFETCH(Error::Kind, kind);
    Rig rig(fastConfig(), key);
    rig.transport.respond(QStringLiteral(".*"), reply(QStringLiteral("ok")));
    auto [outcome, done] = capture<QList<CustomFieldValue>>();
    const RequestHandle handle = rig.client->fetchChatCustomFields(chatId, done);
    QVERIFY(handle != 0);
    QCOMPARE(outcome->calls, 0);
    QTRY_VERIFY(outcome->done());
    QCOMPARE(outcome->error().kind, kind);
    QVERIFY(!outcome->error().message.isEmpty());
    QTest::qWait(20);
    QCOMPARE(rig.transport.requests().size(), 0);
    QCOMPARE(outcome->calls, 1);
}

void tst_CrmClient::pacingNeverExceedsTheLimit()
{
    // 5 per (shortened) minute of 500 ms: 12 requests must never put 6 inside one minute.
    CrmClientConfig config = fastConfig();
    config.pacing.limitPerMinute = 5;
    config.pacing.minuteMs = 500;
    config.maxConcurrent = 4;
    Rig rig(config);
    rig.transport.respond(QStringLiteral(".*"), reply(QStringLiteral("ok")));
    QList<std::shared_ptr<Outcome<ContactsPage>>> outcomes;
    for (int page = 1; page <= 12; ++page) {
        auto [outcome, done] = capture<ContactsPage>();
        rig.client->fetchContacts(page, 20, done);
        outcomes.append(outcome);
    }
    for (const auto& outcome : outcomes)
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done(), 15000);
    const QList<FakeTransport::Record>& sent = rig.transport.requests();
    QCOMPARE(sent.size(), 12);
    // Two clocks read the same monotonic time in whole milliseconds: allow 2 ms of rounding.
    for (qsizetype i = 5; i < sent.size(); ++i)
        QVERIFY2(sent[i].sentAtMs - sent[i - 5].sentAtMs >= 500 - 2,
                 qPrintable(QStringLiteral("requests %1 and %2").arg(i - 5).arg(i)));
    QCOMPARE(rig.client->pacerStats().requestsSent, qint64(12));
    QVERIFY(rig.client->pacerStats().effectiveRatePerMinute > 4.8);
}

void tst_CrmClient::concurrencyIsBounded()
{
    CrmClientConfig config = fastConfig();
    config.maxConcurrent = 3;
    Rig rig(config);
    FakeReply slow = reply(QStringLiteral("ok"));
    slow.delayMs = 20;
    rig.transport.respond(QStringLiteral(".*"), slow);
    QList<std::shared_ptr<Outcome<ContactsPage>>> outcomes;
    for (int page = 1; page <= 10; ++page) {
        auto [outcome, done] = capture<ContactsPage>();
        rig.client->fetchContacts(page, 20, done);
        outcomes.append(outcome);
    }
    for (const auto& outcome : outcomes)
        QTRY_VERIFY(outcome->done());
    QCOMPARE(rig.transport.maxInFlight(), 3);
    QCOMPARE(rig.transport.requests().size(), 10);
}

void tst_CrmClient::statisticsAddUp()
{
    Rig rig;
    QSignalSpy changed(rig.client.get(), &CrmClient::statsChanged);
    const QByteArray body = readFixture(QStringLiteral("campaigns-page.json"));
    rig.transport.enqueue(reply(QStringLiteral("503")));
    rig.transport.enqueue(FakeReply::json(200, body));
    rig.transport.enqueue(reply(QStringLiteral("404")));
    auto [first, firstDone] = capture<CampaignsPage>();
    auto [second, secondDone] = capture<CampaignsPage>();
    rig.client->fetchCampaigns(1, 20, firstDone);
    rig.client->fetchCampaigns(2, 20, secondDone);
    QTRY_VERIFY(first->done() && second->done());
    const ClientStats stats = rig.client->stats();
    QCOMPARE(stats.requestsSent, qint64(3));
    QCOMPARE(stats.retries, qint64(1));
    QCOMPARE(stats.succeeded, qint64(1));
    QCOMPARE(stats.failed, qint64(1));
    QCOMPARE(stats.bytesReceived, qint64(readFixture(QStringLiteral("error-500-title.json")).size() + body.size() +
                                         readFixture(QStringLiteral("error-404.json")).size()));
    QCOMPARE(stats.queued, 0);
    QCOMPARE(stats.inFlight, 0);
    QVERIFY(changed.count() >= 3);
}

void tst_CrmClient::newKeyAppliesToLaterRequests()
{
    Rig rig;
    rig.transport.respond(QStringLiteral(".*"), reply(QStringLiteral("ok")));
    auto [first, firstDone] = capture<ContactsPage>();
    rig.client->fetchContacts(1, 20, firstDone);
    QTRY_VERIFY(first->done());
    rig.client->setApiKey(QStringLiteral("  second-key\n"));
    auto [second, secondDone] = capture<ContactsPage>();
    rig.client->fetchContacts(2, 20, secondDone);
    QTRY_VERIFY(second->done());
    QCOMPARE(rig.transport.requests().at(0).request.headers.value("API-KEY"), kKey.toUtf8());
    QCOMPARE(rig.transport.requests().at(1).request.headers.value("API-KEY"), QByteArrayLiteral("second-key"));
}

QTEST_GUILESS_MAIN(tst_CrmClient)
#include "tst_CrmClient.moc"
