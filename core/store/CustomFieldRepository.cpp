#include "core/store/CustomFieldRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSet>

namespace crmlens::store {

Result<PageWriteResult> CustomFieldRepository::writeDefinitions(const QList<api::CustomFieldDefinition>& definitions,
                                                                const PageProgress& progress)
{
    PageWriteResult result;
    const QString what = QStringLiteral("writing custom field definitions");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        const QDateTime now = m_db.now();
        QList<SkippedEntry> skipped = progress.skipped;
        auto exists = m_db.statement(QStringLiteral("SELECT 1 FROM custom_field_definitions WHERE field_id = ?"));
        if (!exists)
            return exists.error();
        auto upsert = m_db.statement(QStringLiteral(
            "INSERT INTO custom_field_definitions (field_id, name, type, required, first_seen_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (field_id) DO UPDATE SET name = excluded.name, type = "
            "excluded.type, "
            "required = excluded.required, last_seen_at = excluded.last_seen_at, removed_at = NULL"));
        if (!upsert)
            return upsert.error();
        auto rename = m_db.statement(QStringLiteral("UPDATE OR IGNORE contact_custom_fields SET field_key = ? "
                                                    "WHERE field_key = ? AND field_key <> ?"));
        if (!rename)
            return rename.error();
        // A contact that already holds the named key keeps it; its stale copy under the id goes.
        auto dropStale = m_db.statement(QStringLiteral("DELETE FROM contact_custom_fields WHERE field_key = ? "
                                                       "AND field_key <> ?"));
        if (!dropStale)
            return dropStale.error();

        auto renameHistory =
            m_db.statement(QStringLiteral("UPDATE contact_history SET field_key = ? WHERE "
                                          "field = 'custom_field' AND field_key = ? AND field_key <> ?"));
        if (!renameHistory)
            return renameHistory.error();

        QSet<QString> listed;
        for (const api::CustomFieldDefinition& d : definitions) {
            const QString id = d.id.trimmed();
            const QString name = d.name.trimmed();
            if (id.isEmpty() || name.isEmpty()) {
                skipped << SkippedEntry{QStringLiteral("/crm/setting/custom-field"), QStringLiteral("custom_field"), id,
                                        id.isEmpty() ? QStringLiteral("no custom_field_id")
                                                     : QStringLiteral("no name")};
                continue;
            }
            listed.insert(id);
            exists->bind(id);
            if (Error e = exists->exec(what); e.isError())
                return e;
            ++(exists->next() ? result.updated : result.inserted);
            upsert->bind(id)
                .bind(name)
                .bind(trimmedOrNull(d.type))
                .bind(qint64(d.required ? 1 : 0))
                .bind(now)
                .bind(now);
            if (Error e = upsert->exec(what); e.isError())
                return e;
            rename->bind(name).bind(id).bind(name);
            if (Error e = rename->exec(what); e.isError())
                return e;
            dropStale->bind(id).bind(name);
            if (Error e = dropStale->exec(what); e.isError())
                return e;
            renameHistory->bind(name).bind(id).bind(name);
            if (Error e = renameHistory->exec(what); e.isError())
                return e;
        }

        auto all =
            m_db.statement(QStringLiteral("SELECT field_id FROM custom_field_definitions WHERE removed_at IS NULL"));
        if (!all)
            return all.error();
        if (Error e = all->exec(what); e.isError())
            return e;
        QStringList gone;
        while (all->next()) {
            if (!listed.contains(all->text(0)))
                gone << all->text(0);
        }
        auto remove = m_db.statement(QStringLiteral("UPDATE custom_field_definitions SET removed_at = ? "
                                                    "WHERE field_id = ?"));
        if (!remove)
            return remove.error();
        for (const QString& id : gone) {
            remove->bind(now).bind(id);
            if (Error e = remove->exec(what); e.isError())
                return e;
        }
        result.skipped = int(skipped.size());
        return detail::writePageProgress(m_db, progress.checkpoint, skipped, 0, now);
    });
    if (err.isError())
        return err;
    return result;
}

Result<QList<StoredFieldDefinition>> CustomFieldRepository::definitions()
{
    auto query = m_db.statement(QStringLiteral("SELECT field_id, name, type, required, first_seen_at, last_seen_at, "
                                               "removed_at FROM custom_field_definitions ORDER BY name, field_id"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading custom field definitions")); err.isError())
        return err;
    QList<StoredFieldDefinition> list;
    while (query->next())
        list << StoredFieldDefinition{query->text(0), query->text(1), query->text(2), query->integer(3) != 0,
                                      query->time(4), query->time(5), query->time(6)};
    return list;
}

} // namespace crmlens::store
