#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/store/PageProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace crmlens::store {

class Database;

struct StoredCampaign
{
    QString campaignId;
    QString name;
    QString status;
    QDateTime createdAt;
    QDateTime scheduledAt; // invalid when null
    std::optional<qint64> totalRecipients;
    QString templateName;
    QString templateLanguage;
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
    QDateTime finalSeenAt; // when a final status was first observed; invalid while running
};

// One poll of a campaign's report; every poll is kept so report curves can be drawn.
struct ReportSnapshot
{
    QString campaignId;
    QDateTime polledAt;
    qint64 totalRecipients = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    qint64 replied = 0;
    qint64 failed = 0;
};

class CampaignRepository
{
public:
    explicit CampaignRepository(Database& db) : m_db(db) {}

    // Statuses after which a campaign's report no longer grows.
    static bool isFinalStatus(const QString& status);

    // One page of /crm/campaign in a campaigns pass, upserted by campaign_id.
    Result<PageWriteResult> writeCampaignsPage(qint64 passId, const QList<api::Campaign>& campaigns,
                                               const PageProgress& progress = {});
    // Stores a report poll taken now (the clock), for a campaign already stored.
    Error recordReport(const api::CampaignReport& report, const PageProgress& progress = {});

    Result<std::optional<StoredCampaign>> campaign(const QString& campaignId);
    Result<QList<StoredCampaign>> campaigns();
    // Campaigns whose report can still change: not final yet, or final without a poll since the
    // final status was seen (the last numbers are still to be read). Oldest poll first.
    Result<QStringList> campaignsNeedingReport();
    Result<std::optional<ReportSnapshot>> latestReport(const QString& campaignId);
    Result<QList<ReportSnapshot>> reportHistory(const QString& campaignId);

private:
    Database& m_db;
};

} // namespace crmlens::store
