#include "core/store/MetricsReader.h"

#include "core/store/Database.h"
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

Result<QList<MetricsContactRow>> collectContacts(Statement& query, const QString& what)
{
    if (Error err = query.exec(what); err.isError())
        return err;
    QList<MetricsContactRow> list;
    while (query.next()) {
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
    return list;
}

Result<QList<MetricsFieldRow>> collectFields(Statement& query, const QString& what, QList<MetricsFieldRow>& list)
{
    if (Error err = query.exec(what); err.isError())
        return err;
    while (query.next())
        list << MetricsFieldRow{query.text(0), query.text(1), query.text(2)};
    return list;
}

} // namespace

Result<QList<MetricsContactRow>> MetricsReader::contacts()
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kContactColumns + QStringLiteral(" FROM contacts"));
    if (!query)
        return query.error();
    return collectContacts(query.value(), QStringLiteral("reading contacts for metrics"));
}

Result<QList<MetricsContactRow>> MetricsReader::contactsUpdatedSince(qint64 sinceMs)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kContactColumns +
                                QStringLiteral(" FROM contacts WHERE updated_at >= ?"));
    if (!query)
        return query.error();
    query->bind(sinceMs);
    return collectContacts(query.value(), QStringLiteral("reading changed contacts for metrics"));
}

Result<QList<MetricsFieldRow>> MetricsReader::customFields()
{
    auto query = m_db.statement(QStringLiteral("SELECT chat_id, field_key, value FROM contact_custom_fields"));
    if (!query)
        return query.error();
    QList<MetricsFieldRow> list;
    return collectFields(query.value(), QStringLiteral("reading custom fields for metrics"), list);
}

Result<QList<MetricsFieldRow>> MetricsReader::customFieldsOf(const QStringList& chatIds)
{
    auto query =
        m_db.statement(QStringLiteral("SELECT chat_id, field_key, value FROM contact_custom_fields WHERE chat_id = ?"));
    if (!query)
        return query.error();
    QList<MetricsFieldRow> list;
    for (const QString& chatId : chatIds) {
        query->bind(chatId);
        if (auto r = collectFields(query.value(), QStringLiteral("reading custom fields for metrics"), list); !r)
            return r.error();
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

Result<QList<MetricsStatusChange>> MetricsReader::statusChanges(qint64 fromMs, qint64 toMs)
{
    auto query = m_db.statement(
        QStringLiteral("SELECT chat_id, changed_at, old_value, new_value FROM contact_history WHERE field = 'status' "
                       "AND field_key = '' AND changed_at >= ? AND changed_at < ? ORDER BY changed_at, id"));
    if (!query)
        return query.error();
    query->bind(fromMs).bind(toMs);
    if (Error err = query->exec(QStringLiteral("reading status changes")); err.isError())
        return err;
    QList<MetricsStatusChange> list;
    while (query->next())
        list << MetricsStatusChange{query->text(0), query->integer(1), query->text(2), query->text(3)};
    return list;
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

Result<QStringList> MetricsReader::fieldKeys()
{
    auto query = m_db.statement(QStringLiteral("SELECT DISTINCT field_key FROM contact_custom_fields UNION "
                                               "SELECT name FROM custom_field_definitions ORDER BY 1"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading custom field keys")); err.isError())
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
    auto query = m_db.statement(
        QStringLiteral("SELECT (SELECT count(*) FROM contacts), (SELECT coalesce(max(updated_at), 0) FROM contacts), "
                       "(SELECT count(*) FROM contact_deletions), "
                       "(SELECT count(*) FROM sync_passes WHERE kind = 'contacts' AND complete = 1), "
                       "(SELECT count(*) FROM custom_field_definitions), "
                       "(SELECT coalesce(max(last_seen_at), 0) FROM custom_field_definitions)"));
    if (!query)
        return query.error();
    if (Error err = query->exec(what); err.isError())
        return err;
    if (query->next()) {
        f.contacts = query->integer(0);
        f.maxUpdatedAtMs = query->integer(1);
        f.deletions = query->integer(2);
        f.completeContactPasses = query->integer(3);
        f.fieldDefinitions = query->integer(4);
        f.maxDefinitionSeenAtMs = query->integer(5);
    }
    return f;
}

} // namespace crmlens::store
