#include "app/crmlens-cli/SyncProgressPrinter.h"

#include "app/crmlens-cli/CliSession.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace crmlens::cli {

namespace {

constexpr int kPlainLineIntervalMs = 5000;
constexpr int kBarWidth = 24;

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m%2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SyncProgressPrinter::SyncProgressPrinter() : m_terminal(isatty(fileno(stderr)) == 1)
{
}

QString SyncProgressPrinter::describe(const sync::SyncProgress& progress) const
{
    QString text = sync::syncPhaseName(progress.phase);
    if (!progress.what.isEmpty())
        text += QStringLiteral(": ") + progress.what;
    text += QCoreApplication::translate("cli", " · %1/%2 requests").arg(progress.done).arg(progress.total);
    if (progress.chatsTotal > 0)
        text += QCoreApplication::translate("cli", " · chats %1/%2").arg(progress.chatsDone).arg(progress.chatsTotal);
    text += QCoreApplication::translate("cli", " · %1 messages").arg(progress.messagesStored);
    if (progress.requestsLeftInBudget >= 0)
        text += QCoreApplication::translate("cli", " · %1 left this minute").arg(progress.requestsLeftInBudget);
    if (progress.etaSeconds >= 0)
        text += QCoreApplication::translate("cli", " · ETA %1").arg(durationText(progress.etaSeconds));
    return text;
}

void SyncProgressPrinter::show(const sync::SyncProgress& progress)
{
    QTextStream& err = standardError();
    if (m_terminal) {
        const double share = progress.total > 0 ? double(progress.done) / double(progress.total) : 0.0;
        const int filled = qBound(0, int(share * kBarWidth), kBarWidth);
        const QString bar = QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('-'));
        // \r and the erase-line sequence redraw the bar in place.
        err << "\r\x1b[2K[" << bar << "] " << QString::number(int(share * 100)).rightJustified(3) << "% "
            << describe(progress);
        err.flush();
        m_lineOpen = true;
        return;
    }
    if (m_sinceLastLine.isValid() && m_sinceLastLine.elapsed() < kPlainLineIntervalMs)
        return;
    m_sinceLastLine.start();
    err << describe(progress) << Qt::endl;
}

void SyncProgressPrinter::warning(const QString& message)
{
    finishLine();
    standardError() << QCoreApplication::translate("cli", "warning: %1").arg(message) << Qt::endl;
}

void SyncProgressPrinter::finishLine()
{
    if (!m_lineOpen)
        return;
    standardError() << Qt::endl;
    m_lineOpen = false;
}

void printSyncSummary(const sync::SyncSummary& summary)
{
    QTextStream& err = standardError();
    const auto line = [&err](const QString& label, const QString& value) {
        err << "  " << label.leftJustified(12) << value << '\n';
    };
    err << (summary.complete ? QCoreApplication::translate("cli", "Sync round %1 complete in %2.")
                             : summary.cancelled ? QCoreApplication::translate("cli", "Sync round %1 stopped after %2; "
                                                                                      "the next run continues from here.")
                                                 : QCoreApplication::translate("cli", "Sync round %1 ended after %2 with "
                                                                                      "parts left for the next run."))
               .arg(summary.round)
               .arg(durationText(qint64(summary.seconds)))
        << '\n';
    line(QCoreApplication::translate("cli", "contacts"),
         QCoreApplication::translate("cli", "%1 listed, %2 added, %3 changed, %4 deleted, %5 skipped")
             .arg(summary.contactsListed)
             .arg(summary.contactsAdded)
             .arg(summary.contactsChanged)
             .arg(summary.contactsDeleted)
             .arg(summary.contactsSkipped));
    line(QCoreApplication::translate("cli", "messages"),
         QCoreApplication::translate("cli", "%1 added, %2 updated, %3 skipped in %4 chats (%5 chats failed)")
             .arg(summary.messagesAdded)
             .arg(summary.messagesUpdated)
             .arg(summary.messagesSkipped)
             .arg(summary.chatsRead)
             .arg(summary.chatsFailed));
    line(QCoreApplication::translate("cli", "campaigns"),
         QCoreApplication::translate("cli", "%1 listed, %2 added, %3 changed, %4 reports")
             .arg(summary.campaigns)
             .arg(summary.campaignsAdded)
             .arg(summary.campaignsChanged)
             .arg(summary.reports));
    line(QCoreApplication::translate("cli", "requests"),
         QCoreApplication::translate("cli", "%1 sent, %2 answered 429, %3 retries, %4 timeouts, %5 failed")
             .arg(summary.requests)
             .arg(summary.rateLimited)
             .arg(summary.retries)
             .arg(summary.timeouts)
             .arg(summary.failedRequests));
    line(QCoreApplication::translate("cli", "skipped"),
         QCoreApplication::translate("cli", "%1 malformed records (see 'crmlens-cli status')").arg(summary.skipped));
    if (summary.deletionsHeld)
        line(QCoreApplication::translate("cli", "deletions"),
             QCoreApplication::translate("cli", "held back: the CRM listed far fewer contacts than before"));
    err.flush();
}

} // namespace crmlens::cli
