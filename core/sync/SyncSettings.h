#pragma once

#include <QtGlobal>

// How the sync spends its requests and how often each part of the CRM is read again. Defaults
// follow crm-api.md: contacts and campaigns have no change feed, so they are re-read in complete
// passes; messages show up 30-60 s after they happen and their status moves for days;
// custom field definitions hardly ever change.
namespace crmlens::sync {

struct SyncSettings
{
    // --- paging (the CRM caps limit at 100) ---
    int contactsPageSize = 100;
    int campaignsPageSize = 100;
    int messagesPageSize = 100;

    // --- cadence in watch mode: a part is read again once this much time has passed ---
    qint64 contactsIntervalSecs = 15 * 60;      // complete contacts pass (new, changed, deleted)
    qint64 campaignsIntervalSecs = 15 * 60;     // campaign list
    qint64 reportsIntervalSecs = 5 * 60;        // reports of running campaigns
    qint64 messagesIntervalSecs = 5 * 60;       // watch rounds start at most this often (a round reads every chat)
    qint64 definitionsIntervalSecs = 24 * 3600; // custom field definitions (also in single rounds)
    // Per-chat custom fields (only for tenants whose contact list leaves them out) are read again
    // when a contact's status or operator changed, or after this long.
    qint64 chatFieldsRefreshSecs = 24 * 3600;

    // --- messages ---
    // New messages can surface up to a minute late with an older timestamp: an incremental read
    // goes this far below the newest message it already knew before it stops.
    qint64 messageSettleSecs = 10 * 60;
    // Outbound messages still "sent" or "delivered" and younger than this are re-read until their
    // status settles (delivered -> read); older ones are left as they are.
    qint64 statusWindowSecs = 7 * 24 * 3600;
    // A chat whose newest message is younger than this counts as active for the planner.
    qint64 activeChatSecs = 48 * 3600;

    // --- campaigns ---
    // Reads and replies keep arriving after a campaign completes: its report is polled again on
    // every round until this long after it started sending, then once more when it is final.
    qint64 reportSettleSecs = 7 * 24 * 3600;

    // --- safety ---
    // A complete pass may delete at most this share of the living contacts (or minDeletionAllowance
    // contacts, whichever is more); beyond that the CRM probably answered a partial list, so the
    // pass warns and deletes nothing.
    double maxDeletedShare = 0.10;
    int minDeletionAllowance = 25;
    // A page whose records could not all be read is fetched again this many times before its
    // readable part is stored and the rest logged as skipped (the damage is often transient).
    int damagedPageRefetches = 2;
    // An interrupted pass younger than this is continued; an older one is closed and redone.
    qint64 maxResumeAgeSecs = 6 * 3600;

    // --- pipeline ---
    // Requests the engine keeps queued or in flight in the client, so its pacer always has the
    // next request ready the moment the rate limit allows it.
    int pipelineDepth = 8;
    int progressIntervalMs = 250; // progress signals are coalesced to at most one per interval
};

} // namespace crmlens::sync
