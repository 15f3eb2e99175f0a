#pragma once

#include "core/common/Result.h"
#include "core/store/PageProgress.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace crmlens::store {

class Database;

// Kinds of passes the sync runs; free strings in the table, these are the ones the store knows.
inline constexpr QLatin1String kContactsPass{"contacts"};
inline constexpr QLatin1String kCampaignsPass{"campaigns"};
inline constexpr QLatin1String kMessagesPass{"messages"};
inline constexpr QLatin1String kCustomFieldsPass{"custom_fields"};

// One walk over an endpoint. Its start time dates what it observes: contacts first seen, history
// changes and deletions all take the start of the pass that saw them (METRICS.md).
struct SyncPass
{
    qint64 id = 0;
    QString kind;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while the pass is open
    QDateTime lastPageAt; // invalid until a page was written
    bool complete = false;
    qint64 pages = 0;
    qint64 records = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 deleted = 0;

    bool isOpen() const { return !finishedAt.isValid(); }
};

class SyncPassRepository
{
public:
    explicit SyncPassRepository(Database& db) : m_db(db) {}

    // Starts a pass at the clock's now. Refused while another pass of the kind is open: resume it
    // (openPass) or abandon it first, so passes of a kind never overlap.
    Result<SyncPass> beginPass(const QString& kind);
    // The open pass of a kind, if any: what a restarted sync resumes.
    Result<std::optional<SyncPass>> openPass(const QString& kind);
    Result<std::optional<SyncPass>> pass(qint64 id);
    Result<std::optional<SyncPass>> firstCompletePass(const QString& kind);
    Result<std::optional<SyncPass>> lastCompletePass(const QString& kind);
    Result<QList<SyncPass>> recentPasses(int limit);

    // Ends an open pass as complete. Contact passes end through
    // ContactRepository::completeContactPass, which also detects deletions.
    Error finishPass(qint64 id);
    // Ends an open pass without completing it; nothing it wrote is undone.
    Error abandonPass(qint64 id);

    // --- inside an open transaction, for the repositories that write pages ---
    // The start of pass `id`, which must be open and of `kind`.
    static Result<QDateTime> openPassStart(Database& db, qint64 id, const QString& kind);
    static Error addPageCounts(Database& db, qint64 id, int records, const PageWriteResult& result,
                               const QDateTime& now);

private:
    Result<std::optional<SyncPass>> selectOne(const QString& whereAndOrder, const QVariantList& values);

    Database& m_db;
};

} // namespace crmlens::store
