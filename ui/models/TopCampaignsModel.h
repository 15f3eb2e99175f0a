#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// The executive top 10 (snapshot->executive.topCampaigns): rank, campaign, reply rate, recipients.
class TopCampaignsModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Campaign, ReplyRate, Recipients };

    explicit TopCampaignsModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    struct Row
    {
        int rank = 0;
        QString name;
        metrics::RankedCampaign campaign;
    };

    QHash<QString, Row> m_rows;
};

} // namespace crmlens::ui
