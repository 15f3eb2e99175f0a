#include "core/store/StoreStats.h"

#include "core/store/Database.h"

namespace crmlens::store {

Result<TableCounts> StoreStats::counts()
{
    // Table names are constants of this file, never input: the statements are fixed strings.
    auto query = m_db.statement(QStringLiteral("SELECT (SELECT count(*) FROM contacts), "
                                               "(SELECT count(*) FROM contacts WHERE deleted_at IS NULL), "
                                               "(SELECT count(*) FROM contact_history), "
                                               "(SELECT count(*) FROM contact_custom_fields), "
                                               "(SELECT count(*) FROM custom_field_definitions), "
                                               "(SELECT count(*) FROM operators), "
                                               "(SELECT count(*) FROM campaigns), "
                                               "(SELECT count(*) FROM campaign_reports), "
                                               "(SELECT count(*) FROM messages), "
                                               "(SELECT count(*) FROM chat_sync_state WHERE last_read_at IS NOT NULL), "
                                               "(SELECT count(*) FROM sync_passes), "
                                               "(SELECT count(*) FROM checkpoints), "
                                               "(SELECT count(*) FROM skipped_records)"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("counting the store's rows")); err.isError())
        return err;
    TableCounts c;
    if (!query->next())
        return c;
    c.contacts = query->integer(0);
    c.aliveContacts = query->integer(1);
    c.deletedContacts = c.contacts - c.aliveContacts;
    c.contactChanges = query->integer(2);
    c.customFieldValues = query->integer(3);
    c.customFieldDefinitions = query->integer(4);
    c.operators = query->integer(5);
    c.campaigns = query->integer(6);
    c.campaignReports = query->integer(7);
    c.messages = query->integer(8);
    c.chatsRead = query->integer(9);
    c.syncPasses = query->integer(10);
    c.checkpoints = query->integer(11);
    c.skippedRecords = query->integer(12);
    return c;
}

Result<QList<Freshness>> StoreStats::freshness()
{
    auto query = m_db.statement(
        QStringLiteral("SELECT kind, max(last_page_at), "
                       "(SELECT p.started_at FROM sync_passes p WHERE p.kind = s.kind AND p.complete = 1 "
                       " ORDER BY p.started_at DESC, p.id DESC LIMIT 1), "
                       "(SELECT p.finished_at FROM sync_passes p WHERE p.kind = s.kind AND p.complete = 1 "
                       " ORDER BY p.started_at DESC, p.id DESC LIMIT 1), "
                       "(SELECT p.started_at FROM sync_passes p WHERE p.kind = s.kind AND p.finished_at IS NULL "
                       " ORDER BY p.id DESC LIMIT 1) "
                       "FROM sync_passes s GROUP BY kind ORDER BY kind"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading freshness")); err.isError())
        return err;
    QList<Freshness> list;
    while (query->next())
        list << Freshness{query->text(0), query->time(1), query->time(2), query->time(3), query->time(4)};
    return list;
}

Result<QDateTime> StoreStats::messagesReadAt()
{
    auto query = m_db.statement(QStringLiteral("SELECT max(last_read_at) FROM chat_sync_state"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading freshness")); err.isError())
        return err;
    return query->next() ? query->time(0) : QDateTime();
}

} // namespace crmlens::store
