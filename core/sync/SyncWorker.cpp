#include "core/sync/SyncWorker.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/NetworkTransport.h"
#include "core/common/Logging.h"
#include "core/store/Database.h"
#include "core/sync/SyncEngine.h"

#include <QThread>

namespace crmlens::sync {

SyncWorker::SyncWorker(SyncConnection connection) : m_connection(std::move(connection)) {}

SyncWorker::~SyncWorker()
{
    // The engine first: it cancels its requests on the client; the store closes last.
    m_engine.reset();
    m_client.reset();
    m_transport.reset();
    m_db.reset();
}

void SyncWorker::open()
{
    if (m_engine) {
        Q_EMIT ready();
        return;
    }
    auto endpoint = api::ApiEndpoint::fromBaseUrl(m_connection.baseUrl);
    if (!endpoint.ok()) {
        Q_EMIT failed(endpoint.error());
        return;
    }
    store::OpenOptions options;
    options.clock = &m_clock;
    auto db = store::Database::open(m_connection.databasePath, options);
    if (!db.ok()) {
        Q_EMIT failed(db.error());
        return;
    }
    m_db = std::move(db).value();
    m_transport = std::make_unique<api::NetworkTransport>();
    m_client = std::make_unique<api::CrmClient>(endpoint.value(), m_connection.apiKey, *m_transport, m_clock,
                                                m_connection.client);
    m_engine = std::make_unique<SyncEngine>(*m_client, *m_db, m_clock, m_connection.settings);
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine.get(), &SyncEngine::warning, this, &SyncWorker::warning);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncWorker::finished);
    connect(m_engine.get(), &SyncEngine::failed, this, &SyncWorker::failed);
    connect(m_engine.get(), &SyncEngine::stopped, this, &SyncWorker::stopped);
    qCInfo(lcSync).noquote() << "Sync ready on thread" << QThread::currentThread()->objectName();
    Q_EMIT ready();
}

void SyncWorker::start(const SyncOptions& options)
{
    if (!m_engine) {
        Q_EMIT failed(
            Error::make(Error::Kind::Configuration, QStringLiteral("The sync cannot start: its store is not open.")));
        Q_EMIT stopped();
        return;
    }
    m_engine->start(options);
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::setFocus(const SyncFocus& focus)
{
    if (m_engine)
        m_engine->setFocus(focus);
}

} // namespace crmlens::sync
