#pragma once

#include "ui/dashboards/DashboardView.h"

class QComboBox;
class QTableView;

namespace crmlens::ui {

class BarChart;
class DashboardPage;
class SegmentEngagementModel;
class TableProxyModel;

// Contacts by segment (a custom field the user picks), their growth and engagement, the
// countries of their numbers and the spread of lead scores.
class SegmentationDashboard : public DashboardView
{
    Q_OBJECT
public:
    explicit SegmentationDashboard(QWidget* parent = nullptr);

    void showData(const session::DashboardData& shown) override;
    QString title() const override;

    QComboBox* keyChooser() const { return m_key; }
    BarChart* distributionChart() const { return m_distribution; }
    BarChart* growthChart() const { return m_growth; }
    BarChart* countryChart() const { return m_countries; }
    BarChart* leadScoreChart() const { return m_leadScores; }
    QTableView* engagementTable() const { return m_table; }
    SegmentEngagementModel* engagementModel() const { return m_model; }

    // Countries beyond this many are summed into "Other" (the chart stays readable).
    static constexpr int kCountriesShown = 12;

private:
    void request(metrics::DrillDownRequest request);

    DashboardPage* m_page;
    QComboBox* m_key;
    BarChart* m_distribution;
    BarChart* m_growth;
    BarChart* m_countries;
    BarChart* m_leadScores;
    SegmentEngagementModel* m_model;
    TableProxyModel* m_proxy;
    QTableView* m_table;
    session::DashboardData m_data;
    QStringList m_values;
    QStringList m_growthMonths;
    QStringList m_growthValues;
    QStringList m_countryCodes;
    QStringList m_bands;
};

} // namespace crmlens::ui
