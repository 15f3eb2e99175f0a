#include "core/metrics/CountryResolver.h"

#include <QTest>

using namespace crmlens::metrics;

class tst_CountryResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void region_data();
    void region();
    void normalizedNumber_data();
    void normalizedNumber();
};

void tst_CountryResolver::region_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("region");
    QTest::newRow("Kenya with +") << QStringLiteral("+254712345678") << QStringLiteral("KE");
    QTest::newRow("Kenya without + and with spaces") << QStringLiteral("254 712 345 678") << QStringLiteral("KE");
    QTest::newRow("Nigeria with dashes") << QStringLiteral("+234-803-123-4567") << QStringLiteral("NG");
    QTest::newRow("Egypt") << QStringLiteral("+20 100 123 4567") << QStringLiteral("EG");
    // Calling code 1 is shared: the number's plan decides.
    QTest::newRow("+1 Canada (Winnipeg 204)") << QStringLiteral("+1 204 555 0123") << QStringLiteral("CA");
    QTest::newRow("+1 United States (New York 212)") << QStringLiteral("+1 212 555 0123") << QStringLiteral("US");
    // Calling code 7 is shared by Russia and Kazakhstan.
    QTest::newRow("+7 Kazakhstan") << QStringLiteral("+7 701 123 4567") << QStringLiteral("KZ");
    QTest::newRow("+7 Russia") << QStringLiteral("+7 912 345 6789") << QStringLiteral("RU");
    // Calling code 44 is shared by the UK and the Crown Dependencies: 07911 numbers are Guernsey's.
    QTest::newRow("+44 London") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("GB");
    QTest::newRow("+44 Guernsey mobile") << QStringLiteral("+44 7911 123456") << QStringLiteral("GG");
    QTest::newRow("not a number") << QStringLiteral("call me") << QStringLiteral("ZZ");
    QTest::newRow("empty") << QString() << QStringLiteral("ZZ");
    QTest::newRow("unassigned calling code") << QStringLiteral("+999 123456") << QStringLiteral("ZZ");
    QTest::newRow("too short for any plan") << QStringLiteral("+254 7") << QStringLiteral("ZZ");
}

void tst_CountryResolver::region()
{
    QFETCH(QString, number);
    QFETCH(QString, region);
    QCOMPARE(CountryResolver::regionOf(number), region);
}

void tst_CountryResolver::normalizedNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces and +") << QStringLiteral(" +254 712 345 678 ") << QStringLiteral("+254712345678");
    QTest::newRow("+ added") << QStringLiteral("254712345678") << QStringLiteral("+254712345678");
    QTest::newRow("punctuation dropped") << QStringLiteral("(254) 712-345.678") << QStringLiteral("+254712345678");
    QTest::newRow("Arabic-Indic digits read as digits")
        << QStringLiteral("+٢٥٤٧١٢٣٤٥٦٧٨") << QStringLiteral("+254712345678");
}

void tst_CountryResolver::normalizedNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    QCOMPARE(CountryResolver::normalizedNumber(number), expected);
}

QTEST_GUILESS_MAIN(tst_CountryResolver)
#include "tst_CountryResolver.moc"
