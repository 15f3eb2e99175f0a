#include "core/sync/SyncEngine.h"

#include "core/api/CrmClient.h"
#include "core/common/Logging.h"
#include "core/store/SyncPassRepository.h"
#include "core/sync/SyncRound.h"

#include <algorithm>
#include <limits>

namespace crmlens::sync {

namespace {

// Whether the last complete pass of `kind` is older than `intervalSecs` (or there is none, or one
// is still open and waits to be continued).
bool isDue(store::SyncPassRepository& passes, const QString& kind, qint64 intervalSecs, const QDateTime& now)
{
    auto open = passes.openPass(kind);
    if (!open.ok() || open.value())
        return true;
    auto last = passes.lastCompletePass(kind);
    if (!last.ok() || !last.value())
        return true;
    return last.value()->startedAt.secsTo(now) >= intervalSecs;
}

} // namespace

SyncEngine::SyncEngine(api::CrmClient& client, store::Database& db, const Clock& clock, SyncSettings settings,
                       QObject* parent)
    : QObject(parent), m_client(client), m_db(db), m_clock(clock), m_settings(std::move(settings))
{
    registerSyncMetaTypes();
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] { startRound(true); });
}

SyncEngine::~SyncEngine()
{
    // Before the borrowed client goes: the round cancels its requests as it is destroyed.
    delete m_round.data();
}

void SyncEngine::start(const SyncOptions& options)
{
    if (m_running) {
        Q_EMIT warning(QStringLiteral("A sync is already running."));
        return;
    }
    m_running = true;
    m_options = options;
    m_roundsRun = 0;
    if (options.rateLimitPerMinute > 0)
        m_client.setRateLimit(options.rateLimitPerMinute);
    startRound(false);
}

void SyncEngine::cancel()
{
    if (m_round) {
        m_round->cancel(); // finished(cancelled) follows, then stopped()
        return;
    }
    stop();
}

void SyncEngine::setFocus(const SyncFocus& focus)
{
    m_focus = focus;
    if (m_round)
        m_round->setFocus(focus);
}

RoundParts SyncEngine::dueParts(bool respectCadence) const
{
    RoundParts parts;
    parts.respectCadence = respectCadence;
    store::SyncPassRepository passes(m_db);
    const QDateTime now = m_clock.nowUtc();
    parts.definitions = isDue(passes, store::kCustomFieldsPass, m_settings.definitionsIntervalSecs, now);
    if (respectCadence) {
        parts.contacts = isDue(passes, store::kContactsPass, m_settings.contactsIntervalSecs, now);
        parts.campaigns = isDue(passes, store::kCampaignsPass, m_settings.campaignsIntervalSecs, now);
    }
    return parts;
}

void SyncEngine::startRound(bool respectCadence)
{
    auto* round =
        new SyncRound(m_client, m_db, m_clock, m_settings, dueParts(respectCadence), ++m_roundNumber, m_focus, this);
    m_round = round;
    connect(round, &SyncRound::progress, this, &SyncEngine::progress);
    connect(round, &SyncRound::warning, this, &SyncEngine::warning);
    connect(round, &SyncRound::finished, this, &SyncEngine::onRoundFinished);
    connect(round, &SyncRound::failed, this, &SyncEngine::onRoundFailed);
    round->start();
}

void SyncEngine::onRoundFinished(const SyncSummary& summary)
{
    if (m_round)
        m_round->deleteLater();
    m_round = nullptr;
    ++m_roundsRun;
    Q_EMIT finished(summary);
    const bool more = m_options.watch && !summary.cancelled && m_running &&
                      (m_options.maxRounds <= 0 || m_roundsRun < m_options.maxRounds);
    if (more)
        scheduleNextRound(summary);
    else
        stop();
}

void SyncEngine::onRoundFailed(const Error& error)
{
    if (m_round)
        m_round->deleteLater();
    m_round = nullptr;
    Q_EMIT failed(error);
    stop();
}

qint64 SyncEngine::secondsUntilDue() const
{
    // Rounds start at most once per messages interval, counted from the start of the last one.
    store::SyncPassRepository passes(m_db);
    auto recent = passes.recentPasses(20);
    if (!recent.ok())
        return m_settings.messagesIntervalSecs;
    for (const store::SyncPass& pass : recent.value()) {
        if (pass.kind == store::kMessagesPass)
            return std::max<qint64>(0, m_settings.messagesIntervalSecs - pass.startedAt.secsTo(m_clock.nowUtc()));
    }
    return 0;
}

void SyncEngine::scheduleNextRound(const SyncSummary& last)
{
    const qint64 wait = secondsUntilDue();
    SyncProgress waiting;
    waiting.phase = SyncPhase::Waiting;
    waiting.round = m_roundNumber;
    waiting.what = QStringLiteral("Up to date; the next round starts in %1 s").arg(wait);
    waiting.etaSeconds = wait;
    waiting.partialData = !last.complete;
    Q_EMIT progress(waiting);
    m_waitTimer.start(int(std::min<qint64>(wait * 1000, std::numeric_limits<int>::max())));
}

void SyncEngine::stop()
{
    m_waitTimer.stop();
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT stopped();
}

} // namespace crmlens::sync
