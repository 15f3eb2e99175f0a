#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace crmlens::metrics {

// Keyword tokens as METRICS.md defines them: the text is lower-cased (full Unicode case
// mapping) and brought to NFC; a token is a maximal run of code points of the Unicode categories
// L (letters) and M (marks) — so accents, Arabic and Devanagari vowel signs stay inside words — and
// counts when it holds at least 3 code points. No accent folding: "café" and "cafe" differ.
class KeywordTokenizer
{
public:
    static constexpr int kMinimumLength = 3;

    // Every token of the text, in order, stop words included (they are dropped when counting, so
    // a change of the stop-word lists needs no new derivation).
    static QStringList tokens(const QString& text);
    // The form a word is compared in: lower-cased, NFC.
    static QString normalize(const QString& word);
};

// The stop-word lists shipped in resources/stopwords (English, Spanish, Portuguese, French,
// Swahili, Indonesian), one word per line, '#' starts a comment.
class StopWords
{
public:
    static QStringList languages();
    // The words of one list, normalized; empty for an unknown language.
    static QSet<QString> forLanguage(const QString& language);
    // The union of every shipped list (loaded once, thread-safe).
    static const QSet<QString>& all();
};

} // namespace crmlens::metrics
