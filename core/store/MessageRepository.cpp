#include "core/store/MessageRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/StoreErrors.h"
#include "core/store/SyncPassRepository.h"

namespace crmlens::store {

namespace {

// A page is one statement: its rows come as a VALUES list joined with the values every row shares
// (chat and write time), so a 100-message page binds 602 values, not 1,100. Pages of tenants that
// send no operator or campaign id (the [live] API) bind those columns as constants. Values are
// bound by name: QtSql formats a name for every value bound by position.
constexpr int kRowsPerStatement = 100;

// Later statuses win; an unknown status (0) is always taken as-is.
QString statusRank(const QString& column)
{
    return QStringLiteral("(CASE %1 WHEN 'sent' THEN 1 WHEN 'received' THEN 1 WHEN 'delivered' THEN 2 "
                          "WHEN 'read' THEN 3 WHEN 'failed' THEN 3 ELSE 0 END)")
        .arg(column);
}

// Text for the bulk statement travels as UTF-8 bytes cast back to TEXT in SQL: the store is UTF-8,
// and QtSql would hand SQLite UTF-16 that SQLite converts value by value. Null stays NULL.
QVariant utf8(const QString& text)
{
    return text.isNull() ? QVariant() : QVariant(text.toUtf8());
}

QString buildUpsertSql(int rows, int columns, QStringList& placeholders)
{
    const bool withAttribution = columns == 8;
    placeholders = {QStringLiteral(":chat"), QStringLiteral(":now")};
    QString sql = QStringLiteral("INSERT INTO messages (message_id, chat_id, ts, direction, type, status, content, "
                                 "operator, campaign_id, first_seen_at, updated_at) "
                                 "SELECT CAST(v.column1 AS TEXT), p.chat, v.column2, CAST(v.column3 AS TEXT), "
                                 "CAST(v.column4 AS TEXT), CAST(v.column5 AS TEXT), CAST(v.column6 AS TEXT), %1, "
                                 "p.now, p.now FROM (SELECT CAST(:chat AS TEXT) AS chat, :now AS now) AS p, (VALUES ")
                      .arg(withAttribution ? QStringLiteral("CAST(v.column7 AS TEXT), CAST(v.column8 AS TEXT)")
                                           : QStringLiteral("NULL, NULL"));
    for (int i = 0; i < rows; ++i) {
        sql += i > 0 ? QStringLiteral(",(") : QStringLiteral("(");
        for (int c = 0; c < columns; ++c) {
            const QString name = QStringLiteral(":r%1_%2").arg(i).arg(c);
            if (c > 0)
                sql += QLatin1Char(',');
            sql += name;
            placeholders << name;
        }
        sql += QLatin1Char(')');
    }
    const QString newRank = statusRank(QStringLiteral("excluded.status"));
    const QString oldRank = statusRank(QStringLiteral("messages.status"));
    const QString accept = QStringLiteral("(%1 = 0 OR %2 = 0 OR %1 >= %2)").arg(newRank, oldRank);
    // "WHERE true" keeps the parser from reading ON CONFLICT as a join constraint.
    sql += QStringLiteral(") AS v WHERE true ON CONFLICT (chat_id, message_id) DO UPDATE SET ts = excluded.ts, "
                          "direction = excluded.direction, type = coalesce(excluded.type, messages.type), "
                          "content = coalesce(excluded.content, messages.content), "
                          "status = CASE WHEN %1 THEN excluded.status ELSE messages.status END, "
                          "operator = coalesce(excluded.operator, messages.operator), "
                          "campaign_id = coalesce(excluded.campaign_id, messages.campaign_id), "
                          "updated_at = excluded.updated_at "
                          "WHERE messages.ts IS NOT excluded.ts OR messages.direction IS NOT excluded.direction "
                          "OR (excluded.type IS NOT NULL AND messages.type IS NOT excluded.type) "
                          "OR (excluded.content IS NOT NULL AND messages.content IS NOT excluded.content) "
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

const MessageRepository::UpsertShape& MessageRepository::upsertShape(int rows, bool withAttribution)
{
    const int key = withAttribution ? -rows : rows;
    auto it = m_upsertShapes.find(key);
    if (it == m_upsertShapes.end()) {
        UpsertShape shape;
        shape.sql = buildUpsertSql(rows, withAttribution ? 8 : 6, shape.placeholders);
        it = m_upsertShapes.insert(key, shape);
    }
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
            bool withAttribution = false;
            for (int i = 0; i < rows && !withAttribution; ++i) {
                const api::Message& m = *usable[offset + i];
                withAttribution = !trimmedOrNull(m.operatorName).isNull() || !trimmedOrNull(m.campaignId).isNull();
            }
            const UpsertShape& shape = upsertShape(rows, withAttribution);
            auto upsert = m_db.statement(shape.sql);
            if (!upsert)
                return upsert.error();
            const QString* name = shape.placeholders.constData();
            auto bindNext = [&](const QVariant& value) { upsert->bindNamed(*name++, value); };
            bindNext(utf8(chatId));
            bindNext(now.toMSecsSinceEpoch());
            for (int i = 0; i < rows; ++i) {
                const api::Message& m = *usable[offset + i];
                bindNext(utf8(m.messageId));
                bindNext(m.timestamp.toMSecsSinceEpoch());
                bindNext(utf8(textOrEmpty(m.direction)));
                bindNext(utf8(trimmedOrNull(m.type)));
                bindNext(utf8(trimmedOrNull(m.status)));
                bindNext(utf8(m.content));
                if (withAttribution) {
                    bindNext(utf8(trimmedOrNull(m.operatorName)));
                    bindNext(utf8(trimmedOrNull(m.campaignId)));
                }
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

Result<bool> MessageRepository::applyStatus(const QString& chatId, const QString& messageId, const QString& status)
{
    const QString newStatus = trimmedOrNull(status);
    if (newStatus.isNull())
        return invalidArgumentError(QStringLiteral("A status update needs a status."));
    bool applied = false;
    const QString what = QStringLiteral("applying a message status");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        auto update = m_db.statement(
            QStringLiteral("UPDATE messages SET status = :status, updated_at = :now WHERE chat_id = :chat AND "
                           "message_id = :id AND status IS NOT :status AND (%1 = 0 OR %2 = 0 OR %1 >= %2)")
                .arg(statusRank(QStringLiteral(":status")), statusRank(QStringLiteral("status"))));
        if (!update)
            return update.error();
        const QDateTime now = m_db.now();
        update->bindNamed(QStringLiteral(":status"), newStatus)
            .bindNamed(QStringLiteral(":now"), now.toMSecsSinceEpoch())
            .bindNamed(QStringLiteral(":chat"), chatId)
            .bindNamed(QStringLiteral(":id"), messageId);
        if (Error e = update->exec(what); e.isError())
            return e;
        applied = update->rowsAffected() > 0;
        if (!applied)
            return {};
        auto state = m_db.statement(QStringLiteral("UPDATE chat_sync_state SET last_changed_at = ? WHERE chat_id = ?"));
        if (!state)
            return state.error();
        state->bind(now).bind(chatId);
        return state->exec(what);
    });
    if (err.isError())
        return err;
    return applied;
}

Result<std::optional<StoredMessage>> MessageRepository::message(const QString& chatId, const QString& messageId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kMessageColumns +
                                QStringLiteral(" FROM messages WHERE chat_id = ? AND message_id = ?"));
    if (!query)
        return query.error();
    query->bind(chatId).bind(messageId);
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
