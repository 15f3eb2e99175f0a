#include "tests/core/metrics/MetricsTestStore.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

namespace {

// Three complete contact passes (hand-computed expectations in the test functions):
//   03-01 08:00  c1 c2 c3* c4 c5*(blocked)           (* no created_at; the first complete pass)
//   03-05 10:00  c1(opted_out) c2 c3 c5(open) c6* c7   c4 is gone: deleted at 03-05 10:00
//   03-08 00:00  c1(open) c2 c3 c5(blocked) c6 c7
void fill(MetricsTestStore& s)
{
    const FieldList web{{QStringLiteral("source"), QStringLiteral("website")}};
    const FieldList ads{{QStringLiteral("source"), QStringLiteral("instagram")}};
    s.advanceTo(QStringLiteral("2026-03-01T08:00:00Z"));
    s.contactsPass({contact(QStringLiteral("c1"), QStringLiteral("2026-02-10T09:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("amina"), ads),
                    contact(QStringLiteral("c2"), QStringLiteral("2026-03-01T01:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("baraka"), web),
                    contact(QStringLiteral("c3"), QString(), QStringLiteral("open")),
                    contact(QStringLiteral("c4"), QStringLiteral("2026-02-20T12:00:00Z"), QStringLiteral("open")),
                    contact(QStringLiteral("c5"), QString(), QStringLiteral("blocked"))});
    s.advanceTo(QStringLiteral("2026-03-05T10:00:00Z"));
    s.contactsPass({contact(QStringLiteral("c1"), QStringLiteral("2026-02-10T09:00:00Z"), QStringLiteral("opted_out"),
                            QStringLiteral("amina"), ads),
                    contact(QStringLiteral("c2"), QStringLiteral("2026-03-01T01:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("baraka"), web),
                    contact(QStringLiteral("c3"), QString(), QStringLiteral("open")),
                    contact(QStringLiteral("c5"), QString(), QStringLiteral("open")),
                    contact(QStringLiteral("c6"), QString(), QStringLiteral("open"), QString(), web),
                    contact(QStringLiteral("c7"), QStringLiteral("2026-03-04T12:00:00Z"), QStringLiteral("open"))});
    s.advanceTo(QStringLiteral("2026-03-08T00:00:00Z"));
    s.contactsPass({contact(QStringLiteral("c1"), QStringLiteral("2026-02-10T09:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("amina"), ads),
                    contact(QStringLiteral("c2"), QStringLiteral("2026-03-01T01:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("baraka"), web),
                    contact(QStringLiteral("c3"), QString(), QStringLiteral("open")),
                    contact(QStringLiteral("c5"), QString(), QStringLiteral("blocked")),
                    contact(QStringLiteral("c6"), QString(), QStringLiteral("open"), QString(), web),
                    contact(QStringLiteral("c7"), QStringLiteral("2026-03-04T12:00:00Z"), QStringLiteral("open"))});
}

qint64 countOf(const CountByName& rows, const QString& name)
{
    for (const auto& [n, c] : rows) {
        if (n == name)
            return c;
    }
    return -1;
}

} // namespace

class tst_MetricsContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fill(m_store); }

    void executiveCounts_data();
    void executiveCounts();
    void churnFromHistoryAndDeletions();
    void contactGrowthByMonth();
    void sourceDistributionCountsNewContacts();
    void statusAndSegmentsCountContactsAliveAtTheEnd();
    void contactsWithoutCreationTime();
    void churnTrackedSinceTheFirstCompletePass();
    void filtersNarrowContactCounts_data();
    void filtersNarrowContactCounts();
    void emptyPeriodGivesZerosAndNulls();
    void previousPeriodComparison();
    void restoredContactsCountAgain();

private:
    MetricsTestStore m_store;
};

void tst_MetricsContacts::executiveCounts_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("newContacts");
    QTest::addColumn<qint64>("newPrev");
    QTest::addColumn<double>("growth"); // -1: null
    // Alive at 03-10: c1 c2 c3 c5 c6 c7. At 03-03: c1 c2 c3 c4 c5 (c3, c5 unknown: before any period).
    // New in the period: c7 (created 03-04) and c6 (first seen 03-05 by a later pass). Before: c2.
    QTest::newRow("week with a deletion")
        << QStringLiteral("2026-03-03") << QStringLiteral("2026-03-10") << qint64(6) << qint64(2) << qint64(1) << 20.0;
    // At 03-01 00:00: c1 c4 and the unknown c3 c5 (c2 was created at 01:00). At 02-01: c3 c5.
    QTest::newRow("february") << QStringLiteral("2026-02-01") << QStringLiteral("2026-03-01") << qint64(4) << qint64(2)
                              << qint64(0) << 100.0;
    // A contact deleted at 03-05 10:00 is still counted at 03-05 00:00.
    QTest::newRow("up to the deletion day")
        << QStringLiteral("2026-03-04") << QStringLiteral("2026-03-05") << qint64(6) << qint64(1) << qint64(0) << 20.0;
    // Contacts with unknown creation count in every total, even long before the data.
    QTest::newRow("long before the data")
        << QStringLiteral("2020-01-01") << QStringLiteral("2020-01-02") << qint64(2) << qint64(0) << qint64(0) << 0.0;
}

void tst_MetricsContacts::executiveCounts()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, total);
    QFETCH(qint64, newContacts);
    QFETCH(qint64, newPrev);
    QFETCH(double, growth);
    const MetricsSnapshot s = m_store.compute(periodQuery(from, to));
    QCOMPARE(s.executive.totalContacts, total);
    QCOMPARE(s.executive.newContacts, newContacts);
    QCOMPARE(s.executive.newContactsPrev, newPrev);
    QVERIFY(s.executive.growthRatePct.has_value());
    QCOMPARE(*s.executive.growthRatePct, growth);
}

void tst_MetricsContacts::churnFromHistoryAndDeletions()
{
    // c4 deleted 03-05; c1 open → opted_out at 03-05 (active again by the end: still churned);
    // c5 blocked → open is no churn, open → blocked at 03-08 is. c5 was already blocked when first
    // synced: that earlier state is no change.
    const MetricsSnapshot week =
        m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    QCOMPARE(week.executive.churnedContacts, qint64(3));
    QCOMPARE(*week.executive.churnRatePct, 60.0);

    const MetricsSnapshot first =
        m_store.compute(periodQuery(QStringLiteral("2026-02-01"), QStringLiteral("2026-03-05")));
    QCOMPARE(first.executive.churnedContacts, qint64(0));
    QCOMPARE(*first.executive.churnRatePct, 0.0);

    const MetricsSnapshot later =
        m_store.compute(periodQuery(QStringLiteral("2026-03-06"), QStringLiteral("2026-03-09")));
    QCOMPARE(later.executive.churnedContacts, qint64(1)); // c5 on 03-08
}

void tst_MetricsContacts::contactGrowthByMonth()
{
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    const QList<MonthGrowth>& g = s.executive.contactGrowth;
    QCOMPARE(g.size(), 12); // March and the 11 months before
    QCOMPARE(g.first().month, QStringLiteral("2025-04"));
    QCOMPARE(g.first().newContacts, qint64(0));
    QCOMPARE(g.first().total, qint64(2)); // c3 c5, unknown creation
    QCOMPARE(g[10].month, QStringLiteral("2026-02"));
    QCOMPARE(g[10].newContacts, qint64(2)); // c1 c4
    QCOMPARE(g[10].total, qint64(4));
    QCOMPARE(g[11].month, QStringLiteral("2026-03"));
    QCOMPARE(g[11].newContacts, qint64(3)); // c2 c7 c6, up to `to`
    QCOMPARE(g[11].total, qint64(6));       // at `to`, not at the end of March
}

void tst_MetricsContacts::sourceDistributionCountsNewContacts()
{
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    const CountByName expected{{QStringLiteral("(none)"), 1}, {QStringLiteral("website"), 1}};
    QCOMPARE(s.executive.sourceDistribution, expected);
}

void tst_MetricsContacts::statusAndSegmentsCountContactsAliveAtTheEnd()
{
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    const CountByName status{{QStringLiteral("open"), 5}, {QStringLiteral("blocked"), 1}};
    QCOMPARE(s.engagement.conversationStatus, status);
    const CountByName segments{
        {QStringLiteral("(none)"), 3}, {QStringLiteral("instagram"), 1}, {QStringLiteral("website"), 2}};
    QCOMPARE(s.segmentation.segmentDistribution, segments);
    // Every value any contact holds has a row, the deleted c4's "(none)" included.
    QCOMPARE(s.segmentation.segmentEngagement.size(), 3);
    QCOMPARE(s.segmentation.segmentEngagement[0].value, QStringLiteral("(none)"));
    QCOMPARE(s.segmentation.segmentEngagement[0].contacts, qint64(3));
    QVERIFY(!s.segmentation.segmentEngagement[0].responseRatePct.has_value());
    QCOMPARE(countOf(s.segmentation.countries, QStringLiteral("KE")), qint64(6));
    // Growth rows only where a month and value had new contacts.
    QList<QPair<QString, QString>> growth;
    for (const SegmentGrowthRow& r : s.segmentation.segmentGrowth)
        growth.append({r.month, r.value});
    const QList<QPair<QString, QString>> expected{{QStringLiteral("2026-02"), QStringLiteral("(none)")},
                                                  {QStringLiteral("2026-02"), QStringLiteral("instagram")},
                                                  {QStringLiteral("2026-03"), QStringLiteral("(none)")},
                                                  {QStringLiteral("2026-03"), QStringLiteral("website")}};
    QCOMPARE(growth, expected);
    QCOMPARE(s.segmentation.segmentGrowth[3].newContacts, qint64(2)); // c2 and c6
}

void tst_MetricsContacts::contactsWithoutCreationTime()
{
    // c3 and c5 (first complete pass, unknown) and c6 (first seen later: approximate).
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    QCOMPARE(s.executive.contactsWithoutCreationTime, qint64(3));
    // Before c6 was first seen only the unknown ones.
    const MetricsSnapshot early =
        m_store.compute(periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-02")));
    QCOMPARE(early.executive.contactsWithoutCreationTime, qint64(2));
}

void tst_MetricsContacts::churnTrackedSinceTheFirstCompletePass()
{
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    QCOMPARE(s.executive.churnTrackedSince, QDate(2026, 3, 1));
    // 03-01 08:00 UTC is 03-01 in Nairobi, but still 02-28 in Honolulu.
    const MetricsSnapshot hawaii = m_store.compute(
        periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10"), QStringLiteral("Pacific/Honolulu")));
    QCOMPARE(hawaii.executive.churnTrackedSince, QDate(2026, 2, 28));
}

void tst_MetricsContacts::filtersNarrowContactCounts_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("country");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("churned");
    QTest::newRow("segment website") << QStringLiteral("website") << QString() << QString() << qint64(2) << qint64(0);
    QTest::newRow("segment (none)") << QStringLiteral("(none)") << QString() << QString() << qint64(3) << qint64(2);
    QTest::newRow("operator amina") << QString() << QStringLiteral("amina") << QString() << qint64(1) << qint64(1);
    QTest::newRow("unassigned") << QString() << QStringLiteral("(unassigned)") << QString() << qint64(4) << qint64(2);
    QTest::newRow("country KE") << QString() << QString() << QStringLiteral("ke") << qint64(6) << qint64(3);
    QTest::newRow("country NG") << QString() << QString() << QStringLiteral("NG") << qint64(0) << qint64(0);
    QTest::newRow("segment and operator")
        << QStringLiteral("website") << QStringLiteral("baraka") << QString() << qint64(1) << qint64(0);
}

void tst_MetricsContacts::filtersNarrowContactCounts()
{
    QFETCH(QString, segment);
    QFETCH(QString, operatorName);
    QFETCH(QString, country);
    QFETCH(qint64, total);
    QFETCH(qint64, churned);
    MetricsQuery q = periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10"));
    if (!segment.isEmpty()) {
        q.filter.segmentKey = QStringLiteral("source");
        q.filter.segmentValue = segment;
    }
    q.filter.operatorName = operatorName;
    q.filter.country = country;
    const MetricsSnapshot s = m_store.compute(q);
    QCOMPARE(s.executive.totalContacts, total);
    QCOMPARE(s.executive.churnedContacts, churned);
}

void tst_MetricsContacts::emptyPeriodGivesZerosAndNulls()
{
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2030-01-01"), QStringLiteral("2030-01-08")));
    QCOMPARE(s.executive.totalContacts, qint64(6));
    QCOMPARE(s.executive.newContacts, qint64(0));
    QCOMPARE(*s.executive.growthRatePct, 0.0);
    QVERIFY(!s.executive.responseRatePct.has_value());
    QVERIFY(!s.engagement.figures.slaMetPct.has_value());
    QVERIFY(!s.engagement.figures.medianResponseTimeS.has_value());
    QVERIFY(!s.engagement.figures.messagesPerConversation.has_value());
    QVERIFY(!s.engagement.figures.inboundOutboundRatio.has_value());
    QCOMPARE(s.engagement.messageVolume.size(), 7);
    QCOMPARE(s.engagement.messageVolume[0].inbound, qint64(0));
    QVERIFY(s.campaigns.campaigns.isEmpty());
    QVERIFY(!s.campaigns.overall.deliveryRatePct.has_value());
    QVERIFY(s.engagement.keywords.isEmpty());
    QVERIFY(s.anomalies.isEmpty());

    // A filter nothing matches: totals of 0, every ratio null.
    MetricsQuery none = periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10"));
    none.filter.country = QStringLiteral("NG");
    const MetricsSnapshot empty = m_store.compute(none);
    QCOMPARE(empty.executive.totalContacts, qint64(0));
    QVERIFY(!empty.executive.growthRatePct.has_value());
    QVERIFY(!empty.executive.churnRatePct.has_value());
    QVERIFY(empty.leads.isEmpty());
}

void tst_MetricsContacts::previousPeriodComparison()
{
    const MetricsSnapshot s = m_store.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10")));
    QCOMPARE(*s.kpis.totalContacts.value, 6.0);
    QCOMPARE(*s.kpis.totalContacts.previous, 5.0);
    QCOMPARE(*s.kpis.newContacts.previous, 1.0);
    // Previous period [02-24, 03-03): total at 02-24 is c1 c4 c3 c5 = 4, at 03-03 5.
    QCOMPARE(*s.kpis.growthRatePct.previous, 25.0);
    QCOMPARE(*s.kpis.churnedContacts.previous, 0.0);
}

void tst_MetricsContacts::restoredContactsCountAgain()
{
    // r1 missing from the 03-05 pass (deleted then) and listed again on 03-08 (restored then).
    MetricsTestStore s;
    const api::Contact r1 = contact(QStringLiteral("r1"), QStringLiteral("2026-02-01T00:00:00Z"));
    const api::Contact r2 = contact(QStringLiteral("r2"), QStringLiteral("2026-02-01T00:00:00Z"));
    s.advanceTo(QStringLiteral("2026-03-01T08:00:00Z"));
    s.contactsPass({r1, r2});
    s.advanceTo(QStringLiteral("2026-03-05T10:00:00Z"));
    s.contactsPass({r2});
    s.advanceTo(QStringLiteral("2026-03-08T00:00:00Z"));
    s.contactsPass({r1, r2});
    QCOMPARE(s.compute(periodQuery(QStringLiteral("2026-03-04"), QStringLiteral("2026-03-05"))).executive.totalContacts,
             qint64(2));
    QCOMPARE(s.compute(periodQuery(QStringLiteral("2026-03-06"), QStringLiteral("2026-03-07"))).executive.totalContacts,
             qint64(1));
    const MetricsSnapshot later = s.compute(periodQuery(QStringLiteral("2026-03-09"), QStringLiteral("2026-03-10")));
    QCOMPARE(later.executive.totalContacts, qint64(2));
    QCOMPARE(later.leads.size(), 2);
    // The deletion made r1 churned in its period, as a status that went inactive and back would.
    QCOMPARE(
        s.compute(periodQuery(QStringLiteral("2026-03-03"), QStringLiteral("2026-03-10"))).executive.churnedContacts,
        qint64(1));
}

QTEST_GUILESS_MAIN(tst_MetricsContacts)
#include "tst_MetricsContacts.moc"
