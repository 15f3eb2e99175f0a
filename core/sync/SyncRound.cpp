#include "core/sync/SyncRound.h"

#include "core/api/CrmClient.h"
#include "core/common/Logging.h"
#include "core/store/CheckpointRepository.h"
#include "core/store/SyncPassRepository.h"
#include "core/store/SyncPlanReader.h"
#include "core/sync/CampaignsStep.h"
#include "core/sync/ChatsStep.h"
#include "core/sync/ContactsStep.h"
#include "core/sync/SyncRoundContext.h"

#include <QStringList>

#include <cmath>

namespace crmlens::sync {

namespace {

// Which passes belong to the round, so a continued round does not read a finished part again.
const QString kRoundKey = QStringLiteral("sync.round");

struct RoundMarks
{
    qint64 round = 0;
    qint64 contacts = 0;
    qint64 campaigns = 0;
    qint64 definitions = 0;

    QString encode() const
    {
        return QStringLiteral("r=%1;contacts=%2;campaigns=%3;definitions=%4")
            .arg(round)
            .arg(contacts)
            .arg(campaigns)
            .arg(definitions);
    }
    static RoundMarks decode(const QString& text)
    {
        RoundMarks marks;
        for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const qint64 value = part.section(QLatin1Char('='), 1).toLongLong();
            if (key == QLatin1String("r"))
                marks.round = value;
            else if (key == QLatin1String("contacts"))
                marks.contacts = value;
            else if (key == QLatin1String("campaigns"))
                marks.campaigns = value;
            else if (key == QLatin1String("definitions"))
                marks.definitions = value;
        }
        return marks;
    }
};

// Whether pass `id` ended (completed or given up) - such a part of a continued round is done.
Result<bool> passClosed(store::SyncPassRepository& passes, qint64 id)
{
    if (id <= 0)
        return false;
    auto pass = passes.pass(id);
    if (!pass.ok())
        return pass.error();
    return pass.value() && !pass.value()->isOpen();
}

} // namespace

SyncRound::SyncRound(api::CrmClient& client, store::Database& db, const Clock& clock, const SyncSettings& settings,
                     RoundParts parts, int number, const SyncFocus& focus, QObject* parent)
    : QObject(parent), m_client(client), m_db(db), m_clock(clock), m_settings(settings), m_parts(parts),
      m_number(number), m_ctx(std::make_unique<SyncRoundContext>(client, db, clock, settings))
{
    m_ctx->planner.setFocus(focus);
    m_ctx->respectCadence = parts.respectCadence;
    m_ctx->summary.round = number;
    m_ctx->onFatal = [this](const Error& error) { fail(error); };
    m_ctx->onWarning = [this](const QString& message) { Q_EMIT warning(message); };
    m_ctx->onSettled = [this] { pump(); };

    m_chats = std::make_unique<ChatsStep>(*m_ctx);
    m_contacts = std::make_unique<ContactsStep>(*m_ctx, *m_chats);
    m_campaigns = std::make_unique<CampaignsStep>(*m_ctx);
    m_chats->claimGone = [this](const QString& chatId) { return m_contacts->claimGone(chatId); };
    m_chats->onVerified = [this](const QString& chatId, ChatVerdict verdict) { m_contacts->verified(chatId, verdict); };
    ReportPolicy policy;
    policy.settleSecs = settings.reportSettleSecs;
    policy.minIntervalSecs = parts.respectCadence ? settings.reportsIntervalSecs : 0;
    m_campaigns->setReportPolicy(policy);

    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &SyncRound::emitProgress);
}

SyncRound::~SyncRound()
{
    // The context cancels what is still in flight before the steps it calls back go away.
    m_ctx->stop();
}

void SyncRound::start()
{
    m_startedMs = m_clock.monotonicMs();
    const api::ClientStats stats = m_client.stats();
    m_sentAtStart = stats.requestsSent;
    m_retriesAtStart = stats.retries;
    m_rateLimitedAtStart = stats.rateLimited;
    m_timeoutsAtStart = stats.timeouts;
    m_ctx->summary.startedAt = m_clock.nowUtc();

    if (Error err = open(); err.isError()) {
        m_ctx->fatal(err);
        return;
    }
    if (m_ctx->stopped())
        return;
    emitProgress();
    pump();
}

Error SyncRound::open()
{
    store::SyncPassRepository passes(m_db);
    store::CheckpointRepository checkpoints(m_db);

    auto open = passes.openPass(store::kMessagesPass);
    if (!open.ok())
        return open.error();
    bool resumed = false;
    if (open.value()) {
        if (open.value()->startedAt.secsTo(m_clock.nowUtc()) <= m_settings.maxResumeAgeSecs) {
            m_ctx->roundId = open.value()->id;
            m_ctx->roundStart = open.value()->startedAt;
            resumed = true;
        } else if (Error err = passes.abandonPass(open.value()->id); err.isError()) {
            return err;
        }
    }
    if (!resumed) {
        auto pass = passes.beginPass(store::kMessagesPass);
        if (!pass.ok())
            return pass.error();
        m_ctx->roundId = pass->id;
        m_ctx->roundStart = pass->startedAt;
    }
    m_ctx->planner.setNow(m_clock.nowUtc());

    RoundMarks marks;
    if (resumed) {
        auto saved = checkpoints.value(kRoundKey);
        if (!saved.ok())
            return saved.error();
        if (saved.value())
            marks = RoundMarks::decode(*saved.value());
        if (marks.round != m_ctx->roundId)
            marks = RoundMarks{};
        qCInfo(lcSync).noquote() << "Continuing sync round" << m_ctx->roundId;
    }
    marks.round = m_ctx->roundId;

    auto firstComplete = passes.firstCompletePass(store::kContactsPass);
    if (!firstComplete.ok())
        return firstComplete.error();
    m_hadCompleteContactsPass = firstComplete.value().has_value();

    store::SyncPlanReader reader(m_db);
    auto rows = reader.livingChats(m_clock.nowUtc().addSecs(-m_settings.statusWindowSecs));
    if (!rows.ok())
        return rows.error();
    auto chatCheckpoints = checkpoints.withPrefix(ChatReadPlan::checkpointPrefix());
    if (!chatCheckpoints.ok())
        return chatCheckpoints.error();
    m_chats->load(rows.value(), chatCheckpoints.value());

    auto definitionsDone = passClosed(passes, marks.definitions);
    auto contactsDone = passClosed(passes, marks.contacts);
    auto campaignsDone = passClosed(passes, marks.campaigns);
    for (const auto* done : {&definitionsDone, &contactsDone, &campaignsDone}) {
        if (!done->ok())
            return done->error();
    }
    if (m_parts.definitions && !definitionsDone.value()) {
        if (Error err = m_campaigns->beginDefinitions(); err.isError())
            return err;
        marks.definitions = m_campaigns->definitionsPassId();
    }
    if (m_parts.contacts && !contactsDone.value()) {
        if (Error err = m_contacts->begin(rows.value()); err.isError())
            return err;
        marks.contacts = m_contacts->passId();
    }
    if (m_parts.campaigns && !campaignsDone.value()) {
        if (Error err = m_campaigns->beginCampaigns(); err.isError())
            return err;
        marks.campaigns = m_campaigns->passId();
    } else if (m_parts.reports) {
        m_campaigns->beginReports();
    }
    return checkpoints.set(kRoundKey, marks.encode());
}

void SyncRound::setFocus(const SyncFocus& focus)
{
    m_ctx->planner.setFocus(focus);
    pump();
}

void SyncRound::pump()
{
    if (m_pumping || m_done || m_ctx->stopped())
        return;
    m_pumping = true;
    const int depth = std::max(1, m_settings.pipelineDepth);
    while (!m_ctx->stopped() && m_ctx->outstanding() < depth) {
        const std::optional<WorkItem> item = m_ctx->planner.next();
        if (!item)
            break;
        dispatch(*item);
    }
    m_pumping = false;
    if (m_ctx->stopped())
        return;
    if (m_ctx->outstanding() == 0 && m_ctx->planner.isEmpty()) {
        finish();
        return;
    }
    scheduleProgress();
}

void SyncRound::dispatch(const WorkItem& item)
{
    switch (item.kind) {
    case WorkKind::ContactsPage:
    case WorkKind::ChatCustomFields:
    case WorkKind::ContactLookup:
        m_contacts->issue(item);
        break;
    case WorkKind::FieldDefinitions:
    case WorkKind::CampaignsPage:
    case WorkKind::CampaignReport:
        m_campaigns->issue(item);
        break;
    case WorkKind::ChatMessages:
        m_chats->issue(item);
        break;
    }
}

void SyncRound::finish()
{
    m_contacts->finalize();
    m_campaigns->finalize();
    if (m_ctx->stopped())
        return;
    m_done = true;
    SyncSummary& summary = m_ctx->summary;
    store::SyncPassRepository passes(m_db);
    const Error closed =
        summary.chatsFailed == 0 ? passes.finishPass(m_ctx->roundId) : passes.abandonPass(m_ctx->roundId);
    if (closed.isError()) {
        m_done = false;
        m_ctx->fatal(closed);
        return;
    }
    const bool contactsOk = !m_parts.contacts || m_contacts->passId() == 0 || summary.contactsPassComplete;
    const bool campaignsOk = !m_parts.campaigns || m_campaigns->passId() == 0 || m_campaigns->isListed();
    summary.complete =
        contactsOk && campaignsOk && summary.chatsFailed == 0 && summary.failedRequests == 0 && !summary.deletionsHeld;
    fillClientFigures();
    m_ctx->stop();
    m_progressTimer.stop();
    emitProgress();
    qCInfo(lcSync).noquote() << "Sync round" << m_number << (summary.complete ? "complete:" : "finished:")
                             << summary.requests << "requests," << summary.chatsRead << "chats,"
                             << summary.messagesAdded << "new messages in" << summary.seconds << "s";
    Q_EMIT finished(summary);
}

void SyncRound::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_ctx->stop();
    m_progressTimer.stop();
    m_ctx->summary.cancelled = true;
    fillClientFigures();
    qCInfo(lcSync).noquote() << "Sync round" << m_number << "cancelled; it continues from its checkpoints next time";
    Q_EMIT finished(m_ctx->summary);
}

void SyncRound::fail(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    Q_EMIT failed(error);
}

void SyncRound::fillClientFigures()
{
    SyncSummary& summary = m_ctx->summary;
    const api::ClientStats stats = m_client.stats();
    summary.requests = stats.requestsSent - m_sentAtStart;
    summary.retries = stats.retries - m_retriesAtStart;
    summary.rateLimited = stats.rateLimited - m_rateLimitedAtStart;
    summary.timeouts = stats.timeouts - m_timeoutsAtStart;
    summary.seconds = double(m_clock.monotonicMs() - m_startedMs) / 1000.0;
    summary.finishedAt = m_clock.nowUtc();
}

void SyncRound::scheduleProgress()
{
    if (!m_progressTimer.isActive())
        m_progressTimer.start(std::max(1, m_settings.progressIntervalMs));
}

SyncPhase SyncRound::phase() const
{
    if (m_done)
        return SyncPhase::Finishing;
    if (m_contacts->passId() != 0 && !m_contacts->isListed())
        return SyncPhase::Contacts;
    if (!m_campaigns->isFinished())
        return SyncPhase::Campaigns;
    return SyncPhase::Messages;
}

void SyncRound::emitProgress()
{
    const SyncSummary& summary = m_ctx->summary;
    const SyncPlanner& planner = m_ctx->planner;
    SyncProgress p;
    p.phase = phase();
    p.round = m_number;
    p.done = m_ctx->answered();
    const double remaining = double(planner.structuralCount() + planner.continuationCount() + m_ctx->outstanding()) +
                             double(planner.chatCount()) * (1.0 + m_chats->extraPagesPerChat());
    p.total = p.done + qint64(std::ceil(remaining));
    p.contactPagesDone = m_contacts->progress().storedCount();
    p.contactPagesTotal = m_contacts->progress().total() >= 0 ? m_contacts->progress().pagesKnown() : 0;
    p.chatsDone = m_chats->chatsDone();
    p.chatsTotal = m_chats->chatsKnown();
    p.messagesStored = summary.messagesAdded;

    const api::ClientStats stats = m_client.stats();
    const api::PacerStats pacer = m_client.pacerStats();
    p.requestsSent = stats.requestsSent - m_sentAtStart;
    p.requestsLeftInBudget = pacer.requestsLeft;
    p.ratePerMinute = pacer.effectiveRatePerMinute;
    const double elapsedMin = double(m_clock.monotonicMs() - m_startedMs) / 60000.0;
    const double observed = elapsedMin > 0 ? double(p.done) / elapsedMin : 0.0;
    const double rate =
        p.ratePerMinute > 0 ? std::min(p.ratePerMinute, observed > 0 ? observed : p.ratePerMinute) : observed;
    p.etaSeconds = rate > 0 ? qint64(std::ceil(remaining / rate * 60.0)) : -1;
    p.partialData = !(m_hadCompleteContactsPass || summary.contactsPassComplete) ||
                    planner.chatCount(ChatTier::NeverRead) > 0 || m_chats->chatsReading() > 0;

    switch (p.phase) {
    case SyncPhase::Contacts:
        p.what =
            p.contactPagesTotal > 0
                ? QStringLiteral("Reading contacts: page %1 of %2").arg(p.contactPagesDone).arg(p.contactPagesTotal)
                : QStringLiteral("Reading contacts");
        break;
    case SyncPhase::Campaigns:
        p.what = QStringLiteral("Reading campaigns and reports");
        break;
    case SyncPhase::Finishing:
        p.what = QStringLiteral("Finished: %1 of %2 chats read").arg(p.chatsDone).arg(p.chatsTotal);
        break;
    default:
        p.what = QStringLiteral("Reading messages: %1 of %2 chats").arg(p.chatsDone).arg(p.chatsTotal);
        break;
    }
    Q_EMIT progress(p);
}

} // namespace crmlens::sync
