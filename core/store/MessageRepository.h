#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/store/PageProgress.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace crmlens::store {

class Database;

struct StoredMessage
{
    QString messageId;
    QString chatId;
    QDateTime timestamp;
    QString direction;
    QString type;
    QString status;
    QString content; // null when the CRM sent none
    QString operatorName;
    QString campaignId;
    QDateTime firstSeenAt;
    QDateTime updatedAt;
};

// What the sync knows of one chat's messages.
struct ChatSyncState
{
    QString chatId;
    QString newestMessageId; // newest by (timestamp, message_id)
    QDateTime newestMessageAt;
    QDateTime oldestMessageAt;
    bool historyComplete = false; // a page reached the chat's oldest message
    qint64 messageCount = 0;
    QDateTime lastReadAt;    // the last time a page of this chat was written
    QDateTime lastChangedAt; // the last write that added or changed a message
};

struct MessagesPageContext
{
    qint64 passId = 0;          // an open messages pass, or 0 when the write belongs to none
    bool reachedOldest = false; // this page was the chat's last (oldest) page
    PageProgress progress;
};

// Messages are the bulk of the store. A page is one multi-row upsert keyed by message_id within
// its chat (no SELECT per row): a new id inserts, a known one updates in place only when something changed,
// and a status only moves forward (sent → delivered → read), so an older page or a late poll
// never undoes what a webhook or a newer page already showed.
class MessageRepository
{
public:
    explicit MessageRepository(Database& db) : m_db(db) {}

    // One page of one chat, with the chat's sync state and the page's checkpoint, in one
    // transaction. An empty page still records that the chat was read. Messages without an id or
    // a timestamp are logged as skipped.
    Result<PageWriteResult> writeMessagesPage(const QString& chatId, const QList<api::Message>& messages,
                                              const MessagesPageContext& context = {});

    // A status seen outside a page (a webhook's statuses[]): moves a stored message's status forward
    // only, like a page would. Returns false when the message is unknown (the next poll brings it)
    // or the status is not newer.
    Result<bool> applyStatus(const QString& chatId, const QString& messageId, const QString& status);

    // Messages are keyed within their chat (a webhook status names the recipient's number, which
    // ContactReader::chatIdForPhone turns into the chat).
    Result<std::optional<StoredMessage>> message(const QString& chatId, const QString& messageId);
    // A chat's messages ordered by (timestamp, message_id).
    Result<QList<StoredMessage>> messagesOfChat(const QString& chatId);
    Result<QSet<QString>> knownMessageIds(const QString& chatId);

    Result<std::optional<ChatSyncState>> chatState(const QString& chatId);
    // Chats with the most recent messages first.
    Result<QList<ChatSyncState>> chatsByLastActivity(int limit);
    // Living contacts whose messages were never read, newest contacts first.
    Result<QStringList> chatsNeverRead(int limit);
    // Chats whose messages changed at or after `since`: what derived facts must recompute.
    Result<QStringList> chatsChangedSince(const QDateTime& since);

private:
    struct UpsertShape
    {
        QString sql;
        QStringList placeholders; // chat, now, then each row's values in order
    };
    const UpsertShape& upsertShape(int rows, bool withAttribution);

    Database& m_db;
    QHash<int, UpsertShape> m_upsertShapes;
};

} // namespace crmlens::store
