#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crmlens::store {

class Database;

// Where the sync got to. Stored in the same transaction as the rows it covers, so after a crash
// the checkpoint never claims a page whose rows are missing, and never misses one that landed.
struct Checkpoint
{
    QString key;   // e.g. "contacts.pass.12.page"; empty: the write carries no checkpoint
    QString value; // opaque to the store
};

// A record the sync could not use, logged with the page it came from.
struct SkippedEntry
{
    QString endpoint; // "/crm/chat", "/crm/chat/{id}/messages", "/crm/campaign", ...
    QString kind;     // "contact", "message", "campaign", ...
    QString remoteId; // empty when the record had no usable id
    QString reason;   // plain words

    static SkippedEntry fromApi(const api::SkippedRecord& record, const QString& endpoint)
    {
        return {endpoint, record.kind, record.id, record.reason};
    }
};

// What every page write carries besides its rows.
struct PageProgress
{
    Checkpoint checkpoint;
    QList<SkippedEntry> skipped;
};

// What a page write did, for the pass counters and the sync's decisions (a messages page with
// fewer inserts than rows has reached messages the store already knew).
struct PageWriteResult
{
    int inserted = 0;
    int updated = 0;   // existing rows whose stored values changed
    int unchanged = 0; // existing rows the page repeated as they were
    int skipped = 0;   // records left out (progress.skipped plus those the store could not use)
    int historyRecorded = 0;
    int restored = 0; // contacts listed again after having been taken as deleted
};

namespace detail {

// Inside an open transaction: the checkpoint and the skipped log of one page.
Error writePageProgress(Database& db, const Checkpoint& checkpoint, const QList<SkippedEntry>& skipped, qint64 passId,
                        const QDateTime& now);

} // namespace detail

} // namespace crmlens::store
