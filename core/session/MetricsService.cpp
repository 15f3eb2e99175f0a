#include "core/session/MetricsService.h"

#include "core/session/MetricsWorker.h"

namespace crmlens::session {

void registerSessionMetaTypes()
{
    qRegisterMetaType<crmlens::metrics::MetricsQuery>();
    qRegisterMetaType<crmlens::session::DashboardData>();
    qRegisterMetaType<crmlens::metrics::DrillDownRequest>();
    qRegisterMetaType<crmlens::metrics::DrillDownResult>();
    qRegisterMetaType<crmlens::Error>();
}

MetricsService::MetricsService(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    registerSessionMetaTypes();
    m_thread.setObjectName(QString::fromLatin1(kThreadName));
}

MetricsService::~MetricsService()
{
    shutdown();
}

void MetricsService::launch()
{
    if (m_thread.isRunning())
        return;
    m_worker = new MetricsWorker(m_databasePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MetricsService::queryRequested, m_worker, &MetricsWorker::setQuery);
    connect(this, &MetricsService::changeNoticed, m_worker, &MetricsWorker::noticeChange);
    connect(this, &MetricsService::drillDownRequested, m_worker, &MetricsWorker::drillDown);
    connect(m_worker, &MetricsWorker::computing, this, &MetricsService::computing);
    connect(m_worker, &MetricsWorker::snapshotReady, this, &MetricsService::snapshotReady);
    connect(m_worker, &MetricsWorker::drillDownReady, this, &MetricsService::drillDownReady);
    connect(m_worker, &MetricsWorker::failed, this, &MetricsService::failed);
    m_thread.start();
}

void MetricsService::shutdown()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void MetricsService::setQuery(const metrics::MetricsQuery& query)
{
    m_query = query;
    Q_EMIT queryRequested(query);
}

void MetricsService::storeChanged()
{
    Q_EMIT changeNoticed();
}

void MetricsService::requestDrillDown(const metrics::DrillDownRequest& request)
{
    Q_EMIT drillDownRequested(request, m_query);
}

} // namespace crmlens::session
