#include "core/store/PageProgress.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

namespace crmlens::store::detail {

Error writePageProgress(Database& db, const Checkpoint& checkpoint, const QList<SkippedEntry>& skipped, qint64 passId,
                        const QDateTime& now)
{
    const QString what = QStringLiteral("saving the sync progress");
    if (!skipped.isEmpty()) {
        auto insert = db.statement(QStringLiteral("INSERT INTO skipped_records (at, endpoint, kind, remote_id, "
                                                  "reason, pass_id) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        for (const SkippedEntry& entry : skipped) {
            insert->bind(now)
                .bind(textOrEmpty(entry.endpoint))
                .bind(textOrEmpty(entry.kind))
                .bind(entry.remoteId.isEmpty() ? QString() : entry.remoteId)
                .bind(textOrEmpty(entry.reason));
            if (passId > 0)
                insert->bind(passId);
            else
                insert->bindNull();
            if (Error err = insert->exec(what); err.isError())
                return err;
        }
    }
    if (!checkpoint.key.isEmpty()) {
        auto upsert = db.statement(QStringLiteral("INSERT INTO checkpoints (key, value, updated_at) VALUES (?, ?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                                  "updated_at = excluded.updated_at"));
        if (!upsert)
            return upsert.error();
        upsert->bind(checkpoint.key).bind(textOrEmpty(checkpoint.value)).bind(now);
        if (Error err = upsert->exec(what); err.isError())
            return err;
    }
    return {};
}

} // namespace crmlens::store::detail
