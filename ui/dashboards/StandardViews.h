#pragma once

namespace crmlens::ui {

class MainWindow;

// Adds the product's tabs to the window, in the order users know them: Executive, Campaigns,
// Engagement, Segmentation, Leads, At risk.
void addStandardViews(MainWindow& window);

} // namespace crmlens::ui
