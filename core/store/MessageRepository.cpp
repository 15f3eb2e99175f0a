#include "core/store/MessageRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/StoreErrors.h"
#include "core/store/SyncPassRepository.h"

namespace crmlens::store {

namespace {

// SQLite binds at most 32766 values per statement; 100 rows of 11 values is a page of the API.
constexpr int kRowsPerStatement = 100;
constexpr int kValuesPerRow = 11;

// Later statuses win; an unknown status (0) is always taken as-is.
QString statusRank(const QString& column)
{
    return QStringLiteral("(CASE %1 WHEN 'sent' THEN 1 WHEN 'received' THEN 1 WHEN 'delivered' THEN 2 "
                          "WHEN 'read' THEN 3 WHEN 'failed' THEN 3 ELSE 0 END)")
        .arg(column);
}

QString buildUpsertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO messages (message_id, chat_id, ts, direction, type, status, content, "
                                 "operator, campaign_id, first_seen_at, updated_at) VALUES ");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)");
    }
    const QString newRank = statusRank(QStringLiteral("excluded.status"));
    const QString oldRank = statusRank(QStringLiteral("messages.status"));
    const QString accept = QStringLiteral("(%1 = 0 OR %2 = 0 OR %1 >= %2)").arg(newRank, oldRank);
    sql += QStringLiteral(" ON CONFLICT (message_id) DO UPDATE SET ts = excluded.ts, direction = excluded.direction, "
                          "type = excluded.type, content = excluded.content, "
                          "status = CASE WHEN %1 THEN excluded.status ELSE messages.status END, "
                          "operator = coalesce(excluded.operator, messages.operator), "
                          "campaign_id = coalesce(excluded.campaign_id, messages.campaign_id), "
                          "updated_at = excluded.updated_at "
                          "WHERE messages.ts IS NOT excluded.ts OR messages.direction IS NOT excluded.direction "
                          "OR messages.type IS NOT excluded.type OR messages.content IS NOT excluded.content "
                          "OR (messages.status IS NOT excluded.status AND %1) "
                          "OR (excluded.operator IS NOT NULL AND messages.operator IS NOT excluded.operator) "
                          "OR (excluded.campaign_id IS NOT NULL AND messages.campaign_id IS NOT excluded.campaign_id)")
               .arg(accept);
    return sql;
}

const QString kChatStateUpsert = QStringLiteral(
    "INSERT INTO chat_sync_state (chat_id, newest_message_id, newest_message_at, oldest_message_at, history_complete, "
    "message_count, last_read_at, last_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (chat_id) DO UPDATE SET "
    "newest_message_id = CASE WHEN excluded.newest_message_at IS NOT NULL AND (chat_sync_state.newest_message_at IS "
    "NULL "
    "OR excluded.newest_message_at > chat_sync_state.newest_message_at OR (excluded.newest_message_at = "
    "chat_sync_state.newest_message_at AND excluded.newest_message_id > chat_sync_state.newest_message_id)) "
    "THEN excluded.newest_message_id ELSE chat_sync_state.newest_message_id END, "
    "newest_message_at = CASE WHEN excluded.newest_message_at IS NOT NULL AND (chat_sync_state.newest_message_at IS "
    "NULL "
    "OR excluded.newest_message_at > chat_sync_state.newest_message_at) THEN excluded.newest_message_at "
    "ELSE chat_sync_state.newest_message_at END, "
    "oldest_message_at = CASE WHEN chat_sync_state.oldest_message_at IS NULL THEN excluded.oldest_message_at "
    "WHEN excluded.oldest_message_at IS NULL THEN chat_sync_state.oldest_message_at "
    "ELSE min(chat_sync_state.oldest_message_at, excluded.oldest_message_at) END, "
    "history_complete = max(chat_sync_state.history_complete, excluded.history_complete), "
    "message_count = chat_sync_state.message_count + excluded.message_count, "
    "last_read_at = excluded.last_read_at, "
    "last_changed_at = coalesce(excluded.last_changed_at, chat_sync_state.last_changed_at)");

const QString kMessageColumns = QStringLiteral("message_id, chat_id, ts, direction, type, status, content, operator, "
                                               "campaign_id, first_seen_at, updated_at");

StoredMessage messageFromRow(const Statement& row)
{
    StoredMessage m;
    m.messageId = row.text(0);
    m.chatId = row.text(1);
    m.timestamp = row.time(2);
    m.direction = row.text(3);
    m.type = row.text(4);
    m.status = row.text(5);
    m.content = row.text(6);
    m.operatorName = row.text(7);
    m.campaignId = row.text(8);
    m.firstSeenAt = row.time(9);
    m.updatedAt = row.time(10);
    return m;
}

const QString kStateColumns = QStringLiteral("chat_id, newest_message_id, newest_message_at, oldest_message_at, "
                                             "history_complete, message_count, last_read_at, last_changed_at");

ChatSyncState stateFromRow(const Statement& row)
{
    ChatSyncState s;
    s.chatId = row.text(0);
    s.newestMessageId = row.text(1);
    s.newestMessageAt = row.time(2);
    s.oldestMessageAt = row.time(3);
    s.historyComplete = row.integer(4) != 0;
    s.messageCount = row.integer(5);
    s.lastReadAt = row.time(6);
    s.lastChangedAt = row.time(7);
    return s;
}

Result<qint64> maxMessageRowId(Database& db)
{
    auto query = db.statement(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("writing a messages page")); err.isError())
        return err;
    return query->next() ? query->integer(0) : 0;
}

} // namespace

const QString& MessageRepository::upsertSql(int rows)
{
    auto it = m_upsertSql.find(rows);
    if (it == m_upsertSql.end())
        it = m_upsertSql.insert(rows, buildUpsertSql(rows));
    return it.value();
}

Result<PageWriteResult> MessageRepository::writeMessagesPage(const QString& chatId, const QList<api::Message>& messages,
                                                             const MessagesPageContext& context)
{
    if (chatId.isEmpty())
        return invalidArgumentError(QStringLiteral("A messages page needs its chat id."));
    const QString endpoint = QStringLiteral("/crm/chat/%1/messages").arg(chatId);
    QList<const api::Message*> usable;
    usable.reserve(messages.size());
    QList<SkippedEntry> skipped = context.progress.skipped;
    for (const api::Message& m : messages) {
        if (m.messageId.isEmpty())
            skipped << SkippedEntry{endpoint, QStringLiteral("message"), QString(), QStringLiteral("no message_id")};
        else if (!m.timestamp.isValid())
            skipped << SkippedEntry{endpoint, QStringLiteral("message"), m.messageId,
                                    QStringLiteral("no usable timestamp")};
        else
            usable << &m;
    }

    PageWriteResult result;
    const QString what = QStringLiteral("writing a messages page");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        if (context.passId > 0) {
            if (auto start = SyncPassRepository::openPassStart(m_db, context.passId, kMessagesPass); !start)
                return start.error();
        }
        const QDateTime now = m_db.now();
        auto before = maxMessageRowId(m_db);
        if (!before)
            return before.error();

        int changedRows = 0;
        for (qsizetype offset = 0; offset < usable.size(); offset += kRowsPerStatement) {
            const int rows = int(std::min<qsizetype>(kRowsPerStatement, usable.size() - offset));
            auto upsert = m_db.statement(upsertSql(rows));
            if (!upsert)
                return upsert.error();
            for (int i = 0; i < rows; ++i) {
                const api::Message& m = *usable[offset + i];
                upsert->bind(m.messageId)
                    .bind(chatId)
                    .bind(m.timestamp.toMSecsSinceEpoch())
                    .bind(textOrEmpty(m.direction))
                    .bind(trimmedOrNull(m.type))
                    .bind(trimmedOrNull(m.status))
                    .bind(m.content)
                    .bind(trimmedOrNull(m.operatorName))
                    .bind(trimmedOrNull(m.campaignId))
                    .bind(now)
                    .bind(now);
            }
            if (Error e = upsert->exec(what); e.isError())
                return e;
            changedRows += upsert->rowsAffected();
        }

        auto after = maxMessageRowId(m_db);
        if (!after)
            return after.error();
        // Rowids only grow and nothing else writes inside this transaction: the new ones are inserts.
        result.inserted = int(after.value() - before.value());
        result.updated = changedRows - result.inserted;
        result.unchanged = int(usable.size()) - changedRows;
        result.skipped = int(skipped.size());

        const api::Message* newest = nullptr;
        QDateTime oldestAt;
        for (const api::Message* m : usable) {
            if (!newest || m->timestamp > newest->timestamp ||
                (m->timestamp == newest->timestamp && m->messageId > newest->messageId))
                newest = m;
            if (!oldestAt.isValid() || m->timestamp < oldestAt)
                oldestAt = m->timestamp;
        }
        auto state = m_db.statement(kChatStateUpsert);
        if (!state)
            return state.error();
        state->bind(chatId)
            .bind(newest ? newest->messageId : QString())
            .bind(newest ? newest->timestamp : QDateTime())
            .bind(oldestAt)
            .bind(qint64(context.reachedOldest ? 1 : 0))
            .bind(qint64(result.inserted))
            .bind(now)
            .bind(changedRows > 0 ? now : QDateTime());
        if (Error e = state->exec(what); e.isError())
            return e;

        const qint64 passId = context.passId;
        if (Error e = detail::writePageProgress(m_db, context.progress.checkpoint, skipped, passId, now); e.isError())
            return e;
        if (passId > 0)
            return SyncPassRepository::addPageCounts(m_db, passId, int(messages.size()), result, now);
        return {};
    });
    if (err.isError())
        return err;
    return result;
}

Result<std::optional<StoredMessage>> MessageRepository::message(const QString& messageId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kMessageColumns +
                                QStringLiteral(" FROM messages WHERE message_id = ?"));
    if (!query)
        return query.error();
    query->bind(messageId);
    if (Error err = query->exec(QStringLiteral("reading a message")); err.isError())
        return err;
    if (!query->next())
        return std::optional<StoredMessage>();
    return std::optional<StoredMessage>(messageFromRow(query.value()));
}

Result<QList<StoredMessage>> MessageRepository::messagesOfChat(const QString& chatId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kMessageColumns +
                                QStringLiteral(" FROM messages WHERE chat_id = ? ORDER BY ts, message_id"));
    if (!query)
        return query.error();
    query->bind(chatId);
    if (Error err = query->exec(QStringLiteral("reading a chat's messages")); err.isError())
        return err;
    QList<StoredMessage> list;
    while (query->next())
        list << messageFromRow(query.value());
    return list;
}

Result<QSet<QString>> MessageRepository::knownMessageIds(const QString& chatId)
{
    auto query = m_db.statement(QStringLiteral("SELECT message_id FROM messages WHERE chat_id = ?"));
    if (!query)
        return query.error();
    query->bind(chatId);
    if (Error err = query->exec(QStringLiteral("reading known message ids")); err.isError())
        return err;
    QSet<QString> ids;
    while (query->next())
        ids.insert(query->text(0));
    return ids;
}

Result<std::optional<ChatSyncState>> MessageRepository::chatState(const QString& chatId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kStateColumns +
                                QStringLiteral(" FROM chat_sync_state WHERE chat_id = ?"));
    if (!query)
        return query.error();
    query->bind(chatId);
    if (Error err = query->exec(QStringLiteral("reading a chat's sync state")); err.isError())
        return err;
    if (!query->next())
        return std::optional<ChatSyncState>();
    return std::optional<ChatSyncState>(stateFromRow(query.value()));
}

Result<QList<ChatSyncState>> MessageRepository::chatsByLastActivity(int limit)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kStateColumns +
                                QStringLiteral(" FROM chat_sync_state WHERE newest_message_at IS NOT NULL "
                                               "ORDER BY newest_message_at DESC, chat_id LIMIT ?"));
    if (!query)
        return query.error();
    query->bind(qint64(limit));
    if (Error err = query->exec(QStringLiteral("reading chats by activity")); err.isError())
        return err;
    QList<ChatSyncState> list;
    while (query->next())
        list << stateFromRow(query.value());
    return list;
}

Result<QStringList> MessageRepository::chatsNeverRead(int limit)
{
    auto query = m_db.statement(
        QStringLiteral("SELECT c.chat_id FROM contacts c LEFT JOIN chat_sync_state s ON s.chat_id = c.chat_id "
                       "WHERE c.deleted_at IS NULL AND s.last_read_at IS NULL "
                       "ORDER BY coalesce(c.created_at, c.first_seen_at) DESC, c.chat_id LIMIT ?"));
    if (!query)
        return query.error();
    query->bind(qint64(limit));
    if (Error err = query->exec(QStringLiteral("reading unread chats")); err.isError())
        return err;
    QStringList chats;
    while (query->next())
        chats << query->text(0);
    return chats;
}

Result<QStringList> MessageRepository::chatsChangedSince(const QDateTime& since)
{
    auto query = m_db.statement(QStringLiteral("SELECT chat_id FROM chat_sync_state WHERE last_changed_at >= ? "
                                               "ORDER BY last_changed_at, chat_id"));
    if (!query)
        return query.error();
    query->bind(since);
    if (Error err = query->exec(QStringLiteral("reading changed chats")); err.isError())
        return err;
    QStringList chats;
    while (query->next())
        chats << query->text(0);
    return chats;
}

} // namespace crmlens::store
