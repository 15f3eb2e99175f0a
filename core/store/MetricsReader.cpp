#include "core/store/MetricsReader.h"

#include "core/store/Database.h"
#include "core/store/DerivedBulkQuery.h"
#include "core/store/SyncPassRepository.h"

#include <QHash>

namespace crmlens::store {

namespace {

const QString kContactColumns =
    QStringLiteral("chat_id, whatsapp_number, status, operator, created_at, first_seen_at, first_seen_pass_id, "
                   "in_first_complete_pass, deleted_at, updated_at");

std::optional<qint64> optionalInteger(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column);
}

std::optional<qint64> optionalInteger(const DerivedBulkQuery& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column);
}

Result<QList<MetricsContactRow>> collectContacts(DerivedBulkQuery& query)
{
    QList<MetricsContactRow> list;
    for (;;) {
        auto row = query.next();
        if (!row)
            return row.error();
        if (!row.value())
            return list;
        MetricsContactRow c;
        c.chatId = query.text(0);
        c.whatsappNumber = query.text(1);
        c.status = query.text(2);
        c.operatorName = query.text(3);
        c.createdAtMs = optionalInteger(query, 4);
        c.firstSeenAtMs = query.integer(5);
        c.firstSeenPassId = query.integer(6);
        c.inFirstCompletePass = query.integer(7) != 0;
        c.deletedAtMs = optionalInteger(query, 8);
        c.updatedAtMs = query.integer(9);
        list << std::move(c);
    }
}

Error collectFields(DerivedBulkQuery& query, QList<MetricsFieldRow>& list)
{
    for (;;) {
        auto row = query.next();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        list << MetricsFieldRow{query.text(0), query.text(1), query.text(2)};
    }
}

} // namespace

Result<QList<MetricsContactRow>> MetricsReader::contacts()
{
    auto query =
        DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT ") + kContactColumns + QStringLiteral(" FROM contacts"));
    if (!query)
        return query.error();
    return collectContacts(query.value());
}

Result<QList<MetricsContactRow>> MetricsReader::contactsUpdatedSince(qint64 sinceMs)
{
    auto query = DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT ") + kContactColumns +
                                                     QStringLiteral(" FROM contacts WHERE updated_at >= ?"));
    if (!query)
        return query.error();
    query->bind(1, sinceMs);
    return collectContacts(query.value());
}

Result<QList<MetricsFieldRow>> MetricsReader::customFields()
{
    auto query =
        DerivedBulkQuery::prepare(m_db, QStringLiteral("SELECT chat_id, field_key, value FROM contact_custom_fields"));
    if (!query)
        return query.error();
    QList<MetricsFieldRow> list;
    if (Error err = collectFields(query.value(), list); err.isError())
        return err;
    return list;
}

Result<QList<MetricsFieldRow>> MetricsReader::customFieldsOf(const QStringList& chatIds)
{
    // In chunks: one statement per 200 chats rather than one per chat.
    constexpr qsizetype kChunk = 200;
    QList<MetricsFieldRow> list;
    for (qsizetype offset = 0; offset < chatIds.size(); offset += kChunk) {
        const qsizetype n = std::min(kChunk, chatIds.size() - offset);
        QString in;
        for (qsizetype i = 0; i < n; ++i)
            in += i ? QStringLiteral(",?") : QStringLiteral("?");
        auto query = DerivedBulkQuery::prepare(
            m_db, QStringLiteral("SELECT chat_id, field_key, value FROM contact_custom_fields WHERE chat_id IN (") +
                      in + QStringLiteral(")"));
        if (!query)
            return query.error();
        for (qsizetype i = 0; i < n; ++i)
            query->bind(int(i + 1), chatIds[offset + i]);
        if (Error err = collectFields(query.value(), list); err.isError())
            return err;
    }
    return list;
}

Result<QList<MetricsDeletionRow>> MetricsReader::deletions()
{
    auto query = m_db.statement(
        QStringLiteral("SELECT chat_id, deleted_at, restored_at FROM contact_deletions ORDER BY chat_id, deleted_at"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading contact deletions")); err.isError())
        return err;
    QList<MetricsDeletionRow> list;
    while (query->next())
        list << MetricsDeletionRow{query->text(0), query->integer(1), optionalInteger(query.value(), 2)};
    return list;
}

namespace {

Result<QList<MetricsStatusChange>> collectChanges(Statement& query)
{
    if (Error err = query.exec(QStringLiteral("reading status changes")); err.isError())
        return err;
    QList<MetricsStatusChange> list;
    while (query.next())
        list << MetricsStatusChange{query.integer(0), query.text(1), query.integer(2), query.text(3), query.text(4)};
    return list;
}

} // namespace

Result<QList<MetricsStatusChange>> MetricsReader::statusChanges(qint64 fromMs, qint64 toMs)
{
    auto query = m_db.statement(QStringLiteral(
        "SELECT id, chat_id, changed_at, old_value, new_value FROM contact_history WHERE field = 'status' "
        "AND field_key = '' AND changed_at >= ? AND changed_at < ? ORDER BY changed_at, id"));
    if (!query)
        return query.error();
    query->bind(fromMs).bind(toMs);
    return collectChanges(query.value());
}

Result<QList<MetricsStatusChange>> MetricsReader::statusChangesAfter(qint64 lastId)
{
    auto query = m_db.statement(QStringLiteral("SELECT id, chat_id, changed_at, old_value, new_value FROM "
                                               "contact_history WHERE id > ? AND field = 'status' ORDER BY id"));
    if (!query)
        return query.error();
    query->bind(lastId);
    return collectChanges(query.value());
}

Result<QPair<qint64, qint64>> MetricsReader::campaignsFingerprint()
{
    auto query =
        m_db.statement(QStringLiteral("SELECT (SELECT coalesce(max(updated_at), 0) + count(*) FROM campaigns), "
                                      "(SELECT coalesce(max(id), 0) FROM campaign_reports)"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("checking campaigns for changes")); err.isError())
        return err;
    if (!query->next())
        return QPair<qint64, qint64>(0, 0);
    return QPair<qint64, qint64>(query->integer(0), query->integer(1));
}

Result<std::optional<ContactPassInfo>> MetricsReader::firstCompleteContactPass()
{
    auto query = m_db.statement(QStringLiteral("SELECT id, started_at FROM sync_passes WHERE kind = ? AND "
                                               "complete = 1 ORDER BY started_at, id LIMIT 1"));
    if (!query)
        return query.error();
    query->bind(QString(kContactsPass));
    if (Error err = query->exec(QStringLiteral("reading sync passes")); err.isError())
        return err;
    if (!query->next())
        return std::optional<ContactPassInfo>();
    return std::optional<ContactPassInfo>(ContactPassInfo{query->integer(0), query->integer(1)});
}

Result<QHash<qint64, qint64>> MetricsReader::contactPassStarts()
{
    auto query = m_db.statement(QStringLiteral("SELECT id, started_at FROM sync_passes WHERE kind = ?"));
    if (!query)
        return query.error();
    query->bind(QString(kContactsPass));
    if (Error err = query->exec(QStringLiteral("reading sync passes")); err.isError())
        return err;
    QHash<qint64, qint64> starts;
    while (query->next())
        starts.insert(query->integer(0), query->integer(1));
    return starts;
}

Result<QList<MetricsCampaignRow>> MetricsReader::campaignsWithLatestReport()
{
    auto query = m_db.statement(QStringLiteral(
        "SELECT c.campaign_id, c.name, c.status, c.created_at, c.scheduled_at, c.total_recipients, c.template_name, "
        "r.id, r.total_recipients, r.delivered, r.read, r.replied, r.failed FROM campaigns c "
        "LEFT JOIN campaign_reports r ON r.id = (SELECT id FROM campaign_reports WHERE campaign_id = c.campaign_id "
        "ORDER BY polled_at DESC, id DESC LIMIT 1) ORDER BY c.campaign_id"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading campaigns for metrics")); err.isError())
        return err;
    QList<MetricsCampaignRow> list;
    while (query->next()) {
        MetricsCampaignRow c;
        c.campaignId = query->text(0);
        c.name = query->text(1);
        c.status = query->text(2);
        c.createdAtMs = optionalInteger(query.value(), 3);
        c.scheduledAtMs = optionalInteger(query.value(), 4);
        c.listedRecipients = optionalInteger(query.value(), 5);
        c.templateName = query->text(6);
        c.hasReport = !query->isNull(7);
        if (c.hasReport) {
            c.totalRecipients = query->integer(8);
            c.delivered = query->integer(9);
            c.read = query->integer(10);
            c.replied = query->integer(11);
            c.failed = query->integer(12);
        }
        list << std::move(c);
    }
    return list;
}

Result<QStringList> MetricsReader::definitionNames()
{
    auto query = m_db.statement(QStringLiteral("SELECT DISTINCT name FROM custom_field_definitions ORDER BY 1"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading custom field definitions")); err.isError())
        return err;
    QStringList keys;
    while (query->next())
        keys << query->text(0);
    return keys;
}

Result<ContactsFingerprint> MetricsReader::contactsFingerprint()
{
    const QString what = QStringLiteral("checking contacts for changes");
    ContactsFingerprint f;
    // Every write of a contact (insert, change, deletion, restoration) sets its updated_at: the
    // newest one, read through an index, says whether anything changed.
    auto query =
        m_db.statement(QStringLiteral("SELECT (SELECT coalesce(max(updated_at), 0) FROM contacts), "
                                      "(SELECT coalesce(max(id), 0) FROM contact_deletions), "
                                      "(SELECT count(*) FROM sync_passes WHERE kind = ? AND complete = 1), "
                                      "(SELECT count(*) FROM custom_field_definitions), "
                                      "(SELECT coalesce(max(last_seen_at), 0) FROM custom_field_definitions)"));
    if (!query)
        return query.error();
    query->bind(QString(kContactsPass));
    if (Error err = query->exec(what); err.isError())
        return err;
    if (query->next()) {
        f.maxUpdatedAtMs = query->integer(0);
        f.lastDeletionId = query->integer(1);
        f.completeContactPasses = query->integer(2);
        f.fieldDefinitions = query->integer(3);
        f.maxDefinitionSeenAtMs = query->integer(4);
    }
    return f;
}

} // namespace crmlens::store
