#include "core/sync/PassProgress.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace crmlens::sync {

int PassProgress::pagesKnown() const
{
    if (m_total >= 0)
        return int(std::max<qint64>(1, (m_total + m_pageSize - 1) / m_pageSize));
    if (m_shortPage > 0)
        return m_shortPage;
    int highest = 0;
    for (const int page : m_stored)
        highest = std::max(highest, page);
    return highest + 1;
}

bool PassProgress::isComplete() const
{
    if (m_total < 0 && m_shortPage == 0)
        return false;
    const int pages = pagesKnown();
    for (int page = 1; page <= pages; ++page) {
        if (!m_stored.contains(page))
            return false;
    }
    return true;
}

QString PassProgress::encode() const
{
    QList<int> pages(m_stored.begin(), m_stored.end());
    std::sort(pages.begin(), pages.end());
    QStringList ranges;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1)
            ++j;
        ranges << (i == j ? QString::number(pages[i]) : QStringLiteral("%1-%2").arg(pages[i]).arg(pages[j]));
        i = j + 1;
    }
    QStringList parts;
    parts << QStringLiteral("size=%1").arg(m_pageSize) << QStringLiteral("total=%1").arg(m_total);
    if (m_shortPage > 0)
        parts << QStringLiteral("short=%1").arg(m_shortPage);
    parts << QStringLiteral("pages=") + ranges.join(QLatin1Char(','));
    return parts.join(QLatin1Char(';'));
}

std::optional<PassProgress> PassProgress::decode(const QString& text)
{
    PassProgress progress;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        bool ok = true;
        if (key == QLatin1String("size")) {
            progress.m_pageSize = value.toInt(&ok);
            ok = ok && progress.m_pageSize > 0;
        } else if (key == QLatin1String("total")) {
            progress.m_total = value.toLongLong(&ok);
        } else if (key == QLatin1String("short")) {
            progress.m_shortPage = value.toInt(&ok);
        } else if (key == QLatin1String("pages")) {
            for (const QString& range : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList ends = range.split(QLatin1Char('-'));
                bool okFrom = false;
                bool okTo = false;
                const int from = ends.value(0).toInt(&okFrom);
                const int to = ends.size() == 2 ? ends.value(1).toInt(&okTo) : from;
                if (!okFrom || (ends.size() == 2 && !okTo) || ends.size() > 2 || from < 1 || to < from ||
                    to - from > 1000000)
                    return std::nullopt;
                for (int page = from; page <= to; ++page)
                    progress.m_stored.insert(page);
            }
        }
        if (!ok)
            return std::nullopt;
    }
    return progress;
}

} // namespace crmlens::sync
