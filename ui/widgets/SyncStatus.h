#pragma once

#include "core/common/Error.h"
#include "core/store/StoreStats.h"
#include "core/sync/SyncTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace crmlens::ui {

// The sync's state in the status bar: what it reads now, how far it is and when it should be
// done under the rate limit; how fresh each kind of data is; partial-data and stale warnings;
// errors in plain words with the fix; and the Sync now / Pause buttons.
class SyncStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatus(QWidget* parent = nullptr);

    // Data older than this is called stale (the default cadence reads messages every 15 minutes).
    static constexpr qint64 kStaleAfterSeconds = 2 * 60 * 60;

    void showProgress(const sync::SyncProgress& progress);
    void showFinished(const sync::SyncSummary& summary);
    void showFailed(const Error& error);
    void showPaused();
    // Not syncing and nothing to report about a round (no account, or before the first start).
    void showIdle(const QString& text);
    void showFreshness(const QList<store::Freshness>& freshness, const QDateTime& messagesReadAt, bool partial,
                       const QDateTime& now);

    bool isSyncing() const { return m_syncing; }
    QString stateText() const;
    QString freshnessText() const;

    // The plain-words fix for an error, as shown after its message.
    static QString fixFor(const Error& error);
    // "3 min ago", "2 h ago", "yesterday", ...
    static QString ago(const QDateTime& then, const QDateTime& now);

Q_SIGNALS:
    void syncNowRequested();
    void pauseRequested();

private:
    void setSyncing(bool syncing);

    QLabel* m_state;
    QProgressBar* m_progress;
    QLabel* m_freshness;
    QToolButton* m_syncNow;
    QToolButton* m_pause;
    bool m_syncing = false;
};

} // namespace crmlens::ui
