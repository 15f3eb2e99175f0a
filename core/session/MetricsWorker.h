#pragma once

#include "core/metrics/DrillDown.h"
#include "core/metrics/MetricsEngine.h"
#include "core/session/DashboardData.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace crmlens::store {
class Database;
}

namespace crmlens::session {

// The metrics thread's side of MetricsService: owns the store connection and the engine, and
// turns the latest query (and notices that the store changed) into snapshots. Lives and dies on
// the metrics thread.
class MetricsWorker : public QObject
{
    Q_OBJECT
public:
    explicit MetricsWorker(QString databasePath);
    ~MetricsWorker() override;

    // How long store-change notices are gathered before one recomputation: the sync writes a page
    // every few hundred milliseconds, the dashboards need not follow each one.
    static constexpr int kChangeCoalesceMs = 750;

public Q_SLOTS:
    void setQuery(const crmlens::metrics::MetricsQuery& query);
    void noticeChange();
    void drillDown(const crmlens::metrics::DrillDownRequest& request, const crmlens::metrics::MetricsQuery& query);

Q_SIGNALS:
    void computing();
    void snapshotReady(const crmlens::session::DashboardData& data);
    void drillDownReady(const crmlens::metrics::DrillDownResult& result);
    void failed(const crmlens::Error& error);

private:
    Error ensureOpen();
    void scheduleCompute();
    void compute();
    Error readStoreState(DashboardData& data);

    QString m_databasePath;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<metrics::MetricsEngine> m_engine;
    std::optional<metrics::MetricsQuery> m_query;
    std::shared_ptr<const ContactDirectory> m_directory;
    bool m_computeQueued = false;
    bool m_storeChanged = true;
    QTimer* m_changeTimer; // a child, so it moves to the metrics thread with the worker
    quint64 m_generation = 0;
};

} // namespace crmlens::session
