#include "ui/models/TopCampaignsModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"

namespace crmlens::ui {

TopCampaignsModel::TopCampaignsModel(QObject* parent) : KeyedTableModel(parent)
{
    const QString ranking = metricDefinition("executive.top_campaigns");
    setColumns({
        {tr("#"), ranking, true},
        {tr("Campaign"), ranking, false},
        {tr("Reply rate"), metricDefinition("campaigns.reply_rate_pct"), true},
        {tr("Recipients"), metricDefinition("campaigns.total_recipients"), true},
    });
}

void TopCampaignsModel::refresh(const session::DashboardData& data)
{
    QHash<QString, Row> rows;
    QStringList order;
    if (data.snapshot) {
        QHash<QString, QString> names;
        for (const metrics::CampaignRow& c : data.snapshot->campaigns.campaigns)
            names.insert(c.campaignId, c.name);
        for (const metrics::RankedCampaign& c : data.snapshot->executive.topCampaigns) {
            const QString name = names.value(c.campaignId);
            rows.insert(c.campaignId, Row{int(order.size()) + 1, name.isEmpty() ? c.campaignId : name, c});
            order.append(c.campaignId);
        }
    }
    replaceRows(order, [&] { m_rows = std::move(rows); });
}

QVariant TopCampaignsModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const Row& row = *it;
    if (role == SearchRole)
        return QString(row.name + QLatin1Char(' ') + key).toLower();
    if (role == Qt::ToolTipRole && column == Campaign)
        return tr("%1 (%2)").arg(row.name, key);
    switch (Column(column)) {
    case Rank:
        return cells::count(row.rank, role);
    case Campaign:
        return cells::text(row.name, role);
    case ReplyRate:
        return cells::percent(row.campaign.replyRatePct, role);
    case Recipients:
        return cells::count(row.campaign.totalRecipients, role);
    }
    return {};
}

} // namespace crmlens::ui
