#include "core/store/SkippedRecordRepository.h"

#include "core/store/Database.h"

namespace crmlens::store {

Error SkippedRecordRepository::record(const QList<SkippedEntry>& entries, qint64 passId)
{
    if (entries.isEmpty())
        return {};
    return m_db.inTransaction(QStringLiteral("logging skipped records"), [&]() -> Error {
        return detail::writePageProgress(m_db, {}, entries, passId, m_db.now());
    });
}

Result<QList<SkippedSummaryRow>> SkippedRecordRepository::summary()
{
    auto query = m_db.statement(QStringLiteral("SELECT kind, reason, count(*), max(at) FROM skipped_records "
                                               "GROUP BY kind, reason ORDER BY count(*) DESC, kind, reason"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("summarising skipped records")); err.isError())
        return err;
    QList<SkippedSummaryRow> rows;
    while (query->next())
        rows << SkippedSummaryRow{query->text(0), query->text(1), query->integer(2), query->time(3)};
    return rows;
}

Result<QList<SkippedRecord>> SkippedRecordRepository::recent(int limit)
{
    auto query = m_db.statement(QStringLiteral("SELECT at, endpoint, kind, remote_id, reason, pass_id FROM "
                                               "skipped_records ORDER BY at DESC, id DESC LIMIT ?"));
    if (!query)
        return query.error();
    query->bind(qint64(limit));
    if (Error err = query->exec(QStringLiteral("reading skipped records")); err.isError())
        return err;
    QList<SkippedRecord> rows;
    while (query->next())
        rows << SkippedRecord{query->time(0), query->text(1), query->text(2),
                              query->text(3), query->text(4), query->integer(5)};
    return rows;
}

} // namespace crmlens::store
