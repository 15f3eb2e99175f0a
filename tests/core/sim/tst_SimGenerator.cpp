#include "core/sim/SimGenerator.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <map>

using namespace crmlens::sim;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kWindow = 72 * 3600;

GeneratorConfig smallConfig(std::uint64_t seed)
{
    GeneratorConfig c;
    c.seed = seed;
    c.contacts = 700;
    c.days = 60;
    c.messagesPerContact = 12;
    c.messageLagMinSecs = 30;
    c.messageLagMaxSecs = 60;
    return c;
}

// Every field that reaches the API, hashed: equal hashes mean equal workspaces.
QByteArray fingerprint(const SimWorkspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& s) { h.addData(QByteArray(s.toUtf8() + '\x1f')); };
    const auto num = [&h](qint64 v) { h.addData(QByteArray(QByteArray::number(v) + '\x1f')); };
    num(ws.startsAt), num(ws.now), num(ws.endsAt);
    for (const SimContact& c : ws.contacts) {
        add(c.chatId), add(c.whatsappNumber), add(c.name), add(c.email), add(c.status), add(c.statusAfter);
        num(c.createdAt), num(c.statusChangedAt), num(c.deletedAt), num(c.operatorIndex), num(c.sendsCreatedAt);
        for (const QString& v : c.fieldValues)
            add(v);
    }
    for (const SimMessage& m : ws.messages) {
        num(m.timestamp), num(m.visibleAt), num(m.deliveredAt), num(m.readAt), num(m.contact), num(m.campaign);
        num(m.failed), num(static_cast<int>(m.type)), add(ws.messageContent(m));
    }
    for (const SimCampaign& c : ws.campaigns) {
        add(c.campaignId), add(c.name), add(c.templateName), add(c.templateLanguage), add(c.finalStatus);
        num(c.createdAt), num(c.scheduledAt), num(c.finishedAt), num(static_cast<qint64>(c.messages.size()));
    }
    for (const SimOperator& o : ws.operators)
        add(o.email);
    for (const PlantedAnomaly& a : ws.plantedAnomalies)
        add(a.metric), num(a.dayStartsAt);
    return h.result();
}

// The report recomputed from the whole message table (not the per-contact lists the
// workspace uses), as crm-api.md and METRICS.md define it.
using InboundTimes = std::map<std::uint32_t, std::vector<std::int64_t>>;

InboundTimes inboundTimes(const SimWorkspace& ws)
{
    InboundTimes inbound;
    for (const SimMessage& m : ws.messages) {
        if (m.direction == Direction::Inbound)
            inbound[m.contact].push_back(m.timestamp);
    }
    return inbound;
}

SimReport recompute(const SimWorkspace& ws, InboundTimes& inbound, int campaign, std::int64_t t)
{
    SimReport r;
    QSet<std::uint32_t> repliers;
    for (const SimMessage& m : ws.messages) {
        if (m.campaign != campaign || m.timestamp > t)
            continue;
        ++r.totalRecipients;
        if (m.failed) {
            ++r.failed;
            continue;
        }
        if ((m.deliveredAt != 0 && m.deliveredAt <= t) || (m.readAt != 0 && m.readAt <= t))
            ++r.delivered;
        if (m.readAt != 0 && m.readAt <= t)
            ++r.read;
        for (const std::int64_t in : inbound[m.contact]) {
            if (in > m.timestamp && in <= m.timestamp + kWindow && in <= t)
                repliers.insert(m.contact);
        }
    }
    r.replied = repliers.size();
    return r;
}

int statusRank(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Sent:
        return 1;
    case MessageStatus::Delivered:
        return 2;
    case MessageStatus::Read:
        return 3;
    default:
        return 0;
    }
}

} // namespace

class tst_SimGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameWorkspace();
    void differentSeedDifferentWorkspace();
    void timelineFollowsConfig();
    void messageListsAreOrderedAndValid();
    void idsAreUnique();
    void reportsAgreeWithMessages_data();
    void reportsAgreeWithMessages();
    void reportsNeverDecrease();
    void messageStatusesMoveForward();
    void contactOrderIsNewestFirst_data();
    void contactOrderIsNewestFirst();
    void handBuiltReport_data();
    void handBuiltReport();
    void campaignStatusOverTime_data();
    void campaignStatusOverTime();
    void contactViews();
    void scalesWithConfig_data();
    void scalesWithConfig();
    void emptyWorkspace();

private:
    SimWorkspace m_ws;
    GeneratorConfig m_config;
};

void tst_SimGenerator::initTestCase()
{
    m_config = smallConfig(11);
    m_config.contacts = 1500;
    m_config.days = 90;
    m_config.messagesPerContact = 16;
    m_ws = generateWorkspace(m_config);
    QCOMPARE(m_ws.contacts.size(), std::size_t(1500));
}

void tst_SimGenerator::sameSeedSameWorkspace()
{
    const SimWorkspace a = generateWorkspace(smallConfig(5));
    const SimWorkspace b = generateWorkspace(smallConfig(5));
    QCOMPARE(a.messages.size(), b.messages.size());
    QCOMPARE(fingerprint(a), fingerprint(b));
}

void tst_SimGenerator::differentSeedDifferentWorkspace()
{
    const SimWorkspace a = generateWorkspace(smallConfig(5));
    const SimWorkspace b = generateWorkspace(smallConfig(6));
    QVERIFY(fingerprint(a) != fingerprint(b));
    int sameNumbers = 0;
    for (std::size_t i = 0; i < std::min(a.contacts.size(), b.contacts.size()); ++i)
        sameNumbers += a.contacts[i].whatsappNumber == b.contacts[i].whatsappNumber;
    QVERIFY2(sameNumbers < 10, "another seed must give other people");
}

void tst_SimGenerator::timelineFollowsConfig()
{
    GeneratorConfig c = smallConfig(3);
    c.now = 1790000000;
    c.days = 45;
    c.liveHorizonDays = 3;
    const SimWorkspace ws = generateWorkspace(c);
    QCOMPARE(ws.now, c.now);
    QCOMPARE(ws.endsAt, c.now + 3 * kDay);
    QVERIFY(ws.startsAt <= c.now - 45 * kDay && ws.startsAt > c.now - 46 * kDay);
    QCOMPARE((ws.startsAt + ws.utcOffsetMinutes * 60) % kDay, std::int64_t(0)); // midnight at the home offset

    c.now = 0;
    QCOMPARE(generateWorkspace(c).now, kDefaultGeneratorNow);
}

void tst_SimGenerator::messageListsAreOrderedAndValid()
{
    std::vector<int> seen(m_ws.messages.size(), 0);
    for (std::size_t ci = 0; ci < m_ws.contacts.size(); ++ci) {
        const SimContact& c = m_ws.contacts[ci];
        for (std::size_t k = 0; k < c.messages.size(); ++k) {
            const std::uint32_t index = c.messages[k];
            QVERIFY(index < m_ws.messages.size());
            const SimMessage& m = m_ws.messages[index];
            QCOMPARE(m.contact, static_cast<std::uint32_t>(ci));
            ++seen[index];
            QVERIFY2(m.timestamp >= c.createdAt, qPrintable(c.chatId));
            QVERIFY(c.deletedAt == 0 || m.timestamp < c.deletedAt);
            if (k > 0) {
                const SimMessage& prev = m_ws.messages[c.messages[k - 1]];
                QVERIFY(prev.timestamp < m.timestamp || (prev.timestamp == m.timestamp && prev.id < m.id));
            }
        }
    }
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));

    for (std::size_t k = 0; k < m_ws.campaigns.size(); ++k) {
        for (const std::uint32_t index : m_ws.campaigns[k].messages) {
            QVERIFY(index < m_ws.messages.size());
            QCOMPARE(m_ws.messages[index].campaign, static_cast<std::int32_t>(k));
            QCOMPARE(m_ws.messages[index].type, MessageType::Template);
        }
    }
    std::size_t campaignMessages = 0;
    for (const SimMessage& m : m_ws.messages) {
        campaignMessages += m.campaign >= 0;
        QVERIFY(m.timestamp >= m_ws.startsAt && m.timestamp < m_ws.endsAt);
        QVERIFY(m.visibleAt - m.timestamp >= m_config.messageLagMinSecs);
        QVERIFY(m.visibleAt - m.timestamp <= m_config.messageLagMaxSecs);
        if (m.operatorIndex >= 0)
            QVERIFY(static_cast<std::size_t>(m.operatorIndex) < m_ws.operators.size());
    }
    std::size_t listed = 0;
    for (const SimCampaign& c : m_ws.campaigns)
        listed += c.messages.size();
    QCOMPARE(listed, campaignMessages);
}

void tst_SimGenerator::idsAreUnique()
{
    QSet<QString> chats, messages, campaigns, numbers, emails;
    for (const SimContact& c : m_ws.contacts) {
        chats.insert(c.chatId);
        QString digits = c.whatsappNumber;
        digits.remove(QLatin1Char('+')).remove(QLatin1Char(' '));
        numbers.insert(digits);
        if (!c.email.isEmpty()) {
            QVERIFY2(!emails.contains(c.email), qPrintable(c.email));
            emails.insert(c.email);
        }
    }
    for (const SimMessage& m : m_ws.messages)
        messages.insert(m_ws.messageId(m));
    for (const SimCampaign& c : m_ws.campaigns)
        campaigns.insert(c.campaignId);
    QCOMPARE(chats.size(), qsizetype(m_ws.contacts.size()));
    QCOMPARE(numbers.size(), qsizetype(m_ws.contacts.size()));
    QCOMPARE(messages.size(), qsizetype(m_ws.messages.size()));
    QCOMPARE(campaigns.size(), qsizetype(m_ws.campaigns.size()));
    // Ordering ids as text must agree with ordering them as numbers.
    QVERIFY(m_ws.messageId(m_ws.messages[8]) < m_ws.messageId(m_ws.messages[9]));
    QVERIFY(m_ws.messageId(m_ws.messages[99]) < m_ws.messageId(m_ws.messages[100]));
}

void tst_SimGenerator::reportsAgreeWithMessages_data()
{
    QTest::addColumn<std::int64_t>("offset"); // seconds from now
    QTest::newRow("a month ago") << -30 * kDay;
    QTest::newRow("an hour ago") << std::int64_t(-3600);
    QTest::newRow("now") << std::int64_t(0);
    QTest::newRow("tomorrow") << kDay;
    QTest::newRow("end of the horizon") << 2 * kDay;
}

void tst_SimGenerator::reportsAgreeWithMessages()
{
    QFETCH(std::int64_t, offset);
    const std::int64_t t = m_ws.now + offset;
    std::int64_t replied = 0;
    InboundTimes inbound = inboundTimes(m_ws);
    for (std::size_t k = 0; k < m_ws.campaigns.size(); ++k) {
        const SimReport got = m_ws.reportAt(m_ws.campaigns[k], t);
        const SimReport want = recompute(m_ws, inbound, static_cast<int>(k), t);
        QCOMPARE(got.totalRecipients, want.totalRecipients);
        QCOMPARE(got.delivered, want.delivered);
        QCOMPARE(got.read, want.read);
        QCOMPARE(got.failed, want.failed);
        QCOMPARE(got.replied, want.replied);
        QVERIFY(got.read <= got.delivered && got.delivered + got.failed <= got.totalRecipients);
        replied += got.replied;
    }
    if (offset >= 0)
        QVERIFY(replied > 0);
}

void tst_SimGenerator::reportsNeverDecrease()
{
    for (const SimCampaign& c : m_ws.campaigns) {
        SimReport before;
        for (std::int64_t t = m_ws.startsAt; t <= m_ws.endsAt; t += kDay / 3) {
            const SimReport r = m_ws.reportAt(c, t);
            QVERIFY(r.totalRecipients >= before.totalRecipients && r.delivered >= before.delivered);
            QVERIFY(r.read >= before.read && r.replied >= before.replied && r.failed >= before.failed);
            before = r;
        }
    }
}

void tst_SimGenerator::messageStatusesMoveForward()
{
    int delivered = 0, read = 0, failed = 0, neverDelivered = 0;
    for (const SimMessage& m : m_ws.messages) {
        std::int64_t times[] = {m.timestamp, m.timestamp + 5, m.timestamp + 600, m.timestamp + kDay, m_ws.endsAt};
        std::sort(std::begin(times), std::end(times));
        if (m.direction == Direction::Inbound) {
            QCOMPARE(m_ws.messageStatusAt(m, m.timestamp), MessageStatus::Received);
            QCOMPARE(m.deliveredAt, std::int64_t(0));
            continue;
        }
        if (m.failed) {
            ++failed;
            for (const std::int64_t t : times)
                QCOMPARE(m_ws.messageStatusAt(m, t), MessageStatus::Failed);
            continue;
        }
        QVERIFY(m.readAt == 0 || (m.deliveredAt != 0 && m.deliveredAt <= m.readAt));
        QVERIFY(m.deliveredAt == 0 || m.deliveredAt > m.timestamp);
        int rank = 0;
        for (const std::int64_t t : times) {
            const int now = statusRank(m_ws.messageStatusAt(m, t));
            QVERIFY(now >= rank && now >= 1);
            rank = now;
        }
        delivered += m.deliveredAt != 0;
        read += m.readAt != 0;
        neverDelivered += m.deliveredAt == 0;
    }
    QVERIFY(failed > 0 && read > 0 && neverDelivered > 0 && delivered > read);
}

void tst_SimGenerator::contactOrderIsNewestFirst_data()
{
    QTest::addColumn<std::int64_t>("offset"); // seconds from now
    QTest::newRow("before the history") << -200 * kDay;
    QTest::newRow("mid history") << -40 * kDay;
    QTest::newRow("now") << std::int64_t(0);
    QTest::newRow("in the horizon") << kDay + 7 * 3600;
}

void tst_SimGenerator::contactOrderIsNewestFirst()
{
    QFETCH(std::int64_t, offset);
    const std::int64_t t = m_ws.now + offset;
    const std::vector<std::uint32_t> order = m_ws.contactOrderAt(t);
    std::size_t visible = 0;
    for (const SimContact& c : m_ws.contacts)
        visible += c.createdAt <= t && (c.deletedAt == 0 || c.deletedAt > t);
    QCOMPARE(order.size(), visible);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const SimContact& c = m_ws.contacts[order[k]];
        QVERIFY(c.createdAt <= t && (c.deletedAt == 0 || t < c.deletedAt));
        if (k > 0)
            QVERIFY(m_ws.contacts[order[k - 1]].createdAt >= c.createdAt);
    }
}

// A tiny workspace with known answers: one reply exactly at 72 h (counts), one a second later
// (does not), one in the same second as the template (not strictly later), one after a failed
// template (never received).
void tst_SimGenerator::handBuiltReport_data()
{
    QTest::addColumn<std::int64_t>("t");
    QTest::addColumn<QList<qint64>>("expected"); // total, delivered, read, replied, failed
    QTest::newRow("before sending") << std::int64_t(999) << QList<qint64>{0, 0, 0, 0, 0};
    QTest::newRow("first batch") << std::int64_t(1050) << QList<qint64>{2, 1, 0, 0, 1};
    QTest::newRow("read later") << std::int64_t(1100) << QList<qint64>{2, 1, 1, 0, 1};
    QTest::newRow("second template") << std::int64_t(3001) << QList<qint64>{4, 3, 1, 0, 1};
    QTest::newRow("a second before 72 h") << std::int64_t(2000 + kWindow - 1) << QList<qint64>{4, 3, 2, 0, 1};
    QTest::newRow("at 72 h") << std::int64_t(2000 + kWindow) << QList<qint64>{4, 3, 2, 1, 1};
    QTest::newRow("long after") << std::int64_t(10'000'000) << QList<qint64>{4, 3, 2, 1, 1};
}

void tst_SimGenerator::handBuiltReport()
{
    QFETCH(std::int64_t, t);
    QFETCH(QList<qint64>, expected);
    SimWorkspace ws;
    ws.contacts.resize(2);
    ws.campaigns.resize(1);
    const auto add = [&ws](std::uint32_t contact, std::int64_t at, Direction d, std::int64_t delivered,
                           std::int64_t read, bool failed) {
        SimMessage m;
        m.timestamp = m.visibleAt = at;
        m.contact = contact;
        m.direction = d;
        m.type = d == Direction::Outbound ? MessageType::Template : MessageType::Text;
        m.campaign = d == Direction::Outbound ? 0 : -1;
        m.deliveredAt = delivered;
        m.readAt = read;
        m.failed = failed;
        m.id = static_cast<std::uint32_t>(ws.messages.size() + 1);
        ws.messages.push_back(m);
        ws.contacts[contact].messages.push_back(m.id - 1);
        if (m.campaign == 0)
            ws.campaigns[0].messages.push_back(m.id - 1);
    };
    add(0, 1000, Direction::Outbound, 1010, 1100, false);
    add(0, 1000, Direction::Inbound, 0, 0, false);
    add(1, 1000, Direction::Outbound, 0, 0, true);
    add(1, 1500, Direction::Inbound, 0, 0, false);
    add(1, 2000, Direction::Outbound, 2005, 0, false);
    add(1, 2000 + kWindow, Direction::Inbound, 0, 0, false);
    add(0, 3000, Direction::Outbound, 3001, 3002, false);
    add(0, 3000 + kWindow + 1, Direction::Inbound, 0, 0, false);
    std::sort(ws.contacts[0].messages.begin(), ws.contacts[0].messages.end());

    const SimReport r = ws.reportAt(ws.campaigns[0], t);
    QCOMPARE((QList<qint64>{r.totalRecipients, r.delivered, r.read, r.replied, r.failed}), expected);
}

void tst_SimGenerator::campaignStatusOverTime_data()
{
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<std::int64_t>("scheduledAt");
    QTest::addColumn<std::int64_t>("finishedAt");
    QTest::addColumn<QStringList>("expected"); // at 500, 1500, 2500, 3500
    const QStringList completed = {QStringLiteral("scheduled"), QStringLiteral("in_progress"),
                                   QStringLiteral("completed"), QStringLiteral("completed")};
    QTest::newRow("scheduled then sent") << QStringLiteral("completed") << std::int64_t(1000) << std::int64_t(2000)
                                         << completed;
    QTest::newRow("sent on creation") << QStringLiteral("completed") << std::int64_t(0) << std::int64_t(2000)
                                      << QStringList{QStringLiteral("draft"), QStringLiteral("in_progress"),
                                                     QStringLiteral("completed"), QStringLiteral("completed")};
    QTest::newRow("still sending") << QStringLiteral("completed") << std::int64_t(1000) << std::int64_t(0)
                                   << QStringList{QStringLiteral("scheduled"), QStringLiteral("in_progress"),
                                                  QStringLiteral("in_progress"), QStringLiteral("in_progress")};
    QTest::newRow("failed while sending") << QStringLiteral("failed") << std::int64_t(1000) << std::int64_t(3000)
                                          << QStringList{QStringLiteral("scheduled"), QStringLiteral("in_progress"),
                                                         QStringLiteral("in_progress"), QStringLiteral("failed")};
    QTest::newRow("cancelled before sending") << QStringLiteral("cancelled") << std::int64_t(3000) << std::int64_t(2000)
                                              << QStringList{QStringLiteral("scheduled"), QStringLiteral("scheduled"),
                                                             QStringLiteral("cancelled"), QStringLiteral("cancelled")};
    QTest::newRow("draft") << QStringLiteral("draft") << std::int64_t(0) << std::int64_t(0)
                           << QStringList(4, QStringLiteral("draft"));
    QTest::newRow("scheduled past the timeline") << QStringLiteral("scheduled") << std::int64_t(1000) << std::int64_t(0)
                                                 << QStringList(4, QStringLiteral("scheduled"));
}

void tst_SimGenerator::campaignStatusOverTime()
{
    QFETCH(QString, finalStatus);
    QFETCH(std::int64_t, scheduledAt);
    QFETCH(std::int64_t, finishedAt);
    QFETCH(QStringList, expected);
    SimWorkspace ws;
    SimCampaign c;
    c.createdAt = 100;
    c.scheduledAt = scheduledAt;
    c.finishedAt = finishedAt;
    c.finalStatus = finalStatus;
    if (scheduledAt == 0)
        c.createdAt = 1000; // "send now": sending starts on creation
    QStringList got;
    for (const std::int64_t t : {500, 1500, 2500, 3500})
        got << ws.campaignStatusAt(c, t);
    QCOMPARE(got, expected);
    QVERIFY(!ws.campaignVisible(c, c.createdAt - 1));
    QVERIFY(ws.campaignVisible(c, c.createdAt));
}

void tst_SimGenerator::contactViews()
{
    SimWorkspace ws;
    SimContact c;
    c.createdAt = 1000;
    c.deletedAt = 5000;
    c.status = QStringLiteral("assigned");
    c.statusAfter = QStringLiteral("opted_out");
    c.statusChangedAt = 3000;
    QVERIFY(!ws.contactVisible(c, 999));
    QVERIFY(ws.contactVisible(c, 1000));
    QVERIFY(ws.contactVisible(c, 4999));
    QVERIFY(!ws.contactVisible(c, 5000));
    QCOMPARE(ws.contactStatusAt(c, 2999), QStringLiteral("assigned"));
    QCOMPARE(ws.contactStatusAt(c, 3000), QStringLiteral("opted_out"));

    SimMessage m;
    m.timestamp = 100;
    m.visibleAt = 145;
    QVERIFY(!ws.messageVisible(m, 144));
    QVERIFY(ws.messageVisible(m, 145));

    // The generated workspace changes statuses and deletes contacts in the live horizon too.
    int changes = 0, deletions = 0;
    for (const SimContact& g : m_ws.contacts) {
        changes += g.statusChangedAt > m_ws.now && g.statusChangedAt < m_ws.endsAt;
        deletions += g.deletedAt > m_ws.now && g.deletedAt < m_ws.endsAt;
    }
    QVERIFY(changes >= 2);
    QVERIFY(deletions >= 2);
}

void tst_SimGenerator::scalesWithConfig_data()
{
    QTest::addColumn<int>("contacts");
    QTest::addColumn<double>("perContact");
    QTest::addColumn<int>("days");
    QTest::newRow("default rate") << 1200 << 20.0 << 120;
    QTest::newRow("quiet tenant") << 3000 << 6.0 << 120;
    QTest::newRow("busy tenant, short history") << 600 << 45.0 << 40;
}

void tst_SimGenerator::scalesWithConfig()
{
    QFETCH(int, contacts);
    QFETCH(double, perContact);
    QFETCH(int, days);
    GeneratorConfig c;
    c.seed = 21;
    c.contacts = contacts;
    c.messagesPerContact = perContact;
    c.days = days;
    const SimWorkspace ws = generateWorkspace(c);
    QCOMPARE(ws.contacts.size(), std::size_t(contacts));
    const double asked = contacts * perContact;
    const double got = static_cast<double>(ws.messages.size());
    QVERIFY2(got > 0.88 * asked && got < 1.12 * asked,
             qPrintable(QStringLiteral("%1 messages for %2 asked").arg(got).arg(asked)));
    QCOMPARE(static_cast<int>(ws.campaigns.size()), (days + 1) / 3);
}

void tst_SimGenerator::emptyWorkspace()
{
    GeneratorConfig c;
    c.contacts = 0;
    c.campaigns = 3;
    const SimWorkspace ws = generateWorkspace(c);
    QVERIFY(ws.contacts.empty());
    QVERIFY(ws.messages.empty());
    QCOMPARE(ws.campaigns.size(), std::size_t(3));
    QVERIFY(ws.contactOrderAt(ws.now).empty());
}

QTEST_GUILESS_MAIN(tst_SimGenerator)
#include "tst_SimGenerator.moc"
