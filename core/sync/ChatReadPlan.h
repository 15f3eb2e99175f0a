#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// How one chat's messages are read, and the checkpoint that lets a restarted sync continue the
// read where it stopped. The messages endpoint has no time filter: a chat is read newest first,
// page by page, and the plan decides after every page whether the next one is needed.
//   - First read (the chat's history is not complete yet): every page, to the oldest message.
//     An interrupted first read resumes at the page after the last one stored, in any later
//     round (pages only shift towards higher numbers as messages arrive, so nothing is skipped).
//   - Incremental read: from page 1 until a page reaches `until` - the newest message known
//     before the read, less a settle margin for late messages, or the oldest outbound message
//     whose status may still move, whichever is older.
namespace crmlens::sync {

struct ChatReadPlan
{
    qint64 round = 0;  // the messages pass (round) this plan belongs to
    bool done = false; // the chat was read completely in `round`
    bool firstRead = false;
    int nextPage = 1;
    QDateTime until; // incremental reads: stop once a page reaches this time

    // Checkpoint text, e.g. "r=12;first=1;next=4" or "r=12;done=1"; stable across versions.
    QString encode() const;
    static std::optional<ChatReadPlan> decode(const QString& text);

    static QString checkpointKey(const QString& chatId);
    static QString checkpointPrefix();
};

// What a stored page showed, for the decision to read the next one.
struct MessagesPageFacts
{
    int page = 1;
    int limit = 100;
    int items = 0;          // records on the page (readable or not)
    qint64 total = -1;      // pagination total; -1 when the CRM did not say
    QDateTime oldestOnPage; // invalid when the page held no readable message
};

// Whether the page was the chat's last one: fewer records than asked for, or the pagination
// total says nothing lies beyond it.
bool isLastPage(const MessagesPageFacts& facts);

// Whether the plan needs the page after `facts`.
bool needsNextPage(const ChatReadPlan& plan, const MessagesPageFacts& facts);

// The `until` of an incremental read.
// newestKnownAt: the newest message stored; oldestPendingAt: the oldest recent outbound message
// whose status may still move (invalid when none).
QDateTime incrementalUntil(const QDateTime& newestKnownAt, const QDateTime& oldestPendingAt, qint64 settleSecs);

} // namespace crmlens::sync
