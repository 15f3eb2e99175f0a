#include "core/sync/SyncController.h"

namespace crmlens::sync {

SyncController::SyncController(SyncConnection connection, QObject* parent)
    : QObject(parent), m_connection(std::move(connection))
{
    registerSyncMetaTypes();
    m_thread.setObjectName(QString::fromLatin1(kThreadName));
}

SyncController::~SyncController()
{
    shutdown();
}

void SyncController::launch()
{
    if (m_worker)
        return;
    m_worker = new SyncWorker(m_connection);
    m_worker->moveToThread(&m_thread);
    // The worker (and with it the engine, the client and the store's connection) is destroyed on
    // its own thread once the thread's event loop has stopped.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(this, &SyncController::openRequested, m_worker, &SyncWorker::open);
    connect(this, &SyncController::startRequested, m_worker, &SyncWorker::start);
    connect(this, &SyncController::cancelRequested, m_worker, &SyncWorker::cancel);
    connect(this, &SyncController::focusRequested, m_worker, &SyncWorker::setFocus);

    connect(m_worker, &SyncWorker::ready, this, &SyncController::ready);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::warning, this, &SyncController::warning);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::finished);
    connect(m_worker, &SyncWorker::failed, this, &SyncController::failed);
    connect(m_worker, &SyncWorker::stopped, this, &SyncController::stopped);

    m_thread.start();
    Q_EMIT openRequested();
}

void SyncController::start(const SyncOptions& options)
{
    Q_EMIT startRequested(options);
}

void SyncController::cancel()
{
    Q_EMIT cancelRequested();
}

void SyncController::setFocus(const SyncFocus& focus)
{
    Q_EMIT focusRequested(focus);
}

void SyncController::shutdown()
{
    if (!m_worker)
        return;
    Q_EMIT cancelRequested();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted on its thread as the thread finished
}

} // namespace crmlens::sync
