// The fault plan on its own: names, rates, bursts, determinism and which requests each kind hits.
#include "core/sim/SimFaults.h"

#include <QSet>
#include <QTest>

#include <bit>

using namespace crmlens::sim;

namespace {

SimFaultConfig config(const char* list, double rate, std::uint64_t seed)
{
    SimFaultConfig c;
    c.kinds = SimFaultConfig::parseKinds(QString::fromLatin1(list), nullptr).value_or(0);
    c.rate = rate;
    c.seed = seed;
    return c;
}

} // namespace

class tst_SimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseKinds_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("count");
        QTest::newRow("one") << QStringLiteral("5xx") << true << 1;
        QTest::newRow("two, spaced") << QStringLiteral("truncate, hang") << true << 2;
        QTest::newRow("all") << QStringLiteral("all") << true << 7;
        QTest::newRow("all and one") << QStringLiteral("all,slow") << true << 7;
        QTest::newRow("every name") << QStringLiteral("5xx,success-false,truncate,slow,hang,shift,bad-records") << true
                                    << 7;
        QTest::newRow("case") << QStringLiteral("Bad-Records") << true << 1;
        QTest::newRow("empty") << QString() << true << 0;
        QTest::newRow("unknown") << QStringLiteral("5xx,explode") << false << 0;
    }
    void parseKinds()
    {
        QFETCH(QString, list);
        QFETCH(bool, valid);
        QFETCH(int, count);
        QString error;
        const auto kinds = SimFaultConfig::parseKinds(list, &error);
        QCOMPARE(kinds.has_value(), valid);
        if (!valid) {
            QVERIFY(error.contains(QLatin1String("explode")));
            return;
        }
        QCOMPARE(std::popcount(*kinds), count);
    }

    void noFaultsWhenNoneEnabled()
    {
        SimFaults faults(config("", 1.0, 1));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(faults.next(true).kind, FaultKind::None);
    }

    void rateIsRespected()
    {
        // 5xx bursts are excluded: they add follow-up requests on top of the rate.
        SimFaults faults(config("success-false,truncate", 0.05, 3));
        int faulted = 0;
        const int n = 40000;
        for (int i = 0; i < n; ++i)
            faulted += faults.next(false).kind != FaultKind::None ? 1 : 0;
        const double share = static_cast<double>(faulted) / n;
        QVERIFY2(share > 0.04 && share < 0.06, qPrintable(QString::number(share)));
    }

    void serverErrorsComeInBursts()
    {
        SimFaults faults(config("5xx", 0.1, 5));
        QSet<int> lengths;
        QSet<int> statuses;
        int bursts = 0;
        for (int i = 0; i < 20000; ++i) {
            const SimFaultDecision first = faults.next(false);
            if (first.kind == FaultKind::None)
                continue;
            QCOMPARE(first.kind, FaultKind::ServerError);
            QVERIFY(first.burstLength >= 1 && first.burstLength <= 4);
            QVERIFY(first.httpStatus == 500 || first.httpStatus == 503);
            lengths.insert(first.burstLength);
            statuses.insert(first.httpStatus);
            ++bursts;
            // The rest of the burst: consecutive requests, same status, whatever the draw.
            for (int k = 1; k < first.burstLength; ++k, ++i) {
                const SimFaultDecision next = faults.next(false);
                QCOMPARE(next.kind, FaultKind::ServerError);
                QCOMPARE(next.httpStatus, first.httpStatus);
                QCOMPARE(next.burstLength, 0);
            }
        }
        QVERIFY(bursts > 1000);
        QCOMPARE(lengths, (QSet<int>{1, 2, 3, 4}));
        QCOMPARE(statuses, (QSet<int>{500, 503}));
    }

    void deterministicForASeed()
    {
        const auto sequence = [](std::uint64_t seed) {
            SimFaults faults(config("all", 0.2, seed));
            QList<int> kinds;
            for (int i = 0; i < 500; ++i) {
                const SimFaultDecision d = faults.next(i % 3 != 0);
                kinds.append(static_cast<int>(d.kind) * 100000 + d.delayMs + static_cast<int>(d.shiftSeconds) +
                             d.httpStatus);
            }
            return kinds;
        };
        QCOMPARE(sequence(9), sequence(9));
        QVERIFY(sequence(9) != sequence(10));
    }

    void pageOnlyKindsHitPagesOnly()
    {
        SimFaults faults(config("shift,bad-records", 1.0, 2));
        QSet<FaultKind> seen;
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(faults.next(false).kind, FaultKind::None);
            const SimFaultDecision d = faults.next(true);
            QVERIFY(d.kind == FaultKind::Shift || d.kind == FaultKind::BadRecords);
            if (d.kind == FaultKind::Shift)
                QVERIFY(d.shiftSeconds >= 120 && d.shiftSeconds <= 600);
            seen.insert(d.kind);
        }
        QCOMPARE(seen.size(), 2);
    }

    void slowAndTruncateParameters()
    {
        SimFaults faults(config("slow,truncate", 1.0, 4));
        for (int i = 0; i < 500; ++i) {
            const SimFaultDecision d = faults.next(false);
            if (d.kind == FaultKind::Slow) {
                QVERIFY(d.delayMs >= 1000 && d.delayMs <= 5000);
            } else {
                QCOMPARE(d.kind, FaultKind::Truncate);
                QVERIFY(d.cutFraction > 0.0 && d.cutFraction < 1.0);
            }
        }
    }

    void damagePlan_data()
    {
        QTest::addColumn<int>("records");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("page") << 100;
    }
    void damagePlan()
    {
        QFETCH(int, records);
        for (std::uint64_t salt = 1; salt < 300; ++salt) {
            const SimDamagePlan plan = SimFaults::damagePlan(salt, records);
            int damaged = 0;
            for (int i = 0; i < records; ++i)
                damaged += plan.at(i) != RecordDamage::None ? 1 : 0;
            QCOMPARE(plan.at(-1), RecordDamage::None);
            QCOMPARE(plan.at(records), RecordDamage::None);
            if (records == 0) {
                QVERIFY(plan.empty());
                continue;
            }
            QVERIFY(damaged >= 1 && damaged <= std::min(3, records));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SimFaults)
#include "tst_SimFaults.moc"
