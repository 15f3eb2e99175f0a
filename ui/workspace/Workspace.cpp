#include "ui/workspace/Workspace.h"

#include "ui/MainWindow.h"
#include "ui/dashboards/DashboardView.h"
#include "ui/drilldown/DrillDownController.h"
#include "ui/widgets/SyncStatus.h"

#include <QDateTime>

namespace crmlens::ui {

Workspace::Workspace(WorkspaceConfig config, MainWindow* window, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_window(window), m_metrics(m_config.connection.databasePath),
      m_drillDown(new DrillDownController(&m_metrics, window, this))
{
    for (DashboardView* view : m_window->views())
        m_drillDown->addView(view);
    sync::registerSyncMetaTypes();
    m_filters = m_config.filters;

    connect(&m_metrics, &session::MetricsService::snapshotReady, this, &Workspace::onSnapshot);
    connect(&m_metrics, &session::MetricsService::computing, m_window, &MainWindow::showComputing);
    connect(&m_metrics, &session::MetricsService::failed, m_window,
            [this](const Error& error) { m_window->showMetricsError(error.message); });
    connect(m_window->filterBar(), &FilterBar::changed, this, &Workspace::applyFilters);
    connect(m_window, &MainWindow::syncNowRequested, this, &Workspace::syncNow);
    connect(m_window, &MainWindow::pauseRequested, this, &Workspace::pause);
    connect(m_window, &MainWindow::segmentKeyChosen, this, [this](const QString& key) {
        if (key.isEmpty() || key == m_config.queryDefaults.segmentKey)
            return;
        m_config.queryDefaults.segmentKey = key;
        m_metrics.setQuery(currentQuery());
    });

    if (m_config.connection.baseUrl.isEmpty())
        return;
    // The plan's limit when the user set one; otherwise none until the CRM's headers tell it.
    m_config.connection.client.pacing.limitPerMinute = std::max(0, m_config.rateLimitPerMinute);
    m_sync = std::make_unique<sync::SyncController>(m_config.connection);
    SyncStatus* status = m_window->syncStatus();
    // The sync creates and migrates a new store: the metrics thread opens it only after that, so
    // the two never race to set the file up.
    connect(m_sync.get(), &sync::SyncController::ready, this, [this] {
        startMetrics();
        syncNow();
    });
    connect(m_sync.get(), &sync::SyncController::progress, this, [this, status](const sync::SyncProgress& p) {
        status->showProgress(p);
        m_metrics.storeChanged(); // coalesced on the metrics thread
    });
    connect(m_sync.get(), &sync::SyncController::warning, status,
            [status](const QString& text) { status->setToolTip(text); });
    connect(m_sync.get(), &sync::SyncController::finished, this, [this, status](const sync::SyncSummary& s) {
        status->showFinished(s);
        m_metrics.storeChanged();
        Q_EMIT syncFinished(s);
        if (!m_config.watch || s.cancelled) {
            m_syncing = false;
            Q_EMIT syncSettled();
        }
    });
    connect(m_sync.get(), &sync::SyncController::failed, this, [this, status](const Error& error) {
        m_syncing = false;
        startMetrics(); // what the store already holds is still worth showing
        status->showFailed(error);
        m_metrics.storeChanged();
        Q_EMIT syncSettled();
    });
    connect(m_sync.get(), &sync::SyncController::stopped, this, [this, status] {
        if (m_syncing) {
            m_syncing = false;
            status->showPaused();
            Q_EMIT syncSettled();
        }
    });
}

Workspace::~Workspace()
{
    shutdown();
}

void Workspace::start()
{
    m_window->filterBar()->setToday(today());
    m_window->filterBar()->setState(m_filters);
    if (!m_sync) {
        startMetrics();
        return;
    }
    m_sync->launch(); // ready() starts the metrics thread and the first round
}

void Workspace::startMetrics()
{
    if (m_metricsStarted)
        return;
    m_metricsStarted = true;
    m_metrics.launch();
    m_metrics.setQuery(currentQuery());
}

void Workspace::shutdown()
{
    if (m_sync)
        m_sync->shutdown();
    m_metrics.shutdown();
}

QDate Workspace::today() const
{
    const QTimeZone zone =
        m_config.queryDefaults.zone.isValid() ? m_config.queryDefaults.zone : QTimeZone::systemTimeZone();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

metrics::MetricsQuery Workspace::currentQuery() const
{
    metrics::MetricsQuery query = m_config.queryDefaults;
    if (!query.zone.isValid())
        query.zone = QTimeZone::systemTimeZone();
    query.period = m_filters.period(today());
    query.filter = m_filters.filter;
    // Figures "as of" now while the period is still running, so recency and at-risk are current.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 periodEnd = QDateTime(query.period.to, QTime(0, 0), query.zone).toMSecsSinceEpoch();
    if (now < periodEnd)
        query.asOf = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return query;
}

void Workspace::syncNow()
{
    if (!m_sync || m_syncing)
        return;
    m_syncing = true;
    sync::SyncOptions options;
    options.watch = m_config.watch;
    options.rateLimitPerMinute = m_config.rateLimitPerMinute;
    m_sync->start(options);
}

void Workspace::pause()
{
    if (m_sync && m_syncing)
        m_sync->cancel();
}

void Workspace::setQueryDefaults(const metrics::MetricsQuery& defaults)
{
    m_config.queryDefaults = defaults;
    m_window->filterBar()->setToday(today());
    m_metrics.setQuery(currentQuery());
}

void Workspace::applyFilters(const FilterState& filters)
{
    m_filters = filters;
    m_metrics.setQuery(currentQuery());
}

void Workspace::onSnapshot(session::DashboardData data)
{
    data.comparePrevious = m_filters.comparePrevious;
    data.filterSummary = FilterBar::describe(m_filters, data.query.period);
    m_window->showData(data);
    Q_EMIT snapshotShown(data.generation);
}

} // namespace crmlens::ui
