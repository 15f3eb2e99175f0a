#include "ui/drilldown/DrillDownController.h"

#include "core/session/MetricsService.h"
#include "ui/dashboards/DashboardView.h"
#include "ui/drilldown/DrillDownWindow.h"

namespace crmlens::ui {

DrillDownController::DrillDownController(session::MetricsService* service, QWidget* windowParent, QObject* parent)
    : QObject(parent), m_service(service), m_window(new DrillDownWindow(windowParent)),
      m_ownsWindow(windowParent == nullptr)
{
    connect(m_service, &session::MetricsService::drillDownReady, this, &DrillDownController::answered);
    connect(m_service, &session::MetricsService::failed, this, &DrillDownController::failed);
    // Transcripts and retries asked from inside the window keep the list it shows.
    connect(m_window, &DrillDownWindow::drillDownRequested, this, &DrillDownController::ask);
}

DrillDownController::~DrillDownController()
{
    if (m_ownsWindow)
        delete m_window;
}

void DrillDownController::addView(DashboardView* view)
{
    connect(view, &DashboardView::drillDownRequested, this, &DrillDownController::request);
}

void DrillDownController::request(const metrics::DrillDownRequest& request)
{
    m_window->showLoading(request);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    ask(request);
}

void DrillDownController::ask(const metrics::DrillDownRequest& request)
{
    m_pending = request;
    m_service->requestDrillDown(request);
}

void DrillDownController::answered(const metrics::DrillDownResult& result)
{
    if (!m_pending || !(result.request == *m_pending))
        return;
    m_pending.reset();
    m_window->showResult(result);
}

void DrillDownController::failed(const Error& error)
{
    if (!m_pending)
        return;
    const metrics::DrillDownRequest request = *m_pending;
    m_pending.reset();
    m_window->showError(request, error.message);
}

} // namespace crmlens::ui
