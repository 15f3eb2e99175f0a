#pragma once

#include "ui/dashboards/DashboardView.h"

class QLabel;
class QTableView;

namespace crmlens::ui {

class BarChart;
class DashboardPage;
class GaugeWidget;
class KpiCard;
class LineChart;
class PieChart;
class TableProxyModel;
class TopCampaignsModel;

// The executive summary: contacts, growth, churn, active campaigns, the response rate, monthly
// contact growth, the top campaigns and where new contacts come from.
class ExecutiveDashboard : public DashboardView
{
    Q_OBJECT
public:
    explicit ExecutiveDashboard(QWidget* parent = nullptr);

    void showData(const session::DashboardData& shown) override;
    QString title() const override;

    // For tests and exports: the cards and charts as shown.
    KpiCard* card(const QString& jsonKey) const;
    LineChart* growthChart() const { return m_growth; }
    BarChart* newContactsChart() const { return m_newContacts; }
    PieChart* sourceChart() const { return m_sources; }
    GaugeWidget* responseGauge() const { return m_response; }
    QTableView* topCampaignsTable() const { return m_topTable; }
    const DashboardPage* page() const { return m_page; }

private:
    void buildCards();
    void requestDrillDown(metrics::DrillDownRequest::Target target, const QString& value, const QString& title);

    DashboardPage* m_page;
    QHash<QString, KpiCard*> m_cards;
    GaugeWidget* m_response;
    LineChart* m_growth;
    BarChart* m_newContacts;
    PieChart* m_sources;
    TopCampaignsModel* m_topModel;
    TableProxyModel* m_topProxy;
    QTableView* m_topTable;
    QLabel* m_notes;
    session::DashboardData m_data;
    QStringList m_sourceNames;
};

} // namespace crmlens::ui
