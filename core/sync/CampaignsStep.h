#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/sync/PassProgress.h"
#include "core/sync/ReportPolicy.h"
#include "core/sync/SyncPlanner.h"

#include <QHash>
#include <QSet>

namespace crmlens::sync {

class SyncRoundContext;

// Custom field definitions, the campaign list and the campaign reports of a round. The list is
// refreshed in full (it is a few pages); reports are polled as ReportPolicy says, each poll
// stored as a snapshot so report curves can be drawn.
class CampaignsStep
{
public:
    explicit CampaignsStep(SyncRoundContext& ctx);

    // Queue what is due. The campaigns pass continues an open one that is recent enough.
    Error beginDefinitions();
    Error beginCampaigns();
    // Reports only (watch rounds in which the campaign list is not due).
    void beginReports();

    void issue(const WorkItem& item);
    void finalize();

    qint64 passId() const { return m_passId; }
    qint64 definitionsPassId() const { return m_definitionsPassId; }
    bool isListed() const { return m_listed; }
    bool isFinished() const; // nothing of this step is queued or in flight
    void setReportPolicy(const ReportPolicy& policy) { m_policy = policy; }

private:
    void queuePages();
    void onDefinitions(Result<QList<api::CustomFieldDefinition>> result);
    void onPage(int page, Result<api::CampaignsPage> result);
    void onReport(const QString& campaignId, Result<api::CampaignReport> result);
    void queueReports();
    QString checkpointKey() const;

    SyncRoundContext& m_ctx;
    ReportPolicy m_policy;
    qint64 m_definitionsPassId = 0;
    bool m_definitionsPending = false;
    qint64 m_passId = 0;
    PassProgress m_progress;
    QSet<int> m_requested;
    QHash<int, int> m_refetches;
    bool m_listed = false;
    bool m_listFailed = false;
    bool m_reportsQueued = false;
    int m_reportsPending = 0;
};

} // namespace crmlens::sync
