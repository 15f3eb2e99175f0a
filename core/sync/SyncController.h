#pragma once

#include "core/sync/SyncTypes.h"
#include "core/sync/SyncWorker.h"

#include <QObject>
#include <QThread>

namespace crmlens::sync {

// Runs the sync on its own named thread ("crmlens-sync") and is the only way the rest of the
// application talks to it: slots and signals with value types, queued across the thread.
//
//   SyncController sync(connection);
//   connect(&sync, &SyncController::finished, ...);
//   sync.launch();                 // thread up, store opened inside it; ready() or failed()
//   sync.start(SyncOptions{});     // queued to the engine
//   ...
//   sync.shutdown();               // cancel, quit and join (also done by the destructor)
//
// Signals arrive on the controller's thread. After failed() from launch() the store could not be
// opened (or the address is unusable) and start() does nothing but fail again.
class SyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kThreadName = "crmlens-sync";

    explicit SyncController(SyncConnection connection, QObject* parent = nullptr);
    ~SyncController() override;

    void launch();
    bool isLaunched() const { return m_thread.isRunning(); }
    // The worker thread, for diagnostics and tests; never move objects to it from outside.
    const QThread* workerThread() const { return &m_thread; }

public Q_SLOTS:
    void start(const crmlens::sync::SyncOptions& options = {});
    void cancel();
    void setFocus(const crmlens::sync::SyncFocus& focus);
    // Cancels what runs, then quits and joins the thread; the store's connection closes in it.
    void shutdown();

Q_SIGNALS:
    void ready();
    void progress(const crmlens::sync::SyncProgress& progress);
    void warning(const QString& message);
    void finished(const crmlens::sync::SyncSummary& summary);
    void failed(const crmlens::Error& error);
    void stopped();

    // Queued to the worker (connected in launch()); callers use the slots above.
    void openRequested();
    void startRequested(const crmlens::sync::SyncOptions& options);
    void cancelRequested();
    void focusRequested(const crmlens::sync::SyncFocus& focus);

private:
    SyncConnection m_connection;
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
};

} // namespace crmlens::sync
