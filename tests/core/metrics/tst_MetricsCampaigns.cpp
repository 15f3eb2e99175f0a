#include "core/metrics/CampaignMetrics.h"
#include "tests/core/metrics/MetricsTestStore.h"

#include <QTest>

#include <cmath>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

namespace {

QString march(const char* dayTime)
{
    return QStringLiteral("2026-03-") + QLatin1String(dayTime) + QStringLiteral("Z");
}

void addCampaign(MetricsTestStore& s, const QString& id, const QString& name, const QString& status,
                 const QString& scheduled, std::optional<api::CampaignReport> r, const QString& templateName = {},
                 const QString& created = QStringLiteral("2026-01-01T00:00:00Z"), std::optional<qint64> listed = {})
{
    api::Campaign c = campaign(id, name, status, scheduled, created, templateName);
    c.totalRecipients = listed;
    s.campaign(c, r);
}

// Campaigns of March 2026 (UTC) and template sends whose replies attribute revenue; the expected
// figures are worked out next to each test.
void fill(MetricsTestStore& s)
{
    addCampaign(s, QStringLiteral("k01"), QStringLiteral("Promo Ramadan [A]"), QStringLiteral("completed"),
                march("05T18:30:00"), report(QStringLiteral("k01"), 100, 90, 60, 20, 10), QStringLiteral("promo"));
    addCampaign(s, QStringLiteral("k02"), QStringLiteral("Promo Ramadan (b)"), QStringLiteral("completed"),
                march("06T18:00:00"), report(QStringLiteral("k02"), 100, 80, 40, 5, 20), QStringLiteral("promo"));
    addCampaign(s, QStringLiteral("k03"), QStringLiteral("Cart Reminder"), QStringLiteral("in_progress"),
                march("10T09:00:00"), report(QStringLiteral("k03"), 50, 0, 0, 0, 0));
    addCampaign(s, QStringLiteral("k04"), QStringLiteral("Welcome"), QStringLiteral("draft"), QString(), std::nullopt,
                QString(), march("02T00:00:00"), 7);
    addCampaign(s, QStringLiteral("k05"), QStringLiteral("Old campaign - A"), QStringLiteral("completed"),
                QStringLiteral("2026-02-20T10:00:00Z"), report(QStringLiteral("k05"), 10, 10, 10, 10, 0));
    addCampaign(s, QStringLiteral("k06"), QStringLiteral("Survey_A"), QStringLiteral("completed"), march("20T10:00:00"),
                report(QStringLiteral("k06"), 10, 10, 5, 5, 0));
    addCampaign(s, QStringLiteral("k07"), QStringLiteral("Survey variant B"), QStringLiteral("completed"),
                march("21T10:00:00"), report(QStringLiteral("k07"), 10, 10, 5, 0, 0));
    addCampaign(s, QStringLiteral("k08"), QStringLiteral("Flash - A"), QStringLiteral("completed"),
                march("25T10:00:00"), report(QStringLiteral("k08"), 12, 10, 5, 1, 2));
    addCampaign(s, QStringLiteral("k09"), QStringLiteral("Flash - B"), QStringLiteral("completed"),
                march("26T10:00:00"), report(QStringLiteral("k09"), 10, 10, 5, 1, 0));
    addCampaign(s, QStringLiteral("k10"), QStringLiteral("Flash - C"), QStringLiteral("completed"),
                march("27T10:00:00"), report(QStringLiteral("k10"), 5, 5, 5, 5, 0));
    addCampaign(s, QStringLiteral("k11"), QStringLiteral("Tie one"), QStringLiteral("completed"), march("15T08:00:00"),
                report(QStringLiteral("k11"), 20, 20, 0, 0, 0));
    addCampaign(s, QStringLiteral("k12"), QStringLiteral("Tie two"), QStringLiteral("completed"), march("15T08:00:00"),
                report(QStringLiteral("k12"), 20, 20, 0, 0, 0));

    const QString created = QStringLiteral("2026-01-01T00:00:00Z");
    const auto revenue = [](const char* v) { return FieldList{{QStringLiteral("revenue"), QString::fromLatin1(v)}}; };
    s.contactsPass({contact(QStringLiteral("r1"), created, QStringLiteral("open"), {}, revenue("100")),
                    contact(QStringLiteral("r2"), created, QStringLiteral("open"), {}, revenue("250.5")),
                    contact(QStringLiteral("r3"), created, QStringLiteral("open"), {}, revenue("n/a")),
                    contact(QStringLiteral("r4"), created, QStringLiteral("open"), {}, revenue("40")),
                    contact(QStringLiteral("r5"), created, QStringLiteral("open"), {}, revenue("10")),
                    contact(QStringLiteral("r6"), created, QStringLiteral("open"), {}, revenue("1000"))});
    // r1: k01's send (no campaign id: latest start at or before it), reply exactly 72 h later.
    s.messages(QStringLiteral("r1"), {templateSend(QStringLiteral("t1"), march("05T18:31:00")),
                                      inbound(QStringLiteral("i1"), march("08T18:31:00"))});
    // r2: k02's send answered 72 h + 1 s later (no reply); then k01 by id: a failed send, one replied to.
    s.messages(
        QStringLiteral("r2"),
        {templateSend(QStringLiteral("t2"), march("06T18:05:00")), inbound(QStringLiteral("i2"), march("09T18:05:01")),
         templateSend(QStringLiteral("t3"), march("09T20:00:00"), QStringLiteral("failed"), QStringLiteral("k01")),
         templateSend(QStringLiteral("t4"), march("09T21:00:00"), QStringLiteral("read"), QStringLiteral("k01")),
         inbound(QStringLiteral("i3"), march("09T22:00:00"))});
    // r3: k02, replied; its revenue is not a number.
    s.messages(QStringLiteral("r3"), {templateSend(QStringLiteral("t5"), march("06T18:10:00")),
                                      inbound(QStringLiteral("i4"), march("06T19:10:00"))});
    // r4: k03 (in progress can send), replied; a send 25 h after k03's start belongs to no campaign.
    s.messages(QStringLiteral("r4"), {templateSend(QStringLiteral("t6"), march("10T09:30:00")),
                                      inbound(QStringLiteral("i5"), march("10T09:40:00")),
                                      templateSend(QStringLiteral("t7"), march("11T10:00:00")),
                                      inbound(QStringLiteral("i6"), march("11T10:05:00"))});
    // r5: k11 and k12 start together: the lowest campaign_id takes the send.
    s.messages(QStringLiteral("r5"), {templateSend(QStringLiteral("t8"), march("15T09:00:00")),
                                      inbound(QStringLiteral("i7"), march("15T09:30:00"))});
    // r6: only the draft k04 started before this send: drafts do not send.
    s.messages(QStringLiteral("r6"), {templateSend(QStringLiteral("t9"), march("02T01:00:00")),
                                      inbound(QStringLiteral("i8"), march("02T01:30:00"))});
}

MetricsQuery marchQuery()
{
    return periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-04-01"));
}

const CampaignRow* row(const CampaignSection& c, const QString& id)
{
    for (const CampaignRow& r : c.campaigns) {
        if (r.campaignId == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class tst_MetricsCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fill(m_store); }

    void periodCampaignsAndRates();
    void funnelAndOverall();
    void sendTimeHeatmap();
    void templates();
    void topAndActiveCampaigns();
    void variantMarkers_data();
    void variantMarkers();
    void abTests();
    void userGroupsTakePrecedence();
    void roiAttribution();
    void roiWithoutCostIsNull();
    void replyWindowEndsAtAsOf();
    void campaignsIgnoreContactFilters();

private:
    MetricsTestStore m_store;
};

void tst_MetricsCampaigns::periodCampaignsAndRates()
{
    const CampaignSection c = m_store.compute(marchQuery()).campaigns;
    QStringList ids;
    for (const CampaignRow& r : c.campaigns)
        ids << r.campaignId;
    // By start (scheduled_at, else created_at); k05 is February's.
    QCOMPARE(ids,
             (QStringList{QStringLiteral("k04"), QStringLiteral("k01"), QStringLiteral("k02"), QStringLiteral("k03"),
                          QStringLiteral("k11"), QStringLiteral("k12"), QStringLiteral("k06"), QStringLiteral("k07"),
                          QStringLiteral("k08"), QStringLiteral("k09"), QStringLiteral("k10")}));
    const CampaignRow* k01 = row(c, QStringLiteral("k01"));
    QCOMPARE(k01->name, QStringLiteral("Promo Ramadan [A]"));
    QCOMPARE(*k01->rates.deliveryRatePct, 90.0);
    QCOMPARE(*k01->rates.readRatePct, 60.0 / 90.0 * 100.0);
    QCOMPARE(*k01->rates.replyRatePct, 20.0 / 90.0 * 100.0);
    QCOMPARE(*k01->rates.failureRatePct, 10.0);
    const CampaignRow* k03 = row(c, QStringLiteral("k03"));
    QCOMPARE(*k03->rates.deliveryRatePct, 0.0);
    QVERIFY(!k03->rates.readRatePct.has_value()); // nothing delivered
    QVERIFY(!k03->rates.replyRatePct.has_value());
    // Never polled: the listed recipients, nothing else.
    const CampaignRow* k04 = row(c, QStringLiteral("k04"));
    QCOMPARE(k04->counts.totalRecipients, qint64(7));
    QCOMPARE(k04->counts.delivered, qint64(0));
}

void tst_MetricsCampaigns::funnelAndOverall()
{
    const CampaignSection c = m_store.compute(marchQuery()).campaigns;
    // k01 k02 k03 k04 k06 k07 k08 k09 k10 k11 k12
    QCOMPARE(c.funnel.totalRecipients, qint64(100 + 100 + 50 + 7 + 10 + 10 + 12 + 10 + 5 + 20 + 20));
    QCOMPARE(c.funnel.delivered, qint64(90 + 80 + 0 + 0 + 10 + 10 + 10 + 10 + 5 + 20 + 20));
    QCOMPARE(c.funnel.read, qint64(60 + 40 + 5 + 5 + 5 + 5 + 5));
    QCOMPARE(c.funnel.replied, qint64(20 + 5 + 5 + 0 + 1 + 1 + 5));
    // Ratios of the sums, not means of each campaign's rate.
    QCOMPARE(*c.overall.deliveryRatePct, 255.0 / 344.0 * 100.0);
    QCOMPARE(*c.overall.replyRatePct, 37.0 / 255.0 * 100.0);
    QCOMPARE(*c.overall.failureRatePct, 32.0 / 344.0 * 100.0);
}

void tst_MetricsCampaigns::sendTimeHeatmap()
{
    const QList<SendTimeCell> cells = m_store.compute(marchQuery()).campaigns.sendTimeHeatmap;
    QList<std::tuple<int, int, qint64>> got;
    for (const SendTimeCell& cell : cells)
        got.append({cell.weekday, cell.hour, cell.campaigns});
    // Completed campaigns with scheduled_at: Thu 05 18h (k01), Fri 06 18h (k02), Sun 15 08h (k11, k12),
    // Fri 20 10h (k06), Sat 21 10h (k07), Wed 25 10h (k08), Thu 26 10h (k09), Fri 27 10h (k10).
    const QList<std::tuple<int, int, qint64>> expected{{2, 10, 1}, {3, 10, 1}, {3, 18, 1}, {4, 10, 2},
                                                       {4, 18, 1}, {5, 10, 1}, {6, 8, 2}};
    QCOMPARE(got, expected);
    const SendTimeCell& friday10 = cells[3];
    QCOMPARE(friday10.delivered, qint64(15));
    QCOMPARE(friday10.read, qint64(10));
    QCOMPARE(*friday10.readRatePct, 10.0 / 15.0 * 100.0);
    QCOMPARE(*cells[6].readRatePct, 0.0); // delivered, never read
}

void tst_MetricsCampaigns::templates()
{
    const QList<TemplateRow> t = m_store.compute(marchQuery()).campaigns.templates;
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].templateName, QStringLiteral("(unknown)"));
    QCOMPARE(t[0].campaigns, qint64(9));
    QCOMPARE(t[1].templateName, QStringLiteral("promo"));
    QCOMPARE(t[1].campaigns, qint64(2));
    QCOMPARE(t[1].counts.delivered, qint64(170));
    QCOMPARE(*t[1].rates.replyRatePct, 25.0 / 170.0 * 100.0);
}

void tst_MetricsCampaigns::topAndActiveCampaigns()
{
    const ExecutiveSection e = m_store.compute(marchQuery()).executive;
    QCOMPARE(e.activeCampaigns, qint64(1)); // k03 in progress; the draft is not active
    QStringList ids;
    for (const RankedCampaign& r : e.topCampaigns)
        ids << r.campaignId;
    // Reply rates: k10 100, k06 50, k01 22.2, k08 10 (12 recipients) before k09 10 (10), k02 6.25,
    // k07 0, k11 0 and k12 0 (20 recipients each, then by id). k03 is not completed.
    QCOMPARE(ids, (QStringList{QStringLiteral("k10"), QStringLiteral("k06"), QStringLiteral("k01"),
                               QStringLiteral("k08"), QStringLiteral("k09"), QStringLiteral("k02"),
                               QStringLiteral("k11"), QStringLiteral("k12"), QStringLiteral("k07")}));
    QCOMPARE(e.topCampaigns[0].replyRatePct, 100.0);
    QCOMPARE(e.topCampaigns[3].totalRecipients, qint64(12));
}

void tst_MetricsCampaigns::variantMarkers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("group"); // empty: no marker
    QTest::addColumn<QString>("variant");
    QTest::newRow("[A]") << QStringLiteral("Promo Ramadan [A]") << QStringLiteral("Promo Ramadan")
                         << QStringLiteral("A");
    QTest::newRow("(b)") << QStringLiteral("Promo Ramadan (b)") << QStringLiteral("Promo Ramadan")
                         << QStringLiteral("B");
    QTest::newRow("- a") << QStringLiteral("Promo Ramadan - a") << QStringLiteral("Promo Ramadan")
                         << QStringLiteral("A");
    QTest::newRow("-B") << QStringLiteral("Promo Ramadan-B") << QStringLiteral("Promo Ramadan") << QStringLiteral("B");
    QTest::newRow("_A") << QStringLiteral("Promo_A") << QStringLiteral("Promo") << QStringLiteral("A");
    QTest::newRow("variant c") << QStringLiteral("Promo variant c") << QStringLiteral("Promo") << QStringLiteral("C");
    QTest::newRow("VARIANT 2") << QStringLiteral("Promo VARIANT  2") << QStringLiteral("Promo") << QStringLiteral("2");
    QTest::newRow("(1)") << QStringLiteral("Test (1)") << QStringLiteral("Test") << QStringLiteral("1");
    QTest::newRow("padded") << QStringLiteral("  Promo [A]  ") << QStringLiteral("Promo") << QStringLiteral("A");
    QTest::newRow("no marker") << QStringLiteral("Restock #3") << QString() << QString();
    QTest::newRow("two letters") << QStringLiteral("Promo [AB]") << QString() << QString();
    QTest::newRow("not ASCII") << QStringLiteral("Promo - Ä") << QString() << QString();
    QTest::newRow("a year is no marker") << QStringLiteral("Sale-2026") << QString() << QString();
    QTest::newRow("a bare trailing digit is no marker") << QStringLiteral("Summer Sale 2") << QString() << QString();
    QTest::newRow("nothing but a marker") << QStringLiteral("[A]") << QString() << QString();
}

void tst_MetricsCampaigns::variantMarkers()
{
    QFETCH(QString, name);
    QFETCH(QString, group);
    QFETCH(QString, variant);
    const auto split = CampaignMetrics::splitVariant(name);
    if (group.isEmpty()) {
        QVERIFY(!split.has_value());
        return;
    }
    QVERIFY(split.has_value());
    QCOMPARE(split->group, group);
    QCOMPARE(split->variant, variant);
}

void tst_MetricsCampaigns::abTests()
{
    const QList<AbTest> tests = m_store.compute(marchQuery()).campaigns.abTests;
    QStringList groups;
    for (const AbTest& t : tests)
        groups << t.group;
    // "Old campaign" is February's; "Cart Reminder", "Welcome", "Tie …" have no marker.
    QCOMPARE(groups, (QStringList{QStringLiteral("Flash"), QStringLiteral("Promo Ramadan"), QStringLiteral("Survey")}));

    // Flash: A and B have the most delivered (10 each; C 5): 1/10 vs 1/10, p = 1, no winner.
    const AbTest& flash = tests[0];
    QCOMPARE(flash.variants.size(), 3);
    QCOMPARE(*flash.pValue, 1.0);
    QVERIFY(flash.winner.isNull());

    // Promo Ramadan: A 20/90 vs B 5/80; pooled 25/170, z = 2.93, p = 0.0033: A wins.
    const AbTest& promo = tests[1];
    QCOMPARE(promo.variants[0].variant, QStringLiteral("A"));
    QCOMPARE(promo.variants[0].campaignIds, QStringList{QStringLiteral("k01")});
    QCOMPARE(promo.variants[1].variant, QStringLiteral("B"));
    QCOMPARE(promo.variants[1].delivered, qint64(80));
    QCOMPARE(promo.variants[1].replied, qint64(5));
    QCOMPARE(*promo.variants[1].replyRatePct, 6.25);
    QVERIFY(std::fabs(*promo.pValue - 0.003336) < 1e-5);
    QCOMPARE(promo.winner, QStringLiteral("A"));

    // Survey: A 5/10 vs B 0/10; pooled 0.25, z = 2.582, p = 0.00982: A wins.
    const AbTest& survey = tests[2];
    QVERIFY(std::fabs(*survey.pValue - 0.009823) < 1e-5);
    QCOMPARE(survey.winner, QStringLiteral("A"));
}

void tst_MetricsCampaigns::userGroupsTakePrecedence()
{
    MetricsQuery q = marchQuery();
    q.abGroups << AbGroupSpec{
        QStringLiteral("Tie test"),
        {{QStringLiteral("k11"), QStringLiteral("x")}, {QStringLiteral("k12"), QStringLiteral("y")}}};
    q.abGroups << AbGroupSpec{QStringLiteral("Promo mix"),
                              {{QStringLiteral("k01"), QStringLiteral("A")},
                               {QStringLiteral("k08"), QStringLiteral("A")},
                               {QStringLiteral("k02"), QStringLiteral("B")}}};
    const QList<AbTest> tests = m_store.compute(q).campaigns.abTests;
    QStringList groups;
    for (const AbTest& t : tests)
        groups << t.group;
    // k01 and k02 left the name group "Promo Ramadan", which has no variants left.
    QCOMPARE(groups, (QStringList{QStringLiteral("Flash"), QStringLiteral("Promo mix"), QStringLiteral("Survey"),
                                  QStringLiteral("Tie test")}));
    const AbTest& mix = tests[1];
    QCOMPARE(mix.variants[0].campaignIds, (QStringList{QStringLiteral("k01"), QStringLiteral("k08")}));
    QCOMPARE(mix.variants[0].delivered, qint64(100));
    QCOMPARE(mix.variants[0].replied, qint64(21));
    // Flash keeps B and C (k08 moved): two variants still make a group.
    QCOMPARE(tests[0].variants.size(), 2);
    // Tie test: 0/20 vs 0/20, pooled rate 0: no p-value.
    QVERIFY(!tests[3].pValue.has_value());
    QVERIFY(tests[3].winner.isNull());
}

void tst_MetricsCampaigns::roiAttribution()
{
    MetricsQuery q = marchQuery();
    q.costPerMessage = 0.5;
    const QList<RoiRow> roi = m_store.compute(q).campaigns.roi;
    QHash<QString, RoiRow> byId;
    for (const RoiRow& r : roi)
        byId.insert(r.campaignId, r);
    QCOMPARE(roi.size(), 11);
    // k01: r1 (reply exactly at 72 h) and r2 (by campaign id; its failed send is not received).
    QCOMPARE(byId[QStringLiteral("k01")].cost, 50.0);
    QCOMPARE(byId[QStringLiteral("k01")].attributedRevenue, 350.5);
    QCOMPARE(*byId[QStringLiteral("k01")].roi, 350.5 / 50.0);
    // k02: r3 only (r2 answered 1 s too late); r3's revenue is not a number.
    QCOMPARE(byId[QStringLiteral("k02")].attributedRevenue, 0.0);
    QCOMPARE(*byId[QStringLiteral("k02")].roi, 0.0);
    // k03: r4's first send; the second came 25 h after k03 started.
    QCOMPARE(byId[QStringLiteral("k03")].attributedRevenue, 40.0);
    QCOMPARE(*byId[QStringLiteral("k03")].roi, 40.0 / 25.0);
    // Equal starts: k11, the lower id.
    QCOMPARE(byId[QStringLiteral("k11")].attributedRevenue, 10.0);
    QCOMPARE(byId[QStringLiteral("k12")].attributedRevenue, 0.0);
    // The draft sends nothing: r6's revenue goes nowhere.
    QCOMPARE(byId[QStringLiteral("k04")].attributedRevenue, 0.0);
    QCOMPARE(byId[QStringLiteral("k04")].cost, 3.5);
}

void tst_MetricsCampaigns::roiWithoutCostIsNull()
{
    const QList<RoiRow> roi = m_store.compute(marchQuery()).campaigns.roi;
    for (const RoiRow& r : roi) {
        QCOMPARE(r.cost, 0.0);
        QVERIFY(!r.roi.has_value());
    }
}

void tst_MetricsCampaigns::replyWindowEndsAtAsOf()
{
    // With as_of before r1's reply (03-08 18:31), k01 keeps only r2, whose reply came 03-09.
    MetricsQuery q = marchQuery();
    q.costPerMessage = 1;
    q.asOf = QDateTime::fromString(QStringLiteral("2026-03-08T18:31:00Z"), Qt::ISODate);
    // k01 is the second campaign by start.
    QCOMPARE(m_store.compute(q).campaigns.roi[1].campaignId, QStringLiteral("k01"));
    QCOMPARE(m_store.compute(q).campaigns.roi[1].attributedRevenue, 0.0); // r2 replied on 03-09, after as_of too
    q.asOf = QDateTime::fromString(QStringLiteral("2026-03-08T18:31:01Z"), Qt::ISODate);
    QCOMPARE(m_store.compute(q).campaigns.roi[1].attributedRevenue, 100.0);
}

void tst_MetricsCampaigns::campaignsIgnoreContactFilters()
{
    MetricsQuery q = marchQuery();
    q.costPerMessage = 0.5;
    q.filter.country = QStringLiteral("NG"); // no contact matches
    const MetricsSnapshot s = m_store.compute(q);
    QCOMPARE(s.campaigns.campaigns.size(), 11);
    QCOMPARE(s.campaigns.funnel.delivered, qint64(255));
    QCOMPARE(s.campaigns.roi[1].attributedRevenue, 350.5); // k01, second by start
}

QTEST_GUILESS_MAIN(tst_MetricsCampaigns)
#include "tst_MetricsCampaigns.moc"
