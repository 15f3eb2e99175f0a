#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace crmlens::store {

class Database;

// What the sync planner needs to know about one living contact's chat, in one row.
struct ChatPlanRow
{
    QString chatId;
    QString whatsappNumber;
    QString status;       // null when absent
    QString operatorName; // null when absent
    QDateTime createdAt;  // created_at, else the start of the pass that first listed the contact
    bool customFieldsSeen = false;
    QDateTime lastReadAt; // invalid: the chat's messages were never read
    QDateTime newestMessageAt;
    bool historyComplete = false;
    // The oldest outbound message at or after the `pendingSince` of the query whose status is
    // still "sent" or "delivered"; invalid when there is none.
    QDateTime oldestPendingOutboundAt;
};

struct ContactRef
{
    QString chatId;
    QString whatsappNumber;
};

// Read-only queries for the sync planner: whole-workspace views that would otherwise take one
// query per chat.
class SyncPlanReader
{
public:
    explicit SyncPlanReader(Database& db) : m_db(db) {}

    // Every contact not deleted, with its chat's read state.
    Result<QList<ChatPlanRow>> livingChats(const QDateTime& pendingSince);
    // The oldest outbound message of one chat at or after `since` whose status may still move.
    Result<QDateTime> oldestPendingOutbound(const QString& chatId, const QDateTime& since);
    // Living contacts that contacts pass `passId` has not listed (yet).
    Result<QList<ContactRef>> notListedInPass(qint64 passId);
    // Living contacts listed by `passId` whose custom fields were never seen (their list entries
    // carried none and their per-chat custom fields were never read).
    Result<QList<ContactRef>> listedWithoutCustomFields(qint64 passId);
    // Chats whose status or operator changed in pass `passId`.
    Result<QSet<QString>> changedInPass(qint64 passId);

private:
    Database& m_db;
};

} // namespace crmlens::store
