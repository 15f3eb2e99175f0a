#include "ui/widgets/SyncStatus.h"

#include "ui/widgets/MetricFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace crmlens::ui {

namespace {

QString etaText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 90)
        return SyncStatus::tr("about a minute left");
    if (seconds < 90 * 60)
        return SyncStatus::tr("about %n minute(s) left", nullptr, int((seconds + 30) / 60));
    return SyncStatus::tr("about %n hour(s) left", nullptr, int((seconds + 1800) / 3600));
}

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("contacts"))
        return SyncStatus::tr("Contacts");
    if (kind == QLatin1String("campaigns"))
        return SyncStatus::tr("Campaigns");
    if (kind == QLatin1String("custom_fields"))
        return SyncStatus::tr("Field definitions");
    return kind;
}

} // namespace

SyncStatus::SyncStatus(QWidget* parent)
    : QWidget(parent), m_state(new QLabel(this)), m_progress(new QProgressBar(this)), m_freshness(new QLabel(this)),
      m_syncNow(new QToolButton(this)), m_pause(new QToolButton(this))
{
    setAccessibleName(tr("Sync status"));
    m_state->setAccessibleName(tr("Sync state"));
    m_state->setTextFormat(Qt::PlainText);
    m_freshness->setAccessibleName(tr("Data freshness"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncNow->setText(tr("&Sync now"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setToolTip(tr("Read what changed in the CRM since the last sync."));
    m_pause->setText(tr("&Pause"));
    m_pause->setAccessibleName(tr("Pause sync"));
    m_pause->setToolTip(tr("Stop reading for now; the next sync continues where this one stopped."));
    m_pause->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_freshness);
    layout->addWidget(m_syncNow);
    layout->addWidget(m_pause);

    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatus::syncNowRequested);
    connect(m_pause, &QToolButton::clicked, this, &SyncStatus::pauseRequested);
}

void SyncStatus::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_syncNow->setEnabled(!syncing);
    m_pause->setEnabled(syncing);
    m_progress->setVisible(syncing);
}

void SyncStatus::showProgress(const sync::SyncProgress& p)
{
    setSyncing(true);
    if (p.phase == sync::SyncPhase::Waiting) {
        setSyncing(false);
        m_state->setText(tr("Up to date; watching for changes."));
        return;
    }
    QStringList parts;
    parts << (p.what.isEmpty() ? sync::syncPhaseName(p.phase) : p.what);
    if (p.total > 0) {
        parts << tr("%1 of %2 requests").arg(format::count(p.done), format::count(p.total));
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, p.done * 1000 / p.total)));
    } else {
        m_progress->setRange(0, 0); // busy: the size of the round is not known yet
    }
    if (p.messagesStored > 0)
        parts << tr("%1 messages stored").arg(format::count(p.messagesStored));
    if (const QString eta = etaText(p.etaSeconds); !eta.isEmpty()) {
        parts << (p.ratePerMinute > 0 ? tr("%1 at %2 requests/min").arg(eta).arg(qRound(p.ratePerMinute)) : eta);
    }
    if (p.partialData)
        parts << tr("figures are partial until the first sync completes");
    m_state->setText(parts.join(QStringLiteral(" · ")));
    m_state->setToolTip(p.requestsLeftInBudget >= 0
                            ? tr("%1 requests left in the CRM's current rate-limit window.").arg(p.requestsLeftInBudget)
                            : QString());
}

void SyncStatus::showFinished(const sync::SyncSummary& s)
{
    setSyncing(false);
    if (s.cancelled) {
        showPaused();
        return;
    }
    QString text = s.complete ? tr("Synced: %1 new, %2 changed, %3 deleted contacts; %4 new messages.")
                                    .arg(format::count(s.contactsAdded), format::count(s.contactsChanged),
                                         format::count(s.contactsDeleted), format::count(s.messagesAdded))
                              : tr("Sync finished with work left for the next round (%1 chats could not be read).")
                                    .arg(format::count(s.chatsFailed));
    if (s.skipped > 0)
        text += QLatin1Char(' ') + tr("%n malformed record(s) skipped.", nullptr, int(s.skipped));
    m_state->setText(text);
}

void SyncStatus::showFailed(const Error& error)
{
    setSyncing(false);
    const QString fix = fixFor(error);
    m_state->setText(fix.isEmpty() ? error.message : error.message + QLatin1Char(' ') + fix);
}

void SyncStatus::showPaused()
{
    setSyncing(false);
    m_state->setText(tr("Sync paused. Sync now continues where it stopped."));
}

void SyncStatus::showIdle(const QString& text)
{
    setSyncing(false);
    m_state->setText(text);
}

void SyncStatus::showFreshness(const QList<store::Freshness>& freshness, const QDateTime& messagesReadAt, bool partial,
                               const QDateTime& now)
{
    QStringList parts;
    QStringList details;
    bool stale = false;
    for (const store::Freshness& f : freshness) {
        // Messages are read chat by chat, not in passes: their freshness is the newest read below.
        if (f.kind == QLatin1String("custom_fields") || f.kind == QLatin1String("messages"))
            continue;
        const QDateTime at = f.lastCompleteFinishedAt.isValid() ? f.lastCompleteFinishedAt : f.lastPageAt;
        if (!at.isValid())
            continue;
        stale = stale || at.secsTo(now) > kStaleAfterSeconds;
        parts << tr("%1 %2").arg(kindName(f.kind), ago(at, now));
        details << tr("%1: last complete read %2, last page %3")
                       .arg(kindName(f.kind),
                            f.lastCompleteFinishedAt.isValid()
                                ? format::dateTime(f.lastCompleteFinishedAt.toMSecsSinceEpoch())
                                : tr("never"),
                            format::dateTime(f.lastPageAt.toMSecsSinceEpoch()));
    }
    if (messagesReadAt.isValid()) {
        stale = stale || messagesReadAt.secsTo(now) > kStaleAfterSeconds;
        parts << tr("Messages %1").arg(ago(messagesReadAt, now));
        details << tr("Messages: newest read %1").arg(format::dateTime(messagesReadAt.toMSecsSinceEpoch()));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (partial)
        text = tr("Partial data") + QStringLiteral(" · ") + text;
    else if (stale)
        text = tr("Stale") + QStringLiteral(" · ") + text;
    m_freshness->setText(text);
    m_freshness->setToolTip(details.join(QLatin1Char('\n')));
}

QString SyncStatus::stateText() const
{
    return m_state->text();
}

QString SyncStatus::freshnessText() const
{
    return m_freshness->text();
}

QString SyncStatus::fixFor(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Unauthorized:
        return tr("Check the API key in Settings → Accounts.");
    case Error::Kind::Network:
        return tr("Check the internet connection and the CRM address; sync will retry.");
    case Error::Kind::Timeout:
        return tr("The CRM is slow to answer; sync will retry later.");
    case Error::Kind::RateLimited:
        return tr("The CRM's rate limit was reached; lower the rate plan in Settings.");
    case Error::Kind::Server:
        return tr("The CRM had a problem; sync will retry later.");
    case Error::Kind::InsecureUrl:
        return tr("Use an https:// address in Settings → Accounts.");
    case Error::Kind::Storage:
        return tr("Free disk space or choose another data folder, then sync again.");
    default:
        return {};
    }
}

QString SyncStatus::ago(const QDateTime& then, const QDateTime& now)
{
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n day(s) ago", nullptr, int(s / 86400));
}

} // namespace crmlens::ui
