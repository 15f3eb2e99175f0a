#include "ui/dashboards/StandardViews.h"

#include "ui/MainWindow.h"
#include "ui/dashboards/AtRiskView.h"
#include "ui/dashboards/CampaignsDashboard.h"
#include "ui/dashboards/EngagementDashboard.h"
#include "ui/dashboards/ExecutiveDashboard.h"
#include "ui/dashboards/LeadsView.h"
#include "ui/dashboards/SegmentationDashboard.h"

namespace crmlens::ui {

void addStandardViews(MainWindow& window)
{
    window.addView(new ExecutiveDashboard(&window));
    window.addView(new CampaignsDashboard(&window));
    window.addView(new EngagementDashboard(&window));
    window.addView(new SegmentationDashboard(&window));
    window.addView(new LeadsView(&window));
    window.addView(new AtRiskView(&window));
}

} // namespace crmlens::ui
