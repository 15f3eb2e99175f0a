#include "core/store/SyncPlanReader.h"

#include "core/store/Database.h"

namespace crmlens::store {

namespace {

// Statuses after which an outbound message's status no longer moves.
const QString kPendingStatuses = QStringLiteral("('sent', 'delivered')");

Result<QList<ContactRef>> contactRefs(Database& db, const QString& sql, qint64 passId, const QString& what)
{
    auto query = db.statement(sql);
    if (!query)
        return query.error();
    query->bind(passId);
    if (Error err = query->exec(what); err.isError())
        return err;
    QList<ContactRef> refs;
    while (query->next())
        refs << ContactRef{query->text(0), query->text(1)};
    return refs;
}

} // namespace

Result<QList<ChatPlanRow>> SyncPlanReader::livingChats(const QDateTime& pendingSince)
{
    auto query = m_db.statement(
        QStringLiteral("SELECT c.chat_id, c.whatsapp_number, c.status, c.operator, "
                       "coalesce(c.created_at, c.first_seen_at), c.custom_fields_seen, s.last_read_at, "
                       "s.newest_message_at, coalesce(s.history_complete, 0), p.oldest "
                       "FROM contacts c LEFT JOIN chat_sync_state s ON s.chat_id = c.chat_id "
                       "LEFT JOIN (SELECT chat_id, min(ts) AS oldest FROM messages WHERE direction = 'outbound' "
                       "AND status IN ") +
        kPendingStatuses +
        QStringLiteral(" AND ts >= ? GROUP BY chat_id) p ON p.chat_id = c.chat_id "
                       "WHERE c.deleted_at IS NULL ORDER BY c.chat_id"));
    if (!query)
        return query.error();
    query->bind(pendingSince);
    if (Error err = query->exec(QStringLiteral("reading the chats to sync")); err.isError())
        return err;
    QList<ChatPlanRow> rows;
    while (query->next()) {
        ChatPlanRow row;
        row.chatId = query->text(0);
        row.whatsappNumber = query->text(1);
        row.status = query->text(2);
        row.operatorName = query->text(3);
        row.createdAt = query->time(4);
        row.customFieldsSeen = query->integer(5) != 0;
        row.lastReadAt = query->time(6);
        row.newestMessageAt = query->time(7);
        row.historyComplete = query->integer(8) != 0;
        row.oldestPendingOutboundAt = query->time(9);
        rows << row;
    }
    return rows;
}

Result<QDateTime> SyncPlanReader::oldestPendingOutbound(const QString& chatId, const QDateTime& since)
{
    auto query = m_db.statement(QStringLiteral("SELECT min(ts) FROM messages WHERE chat_id = ? AND ts >= ? "
                                               "AND direction = 'outbound' AND status IN ") +
                                kPendingStatuses);
    if (!query)
        return query.error();
    query->bind(chatId).bind(since);
    if (Error err = query->exec(QStringLiteral("reading a chat's pending messages")); err.isError())
        return err;
    return query->next() ? query->time(0) : QDateTime();
}

Result<QList<ContactRef>> SyncPlanReader::notListedInPass(qint64 passId)
{
    return contactRefs(m_db,
                       QStringLiteral("SELECT chat_id, whatsapp_number FROM contacts WHERE deleted_at IS NULL "
                                      "AND last_seen_pass_id <> ? ORDER BY chat_id"),
                       passId, QStringLiteral("reading contacts a pass did not list"));
}

Result<QList<ContactRef>> SyncPlanReader::listedWithoutCustomFields(qint64 passId)
{
    return contactRefs(m_db,
                       QStringLiteral("SELECT chat_id, whatsapp_number FROM contacts WHERE deleted_at IS NULL "
                                      "AND last_seen_pass_id = ? AND custom_fields_seen = 0 "
                                      "ORDER BY coalesce(created_at, first_seen_at) DESC, chat_id"),
                       passId, QStringLiteral("reading contacts without custom fields"));
}

Result<QSet<QString>> SyncPlanReader::changedInPass(qint64 passId)
{
    auto query = m_db.statement(QStringLiteral("SELECT DISTINCT chat_id FROM contact_history WHERE pass_id = ? "
                                               "AND field IN ('status', 'operator')"));
    if (!query)
        return query.error();
    query->bind(passId);
    if (Error err = query->exec(QStringLiteral("reading a pass's contact changes")); err.isError())
        return err;
    QSet<QString> chats;
    while (query->next())
        chats.insert(query->text(0));
    return chats;
}

} // namespace crmlens::store
