#pragma once

#include "RecordingTransport.h"

#include "core/api/CrmClient.h"
#include "core/api/NetworkTransport.h"
#include "core/common/Clock.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimServer.h"
#include "core/sim/SimWorkspace.h"
#include "core/store/Database.h"
#include "core/sync/SyncEngine.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// An in-process simulator on 127.0.0.1, a real temporary store and a SyncEngine between them,
// plus the comparison of the store with the simulator's /_sim/dump that the sync tests rest on.
namespace crmlens::test {

inline const QByteArray kSimKey = QByteArrayLiteral("sync-test-key");

struct RigOptions
{
    sim::Tenant tenant = sim::Tenant::ChatNation;
    std::uint64_t seed = 5;
    int contacts = 300;
    int days = 30;
    int campaigns = -1;
    double messagesPerContact = 12;
    int lagMinSecs = 0;
    int lagMaxSecs = 0;
    QString faults; // SimFaultConfig names, e.g. "5xx,truncate"; empty: none
    double faultRate = 0.05;
    std::uint64_t faultSeed = 3;
    int hangSeconds = 4;
    int clientTimeoutMs = 5000;
    int maxConcurrent = 3;
    int rateLimitPerMinute = 0; // the simulator's limit and the client's plan; 0: none
    sync::SyncSettings settings;
};

// The workspace of `options` (generated once per seed and size, shared by the tests of a run).
const sim::SimWorkspace& workspaceFor(const RigOptions& options);

struct SyncRun
{
    std::optional<sync::SyncSummary> summary; // the last round's
    std::optional<Error> failure;
    QStringList warnings;
    int rounds = 0;
    bool stopped = false;
};

class SyncRig
{
public:
    explicit SyncRig(RigOptions options);
    ~SyncRig();

    bool isListening() const { return m_listening; }
    const RigOptions& options() const { return m_options; }
    const sim::SimWorkspace& workspace() const { return m_workspace; }

    // Drops the engine, the client and the store's connection and makes new ones on the same file,
    // as a restarted process would. `apiKey` empty: the simulator's key.
    void restart(const QByteArray& apiKey = {});
    // From now on the client talks to a second server on the same workspace and clock, without
    // faults: a clean round after faulted ones.
    void switchToCleanServer();

    void startSync(const sync::SyncOptions& options = {});
    // Waits until the engine stops.
    SyncRun waitSync(int timeoutMs = 240000);
    SyncRun sync(const sync::SyncOptions& options = {}, int timeoutMs = 240000);

    bool advance(qint64 seconds); // POST /_sim/advance
    QJsonObject dump();           // GET /_sim/dump

    // Every way the store differs from the dump (empty when they are equal), at most `limit`
    // lines plus a count of the rest.
    QStringList differences(int limit = 40);
    // PRAGMA integrity_check, and each chat's stored message count against its sync state.
    QStringList consistencyProblems();
    qint64 scalar(const QString& sql);

    store::Database& db() { return *m_db; }
    RecordingTransport& transport() { return *m_recording; }
    api::CrmClient& client() { return *m_client; }
    sync::SyncEngine& engine() { return *m_engine; }
    sim::SimServer& server() { return *m_server; }
    sim::SimClock& simClock() { return m_simClock; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

private:
    QJsonObject control(const QByteArray& method, const QString& pathAndQuery);
    void build(const QByteArray& apiKey);

    RigOptions m_options;
    const sim::SimWorkspace& m_workspace;
    SystemClock m_clock;
    sim::SimClock m_simClock;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<sim::SimServer> m_cleanServer;
    bool m_listening = false;
    QTemporaryDir m_dir;
    api::NetworkTransport m_network;
    std::unique_ptr<RecordingTransport> m_recording;
    std::unique_ptr<api::CrmClient> m_client;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sync::SyncEngine> m_engine;
    SyncRun m_run;
};

} // namespace crmlens::test
