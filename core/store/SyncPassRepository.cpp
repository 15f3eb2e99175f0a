#include "core/store/SyncPassRepository.h"

#include "core/store/Database.h"
#include "core/store/StoreErrors.h"

namespace crmlens::store {

namespace {

const QString kColumns = QStringLiteral("id, kind, started_at, finished_at, last_page_at, complete, pages, records, "
                                        "inserted, updated, skipped, deleted");

SyncPass passFromRow(const Statement& row)
{
    SyncPass p;
    p.id = row.integer(0);
    p.kind = row.text(1);
    p.startedAt = row.time(2);
    p.finishedAt = row.time(3);
    p.lastPageAt = row.time(4);
    p.complete = row.integer(5) != 0;
    p.pages = row.integer(6);
    p.records = row.integer(7);
    p.inserted = row.integer(8);
    p.updated = row.integer(9);
    p.skipped = row.integer(10);
    p.deleted = row.integer(11);
    return p;
}

Error endPass(Database& db, qint64 id, bool complete)
{
    const QString what = complete ? QStringLiteral("finishing a sync pass") : QStringLiteral("abandoning a sync pass");
    return db.inTransaction(what, [&]() -> Error {
        auto check = db.statement(QStringLiteral("SELECT kind, finished_at FROM sync_passes WHERE id = ?"));
        if (!check)
            return check.error();
        check->bind(id);
        if (Error err = check->exec(what); err.isError())
            return err;
        if (!check->next())
            return invalidArgumentError(QStringLiteral("There is no sync pass %1.").arg(id));
        if (!check->isNull(1))
            return invalidArgumentError(QStringLiteral("Sync pass %1 has already ended.").arg(id));
        if (complete && check->text(0) == kContactsPass)
            return invalidArgumentError(QStringLiteral("A contacts pass completes through deletion detection "
                                                       "(completeContactPass), not finishPass."));
        auto update = db.statement(QStringLiteral("UPDATE sync_passes SET finished_at = ?, complete = ? WHERE id = ?"));
        if (!update)
            return update.error();
        update->bind(db.now()).bind(qint64(complete ? 1 : 0)).bind(id);
        return update->exec(what);
    });
}

} // namespace

Result<SyncPass> SyncPassRepository::beginPass(const QString& kind)
{
    if (kind.isEmpty())
        return invalidArgumentError(QStringLiteral("A sync pass needs a kind."));
    SyncPass created;
    const QString what = QStringLiteral("starting a %1 pass").arg(kind);
    Error err = m_db.inTransaction(what, [&]() -> Error {
        auto open = m_db.statement(QStringLiteral("SELECT id FROM sync_passes WHERE kind = ? AND finished_at IS NULL"));
        if (!open)
            return open.error();
        open->bind(kind);
        if (Error e = open->exec(what); e.isError())
            return e;
        if (open->next())
            return invalidArgumentError(QStringLiteral("A %1 pass (%2) is still open: resume or abandon it first.")
                                            .arg(kind)
                                            .arg(open->integer(0)));
        auto insert = m_db.statement(QStringLiteral("INSERT INTO sync_passes (kind, started_at) VALUES (?, ?)"));
        if (!insert)
            return insert.error();
        created.kind = kind;
        created.startedAt = m_db.now();
        insert->bind(kind).bind(created.startedAt);
        if (Error e = insert->exec(what); e.isError())
            return e;
        created.id = insert->lastInsertId();
        return {};
    });
    if (err.isError())
        return err;
    return created;
}

Result<std::optional<SyncPass>> SyncPassRepository::selectOne(const QString& whereAndOrder, const QVariantList& values)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sync_passes ") +
                                whereAndOrder + QStringLiteral(" LIMIT 1"));
    if (!query)
        return query.error();
    for (const QVariant& v : values)
        query->bind(v);
    if (Error err = query->exec(QStringLiteral("reading sync passes")); err.isError())
        return err;
    if (!query->next())
        return std::optional<SyncPass>();
    return std::optional<SyncPass>(passFromRow(query.value()));
}

Result<std::optional<SyncPass>> SyncPassRepository::openPass(const QString& kind)
{
    return selectOne(QStringLiteral("WHERE kind = ? AND finished_at IS NULL ORDER BY id DESC"), {kind});
}

Result<std::optional<SyncPass>> SyncPassRepository::pass(qint64 id)
{
    return selectOne(QStringLiteral("WHERE id = ?"), {id});
}

Result<std::optional<SyncPass>> SyncPassRepository::firstCompletePass(const QString& kind)
{
    return selectOne(QStringLiteral("WHERE kind = ? AND complete = 1 ORDER BY started_at, id"), {kind});
}

Result<std::optional<SyncPass>> SyncPassRepository::lastCompletePass(const QString& kind)
{
    return selectOne(QStringLiteral("WHERE kind = ? AND complete = 1 ORDER BY started_at DESC, id DESC"), {kind});
}

Result<QList<SyncPass>> SyncPassRepository::recentPasses(int limit)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM sync_passes ORDER BY id DESC LIMIT ?"));
    if (!query)
        return query.error();
    query->bind(qint64(limit));
    if (Error err = query->exec(QStringLiteral("reading sync passes")); err.isError())
        return err;
    QList<SyncPass> passes;
    while (query->next())
        passes << passFromRow(query.value());
    return passes;
}

Error SyncPassRepository::finishPass(qint64 id)
{
    return endPass(m_db, id, true);
}

Error SyncPassRepository::abandonPass(qint64 id)
{
    return endPass(m_db, id, false);
}

Result<QDateTime> SyncPassRepository::openPassStart(Database& db, qint64 id, const QString& kind)
{
    auto query = db.statement(QStringLiteral("SELECT kind, started_at, finished_at FROM sync_passes WHERE id = ?"));
    if (!query)
        return query.error();
    query->bind(id);
    if (Error err = query->exec(QStringLiteral("reading a sync pass")); err.isError())
        return err;
    if (!query->next())
        return invalidArgumentError(QStringLiteral("There is no sync pass %1.").arg(id));
    if (query->text(0) != kind)
        return invalidArgumentError(
            QStringLiteral("Sync pass %1 is a %2 pass, not a %3 pass.").arg(id).arg(query->text(0), kind));
    if (!query->isNull(2))
        return invalidArgumentError(QStringLiteral("Sync pass %1 has already ended.").arg(id));
    return query->time(1);
}

Error SyncPassRepository::addPageCounts(Database& db, qint64 id, int records, const PageWriteResult& result,
                                        const QDateTime& now)
{
    auto update = db.statement(QStringLiteral("UPDATE sync_passes SET pages = pages + 1, records = records + ?, "
                                              "inserted = inserted + ?, updated = updated + ?, skipped = skipped + ?, "
                                              "last_page_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(qint64(records))
        .bind(qint64(result.inserted))
        .bind(qint64(result.updated))
        .bind(qint64(result.skipped))
        .bind(now)
        .bind(id);
    return update->exec(QStringLiteral("counting a sync page"));
}

} // namespace crmlens::store
