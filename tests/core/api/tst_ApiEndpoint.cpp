#include "core/api/ApiEndpoint.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::api;

class tst_ApiEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void refusalNeverEchoesCredentials();
    void loopbackHosts_data();
    void loopbackHosts();
    void requestUrls_data();
    void requestUrls();
    void idsArePercentEncoded_data();
    void idsArePercentEncoded();
    void unusableIdsAreRefused_data();
    void unusableIdsAreRefused();
};

void tst_ApiEndpoint::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("base");
    QTest::newRow("https tenant") << "https://crm.chatnation.co.ke"
                                  << "https://crm.chatnation.co.ke";
    QTest::newRow("trailing slash") << "https://crm.chatnation.co.ke/"
                                    << "https://crm.chatnation.co.ke";
    QTest::newRow("spaces around") << "  https://crm.example.com  "
                                   << "https://crm.example.com";
    QTest::newRow("upper-case scheme and host") << "HTTPS://CRM.Example.COM"
                                                << "https://crm.example.com";
    QTest::newRow("https with port and prefix") << "https://api.example.com:8443/tenant/"
                                                << "https://api.example.com:8443/tenant";
    QTest::newRow("https to a LAN host") << "https://192.168.1.20"
                                         << "https://192.168.1.20";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080"
                                      << "http://127.0.0.1:8080";
    QTest::newRow("http loopback 127/8") << "http://127.10.20.30:9000"
                                         << "http://127.10.20.30:9000";
    QTest::newRow("http loopback v6") << "http://[::1]:8080"
                                      << "http://[::1]:8080";
    QTest::newRow("http localhost") << "http://localhost:5000/"
                                    << "http://localhost:5000";
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:5000"
                                    << "http://localhost:5000";
}

void tst_ApiEndpoint::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, base);
    const Result<ApiEndpoint> endpoint = ApiEndpoint::fromBaseUrl(text);
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error().message));
    QCOMPARE(endpoint->baseUrl().toString(), base);
    QVERIFY(endpoint->isValid());
}

void tst_ApiEndpoint::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence"); // a piece of the message the user reads
    QTest::newRow("empty") << ""
                           << "No CRM address is set";
    QTest::newRow("blank") << "   "
                           << "No CRM address is set";
    QTest::newRow("http to a public host") << "http://crm.chatnation.co.ke"
                                           << "Plain http:// is only allowed";
    QTest::newRow("http to a LAN host") << "http://192.168.1.20:8080"
                                        << "Plain http:// is only allowed";
    QTest::newRow("http to 10/8") << "http://10.0.0.1"
                                  << "Plain http:// is only allowed";
    QTest::newRow("http to 0.0.0.0") << "http://0.0.0.0:8080"
                                     << "Plain http:// is only allowed";
    QTest::newRow("http to a name that looks loopback") << "http://127.0.0.1.nip.io"
                                                        << "Plain http:// is only allowed";
    QTest::newRow("http to a sub-domain of localhost") << "http://evil.localhost"
                                                       << "Plain http:// is only allowed";
    QTest::newRow("http to v6 LAN") << "http://[fe80::1]"
                                    << "Plain http:// is only allowed";
    QTest::newRow("ftp") << "ftp://crm.example.com"
                         << "must start with https://";
    QTest::newRow("ws") << "ws://127.0.0.1"
                        << "must start with https://";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "must start with https://";
    QTest::newRow("no scheme") << "crm.example.com"
                               << "must start with https://";
    QTest::newRow("relative path") << "/crm/chat"
                                   << "must start with https://";
    QTest::newRow("host:port without scheme") << "localhost:8080"
                                              << "must start with https://";
    QTest::newRow("scheme without host") << "https://"
                                         << "must start with https://";
    QTest::newRow("credentials") << "https://user:pw@crm.example.com"
                                 << "must not contain a user name";
    QTest::newRow("query") << "https://crm.example.com/?key=1"
                           << "must not contain a query";
    QTest::newRow("fragment") << "https://crm.example.com/#x"
                              << "must not contain a query";
    QTest::newRow("garbage") << "https://exa mple.com"
                             << "not a valid web address";
}

void tst_ApiEndpoint::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    const Result<ApiEndpoint> endpoint = ApiEndpoint::fromBaseUrl(text);
    QVERIFY(!endpoint.ok());
    QCOMPARE(endpoint.error().kind, Error::Kind::InsecureUrl);
    QVERIFY2(endpoint.error().message.contains(sentence), qPrintable(endpoint.error().message));
    QVERIFY(endpoint.error().message.endsWith(QLatin1Char('.')));
}

void tst_ApiEndpoint::refusalNeverEchoesCredentials()
{
    for (const QString& text : {QStringLiteral("https://admin:hunter2secret@crm.example.com"),
                                QStringLiteral("http://admin:hunter2secret@crm.example.com"),
                                QStringLiteral("ht tp://admin:hunter2secret@crm")}) {
        const Result<ApiEndpoint> endpoint = ApiEndpoint::fromBaseUrl(text);
        QVERIFY(!endpoint.ok());
        QVERIFY2(!endpoint.error().message.contains(QLatin1String("hunter2secret")),
                 qPrintable(endpoint.error().message));
    }
}

void tst_ApiEndpoint::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("localhost.") << "localhost." << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::newRow("::") << "::" << false;
    QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_ApiEndpoint::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ApiEndpoint::isLoopbackHost(host), loopback);
}

void tst_ApiEndpoint::requestUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    const QString b = QStringLiteral("https://crm.chatnation.co.ke");
    QTest::newRow("contacts") << b << "contacts"
                              << "https://crm.chatnation.co.ke/crm/chat?page=3&limit=100";
    QTest::newRow("definitions") << b << "definitions"
                                 << "https://crm.chatnation.co.ke/crm/setting/custom-field";
    QTest::newRow("campaigns") << b << "campaigns"
                               << "https://crm.chatnation.co.ke/crm/campaign?page=2&limit=20";
    QTest::newRow("chat custom fields") << b << "chatFields"
                                        << "https://crm.chatnation.co.ke/crm/chat/setting/chat_abc123/custom-field";
    QTest::newRow("messages newest")
        << b << "messagesNewest"
        << "https://crm.chatnation.co.ke/crm/chat/chat_abc123/messages?page=1&limit=50&sort=newest";
    QTest::newRow("messages oldest")
        << b << "messagesOldest"
        << "https://crm.chatnation.co.ke/crm/chat/chat_abc123/messages?page=4&limit=100&sort=oldest";
    QTest::newRow("report") << b << "report"
                            << "https://crm.chatnation.co.ke/crm/campaign/camp_001/report";
    QTest::newRow("search by number")
        << b << "searchNumber"
        << "https://crm.chatnation.co.ke/crm/chat/"
           "search?search_field=whatsapp_number&search_value=%2B254712345678&condition=equal%20to";
    QTest::newRow("search by name")
        << b << "searchName"
        << "https://crm.chatnation.co.ke/crm/chat/"
           "search?search_field=name&search_value=Am%C3%A9lie%20%26%20Co%3D1&condition=starts%20with";
    QTest::newRow("search by email") << b << "searchEmail"
                                     << "https://crm.chatnation.co.ke/crm/chat/"
                                        "search?search_field=email&search_value=a%40b.co&condition=ends%20with";
    QTest::newRow("loopback with prefix") << "http://127.0.0.1:8080/api/"
                                          << "contacts"
                                          << "http://127.0.0.1:8080/api/crm/chat?page=3&limit=100";
}

void tst_ApiEndpoint::requestUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    const Result<ApiEndpoint> api = ApiEndpoint::fromBaseUrl(base);
    QVERIFY(api.ok());
    const QString chat = QStringLiteral("chat_abc123");
    QUrl url;
    if (endpoint == QLatin1String("contacts"))
        url = api->contacts(3, 100);
    else if (endpoint == QLatin1String("definitions"))
        url = api->customFieldDefinitions();
    else if (endpoint == QLatin1String("campaigns"))
        url = api->campaigns(2, 20);
    else if (endpoint == QLatin1String("chatFields"))
        url = api->chatCustomFields(chat).value();
    else if (endpoint == QLatin1String("messagesNewest"))
        url = api->messages(chat, 1, 50, MessageSort::Newest).value();
    else if (endpoint == QLatin1String("messagesOldest"))
        url = api->messages(chat, 4, 100, MessageSort::Oldest).value();
    else if (endpoint == QLatin1String("report"))
        url = api->campaignReport(QStringLiteral("camp_001")).value();
    else if (endpoint == QLatin1String("searchNumber"))
        url =
            api->contactSearch(SearchField::WhatsappNumber, QStringLiteral("+254712345678"), SearchCondition::EqualTo);
    else if (endpoint == QLatin1String("searchName"))
        url = api->contactSearch(SearchField::Name, QStringLiteral("Amélie & Co=1"), SearchCondition::StartsWith);
    else if (endpoint == QLatin1String("searchEmail"))
        url = api->contactSearch(SearchField::Email, QStringLiteral("a@b.co"), SearchCondition::EndsWith);
    QVERIFY(url.isValid());
    QCOMPARE(QString::fromLatin1(url.toEncoded()), expected);
}

void tst_ApiEndpoint::idsArePercentEncoded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("query and fragment") << "x?y#z"
                                        << "x%3Fy%23z";
    QTest::newRow("space and plus") << "a b+c"
                                    << "a%20b%2Bc";
    QTest::newRow("percent") << "100%"
                             << "100%25";
    QTest::newRow("dots inside") << "a..b"
                                 << "a..b";
    QTest::newRow("unicode") << "čhat_ü"
                             << "%C4%8Dhat_%C3%BC";
    QTest::newRow("emoji") << "chat_😀"
                           << "chat_%F0%9F%98%80";
}

void tst_ApiEndpoint::idsArePercentEncoded()
{
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    const ApiEndpoint api = ApiEndpoint::fromBaseUrl(QStringLiteral("https://crm.example.com")).value();
    QCOMPARE(QString::fromLatin1(api.messages(id, 1, 50, MessageSort::Newest)->toEncoded()),
             QStringLiteral("https://crm.example.com/crm/chat/") + encoded +
                 QStringLiteral("/messages?page=1&limit=50&sort=newest"));
    QCOMPARE(QString::fromLatin1(api.chatCustomFields(id)->toEncoded()),
             QStringLiteral("https://crm.example.com/crm/chat/setting/") + encoded + QStringLiteral("/custom-field"));
    QCOMPARE(QString::fromLatin1(api.campaignReport(id)->toEncoded()),
             QStringLiteral("https://crm.example.com/crm/campaign/") + encoded + QStringLiteral("/report"));
}

void tst_ApiEndpoint::unusableIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << "";
    QTest::newRow("dot") << ".";
    QTest::newRow("dot dot") << "..";
}

void tst_ApiEndpoint::unusableIdsAreRefused()
{
    QFETCH(QString, id);
    const ApiEndpoint api = ApiEndpoint::fromBaseUrl(QStringLiteral("https://crm.example.com")).value();
    QCOMPARE(api.messages(id, 1, 50, MessageSort::Newest).error().kind, Error::Kind::Validation);
    QCOMPARE(api.chatCustomFields(id).error().kind, Error::Kind::Validation);
    QCOMPARE(api.campaignReport(id).error().kind, Error::Kind::Validation);
}

QTEST_GUILESS_MAIN(tst_ApiEndpoint)
#include "tst_ApiEndpoint.moc"
