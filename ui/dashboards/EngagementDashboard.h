#pragma once

#include "ui/dashboards/DashboardView.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QTableView;

namespace crmlens::ui {

class BarChart;
class DashboardPage;
class GaugeWidget;
class HeatmapWidget;
class KpiCard;
class LineChart;
class OperatorTableModel;
class PieChart;
class TableProxyModel;
class WordCloudWidget;

// How conversations are answered: response rate, SLA and response times as KPI cards with the
// previous period, messages per day, the response-time histogram next to the SLA share, inbound
// peak hours and the weekday × hour activity, the operator leaderboard, conversation statuses
// and the words customers use. Every bar, point, cell, slice, word and table row asks for the
// messages or contacts behind it.
class EngagementDashboard : public DashboardView
{
    Q_OBJECT
public:
    explicit EngagementDashboard(QWidget* parent = nullptr);

    void showData(const session::DashboardData& shown) override;
    QString title() const override;

    // The KPI card of a metric by its JSON key ("engagement.sla_met_pct"), or nullptr.
    KpiCard* card(const QString& jsonKey) const;
    QStringList cardKeys() const;
    LineChart* volumeChart() const { return m_volume; }
    BarChart* histogramChart() const { return m_histogram; }
    GaugeWidget* slaGauge() const { return m_sla; }
    BarChart* peakHoursChart() const { return m_peakHours; }
    HeatmapWidget* activityHeatmap() const { return m_heatmap; }
    QTableView* operatorTable() const { return m_operatorTable; }
    OperatorTableModel* operatorModel() const { return m_operatorModel; }
    PieChart* statusChart() const { return m_status; }
    WordCloudWidget* keywordCloud() const { return m_keywords; }
    const DashboardPage* page() const { return m_page; }

    // The label under a histogram bar for a bucket name of the engine ("lt_1m" → "< 1 min").
    static QString bucketLabel(const QString& bucket);

private:
    void buildCards();
    void buildCharts();
    void showCards(const session::DashboardData& shown);
    void showCharts(const metrics::MetricsSnapshot& snapshot);
    void emitRequest(metrics::DrillDownRequest request);

    DashboardPage* m_page;
    QHash<QString, KpiCard*> m_cards;
    QStringList m_cardKeys;
    LineChart* m_volume;
    BarChart* m_histogram;
    GaugeWidget* m_sla;
    BarChart* m_peakHours;
    HeatmapWidget* m_heatmap;
    OperatorTableModel* m_operatorModel;
    TableProxyModel* m_operatorProxy;
    QTableView* m_operatorTable;
    PieChart* m_status;
    WordCloudWidget* m_keywords;
    session::DashboardData m_data;
    // What the charts' indexes stand for in the shown snapshot.
    QList<QDate> m_days;
    QStringList m_buckets;
    QStringList m_statuses;
};

} // namespace crmlens::ui
