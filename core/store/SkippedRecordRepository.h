#pragma once

#include "core/common/Result.h"
#include "core/store/PageProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crmlens::store {

class Database;

struct SkippedRecord
{
    QDateTime at;
    QString endpoint;
    QString kind;
    QString remoteId; // null when the record had no usable id
    QString reason;
    qint64 passId = 0;
};

struct SkippedSummaryRow
{
    QString kind;
    QString reason;
    qint64 count = 0;
    QDateTime lastAt;
};

// The log of records the sync could not use. Page writes add to it in their own transaction;
// record() is for skips outside a page (a detail call that failed to parse).
class SkippedRecordRepository
{
public:
    explicit SkippedRecordRepository(Database& db) : m_db(db) {}

    Error record(const QList<SkippedEntry>& entries, qint64 passId = 0);
    // Counts by kind and reason, most frequent first.
    Result<QList<SkippedSummaryRow>> summary();
    Result<QList<SkippedRecord>> recent(int limit);

private:
    Database& m_db;
};

} // namespace crmlens::store
