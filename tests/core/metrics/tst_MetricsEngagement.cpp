#include "tests/core/metrics/MetricsTestStore.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

namespace {

const QString kAmina = QStringLiteral("amina@acme.co.ke");
const QString kBaraka = QStringLiteral("baraka@acme.co.ke");
const QString kZawadi = QStringLiteral("zawadi@acme.co.ke");

QString at(const char* time)
{
    return QStringLiteral("2026-03-10T") + QLatin1String(time) + QStringLiteral("Z");
}

// Period [03-10, 03-12) UTC. Turns started in it (response time in s): a1 09:00 (120, template
// inside), a1 10:00 (45, by zawadi), a1 03-11 23:30 (3600, answered after `to`), a2 12:00
// (unanswered), a3 15:00 (600, no operator anywhere), a4 16:00 (240). a2's 03-09 23:59 turn is
// answered in the period but started before it. a4 is deleted on 03-13.
void fill(MetricsTestStore& s)
{
    const QString created = QStringLiteral("2026-01-05T00:00:00Z");
    const QList<api::Contact> all{
        contact(QStringLiteral("a1"), created, QStringLiteral("resolved"), kAmina,
                {{QStringLiteral("source"), QStringLiteral("website")}, {QStringLiteral("csat"), QStringLiteral("4")}}),
        contact(
            QStringLiteral("a2"), created, QStringLiteral("open"), kBaraka,
            {{QStringLiteral("source"), QStringLiteral("instagram")}, {QStringLiteral("csat"), QStringLiteral("5.0")}},
            QStringLiteral("+2348031234567")),
        contact(QStringLiteral("a3"), created, QStringLiteral("pending"), QString(),
                {{QStringLiteral("csat"), QStringLiteral("excellent")}}),
        contact(QStringLiteral("a4"), created, QStringLiteral("resolved"), kAmina)};
    s.contactsPass(all);
    s.messages(QStringLiteral("a1"),
               {inbound(QStringLiteral("m01"), at("09:00:00"), QStringLiteral("Where is my refund?")),
                templateSend(QStringLiteral("m02"), at("09:00:30")), reply(QStringLiteral("m03"), at("09:02:00")),
                inbound(QStringLiteral("m04"), at("10:00:00")), inbound(QStringLiteral("m05"), at("10:00:30")),
                reply(QStringLiteral("m06"), at("10:00:45"), kZawadi),
                inbound(QStringLiteral("m07"), QStringLiteral("2026-03-11T23:30:00Z")),
                reply(QStringLiteral("m08"), QStringLiteral("2026-03-12T00:30:00Z"))});
    s.messages(QStringLiteral("a2"),
               {inbound(QStringLiteral("m11"), QStringLiteral("2026-03-09T23:59:00Z")),
                reply(QStringLiteral("m12"), at("00:01:00")), inbound(QStringLiteral("m13"), at("12:00:00"))});
    s.messages(QStringLiteral("a3"), {inbound(QStringLiteral("m21"), at("15:00:00"), QStringLiteral("zebra apple")),
                                      reply(QStringLiteral("m22"), at("15:10:00"))});
    s.messages(QStringLiteral("a4"),
               {inbound(QStringLiteral("m31"), at("16:00:00"), QStringLiteral("Refund, REFUND: status?")),
                reply(QStringLiteral("m32"), at("16:04:00"))});
    s.advanceTo(QStringLiteral("2026-03-13T00:00:00Z"));
    s.contactsPass({all[0], all[1], all[2]});
}

MetricsQuery period()
{
    return periodQuery(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-12"));
}

} // namespace

class tst_MetricsEngagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fill(m_store); }

    void responseTimes();
    void histogram();
    void conversations();
    void messageCounts();
    void operators();
    void keywords();
    void segmentEngagement();
    void deletedContactsKeepTheirMessages();
    void filtersNarrowMessages_data();
    void filtersNarrowMessages();
    void slaIsASetting();

private:
    MetricsTestStore m_store;
};

void tst_MetricsEngagement::responseTimes()
{
    const ResponseFigures f = m_store.compute(period()).engagement.figures;
    QCOMPARE(f.turnsStarted, qint64(6));
    QCOMPARE(f.turnsAnswered, qint64(5));
    QCOMPARE(*f.responseRatePct, 5.0 / 6.0 * 100.0);
    QCOMPARE(*f.slaMetPct, 50.0); // 45, 120, 240 of 6 turns
    QCOMPARE(*f.avgResponseTimeS, 921.0);
    QCOMPARE(*f.medianResponseTimeS, 240.0); // rank ⌈0.5 × 5⌉ = 3 of 45 120 240 600 3600
    QCOMPARE(*f.p90ResponseTimeS, 3600.0);   // rank ⌈0.9 × 5⌉ = 5
}

void tst_MetricsEngagement::histogram()
{
    const QList<HistogramBucket> h = m_store.compute(period()).engagement.responseTimeHistogram;
    QCOMPARE(h.size(), 5);
    const QStringList names{QStringLiteral("lt_1m"), QStringLiteral("1m_5m"), QStringLiteral("5m_30m"),
                            QStringLiteral("30m_1h"), QStringLiteral("gt_1h")};
    const QList<qint64> counts{1, 2, 1, 0, 1}; // 3600 s is not under an hour
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(h[i].name, names[i]);
        QCOMPARE(h[i].count, counts[i]);
        QCOMPARE(*h[i].pct, double(counts[i]) / 5.0 * 100.0);
    }
}

void tst_MetricsEngagement::conversations()
{
    // a1 09:00 (6 messages, the template included), a1 03-11 23:30 (2, its reply after `to`
    // included), a3 (2), a4 (2); a2's conversation started on 03-09.
    const ResponseFigures f = m_store.compute(period()).engagement.figures;
    QCOMPARE(f.conversations, qint64(4));
    QCOMPARE(*f.messagesPerConversation, 3.0);
    QCOMPARE(*f.avgFirstResponseTimeS, (120.0 + 3600.0 + 600.0 + 240.0) / 4.0);
    QCOMPARE(*f.medianFirstResponseTimeS, 240.0);
}

void tst_MetricsEngagement::messageCounts()
{
    const EngagementSection e = m_store.compute(period()).engagement;
    QCOMPARE(e.figures.inbound, qint64(7));
    QCOMPARE(e.figures.outbound, qint64(6));
    QCOMPARE(*e.figures.inboundOutboundRatio, 7.0 / 6.0);
    QCOMPARE(e.messageVolume.size(), 2);
    QCOMPARE(e.messageVolume[0].day, QDate(2026, 3, 10));
    QCOMPARE(e.messageVolume[0].inbound, qint64(6));
    QCOMPARE(e.messageVolume[0].outbound, qint64(6));
    QCOMPARE(e.messageVolume[1].inbound, qint64(1));
    QCOMPARE(e.messageVolume[1].outbound, qint64(0));
    std::array<qint64, 24> hours{};
    hours[9] = 1;
    hours[10] = 2;
    hours[12] = 1;
    hours[15] = 1;
    hours[16] = 1;
    hours[23] = 1;
    QCOMPARE(e.peakHours, hours);
    QCOMPARE(e.activityHeatmap[1][10], qint64(2)); // Tuesday 10:00
    QCOMPARE(e.activityHeatmap[2][23], qint64(1)); // Wednesday 23:00
    qint64 sum = 0;
    for (const auto& row : e.activityHeatmap)
        for (qint64 n : row)
            sum += n;
    QCOMPARE(sum, qint64(7));
}

void tst_MetricsEngagement::operators()
{
    const QList<OperatorRow> rows = m_store.compute(period()).engagement.operators;
    QStringList order;
    for (const OperatorRow& r : rows)
        order << r.operatorName;
    // By turns answered, then name: "(unassigned)" sorts before "zawadi…".
    QCOMPARE(order, (QStringList{kAmina, QStringLiteral("(unassigned)"), kZawadi, kBaraka}));

    const OperatorRow& amina = rows[0];
    QCOMPARE(amina.chatsAssigned, qint64(2)); // a1 and a4 (deleted only on 03-13)
    QCOMPARE(amina.chatsResolved, qint64(2));
    QCOMPARE(amina.messagesSent, qint64(2)); // a1 09:02 and a4 16:04; the template is no reply
    QCOMPARE(amina.turnsAnswered, qint64(3));
    QCOMPARE(*amina.avgResponseTimeS, (120.0 + 3600.0 + 240.0) / 3.0);
    QCOMPARE(*amina.medianResponseTimeS, 240.0);
    QCOMPARE(*amina.avgResolutionTimeS, (3600.0 + 240.0) / 2.0);
    QCOMPARE(*amina.csatAvg, 4.0);

    const OperatorRow& unassigned = rows[1];
    QCOMPARE(unassigned.chatsAssigned, qint64(0));
    QCOMPARE(unassigned.chatsResolved, qint64(0));
    QCOMPARE(unassigned.messagesSent, qint64(1));
    QCOMPARE(unassigned.turnsAnswered, qint64(1));
    QCOMPARE(*unassigned.avgResponseTimeS, 600.0);
    QVERIFY(!unassigned.avgResolutionTimeS.has_value());
    QVERIFY(!unassigned.csatAvg.has_value());

    const OperatorRow& zawadi = rows[2];
    QCOMPARE(zawadi.chatsAssigned, qint64(0));
    QCOMPARE(zawadi.messagesSent, qint64(1));
    QCOMPARE(zawadi.turnsAnswered, qint64(1));
    QCOMPARE(*zawadi.medianResponseTimeS, 45.0);
    QVERIFY(!zawadi.csatAvg.has_value());

    const OperatorRow& baraka = rows[3];
    QCOMPARE(baraka.chatsAssigned, qint64(1));
    QCOMPARE(baraka.messagesSent, qint64(1)); // the reply to a turn of 03-09
    QCOMPARE(baraka.turnsAnswered, qint64(0));
    QVERIFY(!baraka.avgResponseTimeS.has_value());
    QVERIFY(!baraka.avgResolutionTimeS.has_value());
    QCOMPARE(*baraka.csatAvg, 5.0);
}

void tst_MetricsEngagement::keywords()
{
    // "where", "is", "my", "there" are stop words or short; a4's "Refund, REFUND" counts twice.
    const QList<KeywordCount> k = m_store.compute(period()).engagement.keywords;
    QList<QPair<QString, qint64>> got;
    for (const KeywordCount& c : k)
        got.append({c.token, c.count});
    const QList<QPair<QString, qint64>> expected{{QStringLiteral("hello"), 4},
                                                 {QStringLiteral("refund"), 3},
                                                 {QStringLiteral("apple"), 1},
                                                 {QStringLiteral("status"), 1},
                                                 {QStringLiteral("zebra"), 1}};
    QCOMPARE(got, expected);
}

void tst_MetricsEngagement::segmentEngagement()
{
    const QList<SegmentEngagementRow> rows = m_store.compute(period()).segmentation.segmentEngagement;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].value, QStringLiteral("(none)"));
    QCOMPARE(rows[0].contacts, qint64(2));
    QCOMPARE(rows[0].inbound, qint64(2));
    QCOMPARE(rows[0].outbound, qint64(2));
    QCOMPARE(*rows[0].inboundPerContact, 1.0);
    QCOMPARE(*rows[0].responseRatePct, 100.0);
    QCOMPARE(rows[1].value, QStringLiteral("instagram"));
    QCOMPARE(rows[1].inbound, qint64(1));
    QCOMPARE(*rows[1].responseRatePct, 0.0);
    QCOMPARE(rows[2].value, QStringLiteral("website"));
    QCOMPARE(rows[2].inbound, qint64(4));
    QCOMPARE(rows[2].outbound, qint64(3));
    QCOMPARE(*rows[2].inboundPerContact, 4.0);
    QCOMPARE(*rows[2].responseRatePct, 100.0);
    const CountByName countries{{QStringLiteral("KE"), 3}, {QStringLiteral("NG"), 1}};
    QCOMPARE(m_store.compute(period()).segmentation.countries, countries);
}

void tst_MetricsEngagement::deletedContactsKeepTheirMessages()
{
    // Over [03-10, 03-14) a4 is gone from every contact count but its messages and turn still count.
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-14")));
    QCOMPARE(s.executive.totalContacts, qint64(3));
    QCOMPARE(s.engagement.figures.turnsStarted, qint64(6));
    QCOMPARE(s.engagement.figures.inbound, qint64(7));
    QCOMPARE(s.segmentation.segmentEngagement[0].contacts, qint64(1));
    QCOMPARE(s.segmentation.segmentEngagement[0].inbound, qint64(2));
    // a4 is no longer assigned to amina at `to`, but her reply to it is still hers.
    QCOMPARE(s.engagement.operators[0].operatorName, kAmina);
    QCOMPARE(s.engagement.operators[0].chatsAssigned, qint64(1));
    QCOMPARE(s.engagement.operators[0].turnsAnswered, qint64(3));
}

void tst_MetricsEngagement::filtersNarrowMessages_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("country");
    QTest::addColumn<qint64>("turns");
    QTest::addColumn<qint64>("answered");
    QTest::addColumn<qint64>("inbound");
    QTest::newRow("segment website") << QStringLiteral("website") << QString() << QString() << qint64(3) << qint64(3)
                                     << qint64(4);
    QTest::newRow("operator amina") << QString() << kAmina << QString() << qint64(4) << qint64(4) << qint64(5);
    QTest::newRow("country NG") << QString() << QString() << QStringLiteral("NG") << qint64(1) << qint64(0)
                                << qint64(1);
    QTest::newRow("unassigned") << QString() << QStringLiteral("(unassigned)") << QString() << qint64(1) << qint64(1)
                                << qint64(1);
}

void tst_MetricsEngagement::filtersNarrowMessages()
{
    QFETCH(QString, segment);
    QFETCH(QString, operatorName);
    QFETCH(QString, country);
    QFETCH(qint64, turns);
    QFETCH(qint64, answered);
    QFETCH(qint64, inbound);
    MetricsQuery q = period();
    if (!segment.isEmpty()) {
        q.filter.segmentKey = QStringLiteral("source");
        q.filter.segmentValue = segment;
    }
    q.filter.operatorName = operatorName;
    q.filter.country = country;
    const ResponseFigures f = m_store.compute(q).engagement.figures;
    QCOMPARE(f.turnsStarted, turns);
    QCOMPARE(f.turnsAnswered, answered);
    QCOMPARE(f.inbound, inbound);
}

void tst_MetricsEngagement::slaIsASetting()
{
    MetricsQuery q = period();
    q.slaSeconds = 600; // 600 s itself is within it
    QCOMPARE(*m_store.compute(q).engagement.figures.slaMetPct, 4.0 / 6.0 * 100.0);
}

QTEST_GUILESS_MAIN(tst_MetricsEngagement)
#include "tst_MetricsEngagement.moc"
