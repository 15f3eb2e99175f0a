#pragma once

#include "ui/dashboards/DashboardView.h"

#include <QHash>

class QLabel;
class QTableView;

namespace crmlens::ui {

class AbTestModel;
class CampaignTableModel;
class DashboardPage;
class FunnelWidget;
class HeatmapWidget;
class KeyedTableModel;
class KpiCard;
class TableProxyModel;
class TemplateTableModel;

// Campaign performance: the four overall rates against the previous period, the delivery funnel,
// read rate by send time, every campaign of the period in a sortable grid (with ROI when a cost
// per message is set), templates and A/B results with a verdict in plain words.
class CampaignsDashboard : public DashboardView
{
    Q_OBJECT
public:
    explicit CampaignsDashboard(QWidget* parent = nullptr);

    void showData(const crmlens::session::DashboardData& shown) override;
    QString title() const override;

    // For tests and exports: what is shown.
    KpiCard* card(const QString& jsonKey) const; // "campaigns.delivery_rate_pct", ...
    FunnelWidget* funnel() const { return m_funnel; }
    HeatmapWidget* sendTimeHeatmap() const { return m_sendTimes; }
    QTableView* campaignTable() const { return m_campaignTable; }
    QTableView* templateTable() const { return m_templateTable; }
    QTableView* abTable() const { return m_abTable; }
    CampaignTableModel* campaignModel() const { return m_campaignModel; }
    TemplateTableModel* templateModel() const { return m_templateModel; }
    AbTestModel* abModel() const { return m_abModel; }
    // "Set a cost per message in Settings to see ROI.", or where the ROI columns are.
    QString roiText() const;
    const DashboardPage* page() const { return m_page; }

    // The funnel's stages as DrillDownRequest stage names, top to bottom.
    static QStringList funnelStageNames();

private:
    void buildCards();
    QTableView* makeTable(KeyedTableModel* model, TableProxyModel* proxy, const QString& name);
    QWidget* section(const QString& title, const QString& definition, QWidget* body, QLabel* note = nullptr);
    void requestDrillDown(metrics::DrillDownRequest::Target target, const QString& value, const QString& stage,
                          const QString& title);
    void showCards(const crmlens::session::DashboardData& shown);
    void showSendTimes(const crmlens::session::DashboardData& shown);
    void showRoi(const crmlens::session::DashboardData& shown);
    void showTableNotes();
    void fitColumns();
    QString sendTimeToolTip(int weekday, int hour) const;

    DashboardPage* m_page;
    QHash<QString, KpiCard*> m_cards;
    FunnelWidget* m_funnel;
    HeatmapWidget* m_sendTimes;
    CampaignTableModel* m_campaignModel;
    TableProxyModel* m_campaignProxy;
    QTableView* m_campaignTable;
    QLabel* m_campaignNote;
    QLabel* m_roi;
    TemplateTableModel* m_templateModel;
    TableProxyModel* m_templateProxy;
    QTableView* m_templateTable;
    QLabel* m_templateNote;
    AbTestModel* m_abModel;
    TableProxyModel* m_abProxy;
    QTableView* m_abTable;
    QLabel* m_abNote;
    QHash<int, metrics::SendTimeCell> m_cells;     // weekday × 24 + hour
    QHash<const QTableView*, int> m_fittedColumns; // the column count each table was last fitted to
    crmlens::session::DashboardData m_data;
};

} // namespace crmlens::ui
