#pragma once

#include "core/common/Error.h"
#include "core/metrics/DrillDown.h"
#include "core/metrics/MetricsQuery.h"
#include "core/session/DashboardData.h"

#include <QObject>
#include <QThread>

namespace crmlens::session {

class MetricsWorker;

// Runs the metrics engine on its own thread ("crmlens-metrics") with its own store connection,
// so the UI never waits on a query. The UI sets the query; the service answers with the newest
// snapshot. Requests are coalesced: while one computation runs, only the latest query waits, and
// a burst of "the store changed" notices (the sync writing pages) becomes one recomputation.
//
//   MetricsService metrics(databasePath);
//   connect(&metrics, &MetricsService::snapshotReady, view, ...);
//   metrics.launch();
//   metrics.setQuery(query);          // computes; snapshotReady() follows
//   metrics.storeChanged();           // after the sync wrote: recompute the current query
//   metrics.requestDrillDown(request) // drillDownReady() follows
class MetricsService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kThreadName = "crmlens-metrics";

    explicit MetricsService(QString databasePath, QObject* parent = nullptr);
    ~MetricsService() override;

    void launch();
    void shutdown();
    const metrics::MetricsQuery& query() const { return m_query; }

public Q_SLOTS:
    void setQuery(const crmlens::metrics::MetricsQuery& query);
    void storeChanged();
    void requestDrillDown(const crmlens::metrics::DrillDownRequest& request);

Q_SIGNALS:
    void computing();
    void snapshotReady(const crmlens::session::DashboardData& data);
    void drillDownReady(const crmlens::metrics::DrillDownResult& result);
    void failed(const crmlens::Error& error);

    // Queued to the worker.
    void queryRequested(const crmlens::metrics::MetricsQuery& query);
    void changeNoticed();
    void drillDownRequested(const crmlens::metrics::DrillDownRequest& request,
                            const crmlens::metrics::MetricsQuery& query);

private:
    QString m_databasePath;
    metrics::MetricsQuery m_query;
    QThread m_thread;
    MetricsWorker* m_worker = nullptr;
};

void registerSessionMetaTypes();

} // namespace crmlens::session

Q_DECLARE_METATYPE(crmlens::metrics::MetricsQuery)
