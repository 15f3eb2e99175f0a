#include "core/metrics/KeywordTokenizer.h"

#include <QTest>

using namespace crmlens::metrics;

class tst_KeywordTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void stopWordListsHoldTheRequiredWords_data();
    void stopWordListsHoldTheRequiredWords();
    void everyLanguageShipsARealList_data();
    void everyLanguageShipsARealList();
    void unknownLanguageHasNoList();
};

void tst_KeywordTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain words, case folded")
        << QStringLiteral("Where is my REFUND?") << QStringList{QStringLiteral("where"), QStringLiteral("refund")};
    QTest::newRow("short words dropped") << QStringLiteral("hi ok yes no") << QStringList{QStringLiteral("yes")};
    QTest::newRow("digits and punctuation split") << QStringLiteral("order#A123bcd, delivery-time")
                                                  << QStringList{QStringLiteral("order"), QStringLiteral("bcd"),
                                                                 QStringLiteral("delivery"), QStringLiteral("time")};
    QTest::newRow("apostrophe splits") << QStringLiteral("don't can't")
                                       << QStringList{QStringLiteral("don"), QStringLiteral("can")};
    QTest::newRow("accents kept, no folding")
        << QStringLiteral("Café CRÈME cafe")
        << QStringList{QStringLiteral("café"), QStringLiteral("crème"), QStringLiteral("cafe")};
    // "e" + U+0301 (combining acute) is brought to NFC "é": one token, the same as the precomposed one.
    QTest::newRow("combining mark composed by NFC")
        << QStringLiteral("cafe\u0301 na\u0303o") << QStringList{QStringLiteral("café"), QStringLiteral("não")};
    // A combining mark without a precomposed form stays inside the token (category M).
    QTest::newRow("combining mark kept inside the token")
        << QStringLiteral("q\u0307ab x\u0323y") << QStringList{QStringLiteral("q\u0307ab"), QStringLiteral("x\u0323y")};
    QTest::newRow("arabic") << QStringLiteral("مرحبا، أين طلبي؟ لا")
                            << QStringList{QStringLiteral("مرحبا"), QStringLiteral("أين"), QStringLiteral("طلبي")};
    // Devanagari vowel signs and the virama are marks (Mc/Mn): they stay in the word.
    QTest::newRow("devanagari") << QStringLiteral("नमस्ते, मेरा ऑर्डर कहाँ है?")
                                << QStringList{QStringLiteral("नमस्ते"), QStringLiteral("मेरा"), QStringLiteral("ऑर्डर"),
                                               QStringLiteral("कहाँ")};
    QTest::newRow("swahili") << QStringLiteral("Habari, nataka kujua bei")
                             << QStringList{QStringLiteral("habari"), QStringLiteral("nataka"), QStringLiteral("kujua"),
                                            QStringLiteral("bei")};
    QTest::newRow("emoji separates") << QStringLiteral("great😀service")
                                     << QStringList{QStringLiteral("great"), QStringLiteral("service")};
    // Letters beyond the BMP count as one code point each.
    QTest::newRow("supplementary letters") << QStringLiteral("𝒜𝒷𝒸 𝒜𝒷") << QStringList{QStringLiteral("𝒜𝒷𝒸")};
    QTest::newRow("german sharp s lower") << QStringLiteral("STRAẞE") << QStringList{QStringLiteral("straße")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("only separators") << QStringLiteral(" ,.!? 123 ") << QStringList{};
}

void tst_KeywordTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(KeywordTokenizer::tokens(text), expected);
}

void tst_KeywordTokenizer::stopWordListsHoldTheRequiredWords_data()
{
    QTest::addColumn<QString>("word");
    for (const char* w : {"the",  "and",  "was", "what", "any", "for", "with", "when", "this", "you", "que",
                          "para", "como", "los", "las",  "del", "uma", "por",  "kwa",  "yang", "dan"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void tst_KeywordTokenizer::stopWordListsHoldTheRequiredWords()
{
    QFETCH(QString, word);
    QVERIFY(StopWords::all().contains(word));
}

void tst_KeywordTokenizer::everyLanguageShipsARealList_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sample");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("with");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("para");
    QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("você");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("être");
    QTest::newRow("sw") << QStringLiteral("sw") << QStringLiteral("kwa");
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("yang");
}

void tst_KeywordTokenizer::everyLanguageShipsARealList()
{
    QFETCH(QString, language);
    QFETCH(QString, sample);
    const QSet<QString> words = StopWords::forLanguage(language);
    QVERIFY2(words.size() >= 40, qPrintable(QString::number(words.size())));
    QVERIFY(words.contains(KeywordTokenizer::normalize(sample)));
    QVERIFY(!words.contains(QStringLiteral("refund")));
    QVERIFY(!words.contains(QString())); // comments and blank lines are not words
}

void tst_KeywordTokenizer::unknownLanguageHasNoList()
{
    QVERIFY(StopWords::forLanguage(QStringLiteral("xx")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeywordTokenizer)
#include "tst_KeywordTokenizer.moc"
