#pragma once

#include "core/sync/SyncTypes.h"

#include <QElapsedTimer>

namespace crmlens::cli {

// Sync progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
// otherwise (logs, CI), so piped output stays readable.
class SyncProgressPrinter
{
public:
    SyncProgressPrinter();
    void show(const sync::SyncProgress& progress);
    void warning(const QString& message);
    // Ends the bar's line before anything else is printed.
    void finishLine();

private:
    QString describe(const sync::SyncProgress& progress) const;

    bool m_terminal = false;
    bool m_lineOpen = false;
    QElapsedTimer m_sinceLastLine;
};

void printSyncSummary(const sync::SyncSummary& summary);

} // namespace crmlens::cli
