#include "ui/models/CampaignTableModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"

namespace crmlens::ui {

CampaignTableModel::CampaignTableModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns(columnsFor(false));
}

QList<KeyedTableModel::Column> CampaignTableModel::columnsFor(bool withRoi)
{
    QList<KeyedTableModel::Column> columns = {
        {tr("Campaign"), metricDefinition("campaigns.campaigns"), false},
        {tr("Status"), tr("The campaign's current status in the CRM."), false},
        {tr("Recipients"), metricDefinition("campaigns.total_recipients"), true},
        {tr("Delivered"), metricDefinition("campaigns.delivered"), true},
        {tr("Read"), metricDefinition("campaigns.read"), true},
        {tr("Replied"), metricDefinition("campaigns.replied"), true},
        {tr("Failed"), metricDefinition("campaigns.failed"), true},
        {tr("Delivery rate"), metricDefinition("campaigns.delivery_rate_pct"), true},
        {tr("Read rate"), metricDefinition("campaigns.read_rate_pct"), true},
        {tr("Reply rate"), metricDefinition("campaigns.reply_rate_pct"), true},
        {tr("Failure rate"), metricDefinition("campaigns.failure_rate_pct"), true},
    };
    if (withRoi) {
        columns.append({tr("Cost"), metricDefinition("campaigns.cost"), true});
        columns.append({tr("Attributed revenue"), metricDefinition("campaigns.attributed_revenue"), true});
        columns.append({tr("ROI"), metricDefinition("campaigns.roi"), true});
    }
    return columns;
}

QList<CampaignTableModel::Column> CampaignTableModel::countAndRateColumns()
{
    return {Recipients, Delivered, Read, Replied, Failed, DeliveryRate, ReadRate, ReplyRate, FailureRate};
}

void CampaignTableModel::refresh(const session::DashboardData& data)
{
    QHash<QString, Row> rows;
    QStringList order;
    if (data.snapshot) {
        const metrics::CampaignSection& section = data.snapshot->campaigns;
        QHash<QString, metrics::RoiRow> roi;
        for (const metrics::RoiRow& r : section.roi)
            roi.insert(r.campaignId, r);
        for (const metrics::CampaignRow& c : section.campaigns) {
            Row row{c, std::nullopt};
            if (const auto it = roi.constFind(c.campaignId); it != roi.constEnd())
                row.roi = *it;
            rows.insert(c.campaignId, row);
            order.append(c.campaignId);
        }
    }
    const bool showRoi = data.query.costPerMessage > 0;
    if (showRoi != m_showRoi) {
        m_showRoi = showRoi;
        setColumns(columnsFor(showRoi));
    }
    replaceRows(order, [&] { m_rows = std::move(rows); });
}

QString CampaignTableModel::campaignName(const QString& campaignId) const
{
    const auto it = m_rows.constFind(campaignId);
    return it == m_rows.constEnd() ? QString() : it->campaign.name;
}

QVariant CampaignTableModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const Row& row = *it;
    const metrics::CampaignRow& c = row.campaign;
    const QString name = c.name.isEmpty() ? c.campaignId : c.name;
    if (role == SearchRole)
        return QString(name + QLatin1Char(' ') + c.campaignId).toLower();
    if (role == Qt::ToolTipRole && column == Name)
        return tr("%1 (%2)").arg(name, c.campaignId);
    switch (Column(column)) {
    case Name:
        return cells::text(name, role);
    case Status:
        return cells::text(c.status, role);
    case Cost:
        return cells::money(row.roi ? metrics::Ratio(row.roi->cost) : std::nullopt, role);
    case Revenue:
        return cells::money(row.roi ? metrics::Ratio(row.roi->attributedRevenue) : std::nullopt, role);
    case Roi:
        if (role == Qt::DisplayRole && row.roi && row.roi->roi)
            return tr("%1×").arg(cells::number(row.roi->roi, 2, role).toString());
        return cells::number(row.roi ? row.roi->roi : std::nullopt, 2, role);
    default:
        return campaignFigureCell(c.counts, c.rates, Column(column), role);
    }
}

QVariant campaignFigureCell(const metrics::CampaignCounts& counts, const metrics::CampaignRates& rates,
                            CampaignTableModel::Column column, int role)
{
    switch (column) {
    case CampaignTableModel::Recipients:
        return cells::count(counts.totalRecipients, role);
    case CampaignTableModel::Delivered:
        return cells::count(counts.delivered, role);
    case CampaignTableModel::Read:
        return cells::count(counts.read, role);
    case CampaignTableModel::Replied:
        return cells::count(counts.replied, role);
    case CampaignTableModel::Failed:
        return cells::count(counts.failed, role);
    case CampaignTableModel::DeliveryRate:
        return cells::percent(rates.deliveryRatePct, role);
    case CampaignTableModel::ReadRate:
        return cells::percent(rates.readRatePct, role);
    case CampaignTableModel::ReplyRate:
        return cells::percent(rates.replyRatePct, role);
    case CampaignTableModel::FailureRate:
        return cells::percent(rates.failureRatePct, role);
    default:
        return {};
    }
}

} // namespace crmlens::ui
