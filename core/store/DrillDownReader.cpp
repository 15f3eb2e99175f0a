#include "core/store/DrillDownReader.h"

#include "core/store/Database.h"

namespace crmlens::store {

namespace {

// Ids are bound in chunks of this many: few statements, and only two shapes for the cache.
constexpr qsizetype kIdsPerStatement = 200;

QString placeholders(qsizetype n)
{
    QString list;
    list.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        list += i ? QStringLiteral(",?") : QStringLiteral("?");
    return list;
}

} // namespace

Result<QHash<QString, DrillDownContactRow>> DrillDownReader::contactRows(const QStringList& chatIds)
{
    QHash<QString, DrillDownContactRow> rows;
    rows.reserve(chatIds.size());
    for (qsizetype offset = 0; offset < chatIds.size(); offset += kIdsPerStatement) {
        const qsizetype n = std::min(kIdsPerStatement, chatIds.size() - offset);
        // The chats of the chunk that have a contact, a sync state or both.
        const QString list = placeholders(n);
        auto query = m_db.statement(
            QStringLiteral("SELECT k.chat_id, c.name, s.newest_message_at FROM (SELECT chat_id FROM contacts WHERE "
                           "chat_id IN (") +
            list + QStringLiteral(") UNION SELECT chat_id FROM chat_sync_state WHERE chat_id IN (") + list +
            QStringLiteral(")) k LEFT JOIN contacts c ON c.chat_id = k.chat_id "
                           "LEFT JOIN chat_sync_state s ON s.chat_id = k.chat_id"));
        if (!query)
            return query.error();
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype i = 0; i < n; ++i)
                query->bind(chatIds[offset + i]);
        }
        if (Error err = query->exec(QStringLiteral("reading contacts for a drill-down")); err.isError())
            return err;
        while (query->next()) {
            DrillDownContactRow row;
            row.chatId = query->text(0);
            row.name = query->text(1);
            row.newestMessageMs = query->isNull(2) ? 0 : query->integer(2);
            rows.insert(row.chatId, row);
        }
    }
    return rows;
}

Result<QList<DerivationMessage>> DrillDownReader::messagesBetween(const QString& chatId, qint64 fromMs, qint64 toMs)
{
    auto query = m_db.statement(
        QStringLiteral("SELECT message_id, ts, direction, type, status, content, operator, campaign_id FROM messages "
                       "WHERE chat_id = ? AND ts >= ? AND ts <= ? ORDER BY ts, message_id"));
    if (!query)
        return query.error();
    query->bind(chatId).bind(fromMs).bind(toMs);
    if (Error err = query->exec(QStringLiteral("reading messages for a drill-down")); err.isError())
        return err;
    QList<DerivationMessage> list;
    while (query->next()) {
        DerivationMessage m;
        m.messageId = query->text(0);
        m.tsMs = query->integer(1);
        m.direction = query->text(2);
        m.type = query->text(3);
        m.status = query->text(4);
        m.content = query->text(5);
        m.operatorName = query->text(6);
        m.campaignId = query->text(7);
        list << m;
    }
    return list;
}

} // namespace crmlens::store
