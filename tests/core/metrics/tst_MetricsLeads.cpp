#include "tests/core/metrics/MetricsTestStore.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

namespace {

const QString kAsOf = QStringLiteral("2026-03-31T00:00:00Z");

FieldList stage(const char* value)
{
    return {{QStringLiteral("lead_stage"), QString::fromLatin1(value)}};
}

QList<api::Message> inboundEvery(const QString& prefix, const QStringList& times)
{
    QList<api::Message> out;
    int n = 0;
    for (const QString& t : times)
        out << inbound(prefix + QString::number(++n), t);
    return out;
}

// Scores as of 03-31 00:00 UTC (hand-computed):
//   L1 recency 29.5 (12 h ago) + engagement 30 (10 inbound) + responsiveness 10 (no templates) + proposal 20 = 89.5 →
//   90 L2 29.5 + 15 (5 inbound) + 20 (1 of 1 replied; a failed send is not received) + none 5 = 69.5 → 70 (hot) L3 no
//   inbound ever: 0 + 0 + 10 (a template older than 90 days does not count) + lost 0 = 10 L4 last inbound 40 days ago:
//   0 + 0 + 0 (1 received, none replied) + won 20 = 20 L7 0 + 0 + 0 (3 received, none replied) + 5 = 5;   L8 0 + 0 + 10
//   + 5 = 15 (blocked) L9 last inbound exactly 30 days ago: 0 + 3 (that message is inside the window) + 10 + 5 = 18 L10
//   last inbound 30 days and 1 s ago: 0 + 0 + 10 + 5 = 15 L5 deleted and L6 created after as_of are not scored.
void fill(MetricsTestStore& s)
{
    const QString created = QStringLiteral("2026-01-01T00:00:00Z");
    QList<api::Contact> all{
        contact(QStringLiteral("L1"), created, QStringLiteral("open"), {}, stage("proposal")),
        contact(QStringLiteral("L2"), created, QStringLiteral("open")),
        contact(QStringLiteral("L3"), created, QStringLiteral("open"), {}, stage("lost")),
        contact(QStringLiteral("L4"), created, QStringLiteral("open"), {}, stage("won")),
        contact(QStringLiteral("L5"), created, QStringLiteral("open"), {}, stage("won")),
        contact(QStringLiteral("L6"), QStringLiteral("2026-04-02T00:00:00Z"), QStringLiteral("open")),
        contact(QStringLiteral("L7"), created, QStringLiteral("pending")),
        contact(QStringLiteral("L8"), created, QStringLiteral("blocked")),
        contact(QStringLiteral("L9"), created, QStringLiteral("open")),
        contact(QStringLiteral("L10"), created, QStringLiteral("open")),
        contact(QStringLiteral("L11"), created, QStringLiteral("open"))};
    s.contactsPass(all);

    QStringList tenTimes;
    for (int d = 21; d <= 29; ++d)
        tenTimes << QStringLiteral("2026-03-%1T10:00:00Z").arg(d);
    tenTimes << QStringLiteral("2026-03-30T12:00:00Z");
    s.messages(QStringLiteral("L1"), inboundEvery(QStringLiteral("l1_"), tenTimes));

    QList<api::Message> l2 = inboundEvery(
        QStringLiteral("l2_"), {QStringLiteral("2026-03-26T10:00:00Z"), QStringLiteral("2026-03-27T10:00:00Z"),
                                QStringLiteral("2026-03-28T10:00:00Z"), QStringLiteral("2026-03-29T10:00:00Z"),
                                QStringLiteral("2026-03-30T12:00:00Z")});
    l2 << templateSend(QStringLiteral("l2_t1"), QStringLiteral("2026-03-25T10:00:00Z"))
       << templateSend(QStringLiteral("l2_t2"), QStringLiteral("2026-03-20T10:00:00Z"), QStringLiteral("failed"));
    s.messages(QStringLiteral("L2"), l2);

    s.messages(QStringLiteral("L3"), {templateSend(QStringLiteral("l3_t"), QStringLiteral("2025-12-01T10:00:00Z")),
                                      reply(QStringLiteral("l3_r"), QStringLiteral("2025-12-01T11:00:00Z"))});

    // L4: four inbound messages 60–30 days before as_of, the last 40 days before; a template after it
    // that was never answered; its newest outbound message (an operator reply, which answers the
    // turn) failed.
    QList<api::Message> l4 = inboundEvery(
        QStringLiteral("l4_"), {QStringLiteral("2026-02-01T00:00:00Z"), QStringLiteral("2026-02-05T00:00:00Z"),
                                QStringLiteral("2026-02-10T00:00:00Z"), QStringLiteral("2026-02-19T00:00:00Z")});
    l4 << templateSend(QStringLiteral("l4_t"), QStringLiteral("2026-02-19T12:00:00Z"));
    api::Message failedReply = reply(QStringLiteral("l4_r"), QStringLiteral("2026-03-25T00:00:00Z"));
    failedReply.status = QStringLiteral("failed");
    l4 << failedReply;
    s.messages(QStringLiteral("L4"), l4);

    s.messages(QStringLiteral("L5"), inboundEvery(QStringLiteral("l5_"), {QStringLiteral("2026-01-10T00:00:00Z")}));

    // L7: an unanswered turn on 01-05, then three templates nobody answered.
    s.messages(QStringLiteral("L7"), {inbound(QStringLiteral("l7_i"), QStringLiteral("2026-01-05T00:00:00Z")),
                                      templateSend(QStringLiteral("l7_t1"), QStringLiteral("2026-01-10T00:00:00Z")),
                                      templateSend(QStringLiteral("l7_t2"), QStringLiteral("2026-01-20T00:00:00Z")),
                                      templateSend(QStringLiteral("l7_t3"), QStringLiteral("2026-02-01T00:00:00Z"))});
    s.messages(QStringLiteral("L8"), inboundEvery(QStringLiteral("l8_"), {QStringLiteral("2026-02-09T00:00:00Z")}));
    s.messages(QStringLiteral("L9"), inboundEvery(QStringLiteral("l9_"), {QStringLiteral("2026-03-01T00:00:00Z")}));
    s.messages(QStringLiteral("L10"), {inbound(QStringLiteral("l10_i"), QStringLiteral("2026-02-28T23:59:59Z")),
                                       reply(QStringLiteral("l10_r"), QStringLiteral("2026-03-01T00:10:00Z"))});
    // L11: an open chat whose last turn (39 days ago) nobody answered.
    s.messages(QStringLiteral("L11"), {inbound(QStringLiteral("l11_i"), QStringLiteral("2026-02-20T00:00:00Z"))});

    // L5 is deleted before as_of.
    s.advanceTo(QStringLiteral("2026-03-20T00:00:00Z"));
    all.removeAt(4);
    s.contactsPass(all);
}

MetricsQuery query()
{
    MetricsQuery q = periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    q.asOf = QDateTime::fromString(kAsOf, Qt::ISODate);
    return q;
}

} // namespace

class tst_MetricsLeads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fill(m_store); }

    void scores_data();
    void scores();
    void leadOrderAndDistribution();
    void asOfDefaultsToTheEndOfThePeriod();
    void atRiskContacts();
    void atRiskIndicatorsAndActions_data();
    void atRiskIndicatorsAndActions();

private:
    MetricsTestStore m_store;
};

void tst_MetricsLeads::scores_data()
{
    QTest::addColumn<QString>("chat");
    QTest::addColumn<int>("score");
    QTest::addColumn<double>("recency");
    QTest::addColumn<double>("engagement");
    QTest::addColumn<double>("responsiveness");
    QTest::addColumn<double>("profile");
    QTest::addColumn<bool>("hot");
    QTest::newRow("L1") << QStringLiteral("L1") << 90 << 29.5 << 30.0 << 10.0 << 20.0 << true;
    QTest::newRow("L2 rounds 69.5 up") << QStringLiteral("L2") << 70 << 29.5 << 15.0 << 20.0 << 5.0 << true;
    QTest::newRow("L3 no inbound ever") << QStringLiteral("L3") << 10 << 0.0 << 0.0 << 10.0 << 0.0 << false;
    QTest::newRow("L4") << QStringLiteral("L4") << 20 << 0.0 << 0.0 << 0.0 << 20.0 << false;
    QTest::newRow("L7") << QStringLiteral("L7") << 5 << 0.0 << 0.0 << 0.0 << 5.0 << false;
    QTest::newRow("L9 window start included") << QStringLiteral("L9") << 18 << 0.0 << 3.0 << 10.0 << 5.0 << false;
}

void tst_MetricsLeads::scores()
{
    QFETCH(QString, chat);
    QFETCH(int, score);
    QFETCH(double, recency);
    QFETCH(double, engagement);
    QFETCH(double, responsiveness);
    QFETCH(double, profile);
    QFETCH(bool, hot);
    const QList<LeadRow> leads = m_store.compute(query()).leads;
    const LeadRow* lead = nullptr;
    for (const LeadRow& l : leads) {
        if (l.chatId == chat)
            lead = &l;
    }
    QVERIFY(lead);
    QCOMPARE(lead->score, score);
    QCOMPARE(lead->recency, recency);
    QCOMPARE(lead->engagement, engagement);
    QCOMPARE(lead->responsiveness, responsiveness);
    QCOMPARE(lead->profile, profile);
    QCOMPARE(lead->hot, hot);
}

void tst_MetricsLeads::leadOrderAndDistribution()
{
    const MetricsSnapshot s = m_store.compute(query());
    QStringList order;
    for (const LeadRow& l : s.leads)
        order << l.chatId;
    // By score, then chat_id by code point ("L10" < "L8").
    QCOMPARE(order, (QStringList{QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L4"), QStringLiteral("L9"),
                                 QStringLiteral("L10"), QStringLiteral("L11"), QStringLiteral("L8"),
                                 QStringLiteral("L3"), QStringLiteral("L7")}));
    const CountByName expected{{QStringLiteral("90-100"), 1}, {QStringLiteral("80-89"), 0},
                               {QStringLiteral("70-79"), 1},  {QStringLiteral("60-69"), 0},
                               {QStringLiteral("50-59"), 0},  {QStringLiteral("40-49"), 0},
                               {QStringLiteral("30-39"), 0},  {QStringLiteral("20-29"), 1},
                               {QStringLiteral("10-19"), 5},  {QStringLiteral("0-9"), 1}};
    QCOMPARE(s.segmentation.leadScoreDistribution, expected);
}

void tst_MetricsLeads::asOfDefaultsToTheEndOfThePeriod()
{
    MetricsQuery q = query();
    q.asOf.reset();
    const MetricsSnapshot s = m_store.compute(q);
    QCOMPARE(s.asOf, QDateTime::fromString(kAsOf, Qt::ISODate));
    QCOMPARE(s.leads.first().score, 90);
}

void tst_MetricsLeads::atRiskContacts()
{
    const QList<AtRiskRow> rows = m_store.compute(query()).atRisk;
    QStringList order;
    for (const AtRiskRow& r : rows)
        order << r.chatId;
    // Not L8 (inactive), L9 (exactly 30 days), L3 (no inbound), L5 (deleted); by health, lowest first.
    QCOMPARE(order,
             (QStringList{QStringLiteral("L7"), QStringLiteral("L4"), QStringLiteral("L11"), QStringLiteral("L10")}));
    QCOMPARE(rows[3].daysSinceLastInbound, 30.0 + 1.0 / 86400.0);
}

void tst_MetricsLeads::atRiskIndicatorsAndActions_data()
{
    QTest::addColumn<QString>("chat");
    QTest::addColumn<int>("health");
    QTest::addColumn<QStringList>("indicators");
    QTest::addColumn<QString>("action");
    // 85 days, two indicators: 100 − 85 − 20 < 0 → 0.
    QTest::newRow("L7") << QStringLiteral("L7") << 0
                        << QStringList{QStringLiteral("no_reply_last_3_campaigns"),
                                       QStringLiteral("unanswered_open_chat")}
                        << QStringLiteral("re-engage campaign");
    QTest::newRow("L4") << QStringLiteral("L4") << 40
                        << QStringList{QStringLiteral("last_delivery_failed"), QStringLiteral("activity_dropped")}
                        << QStringLiteral("verify number");
    // 39 days, one indicator: 100 − 39 − 10.
    QTest::newRow("L11") << QStringLiteral("L11") << 51 << QStringList{QStringLiteral("unanswered_open_chat")}
                         << QStringLiteral("operator follow-up");
    QTest::newRow("L10") << QStringLiteral("L10") << 70 << QStringList{} << QStringLiteral("check-in message");
}

void tst_MetricsLeads::atRiskIndicatorsAndActions()
{
    QFETCH(QString, chat);
    QFETCH(int, health);
    QFETCH(QStringList, indicators);
    QFETCH(QString, action);
    for (const AtRiskRow& r : m_store.compute(query()).atRisk) {
        if (r.chatId != chat)
            continue;
        QCOMPARE(r.healthScore, health);
        QCOMPARE(r.riskIndicators, indicators);
        QCOMPARE(r.recommendedAction, action);
        return;
    }
    QFAIL("contact not at risk");
}

QTEST_GUILESS_MAIN(tst_MetricsLeads)
#include "tst_MetricsLeads.moc"
