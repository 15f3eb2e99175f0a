#include "core/metrics/KeywordTokenizer.h"

#include <QFile>
#include <QStringView>

// Resources of a static library are only registered when something asks for them.
static void initStopWordResources()
{
    Q_INIT_RESOURCE(stopwords);
}

namespace crmlens::metrics {

namespace {

bool isWordCodePoint(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

QString KeywordTokenizer::normalize(const QString& word)
{
    return word.toLower().normalized(QString::NormalizationForm_C);
}

QStringList KeywordTokenizer::tokens(const QString& text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    const QString normalized = normalize(text);
    const qsizetype n = normalized.size();
    const QChar* data = normalized.constData();
    qsizetype runStart = -1;
    int runCodePoints = 0;
    auto close = [&](qsizetype end) {
        if (runStart >= 0 && runCodePoints >= kMinimumLength)
            out << QString(data + runStart, end - runStart);
        runStart = -1;
        runCodePoints = 0;
    };
    for (qsizetype i = 0; i < n;) {
        char32_t cp = data[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(data[i], data[i + 1]);
            width = 2;
        }
        if (isWordCodePoint(cp)) {
            if (runStart < 0)
                runStart = i;
            ++runCodePoints;
        } else {
            close(i);
        }
        i += width;
    }
    close(n);
    return out;
}

QStringList StopWords::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"),
            QStringLiteral("fr"), QStringLiteral("sw"), QStringLiteral("id")};
}

QSet<QString> StopWords::forLanguage(const QString& language)
{
    initStopWordResources();
    QSet<QString> words;
    QFile file(QStringLiteral(":/stopwords/") + language + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return words;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            words.insert(KeywordTokenizer::normalize(line.toString()));
    }
    return words;
}

const QSet<QString>& StopWords::all()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString& language : languages())
            set.unite(forLanguage(language));
        return set;
    }();
    return words;
}

} // namespace crmlens::metrics
