#include "core/store/CampaignRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/StoreErrors.h"
#include "core/store/SyncPassRepository.h"

#include <QHash>

namespace crmlens::store {

namespace {

const QString kCampaignColumns =
    QStringLiteral("campaign_id, name, status, created_at, scheduled_at, total_recipients, "
                   "template_name, template_language, first_seen_at, last_seen_at, "
                   "final_seen_at");

StoredCampaign campaignFromRow(const Statement& row)
{
    StoredCampaign c;
    c.campaignId = row.text(0);
    c.name = row.text(1);
    c.status = row.text(2);
    c.createdAt = row.time(3);
    c.scheduledAt = row.time(4);
    if (!row.isNull(5))
        c.totalRecipients = row.integer(5);
    c.templateName = row.text(6);
    c.templateLanguage = row.text(7);
    c.firstSeenAt = row.time(8);
    c.lastSeenAt = row.time(9);
    c.finalSeenAt = row.time(10);
    return c;
}

ReportSnapshot reportFromRow(const Statement& row)
{
    return ReportSnapshot{row.text(0),    row.time(1),    row.integer(2), row.integer(3),
                          row.integer(4), row.integer(5), row.integer(6)};
}

} // namespace

bool CampaignRepository::isFinalStatus(const QString& status)
{
    const QString s = status.trimmed();
    return s == QLatin1String("completed") || s == QLatin1String("failed") || s == QLatin1String("cancelled");
}

Result<PageWriteResult> CampaignRepository::writeCampaignsPage(qint64 passId, const QList<api::Campaign>& campaigns,
                                                               const PageProgress& progress)
{
    PageWriteResult result;
    const QString what = QStringLiteral("writing a campaigns page");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        if (auto start = SyncPassRepository::openPassStart(m_db, passId, kCampaignsPass); !start)
            return start.error();
        const QDateTime now = m_db.now();
        QList<SkippedEntry> skipped = progress.skipped;
        QHash<QString, qsizetype> lastIndex;
        for (qsizetype i = 0; i < campaigns.size(); ++i) {
            if (campaigns[i].campaignId.trimmed().isEmpty())
                skipped << SkippedEntry{QStringLiteral("/crm/campaign"), QStringLiteral("campaign"), QString(),
                                        QStringLiteral("no campaign_id")};
            else
                lastIndex.insert(campaigns[i].campaignId, i);
        }

        // first_seen/last_seen always move; the rest is written only when it differs, which is what
        // tells an update from a repeat.
        auto upsert = m_db.statement(QStringLiteral(
            "INSERT INTO campaigns (campaign_id, name, status, created_at, scheduled_at, total_recipients, "
            "template_name, template_language, first_seen_at, last_seen_at, updated_at, final_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id) DO UPDATE SET "
            "name = excluded.name, status = excluded.status, created_at = coalesce(excluded.created_at, created_at), "
            "scheduled_at = excluded.scheduled_at, total_recipients = excluded.total_recipients, "
            "template_name = excluded.template_name, template_language = excluded.template_language, "
            "last_seen_at = excluded.last_seen_at, updated_at = excluded.updated_at, "
            "final_seen_at = CASE WHEN excluded.final_seen_at IS NULL THEN NULL "
            "ELSE coalesce(final_seen_at, excluded.final_seen_at) END "
            "WHERE name IS NOT excluded.name OR status IS NOT excluded.status "
            "OR (excluded.created_at IS NOT NULL AND created_at IS NOT excluded.created_at) "
            "OR scheduled_at IS NOT excluded.scheduled_at OR total_recipients IS NOT excluded.total_recipients "
            "OR template_name IS NOT excluded.template_name OR template_language IS NOT excluded.template_language"));
        if (!upsert)
            return upsert.error();
        auto exists = m_db.statement(QStringLiteral("SELECT 1 FROM campaigns WHERE campaign_id = ?"));
        if (!exists)
            return exists.error();
        auto touch = m_db.statement(QStringLiteral("UPDATE campaigns SET last_seen_at = ? WHERE campaign_id = ?"));
        if (!touch)
            return touch.error();

        for (qsizetype i = 0; i < campaigns.size(); ++i) {
            const api::Campaign& c = campaigns[i];
            if (c.campaignId.trimmed().isEmpty() || lastIndex.value(c.campaignId) != i)
                continue;
            exists->bind(c.campaignId);
            if (Error e = exists->exec(what); e.isError())
                return e;
            const bool known = exists->next();
            const QString status = trimmedOrNull(c.status);
            upsert->bind(c.campaignId)
                .bind(trimmedOrNull(c.name))
                .bind(status)
                .bind(c.createdAt)
                .bind(c.scheduledAt)
                .bind(c.totalRecipients ? QVariant(*c.totalRecipients) : QVariant())
                .bind(trimmedOrNull(c.templateName))
                .bind(trimmedOrNull(c.templateLanguage))
                .bind(now)
                .bind(now)
                .bind(now)
                .bind(isFinalStatus(status) ? now : QDateTime());
            if (Error e = upsert->exec(what); e.isError())
                return e;
            if (!known)
                ++result.inserted;
            else if (upsert->rowsAffected() > 0)
                ++result.updated;
            else
                ++result.unchanged;
            touch->bind(now).bind(c.campaignId);
            if (Error e = touch->exec(what); e.isError())
                return e;
        }
        result.skipped = int(skipped.size());
        if (Error e = detail::writePageProgress(m_db, progress.checkpoint, skipped, passId, now); e.isError())
            return e;
        return SyncPassRepository::addPageCounts(m_db, passId, int(campaigns.size()), result, now);
    });
    if (err.isError())
        return err;
    return result;
}

Error CampaignRepository::recordReport(const api::CampaignReport& report, const PageProgress& progress)
{
    const QString what = QStringLiteral("recording a campaign report");
    return m_db.inTransaction(what, [&]() -> Error {
        auto exists = m_db.statement(QStringLiteral("SELECT 1 FROM campaigns WHERE campaign_id = ?"));
        if (!exists)
            return exists.error();
        exists->bind(report.campaignId);
        if (Error e = exists->exec(what); e.isError())
            return e;
        if (!exists->next())
            return invalidArgumentError(
                QStringLiteral("A report for campaign %1, which no campaigns page listed.").arg(report.campaignId));
        const QDateTime now = m_db.now();
        auto insert = m_db.statement(QStringLiteral("INSERT INTO campaign_reports (campaign_id, polled_at, "
                                                    "total_recipients, delivered, read, replied, failed) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(report.campaignId)
            .bind(now)
            .bind(report.totalRecipients)
            .bind(report.delivered)
            .bind(report.read)
            .bind(report.replied)
            .bind(report.failed);
        if (Error e = insert->exec(what); e.isError())
            return e;
        return detail::writePageProgress(m_db, progress.checkpoint, progress.skipped, 0, now);
    });
}

Result<std::optional<StoredCampaign>> CampaignRepository::campaign(const QString& campaignId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kCampaignColumns +
                                QStringLiteral(" FROM campaigns WHERE campaign_id = ?"));
    if (!query)
        return query.error();
    query->bind(campaignId);
    if (Error err = query->exec(QStringLiteral("reading a campaign")); err.isError())
        return err;
    if (!query->next())
        return std::optional<StoredCampaign>();
    return std::optional<StoredCampaign>(campaignFromRow(query.value()));
}

Result<QList<StoredCampaign>> CampaignRepository::campaigns()
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kCampaignColumns +
                                QStringLiteral(" FROM campaigns ORDER BY campaign_id"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading campaigns")); err.isError())
        return err;
    QList<StoredCampaign> list;
    while (query->next())
        list << campaignFromRow(query.value());
    return list;
}

Result<QStringList> CampaignRepository::campaignsNeedingReport()
{
    auto query = m_db.statement(QStringLiteral(
        "SELECT c.campaign_id FROM campaigns c LEFT JOIN (SELECT campaign_id, max(polled_at) AS last_poll "
        "FROM campaign_reports GROUP BY campaign_id) r ON r.campaign_id = c.campaign_id "
        "WHERE c.final_seen_at IS NULL OR r.last_poll IS NULL OR r.last_poll < c.final_seen_at "
        "ORDER BY coalesce(r.last_poll, 0), c.campaign_id"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading campaigns to poll")); err.isError())
        return err;
    QStringList ids;
    while (query->next())
        ids << query->text(0);
    return ids;
}

Result<std::optional<ReportSnapshot>> CampaignRepository::latestReport(const QString& campaignId)
{
    auto query = m_db.statement(QStringLiteral("SELECT campaign_id, polled_at, total_recipients, delivered, read, "
                                               "replied, failed FROM campaign_reports WHERE campaign_id = ? "
                                               "ORDER BY polled_at DESC, id DESC LIMIT 1"));
    if (!query)
        return query.error();
    query->bind(campaignId);
    if (Error err = query->exec(QStringLiteral("reading a campaign report")); err.isError())
        return err;
    if (!query->next())
        return std::optional<ReportSnapshot>();
    return std::optional<ReportSnapshot>(reportFromRow(query.value()));
}

Result<QList<ReportSnapshot>> CampaignRepository::reportHistory(const QString& campaignId)
{
    auto query = m_db.statement(QStringLiteral("SELECT campaign_id, polled_at, total_recipients, delivered, read, "
                                               "replied, failed FROM campaign_reports WHERE campaign_id = ? "
                                               "ORDER BY polled_at, id"));
    if (!query)
        return query.error();
    query->bind(campaignId);
    if (Error err = query->exec(QStringLiteral("reading campaign reports")); err.isError())
        return err;
    QList<ReportSnapshot> list;
    while (query->next())
        list << reportFromRow(query.value());
    return list;
}

} // namespace crmlens::store
