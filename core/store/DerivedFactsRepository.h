#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace crmlens::store {

class Database;

// A stored message reduced to what derived facts are made of. Times are milliseconds since the
// epoch (UTC), as the store keeps them: the derivation runs over millions of messages and needs
// no QDateTime per row.
struct DerivationMessage
{
    QString messageId;
    qint64 tsMs = 0;
    QString direction;
    QString type;
    QString status;
    QString content; // null when the CRM sent none
    QString operatorName;
    QString campaignId;
};

// What the sync knows of a chat's messages, as the facts record it: facts derived from
// (changedAt, messageCount) are current while chat_sync_state still says the same.
struct ChatSource
{
    QString chatId;
    std::optional<qint64> changedAtMs;
    qint64 messageCount = 0;
};

// One chat's derived facts as stored: `facts` is opaque to the store (core/metrics encodes it).
struct ChatFactsRecord
{
    QString chatId;
    int format = 0;
    std::optional<qint64> sourceChangedAtMs;
    qint64 messageCount = 0;
    qint64 derivedSeq = 0; // assigned on write
    QByteArray facts;
};

// SQL for the derived-facts tables of schema version 2 (per-chat facts, keyword token ids, phone
// regions) and the message reads the derivation needs.
class DerivedFactsRepository
{
public:
    explicit DerivedFactsRepository(Database& db) : m_db(db) {}

    // Chats with messages whose facts are missing, of another format, or derived from another
    // state of the chat. With `changedSinceMs`, only chats whose messages changed at or after it
    // are examined (an index range instead of every chat).
    Result<QList<ChatSource>> staleChats(int format, std::optional<qint64> changedSinceMs);
    // The current sync state of these chats (chats the store has no state for are left out).
    Result<QList<ChatSource>> chatSources(const QStringList& chatIds);
    // The newest chat_sync_state.last_changed_at: a watermark for the next staleChats().
    Result<std::optional<qint64>> newestChange();
    // Every chat the sync has read, in chat_id order.
    Result<QList<ChatSource>> allChatSources();
    // A chat's messages in (timestamp, message_id) order.
    Result<QList<DerivationMessage>> messagesOf(const QString& chatId);
    // The messages of these chats, grouped by chat (in chat_id order), each in (timestamp,
    // message_id) order; chats without messages are left out.
    Result<QList<QPair<QString, QList<DerivationMessage>>>> messagesOfChats(const QStringList& chatIds);
    // The messages of every chat with first <= chat_id <= last, grouped by chat, each in
    // (timestamp, message_id) order: one index range for a batch of a full rebuild.
    Result<QList<QPair<QString, QList<DerivationMessage>>>> messagesOfChatRange(const QString& first,
                                                                                const QString& last);

    // --- inside an open transaction (Database::inTransaction) ---
    // Ids of these tokens, adding the ones the dictionary does not hold yet.
    Result<QHash<QString, qint64>> tokenIds(const QSet<QString>& tokens);
    // Upserts the records; each gets the next derived_seq (written back into `records`).
    Error writeFacts(QList<ChatFactsRecord>& records, qint64 derivedAtMs);
    Error deleteAllFacts();

    // The connection's automatic WAL checkpoint threshold in pages (0: off); derivation turns it
    // off around its own commits (see core/metrics/DerivedFacts).
    Result<int> autoCheckpointPages();
    Error setAutoCheckpointPages(int pages);

    // --- reads for the in-memory fact cache ---
    Result<QList<ChatFactsRecord>> factsAfter(qint64 derivedSeq);
    Result<qint64> maxDerivedSeq();
    Result<QList<QPair<qint64, QString>>> tokensAfter(qint64 id);

    Result<QHash<QString, QString>> phoneRegions();
    Error savePhoneRegions(const QHash<QString, QString>& regions);

private:
    Database& m_db;
};

} // namespace crmlens::store
