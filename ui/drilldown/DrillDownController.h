#pragma once

#include "core/common/Error.h"
#include "core/metrics/DrillDown.h"

#include <QObject>

#include <optional>

class QWidget;

namespace crmlens::session {
class MetricsService;
}

namespace crmlens::ui {

class DashboardView;
class DrillDownWindow;

// Connects every view's drillDownRequested to the metrics service and shows the answers in one
// DrillDownWindow. Only the newest request is answered: a slower, older answer that arrives
// later is dropped. The service reports drill-down failures through its general failed() signal,
// so a failure counts as the drill-down's only while one is waiting.
//
//   DrillDownController drill(&metricsService, mainWindow);
//   for (DashboardView* view : views)
//       drill.addView(view);
class DrillDownController : public QObject
{
    Q_OBJECT
public:
    // `windowParent`: the window the drill-down window belongs to (it stays above it).
    explicit DrillDownController(session::MetricsService* service, QWidget* windowParent = nullptr,
                                 QObject* parent = nullptr);
    ~DrillDownController() override;

    void addView(DashboardView* view);
    DrillDownWindow* window() const { return m_window; }
    bool isWaiting() const { return m_pending.has_value(); }

public Q_SLOTS:
    // Shows the window in its loading state and asks the service.
    void request(const crmlens::metrics::DrillDownRequest& request);

private:
    void ask(const metrics::DrillDownRequest& request);
    void answered(const metrics::DrillDownResult& result);
    void failed(const Error& error);

    session::MetricsService* m_service;
    DrillDownWindow* m_window;
    bool m_ownsWindow; // no parent window was given: the window is the controller's to delete
    std::optional<metrics::DrillDownRequest> m_pending;
};

} // namespace crmlens::ui
