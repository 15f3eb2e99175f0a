#pragma once

#include "core/metrics/MetricsQuery.h"
#include "core/session/MetricsService.h"
#include "core/sync/SyncController.h"
#include "ui/widgets/FilterBar.h"

#include <QObject>
#include <QTimeZone>

#include <memory>

namespace crmlens::ui {

class DrillDownController;
class MainWindow;

struct WorkspaceConfig
{
    // The CRM and the store. An empty base URL opens the store offline: dashboards, no sync.
    sync::SyncConnection connection;
    // The query every filter change starts from: zone, SLA, inactive statuses, lead weights,
    // cost per message, revenue and segment keys, A/B groups (from the settings).
    metrics::MetricsQuery queryDefaults;
    FilterState filters;
    int rateLimitPerMinute = 0; // 0: learn it from the CRM's headers
    bool watch = true;          // keep syncing on the cadence after the first round
};

// One open workspace: the store, the metrics thread and the sync thread, wired to the window. The
// window's filter bar drives the query; the sync's progress drives the status bar and tells the
// metrics thread that the store changed, so the dashboards fill while a first sync runs.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(WorkspaceConfig config, MainWindow* window, QObject* parent = nullptr);
    ~Workspace() override;

    void start();
    void shutdown();

    session::MetricsService& metrics() { return m_metrics; }
    metrics::MetricsQuery currentQuery() const;
    // The workspace's today, which the period presets count from.
    QDate today() const;
    bool isSyncing() const { return m_syncing; }

public Q_SLOTS:
    void syncNow();
    void pause();
    void setQueryDefaults(const crmlens::metrics::MetricsQuery& defaults);

Q_SIGNALS:
    // The views show a new snapshot (generation as DashboardData::generation).
    void snapshotShown(quint64 generation);
    // The sync has nothing more to do for now: a round finished, failed or was paused.
    void syncSettled();
    void syncFinished(const crmlens::sync::SyncSummary& summary);

private:
    void startMetrics();
    void applyFilters(const FilterState& filters);
    void onSnapshot(session::DashboardData data);

    WorkspaceConfig m_config;
    MainWindow* m_window;
    session::MetricsService m_metrics;
    std::unique_ptr<sync::SyncController> m_sync;
    DrillDownController* m_drillDown;
    FilterState m_filters;
    bool m_syncing = false;
    bool m_metricsStarted = false;
};

} // namespace crmlens::ui
