#pragma once

#include "core/metrics/DrillDown.h"
#include "core/session/DashboardData.h"

#include <QWidget>

namespace crmlens::ui {

// A tab of the main window. It shows the newest DashboardData it is given and asks for the rows
// behind whatever the user clicks; it never queries the store itself. Views keep their selection
// and scroll position across updates (a new snapshot replaces figures, not the user's place).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Called on the UI thread with every new snapshot (already coalesced by the service).
    virtual void showData(const crmlens::session::DashboardData& shown) = 0;
    // The tab's title, for the tab bar, screenshots and exports.
    virtual QString title() const = 0;

Q_SIGNALS:
    void drillDownRequested(const crmlens::metrics::DrillDownRequest& request);
    // The view lets the user choose the custom field that segments contacts (the query's segment key).
    void segmentKeyChosen(const QString& key);
};

} // namespace crmlens::ui
