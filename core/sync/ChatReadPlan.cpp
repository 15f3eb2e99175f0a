#include "core/sync/ChatReadPlan.h"

#include <QStringList>

namespace crmlens::sync {

QString ChatReadPlan::encode() const
{
    QStringList parts;
    parts << QStringLiteral("r=%1").arg(round);
    if (done) {
        parts << QStringLiteral("done=1");
        return parts.join(QLatin1Char(';'));
    }
    if (firstRead)
        parts << QStringLiteral("first=1");
    parts << QStringLiteral("next=%1").arg(nextPage);
    if (until.isValid())
        parts << QStringLiteral("until=%1").arg(until.toMSecsSinceEpoch());
    return parts.join(QLatin1Char(';'));
}

std::optional<ChatReadPlan> ChatReadPlan::decode(const QString& text)
{
    ChatReadPlan plan;
    bool sawRound = false;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QString key = part.left(eq);
        bool ok = false;
        const qint64 number = part.mid(eq + 1).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (key == QLatin1String("r")) {
            plan.round = number;
            sawRound = true;
        } else if (key == QLatin1String("done")) {
            plan.done = number != 0;
        } else if (key == QLatin1String("first")) {
            plan.firstRead = number != 0;
        } else if (key == QLatin1String("next")) {
            if (number < 1 || number > 1000000)
                return std::nullopt;
            plan.nextPage = int(number);
        } else if (key == QLatin1String("until")) {
            plan.until = QDateTime::fromMSecsSinceEpoch(number, Qt::UTC);
        }
        // Unknown keys come from a newer version: ignored, the rest still holds.
    }
    if (!sawRound)
        return std::nullopt;
    return plan;
}

QString ChatReadPlan::checkpointPrefix()
{
    return QStringLiteral("messages.chat.");
}

QString ChatReadPlan::checkpointKey(const QString& chatId)
{
    return checkpointPrefix() + chatId;
}

bool isLastPage(const MessagesPageFacts& facts)
{
    if (facts.items < facts.limit)
        return true;
    return facts.total >= 0 && qint64(facts.page) * facts.limit >= facts.total;
}

bool needsNextPage(const ChatReadPlan& plan, const MessagesPageFacts& facts)
{
    if (isLastPage(facts))
        return false;
    if (plan.firstRead)
        return true;
    // A full page whose records were all unreadable says nothing about time: read on.
    if (!facts.oldestOnPage.isValid())
        return true;
    return !plan.until.isValid() || facts.oldestOnPage > plan.until;
}

QDateTime incrementalUntil(const QDateTime& newestKnownAt, const QDateTime& oldestPendingAt, qint64 settleSecs)
{
    QDateTime until = newestKnownAt.isValid() ? newestKnownAt.addSecs(-settleSecs) : QDateTime();
    if (oldestPendingAt.isValid() && (!until.isValid() || oldestPendingAt < until))
        until = oldestPendingAt;
    return until;
}

} // namespace crmlens::sync
