#include "core/store/DerivedFactsRepository.h"

#include "core/store/Database.h"
#include "core/store/DerivedBulkQuery.h"
#include "core/store/SqlValues.h"

namespace crmlens::store {

namespace {

const QString kMessageColumns =
    QStringLiteral("message_id, ts, direction, type, status, content, operator, campaign_id");

DerivationMessage messageFromRow(const Statement& row, int first)
{
    DerivationMessage m;
    m.messageId = row.text(first);
    m.tsMs = row.integer(first + 1);
    m.direction = row.text(first + 2);
    m.type = row.text(first + 3);
    m.status = row.text(first + 4);
    m.content = row.text(first + 5);
    m.operatorName = row.text(first + 6);
    m.campaignId = row.text(first + 7);
    return m;
}

ChatSource sourceFromRow(const Statement& row)
{
    ChatSource s;
    s.chatId = row.text(0);
    if (!row.isNull(1))
        s.changedAtMs = row.integer(1);
    s.messageCount = row.integer(2);
    return s;
}

// Statements over a list of ids bind them in chunks of this many: few round trips, and only a
// couple of statement shapes for the cache (full chunks and the remainder).
constexpr qsizetype kIdsPerStatement = 200;

QString placeholders(qsizetype n)
{
    QString list;
    list.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        list += i ? QStringLiteral(",?") : QStringLiteral("?");
    return list;
}

// Appends the rows of (chat_id, message columns…) to `chats`, grouped by chat.
Error collectChats(DerivedBulkQuery& query, QList<QPair<QString, QList<DerivationMessage>>>& chats)
{
    for (;;) {
        auto row = query.next();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        const QString chatId = query.text(0);
        if (chats.isEmpty() || chats.last().first != chatId)
            chats.append({chatId, {}});
        DerivationMessage m;
        m.messageId = query.text(1);
        m.tsMs = query.integer(2);
        m.direction = query.text(3);
        m.type = query.text(4);
        m.status = query.text(5);
        m.content = query.text(6);
        m.operatorName = query.text(7);
        m.campaignId = query.text(8);
        chats.last().second << std::move(m);
    }
}

Result<QList<ChatSource>> collectSources(Statement& query, const QString& what)
{
    if (Error err = query.exec(what); err.isError())
        return err;
    QList<ChatSource> list;
    while (query.next())
        list << sourceFromRow(query);
    return list;
}

} // namespace

Result<QList<ChatSource>> DerivedFactsRepository::staleChats(int format, std::optional<qint64> changedSinceMs)
{
    const QString what = QStringLiteral("finding chats whose derived facts are stale");
    const QString stale =
        QStringLiteral("(d.chat_id IS NULL AND s.message_count > 0) OR (d.chat_id IS NOT NULL AND (d.format <> ? OR "
                       "s.last_changed_at IS NOT d.source_changed_at OR s.message_count <> d.message_count))");
    const QString sql =
        QStringLiteral("SELECT s.chat_id, s.last_changed_at, s.message_count FROM chat_sync_state s "
                       "LEFT JOIN derived_chat_facts d ON d.chat_id = s.chat_id WHERE ") +
        (changedSinceMs ? QStringLiteral("s.last_changed_at >= ? AND (") + stale + QStringLiteral(")") : stale) +
        QStringLiteral(" ORDER BY s.chat_id");
    auto query = m_db.statement(sql);
    if (!query)
        return query.error();
    if (changedSinceMs)
        query->bind(*changedSinceMs);
    query->bind(qint64(format));
    return collectSources(query.value(), what);
}

Result<QList<ChatSource>> DerivedFactsRepository::chatSources(const QStringList& chatIds)
{
    const QString what = QStringLiteral("reading chats' sync state");
    QList<ChatSource> list;
    list.reserve(chatIds.size());
    for (qsizetype offset = 0; offset < chatIds.size(); offset += kIdsPerStatement) {
        const qsizetype n = std::min(kIdsPerStatement, chatIds.size() - offset);
        auto query = m_db.statement(
            QStringLiteral("SELECT chat_id, last_changed_at, message_count FROM chat_sync_state WHERE chat_id IN (") +
            placeholders(n) + QStringLiteral(") ORDER BY chat_id"));
        if (!query)
            return query.error();
        for (qsizetype i = 0; i < n; ++i)
            query->bind(chatIds[offset + i]);
        auto chunk = collectSources(query.value(), what);
        if (!chunk)
            return chunk.error();
        list << chunk.value();
    }
    return list;
}

Result<QList<QPair<QString, QList<DerivationMessage>>>>
DerivedFactsRepository::messagesOfChats(const QStringList& chatIds)
{
    QList<QPair<QString, QList<DerivationMessage>>> chats;
    for (qsizetype offset = 0; offset < chatIds.size(); offset += kIdsPerStatement) {
        const qsizetype n = std::min(kIdsPerStatement, chatIds.size() - offset);
        auto query =
            DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT chat_id, ") + kMessageColumns +
                                                QStringLiteral(" FROM messages WHERE chat_id IN (") + placeholders(n) +
                                                QStringLiteral(") ORDER BY chat_id, ts, message_id"));
        if (!query)
            return query.error();
        for (qsizetype i = 0; i < n; ++i)
            query->bind(int(i + 1), chatIds[offset + i]);
        if (Error err = collectChats(query.value(), chats); err.isError())
            return err;
    }
    return chats;
}

Result<std::optional<qint64>> DerivedFactsRepository::newestChange()
{
    auto query = m_db.statement(QStringLiteral("SELECT max(last_changed_at) FROM chat_sync_state"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading chats' sync state")); err.isError())
        return err;
    if (!query->next() || query->isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(query->integer(0));
}

Result<QList<ChatSource>> DerivedFactsRepository::allChatSources()
{
    auto query = m_db.statement(
        QStringLiteral("SELECT chat_id, last_changed_at, message_count FROM chat_sync_state ORDER BY chat_id"));
    if (!query)
        return query.error();
    return collectSources(query.value(), QStringLiteral("reading chats' sync state"));
}

Result<QList<DerivationMessage>> DerivedFactsRepository::messagesOf(const QString& chatId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kMessageColumns +
                                QStringLiteral(" FROM messages WHERE chat_id = ? ORDER BY ts, message_id"));
    if (!query)
        return query.error();
    query->bind(chatId);
    if (Error err = query->exec(QStringLiteral("reading a chat's messages")); err.isError())
        return err;
    QList<DerivationMessage> list;
    while (query->next())
        list << messageFromRow(query.value(), 0);
    return list;
}

Result<QList<QPair<QString, QList<DerivationMessage>>>>
DerivedFactsRepository::messagesOfChatRange(const QString& first, const QString& last)
{
    auto query = DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT chat_id, ") + kMessageColumns +
                                                     QStringLiteral(" FROM messages WHERE chat_id >= ? AND "
                                                                    "chat_id <= ? ORDER BY chat_id, ts, message_id"));
    if (!query)
        return query.error();
    query->bind(1, first).bind(2, last);
    QList<QPair<QString, QList<DerivationMessage>>> chats;
    if (Error err = collectChats(query.value(), chats); err.isError())
        return err;
    return chats;
}

Result<QHash<QString, qint64>> DerivedFactsRepository::tokenIds(const QSet<QString>& tokens)
{
    const QString what = QStringLiteral("recording keyword tokens");
    QHash<QString, qint64> ids;
    ids.reserve(tokens.size());
    const QStringList wanted(tokens.begin(), tokens.end());
    for (qsizetype offset = 0; offset < wanted.size(); offset += kIdsPerStatement) {
        const qsizetype n = std::min(kIdsPerStatement, wanted.size() - offset);
        auto select = m_db.statement(QStringLiteral("SELECT id, token FROM derived_tokens WHERE token IN (") +
                                     placeholders(n) + QStringLiteral(")"));
        if (!select)
            return select.error();
        for (qsizetype i = 0; i < n; ++i)
            select->bind(wanted[offset + i]);
        if (Error err = select->exec(what); err.isError())
            return err;
        while (select->next())
            ids.insert(select->text(1), select->integer(0));
    }
    QList<QString> missing;
    for (const QString& token : wanted) {
        if (!ids.contains(token))
            missing << token;
    }
    if (missing.isEmpty())
        return ids;
    auto insert = m_db.statement(QStringLiteral("INSERT INTO derived_tokens (token) VALUES (?)"));
    if (!insert)
        return insert.error();
    for (const QString& token : missing) {
        insert->bind(token);
        if (Error err = insert->exec(what); err.isError())
            return err;
        ids.insert(token, insert->lastInsertId());
    }
    return ids;
}

Error DerivedFactsRepository::writeFacts(QList<ChatFactsRecord>& records, qint64 derivedAtMs)
{
    const QString what = QStringLiteral("writing derived facts");
    auto top = m_db.statement(QStringLiteral("SELECT coalesce(max(derived_seq), 0) FROM derived_chat_facts"));
    if (!top)
        return top.error();
    if (Error err = top->exec(what); err.isError())
        return err;
    qint64 seq = top->next() ? top->integer(0) : 0;
    auto upsert = m_db.statement(QStringLiteral(
        "INSERT INTO derived_chat_facts (chat_id, format, source_changed_at, message_count, derived_at, derived_seq, "
        "facts) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET format = excluded.format, "
        "source_changed_at = excluded.source_changed_at, message_count = excluded.message_count, "
        "derived_at = excluded.derived_at, derived_seq = excluded.derived_seq, facts = excluded.facts"));
    if (!upsert)
        return upsert.error();
    for (ChatFactsRecord& r : records) {
        r.derivedSeq = ++seq;
        upsert->bind(r.chatId).bind(qint64(r.format));
        if (r.sourceChangedAtMs)
            upsert->bind(*r.sourceChangedAtMs);
        else
            upsert->bindNull();
        upsert->bind(r.messageCount).bind(derivedAtMs).bind(r.derivedSeq).bind(QVariant(r.facts));
        if (Error err = upsert->exec(what); err.isError())
            return err;
    }
    return {};
}

Result<int> DerivedFactsRepository::autoCheckpointPages()
{
    auto query = m_db.statement(QStringLiteral("PRAGMA wal_autocheckpoint"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading the checkpoint setting")); err.isError())
        return err;
    return query->next() ? int(query->integer(0)) : 0;
}

Error DerivedFactsRepository::setAutoCheckpointPages(int pages)
{
    // PRAGMAs take no bound values; the number is formatted from an int.
    return m_db.execute(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(std::max(0, pages)),
                        QStringLiteral("changing the checkpoint setting"));
}

Error DerivedFactsRepository::deleteAllFacts()
{
    return m_db.execute(QStringLiteral("DELETE FROM derived_chat_facts"), QStringLiteral("clearing derived facts"));
}

Result<QList<ChatFactsRecord>> DerivedFactsRepository::factsAfter(qint64 derivedSeq)
{
    auto query = DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT chat_id, format, source_changed_at, "
                                                                "message_count, derived_seq, facts FROM "
                                                                "derived_chat_facts WHERE derived_seq > ? "
                                                                "ORDER BY derived_seq"));
    if (!query)
        return query.error();
    query->bind(1, derivedSeq);
    QList<ChatFactsRecord> list;
    for (;;) {
        auto row = query->next();
        if (!row)
            return row.error();
        if (!row.value())
            return list;
        ChatFactsRecord r;
        r.chatId = query->text(0);
        r.format = int(query->integer(1));
        if (!query->isNull(2))
            r.sourceChangedAtMs = query->integer(2);
        r.messageCount = query->integer(3);
        r.derivedSeq = query->integer(4);
        r.facts = query->blob(5);
        list << std::move(r);
    }
}

Result<qint64> DerivedFactsRepository::maxDerivedSeq()
{
    auto query = m_db.statement(QStringLiteral("SELECT coalesce(max(derived_seq), 0) FROM derived_chat_facts"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading derived facts")); err.isError())
        return err;
    return query->next() ? query->integer(0) : 0;
}

Result<QList<QPair<qint64, QString>>> DerivedFactsRepository::tokensAfter(qint64 id)
{
    auto query = m_db.statement(QStringLiteral("SELECT id, token FROM derived_tokens WHERE id > ? ORDER BY id"));
    if (!query)
        return query.error();
    query->bind(id);
    if (Error err = query->exec(QStringLiteral("reading keyword tokens")); err.isError())
        return err;
    QList<QPair<qint64, QString>> list;
    while (query->next())
        list.append({query->integer(0), query->text(1)});
    return list;
}

Result<QHash<QString, QString>> DerivedFactsRepository::phoneRegions()
{
    auto query = DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT whatsapp_number, region FROM "
                                                                "derived_phone_regions"));
    if (!query)
        return query.error();
    QHash<QString, QString> regions;
    for (;;) {
        auto row = query->next();
        if (!row)
            return row.error();
        if (!row.value())
            return regions;
        regions.insert(query->text(0), query->text(1));
    }
}

Error DerivedFactsRepository::savePhoneRegions(const QHash<QString, QString>& regions)
{
    if (regions.isEmpty())
        return {};
    const QString what = QStringLiteral("recording phone regions");
    return m_db.inTransaction(what, [&]() -> Error {
        auto upsert = m_db.statement(QStringLiteral("INSERT INTO derived_phone_regions (whatsapp_number, region) "
                                                    "VALUES (?, ?) ON CONFLICT (whatsapp_number) DO UPDATE SET "
                                                    "region = excluded.region"));
        if (!upsert)
            return upsert.error();
        for (auto it = regions.constBegin(); it != regions.constEnd(); ++it) {
            upsert->bind(it.key()).bind(it.value());
            if (Error err = upsert->exec(what); err.isError())
                return err;
        }
        return {};
    });
}

} // namespace crmlens::store
