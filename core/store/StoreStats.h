#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crmlens::store {

class Database;

struct TableCounts
{
    qint64 contacts = 0;      // every contact ever listed
    qint64 aliveContacts = 0; // not deleted
    qint64 deletedContacts = 0;
    qint64 contactChanges = 0; // history rows
    qint64 customFieldValues = 0;
    qint64 customFieldDefinitions = 0;
    qint64 operators = 0;
    qint64 campaigns = 0;
    qint64 campaignReports = 0;
    qint64 messages = 0;
    qint64 chatsRead = 0; // chats with at least one messages page written
    qint64 syncPasses = 0;
    qint64 checkpoints = 0;
    qint64 skippedRecords = 0;
};

// How fresh the data of one kind is, for the status bar and the "stale" states of the views.
struct Freshness
{
    QString kind;
    QDateTime lastPageAt;            // newest page written by any pass of the kind
    QDateTime lastCompleteStartedAt; // invalid until a pass of the kind completed
    QDateTime lastCompleteFinishedAt;
    QDateTime openPassStartedAt; // valid while a pass of the kind runs
};

// Read-only figures about the store itself.
class StoreStats
{
public:
    explicit StoreStats(Database& db) : m_db(db) {}

    Result<TableCounts> counts();
    // One entry per pass kind that ever ran, ordered by kind.
    Result<QList<Freshness>> freshness();
    // The newest time any chat's messages were read; invalid when none was.
    Result<QDateTime> messagesReadAt();

private:
    Database& m_db;
};

} // namespace crmlens::store
