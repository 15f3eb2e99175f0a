#include "core/metrics/MetricMath.h"

#include <QTest>

#include <cmath>

using namespace crmlens::metrics;

class tst_MetricMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestRank_data();
    void nearestRank();
    void nearestRankOfNothingIsEmpty();
    void median_data();
    void median();
    void ratiosOfZeroAreEmpty();
    void roundHalfUp_data();
    void roundHalfUp();
    void pValue_data();
    void pValue();
    void codePointOrder();
};

void tst_MetricMath::nearestRank_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("percent");
    QTest::addColumn<double>("expected");
    QTest::newRow("median of 4 is the 2nd") << QList<double>{40, 10, 30, 20} << 50 << 20.0;
    QTest::newRow("median of 5 is the 3rd") << QList<double>{5, 1, 4, 2, 3} << 50 << 3.0;
    QTest::newRow("median of 1") << QList<double>{7} << 50 << 7.0;
    QTest::newRow("p90 of 10 is the 9th") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 90 << 9.0;
    QTest::newRow("p90 of 11 is the 10th") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 90 << 10.0;
    // 0.9 × 70 in binary floating point is 63.000000000000007: ⌈⌉ would give rank 64.
    QList<double> seventy;
    for (int i = 1; i <= 70; ++i)
        seventy << i;
    QTest::newRow("p90 of 70 is the 63rd") << seventy << 90 << 63.0;
    QTest::newRow("ties") << QList<double>{3, 3, 3, 9} << 50 << 3.0;
}

void tst_MetricMath::nearestRank()
{
    QFETCH(QList<double>, values);
    QFETCH(int, percent);
    QFETCH(double, expected);
    std::vector<double> v(values.begin(), values.end());
    QCOMPARE(*math::nearestRank(v, percent, 100), expected);
}

void tst_MetricMath::nearestRankOfNothingIsEmpty()
{
    std::vector<double> none;
    QVERIFY(!math::nearestRank(none, 50, 100));
    QVERIFY(!math::median(none));
    QVERIFY(!math::mean(none));
}

void tst_MetricMath::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("odd") << QList<double>{9, 1, 5} << 5.0;
    QTest::newRow("even takes the mean of the middle two") << QList<double>{4, 1, 3, 2} << 2.5;
}

void tst_MetricMath::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    std::vector<double> v(values.begin(), values.end());
    QCOMPARE(*math::median(v), expected);
}

void tst_MetricMath::ratiosOfZeroAreEmpty()
{
    QVERIFY(!math::ratio(0, 0));
    QVERIFY(!math::percent(5, 0));
    QCOMPARE(*math::percent(0, 4), 0.0);
    QCOMPARE(*math::percent(1, 4), 25.0);
    QCOMPARE(*math::ratio(3, 2), 1.5);
}

void tst_MetricMath::roundHalfUp_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("69.5 goes up") << 69.5 << 70;
    QTest::newRow("70.5 goes up (not to even)") << 70.5 << 71;
    QTest::newRow("69.49 goes down") << 69.49 << 69;
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("100") << 100.0 << 100;
    // The double just below 69.5: what a sum of factors meaning 69.5 can come to in binary.
    QTest::newRow("one ulp below the half") << std::nextafter(69.5, 0.0) << 70;
    QTest::newRow("clearly below the half") << 69.4999999 << 69;
    QTest::newRow("factors of a half") << (30.0 * (1.0 - 0.5 / 30.0) + 40.0) << 70;
}

void tst_MetricMath::roundHalfUp()
{
    QFETCH(double, value);
    QFETCH(int, expected);
    QCOMPARE(math::roundHalfUp(value), expected);
}

void tst_MetricMath::pValue_data()
{
    QTest::addColumn<double>("s1");
    QTest::addColumn<double>("n1");
    QTest::addColumn<double>("s2");
    QTest::addColumn<double>("n2");
    QTest::addColumn<double>("expected"); // -1: no p-value
    // Pooled p = 0.15; se = sqrt(.15 × .85 × (1/100 + 1/100)) = 0.0504975; z = 0.1 / se = 1.98030;
    // two-sided p = erfc(1.98030 / √2) = 0.0476.
    QTest::newRow("20/100 vs 10/100") << 20.0 << 100.0 << 10.0 << 100.0 << 0.04767;
    QTest::newRow("equal rates") << 10.0 << 100.0 << 10.0 << 100.0 << 1.0;
    QTest::newRow("a group without trials") << 0.0 << 0.0 << 10.0 << 100.0 << -1.0;
    QTest::newRow("pooled rate 0") << 0.0 << 50.0 << 0.0 << 60.0 << -1.0;
    QTest::newRow("pooled rate 1") << 50.0 << 50.0 << 60.0 << 60.0 << -1.0;
}

void tst_MetricMath::pValue()
{
    QFETCH(double, s1);
    QFETCH(double, n1);
    QFETCH(double, s2);
    QFETCH(double, n2);
    QFETCH(double, expected);
    const auto p = math::twoProportionPValue(s1, n1, s2, n2);
    if (expected < 0) {
        QVERIFY(!p);
        return;
    }
    QVERIFY(p);
    QVERIFY2(std::fabs(*p - expected) < 5e-5, qPrintable(QString::number(*p, 'g', 10)));
}

void tst_MetricMath::codePointOrder()
{
    // U+1F600 (a surrogate pair in UTF-16) sorts after U+FFFD by code point, not before it.
    QVERIFY(math::codePointLess(QStringLiteral("\uFFFD"), QStringLiteral("😀")));
    QVERIFY(!math::codePointLess(QStringLiteral("😀"), QStringLiteral("\uFFFD")));
    QVERIFY(math::codePointLess(QStringLiteral("abc"), QStringLiteral("abd")));
    QVERIFY(math::codePointLess(QStringLiteral("ab"), QStringLiteral("abc")));
    QVERIFY(math::codePointLess(QStringLiteral("Zeta"), QStringLiteral("alpha"))); // case-sensitive
    QVERIFY(!math::codePointLess(QStringLiteral("same"), QStringLiteral("same")));
}

QTEST_GUILESS_MAIN(tst_MetricMath)
#include "tst_MetricMath.moc"
