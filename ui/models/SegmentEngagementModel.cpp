#include "ui/models/SegmentEngagementModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"

namespace crmlens::ui {

SegmentEngagementModel::SegmentEngagementModel(QObject* parent) : KeyedTableModel(parent)
{
    const QString engagement = metricDefinition("segmentation.segment_engagement");
    setColumns({
        {tr("Value"), engagement, false},
        {tr("Contacts"), metricDefinition("segmentation.segment_distribution"), true},
        {tr("Inbound"), engagement, true},
        {tr("Outbound"), engagement, true},
        {tr("Inbound per contact"), engagement, true},
        {tr("Response rate"), metricDefinition("engagement.response_rate_pct"), true},
    });
}

void SegmentEngagementModel::refresh(const session::DashboardData& data)
{
    QHash<QString, metrics::SegmentEngagementRow> rows;
    QStringList order;
    if (data.snapshot) {
        for (const metrics::SegmentEngagementRow& row : data.snapshot->segmentation.segmentEngagement) {
            if (rows.contains(row.value))
                continue;
            rows.insert(row.value, row);
            order << row.value;
        }
    }
    replaceRows(order, [&] { m_rows = std::move(rows); });
}

QVariant SegmentEngagementModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const metrics::SegmentEngagementRow& row = *it;
    if (role == SearchRole)
        return key.toLower();
    switch (Column(column)) {
    case Value:
        return cells::text(
            row.value == QLatin1String("(none)") && role == Qt::DisplayRole ? tr("(no value)") : row.value, role);
    case Contacts:
        return cells::count(row.contacts, role);
    case Inbound:
        return cells::count(row.inbound, role);
    case Outbound:
        return cells::count(row.outbound, role);
    case InboundPerContact:
        return cells::number(row.inboundPerContact, 2, role);
    case ResponseRate:
        return cells::percent(row.responseRatePct, role);
    }
    return {};
}

} // namespace crmlens::ui
