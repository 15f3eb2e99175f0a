#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QMetaType>
#include <QSet>
#include <QString>

// The value types that cross from the sync thread to its callers (CLI, GUI) in queued signals.
// Everything here is copyable and registered with the meta-type system (registerSyncMetaTypes).
namespace crmlens::sync {

// How a sync is run. One round reads everything that is due once; `watch` repeats rounds.
struct SyncOptions
{
    // Repeat rounds until cancel(): each round after the first waits for the next due part of the
    // cadence (SyncSettings) and reads only what is due.
    bool watch = false;
    // Rounds to run in watch mode before finishing on its own; 0 = until cancel().
    int maxRounds = 0;
    // The plan's requests per minute handed to the client's pacer; 0 = leave the client as it is
    // (its configured limit, or the limit it learns from the CRM's headers).
    int rateLimitPerMinute = 0;
};

// What the user is looking at: the sync reads these first and sends their requests ahead of the
// queue. An empty focus means "no preference".
struct SyncFocus
{
    enum class Kind {
        None,
        Contacts,  // contact pages and per-chat custom fields
        Messages,  // (no structural effect; named for callers that want to say so)
        Campaigns, // campaign pages and reports
    };
    QSet<QString> chatIds;
    Kind kind = Kind::None;

    bool isEmpty() const { return chatIds.isEmpty() && kind == Kind::None; }
};

enum class SyncPhase {
    Idle,
    Starting,    // opening passes, reading what the store knows
    Definitions, // custom field definitions
    Contacts,    // the complete contacts pass (pages, per-chat custom fields, deletion checks)
    Campaigns,   // campaign pages and reports
    Messages,    // messages chat by chat
    Finishing,   // closing passes
    Waiting,     // watch mode: between rounds
};

QString syncPhaseName(SyncPhase phase);

struct SyncProgress
{
    SyncPhase phase = SyncPhase::Idle;
    QString what; // plain words: what is being read now
    int round = 0;

    // Work of this round in requests: `done` answered, `total` = done + the planner's estimate of
    // what is left (it grows as contacts pages reveal chats and chats reveal long histories).
    qint64 done = 0;
    qint64 total = 0;

    qint64 contactPagesDone = 0;
    qint64 contactPagesTotal = 0; // 0 until the first page told the total
    qint64 chatsDone = 0;
    qint64 chatsTotal = 0;
    qint64 messagesStored = 0; // added in this round

    qint64 requestsSent = 0;       // this round, retries included
    int requestsLeftInBudget = -1; // in the CRM's current rate-limit window; -1 unknown or unlimited
    double ratePerMinute = 0;      // the pace the client holds now; 0 = unlimited
    qint64 etaSeconds = -1;        // -1 unknown

    // The store does not hold a complete copy yet: no complete contacts pass, or chats whose
    // messages were never read. Views built now must say that their figures are partial.
    bool partialData = true;
};

// What one round did.
struct SyncSummary
{
    int round = 0;
    bool complete = false;  // every part of the round finished: the store matches the CRM as of its start
    bool cancelled = false; // cancel() stopped it; checkpoints let the next start continue

    qint64 contactsListed = 0;
    qint64 contactsAdded = 0;
    qint64 contactsChanged = 0;
    qint64 contactsDeleted = 0; // by the complete pass and by NOT_FOUND answers
    qint64 contactsRestored = 0;
    qint64 contactsSkipped = 0; // malformed contact records
    bool contactsPassComplete = false;
    bool deletionsHeld = false; // the pass completed but the safety rules kept it from deleting
    qint64 chatCustomFieldsRead = 0;
    qint64 customFieldDefinitions = 0; // definitions read this round (0 when not due)

    qint64 chatsRead = 0;
    qint64 chatsFailed = 0; // stay unread for the next round
    qint64 messagesAdded = 0;
    qint64 messagesUpdated = 0; // status upgrades and other changes
    qint64 messagesSkipped = 0;

    qint64 campaigns = 0; // listed
    qint64 campaignsAdded = 0;
    qint64 campaignsChanged = 0;
    qint64 campaignsSkipped = 0;
    qint64 reports = 0; // report snapshots stored

    qint64 skipped = 0; // every malformed record of the round (contacts, messages, campaigns)

    qint64 requests = 0; // attempts sent, retries included
    qint64 rateLimited = 0;
    qint64 retries = 0;
    qint64 timeouts = 0;
    qint64 failedRequests = 0; // calls that still failed after the client's retries
    double seconds = 0;

    QDateTime startedAt;
    QDateTime finishedAt;
};

// Registers the types above (and crmlens::Error) for queued connections. Idempotent.
void registerSyncMetaTypes();

} // namespace crmlens::sync

Q_DECLARE_METATYPE(crmlens::sync::SyncOptions)
Q_DECLARE_METATYPE(crmlens::sync::SyncFocus)
Q_DECLARE_METATYPE(crmlens::sync::SyncProgress)
Q_DECLARE_METATYPE(crmlens::sync::SyncSummary)
