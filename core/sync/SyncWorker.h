#pragma once

#include "core/api/CrmClient.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace crmlens::api {
class NetworkTransport;
}
namespace crmlens::store {
class Database;
}

namespace crmlens::sync {

class SyncEngine;

// Everything a sync needs to reach the CRM and the store.
struct SyncConnection
{
    QString baseUrl;      // the tenant, e.g. https://crm.chatnation.co.ke (http only to loopback)
    QString apiKey;       // a secret: handed to the client, never logged
    QString databasePath; // the store file; created when missing
    api::CrmClientConfig client;
    SyncSettings settings;
};

// The sync's side of the worker thread: created by SyncController, moved to the thread, and
// from then on used only there. open() builds the network transport, the client, the store's
// connection and the engine inside the thread (each must live where it was made); the rest
// forwards to the engine. Destroyed on the thread when it finishes.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(SyncConnection connection);
    ~SyncWorker() override;

public Q_SLOTS:
    void open();
    void start(const crmlens::sync::SyncOptions& options);
    void cancel();
    void setFocus(const crmlens::sync::SyncFocus& focus);

Q_SIGNALS:
    void ready();
    void progress(const crmlens::sync::SyncProgress& progress);
    void warning(const QString& message);
    void finished(const crmlens::sync::SyncSummary& summary);
    void failed(const crmlens::Error& error);
    void stopped();

private:
    SyncConnection m_connection;
    SystemClock m_clock;
    std::unique_ptr<api::NetworkTransport> m_transport;
    std::unique_ptr<api::CrmClient> m_client;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace crmlens::sync
