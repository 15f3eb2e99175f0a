#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

#include <optional>

namespace crmlens::ui {

// The period's campaigns (snapshot->campaigns.campaigns), one row per campaign id, with counts
// and the four rates; with a cost per message set, also cost, attributed revenue and ROI.
class CampaignTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,
        Recipients,
        Delivered,
        Read,
        Replied,
        Failed,
        DeliveryRate,
        ReadRate,
        ReplyRate,
        FailureRate,
        Cost,
        Revenue,
        Roi,
    };

    explicit CampaignTableModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);
    // Whether the ROI columns are shown (the query had a cost per message above 0).
    bool showsRoi() const { return m_showRoi; }
    QString campaignName(const QString& campaignId) const;

    // The counts and four rate columns campaign and template tables share, from Recipients on.
    static QList<Column> countAndRateColumns();
    static QList<KeyedTableModel::Column> columnsFor(bool withRoi);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    struct Row
    {
        metrics::CampaignRow campaign;
        std::optional<metrics::RoiRow> roi;
    };

    QHash<QString, Row> m_rows;
    bool m_showRoi = false;
};

// One cell of the shared count and rate columns (Recipients … FailureRate) for these figures.
QVariant campaignFigureCell(const metrics::CampaignCounts& counts, const metrics::CampaignRates& rates,
                            CampaignTableModel::Column column, int role);

} // namespace crmlens::ui
