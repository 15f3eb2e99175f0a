#include "core/sync/CampaignsStep.h"

#include "core/common/Logging.h"
#include "core/store/CampaignRepository.h"
#include "core/store/CheckpointRepository.h"
#include "core/store/CustomFieldRepository.h"
#include "core/store/SyncPassRepository.h"
#include "core/sync/SyncRoundContext.h"

namespace crmlens::sync {

namespace {

const QString kCampaignsEndpoint = QStringLiteral("/crm/campaign");

} // namespace

CampaignsStep::CampaignsStep(SyncRoundContext& ctx) : m_ctx(ctx), m_progress(ctx.settings.campaignsPageSize)
{
    m_policy.settleSecs = ctx.settings.reportSettleSecs;
}

QString CampaignsStep::checkpointKey() const
{
    return QStringLiteral("campaigns.pass.%1").arg(m_passId);
}

bool CampaignsStep::isFinished() const
{
    return !m_definitionsPending && m_requested.isEmpty() && m_reportsPending == 0;
}

Error CampaignsStep::beginDefinitions()
{
    store::SyncPassRepository passes(m_ctx.db);
    // One request, nothing to continue: an interrupted definitions pass is simply redone.
    auto open = passes.openPass(store::kCustomFieldsPass);
    if (!open.ok())
        return open.error();
    if (open.value()) {
        if (Error err = passes.abandonPass(open.value()->id); err.isError())
            return err;
    }
    auto pass = passes.beginPass(store::kCustomFieldsPass);
    if (!pass.ok())
        return pass.error();
    m_definitionsPassId = pass->id;
    m_definitionsPending = true;
    m_ctx.planner.addStructural(WorkItem{WorkKind::FieldDefinitions, 0, QString(), QString(), false});
    return {};
}

Error CampaignsStep::beginCampaigns()
{
    store::SyncPassRepository passes(m_ctx.db);
    auto open = passes.openPass(store::kCampaignsPass);
    if (!open.ok())
        return open.error();
    if (open.value()) {
        if (open.value()->startedAt.secsTo(m_ctx.now()) <= m_ctx.settings.maxResumeAgeSecs) {
            m_passId = open.value()->id;
            auto saved = store::CheckpointRepository(m_ctx.db).value(checkpointKey());
            if (!saved.ok())
                return saved.error();
            if (saved.value()) {
                if (auto decoded = PassProgress::decode(*saved.value());
                    decoded && decoded->pageSize() == m_ctx.settings.campaignsPageSize)
                    m_progress = *decoded;
            }
        } else if (Error err = passes.abandonPass(open.value()->id); err.isError()) {
            return err;
        }
    }
    if (m_passId == 0) {
        auto pass = passes.beginPass(store::kCampaignsPass);
        if (!pass.ok())
            return pass.error();
        m_passId = pass->id;
    }
    queuePages();
    if (m_progress.isComplete()) {
        // Every page was stored before an interruption: close the pass and go on to the reports.
        if (Error err = passes.finishPass(m_passId); err.isError())
            return err;
        m_listed = true;
        queueReports();
    }
    return {};
}

void CampaignsStep::beginReports()
{
    queueReports();
}

void CampaignsStep::queuePages()
{
    const int pages = m_progress.pagesKnown();
    for (int page = 1; page <= pages; ++page) {
        if (m_progress.isStored(page) || m_requested.contains(page))
            continue;
        m_requested.insert(page);
        m_ctx.planner.addStructural(WorkItem{WorkKind::CampaignsPage, page, QString(), QString(), false});
    }
}

void CampaignsStep::issue(const WorkItem& item)
{
    switch (item.kind) {
    case WorkKind::FieldDefinitions:
        m_ctx.request<QList<api::CustomFieldDefinition>>(
            item.focus,
            [&](api::CallOptions options, api::Callback<QList<api::CustomFieldDefinition>> done) {
                return m_ctx.client.fetchCustomFieldDefinitions(std::move(done), options);
            },
            [this](Result<QList<api::CustomFieldDefinition>> result) { onDefinitions(std::move(result)); });
        break;
    case WorkKind::CampaignsPage: {
        const int page = item.page;
        const int limit = m_ctx.settings.campaignsPageSize;
        m_ctx.request<api::CampaignsPage>(
            item.focus,
            [&](api::CallOptions options, api::Callback<api::CampaignsPage> done) {
                return m_ctx.client.fetchCampaigns(page, limit, std::move(done), options);
            },
            [this, page](Result<api::CampaignsPage> result) { onPage(page, std::move(result)); });
        break;
    }
    case WorkKind::CampaignReport: {
        const QString campaignId = item.id;
        m_ctx.request<api::CampaignReport>(
            item.focus,
            [&](api::CallOptions options, api::Callback<api::CampaignReport> done) {
                return m_ctx.client.fetchCampaignReport(campaignId, std::move(done), options);
            },
            [this, campaignId](Result<api::CampaignReport> result) { onReport(campaignId, std::move(result)); });
        break;
    }
    default:
        break;
    }
}

void CampaignsStep::onDefinitions(Result<QList<api::CustomFieldDefinition>> result)
{
    m_definitionsPending = false;
    store::SyncPassRepository passes(m_ctx.db);
    if (!result.ok()) {
        if (!m_ctx.absorb(result.error()))
            return;
        m_ctx.warn(result.error().message);
        m_ctx.storeFailed(passes.abandonPass(m_definitionsPassId));
        return;
    }
    auto written = store::CustomFieldRepository(m_ctx.db).writeDefinitions(result.value());
    if (!written.ok()) {
        m_ctx.storeFailed(written.error());
        return;
    }
    m_ctx.summary.customFieldDefinitions = result->size();
    m_ctx.storeFailed(passes.finishPass(m_definitionsPassId));
}

void CampaignsStep::onPage(int page, Result<api::CampaignsPage> result)
{
    m_requested.remove(page);
    if (!result.ok()) {
        if (!m_ctx.absorb(result.error()))
            return;
        m_listFailed = true;
        m_ctx.warn(
            QStringLiteral("%1 The campaign list stays incomplete until the next round.").arg(result.error().message));
        // The campaigns already stored still get their reports.
        queueReports();
        return;
    }
    const api::CampaignsPage& campaigns = result.value();
    const bool damaged = !campaigns.skipped.isEmpty() || !campaigns.fieldIssues.isEmpty();
    if (damaged && m_refetches.value(page) < m_ctx.settings.damagedPageRefetches) {
        m_refetches[page] += 1;
        m_requested.insert(page);
        m_ctx.planner.addStructural(WorkItem{WorkKind::CampaignsPage, page, QString(), QString(), false});
        return;
    }

    PassProgress next = m_progress;
    if (campaigns.info.total)
        next.setTotal(*campaigns.info.total);
    if (campaigns.items.size() + campaigns.skipped.size() < m_ctx.settings.campaignsPageSize)
        next.setShortPage(page);
    next.markStored(page);

    store::PageProgress progress;
    progress.checkpoint = store::Checkpoint{checkpointKey(), next.encode()};
    for (const api::SkippedRecord& record : campaigns.skipped)
        progress.skipped << store::SkippedEntry::fromApi(record, kCampaignsEndpoint);
    auto written = store::CampaignRepository(m_ctx.db).writeCampaignsPage(m_passId, campaigns.items, progress);
    if (!written.ok()) {
        m_ctx.storeFailed(written.error());
        return;
    }
    m_progress = next;
    m_ctx.summary.campaigns += campaigns.items.size();
    m_ctx.summary.campaignsAdded += written->inserted;
    m_ctx.summary.campaignsChanged += written->updated;
    m_ctx.summary.campaignsSkipped += written->skipped;
    m_ctx.summary.skipped += written->skipped;

    queuePages();
    if (m_progress.isComplete() && !m_listed) {
        m_listed = true;
        if (m_ctx.storeFailed(store::SyncPassRepository(m_ctx.db).finishPass(m_passId)))
            return;
        queueReports();
    }
}

void CampaignsStep::queueReports()
{
    if (m_reportsQueued)
        return;
    m_reportsQueued = true;
    store::CampaignRepository repo(m_ctx.db);
    auto campaigns = repo.campaigns();
    if (!campaigns.ok()) {
        m_ctx.storeFailed(campaigns.error());
        return;
    }
    const QDateTime now = m_ctx.now();
    for (const store::StoredCampaign& campaign : campaigns.value()) {
        auto last = repo.latestReport(campaign.campaignId);
        if (!last.ok()) {
            m_ctx.storeFailed(last.error());
            return;
        }
        if (!m_policy.isDue(campaign, last.value(), m_ctx.roundStart, now))
            continue;
        ++m_reportsPending;
        m_ctx.planner.addStructural(WorkItem{WorkKind::CampaignReport, 0, campaign.campaignId, QString(), false});
    }
}

void CampaignsStep::onReport(const QString& campaignId, Result<api::CampaignReport> result)
{
    --m_reportsPending;
    if (!result.ok()) {
        if (m_ctx.absorb(result.error()))
            m_ctx.warn(result.error().message);
        return;
    }
    api::CampaignReport report = result.value();
    report.campaignId = campaignId; // the id we asked for, whatever the body calls it
    if (m_ctx.storeFailed(store::CampaignRepository(m_ctx.db).recordReport(report)))
        return;
    ++m_ctx.summary.reports;
}

void CampaignsStep::finalize()
{
    if (m_passId != 0 && !m_listed && !m_ctx.stopped())
        m_ctx.warn(QStringLiteral("The campaign list could not be read completely; the next round reads it again."));
}

} // namespace crmlens::sync
