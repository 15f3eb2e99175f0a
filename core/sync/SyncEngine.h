#pragma once

#include "core/sync/SyncSettings.h"
#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace crmlens {
class Clock;
namespace api {
class CrmClient;
}
namespace store {
class Database;
}
} // namespace crmlens

namespace crmlens::sync {

class SyncRound;
struct RoundParts;

// Keeps the local store a complete, current copy of the CRM.
//
// The engine is driven from outside only through its slots and signals, all carrying value
// types, so it can live on a worker thread (see SyncController) and be talked to with queued
// connections. It works asynchronously on its thread's event loop: it never blocks, and every
// request goes through the CrmClient, which paces them to the rate limit and retries what fails
// transiently. The store is written page by page (one transaction each, with the checkpoint that
// lets an interrupted sync continue), so what was read is usable - and survives a crash - at once.
//
// start() runs one round (everything due read once) or, with SyncOptions::watch, rounds on the
// cadence of SyncSettings until cancel(). After each round finished() reports what it did; a
// round the CRM refused (wrong key) or the store could not take (disk full) ends with failed()
// instead and the engine stops. stopped() says the engine is idle again.
//
// The client, the database and the clock are borrowed: they must outlive the engine and live on
// its thread.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(api::CrmClient& client, store::Database& db, const Clock& clock, SyncSettings settings = {},
               QObject* parent = nullptr);
    ~SyncEngine() override;

    bool isRunning() const { return m_running; }
    const SyncSettings& settings() const { return m_settings; }
    const SyncFocus& focus() const { return m_focus; }

public Q_SLOTS:
    void start(const crmlens::sync::SyncOptions& options = {});
    // Stops after the requests in flight are dropped; the next start continues from checkpoints.
    void cancel();
    // Favour what the user is looking at; applies to the running round at once.
    void setFocus(const crmlens::sync::SyncFocus& focus);

Q_SIGNALS:
    void progress(const crmlens::sync::SyncProgress& progress);
    void warning(const QString& message);
    void finished(const crmlens::sync::SyncSummary& summary);
    void failed(const crmlens::Error& error);
    // Idle again: after a single round, after cancel(), after a failure, or when a watch ran its rounds.
    void stopped();

private:
    void startRound(bool respectCadence);
    void onRoundFinished(const SyncSummary& summary);
    void onRoundFailed(const Error& error);
    void scheduleNextRound(const SyncSummary& last);
    void stop();
    RoundParts dueParts(bool respectCadence) const;
    qint64 secondsUntilDue() const;

    api::CrmClient& m_client;
    store::Database& m_db;
    const Clock& m_clock;
    SyncSettings m_settings;
    SyncFocus m_focus;
    SyncOptions m_options;
    QPointer<SyncRound> m_round;
    QTimer m_waitTimer;
    bool m_running = false;
    int m_roundsRun = 0;
    int m_roundNumber = 0;
};

} // namespace crmlens::sync
