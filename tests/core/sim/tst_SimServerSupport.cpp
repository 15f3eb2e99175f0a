#include "tests/core/sim/tst_SimServerSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace crmlens::test::sim {

using namespace crmlens::sim;

namespace {

SimMessage message(std::uint32_t contact, std::int64_t timestamp, Direction direction, MessageType type)
{
    SimMessage m;
    m.timestamp = timestamp;
    m.visibleAt = timestamp;
    m.contact = contact;
    m.direction = direction;
    m.type = type;
    return m;
}

SimContact contact(const char* chatId, const char* number, const QString& name, const char* email,
                   std::int64_t createdAt, const char* status)
{
    SimContact c;
    c.chatId = QString::fromLatin1(chatId);
    c.whatsappNumber = QString::fromLatin1(number);
    c.name = name;
    c.email = QString::fromLatin1(email);
    c.createdAt = createdAt;
    c.status = QString::fromLatin1(status);
    return c;
}

} // namespace

SimWorkspace makeWorkspace()
{
    SimWorkspace ws;
    ws.seed = 7;
    ws.startsAt = kNow - 40 * kDay;
    ws.endsAt = kNow + 2 * kDay;
    ws.customFields = {{QStringLiteral("cf_001"), QStringLiteral("source"), QStringLiteral("string")},
                       {QStringLiteral("cf_002"), QStringLiteral("lead_stage"), QStringLiteral("string")},
                       {QStringLiteral("cf_003"), QStringLiteral("revenue"), QStringLiteral("number")}};
    ws.operators = {{QStringLiteral("amina@acme.co.ke")}, {QStringLiteral("brian@acme.co.ke")}};

    SimContact a = contact("chat_a", "+254712345678", QStringLiteral("Wanjiru Kamau"), "wanjiru@example.com",
                           kNow - 10 * kDay, "open");
    a.operatorIndex = 0;
    a.fieldValues = {QStringLiteral("instagram"), QStringLiteral("qualified"), QString()};
    SimContact b = contact("chat_b", "5511987654321", QStringLiteral("João 🌸 Silva"), "", kNow - 9 * kDay, "resolved");
    b.sendsCreatedAt = false;
    b.statusAfter = QStringLiteral("closed");
    b.statusChangedAt = kNow + 3600;
    b.fieldValues = {QString(), QStringLiteral("won"), QStringLiteral("1250.00")};
    SimContact c = contact("chat_c", "+971 50 123 4567", QStringLiteral("محمد"), "", kNow - 8 * kDay, "pending");
    c.deletedAt = kNow - kDay;
    c.operatorIndex = 1;
    SimContact d =
        contact("chat_d", "+2348012345678", QStringLiteral("Ngozi Okafor"), "ngozi@example.com", kNow + 1800, "open");
    SimContact e = contact("chat_e", "254733000111", QString(), "", kNow - 7 * kDay, "pending");
    e.deletedAt = kNow + 2 * 3600;
    ws.contacts = {a, b, c, d, e};
    for (int i = 0; i < 20; ++i) {
        SimContact f = contact("", "", QString(), "", kNow - 30 * kDay + i * 3600, "open");
        f.chatId = QStringLiteral("chat_f%1").arg(i, 2, 10, QLatin1Char('0'));
        f.whatsappNumber = QStringLiteral("+2547000000%1").arg(i, 2, 10, QLatin1Char('0'));
        if (i % 2 == 0)
            f.name = QStringLiteral("Filler %1").arg(i);
        ws.contacts.push_back(f);
    }

    auto& m = ws.messages;
    m.push_back(message(0, kNow - 5 * kDay, Direction::Inbound, MessageType::Text));
    m.push_back(message(0, kNow - 5 * kDay + 60, Direction::Outbound, MessageType::Text));
    m.back().deliveredAt = kNow - 5 * kDay + 70;
    m.back().readAt = kNow - 5 * kDay + 3600;
    m.back().operatorIndex = 0;
    m.push_back(message(0, kNow - 4 * kDay, Direction::Outbound, MessageType::Template));
    m.back().deliveredAt = kNow - 4 * kDay + 30;
    m.back().campaign = 0;
    m.push_back(message(0, kNow - 4 * kDay + 600, Direction::Inbound, MessageType::Image));
    m.push_back(message(0, kNow - 3 * kDay, Direction::Inbound, MessageType::Audio));
    m.push_back(message(0, kNow - 2 * kDay, Direction::Outbound, MessageType::Document));
    m.back().deliveredAt = kNow - 2 * kDay + 10;
    m.back().readAt = kNow + 300;
    m.push_back(message(0, kNow - 10, Direction::Outbound, MessageType::Text));
    m.back().visibleAt = kNow + 50;
    m.back().deliveredAt = kNow + 100;
    m.push_back(message(0, kNow + 600, Direction::Inbound, MessageType::Text));
    m.back().visibleAt = kNow + 640;
    m.push_back(message(1, kNow - 4 * kDay, Direction::Outbound, MessageType::Template));
    m.back().campaign = 0;
    m.back().failed = true;
    m.push_back(message(1, kNow - 3 * kDay, Direction::Inbound, MessageType::Text));
    m.push_back(message(2, kNow - 7 * kDay, Direction::Inbound, MessageType::Text));
    for (std::uint32_t i = 0; i < m.size(); ++i) {
        m[i].id = i + 1;
        m[i].textVariant = static_cast<std::uint16_t>(i);
        ws.contacts[m[i].contact].messages.push_back(i);
    }

    SimCampaign welcome;
    welcome.campaignId = QStringLiteral("camp_001");
    welcome.name = QStringLiteral("Welcome Series");
    welcome.templateName = QStringLiteral("welcome_v2");
    welcome.templateLanguage = QStringLiteral("en");
    welcome.createdAt = kNow - 6 * kDay;
    welcome.scheduledAt = kNow - 4 * kDay;
    welcome.finishedAt = kNow - 4 * kDay + 3600;
    welcome.finalStatus = QStringLiteral("completed");
    welcome.messages = {2, 8};
    SimCampaign promo;
    promo.campaignId = QStringLiteral("camp_002");
    promo.name = QStringLiteral("Promo Ramadan [A]");
    promo.createdAt = kNow - kDay;
    promo.finalStatus = QStringLiteral("draft");
    ws.campaigns = {welcome, promo};
    return ws;
}

int messageIndex(const SimWorkspace& ws, const char* chatId, int nth)
{
    for (const SimContact& c : ws.contacts) {
        if (c.chatId == QLatin1String(chatId))
            return static_cast<int>(c.messages.at(static_cast<std::size_t>(nth)));
    }
    return -1;
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResult::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonDocument HttpResult::document() const
{
    return QJsonDocument::fromJson(body);
}

QJsonObject HttpResult::json() const
{
    return document().object();
}

HttpResult request(const QByteArray& method, const QUrl& base, const QString& pathAndQuery, const QByteArray& key,
                   int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest req(QUrl(base.toString() + pathAndQuery));
    if (!key.isEmpty())
        req.setRawHeader("API-KEY", key);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.sendCustomRequest(req, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

RawExchange rawExchange(quint16 port, const QByteArray& rawRequest, int timeoutMs)
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return exchange;
    socket.write(rawRequest);
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { exchange.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        exchange.received += socket.readAll();
        exchange.closed = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return exchange;
}

} // namespace crmlens::test::sim
