#include "core/metrics/ChatFactsCodec.h"
#include "core/metrics/FactDeriver.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;

namespace {

constexpr qint64 kBase = 1767225600000; // 2026-01-01T00:00:00Z

// "I0 O60:amina T120 C130 X140 F150": kind and seconds after kBase, an optional ":operator".
// I inbound, O operator reply, T template (delivered), F failed template, C outbound with a campaign
// id, X a message of another direction. Message ids follow the order given.
QList<store::DerivationMessage> chat(const QString& spec)
{
    QList<store::DerivationMessage> out;
    int n = 0;
    for (const QString& item : spec.split(u' ', Qt::SkipEmptyParts)) {
        store::DerivationMessage m;
        m.messageId = QStringLiteral("m%1").arg(++n, 3, 10, QLatin1Char('0'));
        const QChar kind = item.at(0);
        const QStringList parts = item.mid(1).split(u':');
        m.tsMs = kBase + parts[0].toLongLong() * 1000;
        if (parts.size() > 1)
            m.operatorName = parts[1];
        m.type = QStringLiteral("text");
        m.content = QStringLiteral("words here");
        if (kind == u'I') {
            m.direction = QStringLiteral("inbound");
            m.status = QStringLiteral("received");
        } else if (kind == u'X') {
            m.direction = QStringLiteral("note");
        } else {
            m.direction = QStringLiteral("outbound");
            m.status = kind == u'F' ? QStringLiteral("failed") : QStringLiteral("delivered");
            if (kind == u'T' || kind == u'F')
                m.type = QStringLiteral("template");
            if (kind == u'C')
                m.campaignId = QStringLiteral("camp_1");
        }
        out << m;
    }
    return out;
}

using Turns = QList<QPair<qint64, qint64>>;                        // start, response (-1: none), seconds
using Conversations = QList<std::tuple<qint64, int, int, qint64>>; // start, messages, first turn, last activity

qint64 sec(qint64 ms)
{
    return (ms - kBase) / 1000;
}

} // namespace

class tst_FactDeriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsAndConversations_data();
    void turnsAndConversations();
    void templatesKnowTheNextInboundMessage_data();
    void templatesKnowTheNextInboundMessage();
    void operatorsAreTheMessagesOwn();
    void keywordTokensOfInboundMessagesOnly();
    void codecRoundTrips();
    void codecRefusesDamagedBytes();
};

void tst_FactDeriver::turnsAndConversations_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Turns>("turns");
    QTest::addColumn<Conversations>("conversations");

    QTest::newRow("one answered turn") << QStringLiteral("I0 O60") << Turns{{0, 60}} << Conversations{{0, 2, 0, 60}};
    QTest::newRow("consecutive inbound messages are one turn")
        << QStringLiteral("I0 I30 O90") << Turns{{0, 90}} << Conversations{{0, 3, 0, 90}};
    QTest::newRow("a template inside a turn is ignored, but part of the conversation")
        << QStringLiteral("I0 T10 O100") << Turns{{0, 100}} << Conversations{{0, 3, 0, 100}};
    QTest::newRow("a campaign send inside a turn is ignored")
        << QStringLiteral("I0 C10 O100") << Turns{{0, 100}} << Conversations{{0, 3, 0, 100}};
    QTest::newRow("messages before the first turn belong to no conversation")
        << QStringLiteral("T0 O5 I100 O160") << Turns{{100, 160}} << Conversations{{100, 2, 0, 160}};
    QTest::newRow("a chat opened by the operator")
        << QStringLiteral("O0 I50 O70") << Turns{{50, 70}} << Conversations{{50, 2, 0, 70}};
    QTest::newRow("an unanswered last turn")
        << QStringLiteral("I0 O10 I100") << Turns{{0, 10}, {100, -1}} << Conversations{{0, 3, 0, 100}};
    QTest::newRow("a reply more than 24 h later still answers the turn")
        << QStringLiteral("I0 O90000") << Turns{{0, 90000}} << Conversations{{0, 2, 0, 90000}};
    QTest::newRow("more than 24 h after the previous message starts a conversation")
        << QStringLiteral("I0 O60 I86461 O86500") << Turns{{0, 60}, {86461, 86500}}
        << Conversations{{0, 2, 0, 60}, {86461, 2, 1, 86500}};
    QTest::newRow("exactly 24 h is not more than 24 h")
        << QStringLiteral("I0 O60 I86460 O86500") << Turns{{0, 60}, {86460, 86500}} << Conversations{{0, 4, 0, 86500}};
    QTest::newRow("a template within 24 h keeps the conversation going")
        << QStringLiteral("I0 O60 T86000 I86100 O86200") << Turns{{0, 60}, {86100, 86200}}
        << Conversations{{0, 5, 0, 86200}};
    QTest::newRow("the last activity is the last inbound or reply, not a template")
        << QStringLiteral("I0 O60 T120") << Turns{{0, 60}} << Conversations{{0, 3, 0, 60}};
    QTest::newRow("a message of another direction is a message but no turn")
        << QStringLiteral("I0 X10 O20") << Turns{{0, 20}} << Conversations{{0, 3, 0, 20}};
    QTest::newRow("an outbound-only chat has no turns") << QStringLiteral("T0 O10") << Turns{} << Conversations{};
    QTest::newRow("empty chat") << QString() << Turns{} << Conversations{};
    QTest::newRow("same instant: the order given (message id) decides")
        << QStringLiteral("I100 O100 I100") << Turns{{100, 100}, {100, -1}} << Conversations{{100, 3, 0, 100}};
}

void tst_FactDeriver::turnsAndConversations()
{
    QFETCH(QString, spec);
    QFETCH(Turns, turns);
    QFETCH(Conversations, conversations);
    const ChatFacts f = FactDeriver::derive(chat(spec)).facts;
    Turns gotTurns;
    for (const TurnFact& t : f.turns)
        gotTurns.append({sec(t.startMs), t.answered() ? sec(t.responseMs) : -1});
    QCOMPARE(gotTurns, turns);
    Conversations gotConversations;
    for (const ConversationFact& c : f.conversations)
        gotConversations.append({sec(c.startMs), c.messageCount, c.firstTurn, sec(c.lastActivityMs)});
    QCOMPARE(gotConversations, conversations);
    QCOMPARE(f.messageCount, qint64(chat(spec).size()));
}

void tst_FactDeriver::templatesKnowTheNextInboundMessage_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<qint64>>("nextInbound"); // per business send, -1: none
    QTest::newRow("the next inbound message") << QStringLiteral("T0 O5 I100 I200") << QList<qint64>{100};
    QTest::newRow("an inbound message at the same instant is not later")
        << QStringLiteral("T100 I100 I150") << QList<qint64>{150};
    QTest::newRow("none after it") << QStringLiteral("I0 T100") << QList<qint64>{-1};
    QTest::newRow("two sends share the reply") << QStringLiteral("T0 F10 C20 I500") << QList<qint64>{500, 500, 500};
}

void tst_FactDeriver::templatesKnowTheNextInboundMessage()
{
    QFETCH(QString, spec);
    QFETCH(QList<qint64>, nextInbound);
    const ChatFacts f = FactDeriver::derive(chat(spec)).facts;
    QList<qint64> got;
    for (const OutboundFact& o : f.outbound) {
        if (o.isBusiness())
            got << (o.nextInboundMs == kNoTime ? -1 : sec(o.nextInboundMs));
    }
    QCOMPARE(got, nextInbound);
}

void tst_FactDeriver::operatorsAreTheMessagesOwn()
{
    const ChatFacts f = FactDeriver::derive(chat(QStringLiteral("I0 O60:amina I100 O160 F170"))).facts;
    QCOMPARE(f.turns.size(), size_t(2));
    QCOMPARE(f.names.value(f.turns[0].responderRef), QStringLiteral("amina"));
    QCOMPARE(f.turns[1].responderRef, -1);
    QCOMPARE(f.outbound.size(), size_t(3));
    QVERIFY(!f.outbound[0].isBusiness());
    QVERIFY(f.outbound[1].isDeliveredOrRead());
    QVERIFY(f.outbound[2].isBusiness());
    QVERIFY(f.outbound[2].isFailed());
    QVERIFY(!f.outbound[2].isDeliveredOrRead());
}

void tst_FactDeriver::keywordTokensOfInboundMessagesOnly()
{
    auto messages = chat(QStringLiteral("I0 O10 I20"));
    messages[0].content = QStringLiteral("Refund please");
    messages[1].content = QStringLiteral("Operators say refund too");
    messages[2].content = QString(); // media without caption
    const DerivedChat d = FactDeriver::derive(messages);
    QCOMPARE(d.tokenTexts, (QStringList{QStringLiteral("refund"), QStringLiteral("please")}));
    QCOMPARE(d.facts.inbound.size(), size_t(2));
    QCOMPARE(d.facts.inbound[0].tokenEnd - d.facts.inbound[0].tokenBegin, 2u);
    QCOMPARE(d.facts.inbound[1].tokenEnd - d.facts.inbound[1].tokenBegin, 0u);
}

void tst_FactDeriver::codecRoundTrips()
{
    DerivedChat d = FactDeriver::derive(chat(QStringLiteral("T0 I10:x I20 O30:amina C40 F50 I90000 X90010")));
    for (int i = 0; i < d.tokenTexts.size(); ++i)
        d.facts.tokens.push_back(quint32(100 + i));
    const QByteArray bytes = ChatFactsCodec::encode(d.facts);
    const auto back = ChatFactsCodec::decode(bytes);
    QVERIFY(back.has_value());
    QVERIFY(*back == d.facts);
    QVERIFY(ChatFactsCodec::decode(ChatFactsCodec::encode(ChatFacts{})).has_value());
}

void tst_FactDeriver::codecRefusesDamagedBytes()
{
    DerivedChat d = FactDeriver::derive(chat(QStringLiteral("I0 O60:amina I100 T200")));
    for (int i = 0; i < d.tokenTexts.size(); ++i)
        d.facts.tokens.push_back(quint32(i + 1));
    const QByteArray bytes = ChatFactsCodec::encode(d.facts);
    QVERIFY(!ChatFactsCodec::decode(bytes.left(bytes.size() - 1)).has_value());
    QVERIFY(!ChatFactsCodec::decode(bytes + QByteArray(1, '\0')).has_value());
    QVERIFY(!ChatFactsCodec::decode(QByteArray(3, '\xff')).has_value());
    QVERIFY(!ChatFactsCodec::decode(QByteArray()).has_value());
}

QTEST_GUILESS_MAIN(tst_FactDeriver)
#include "tst_FactDeriver.moc"
