#include "ui/models/OperatorTableModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"
#include "ui/widgets/MetricFormat.h"

namespace crmlens::ui {

namespace {

// A time in seconds: shown as a duration, sorted and exported as seconds.
QVariant durationCell(const metrics::Ratio& seconds, int role)
{
    if (role == Qt::DisplayRole)
        return format::duration(seconds);
    return cells::number(seconds, 0, role);
}

} // namespace

OperatorTableModel::OperatorTableModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns({
        {tr("Operator"), metricDefinition("engagement.operators"), false},
        {tr("Chats assigned"), metricDefinition("engagement.chats_assigned"), true},
        {tr("Chats resolved"), metricDefinition("engagement.chats_resolved"), true},
        {tr("Replies sent"), metricDefinition("engagement.messages_sent"), true},
        {tr("Turns answered"), metricDefinition("engagement.turns_answered"), true},
        {tr("Avg response"), metricDefinition("engagement.avg_response_time_s"), true},
        {tr("Median response"), metricDefinition("engagement.median_response_time_s"), true},
        {tr("Avg resolution"), metricDefinition("engagement.avg_resolution_time_s"), true},
        {tr("CSAT"), metricDefinition("engagement.csat_avg"), true},
    });
}

void OperatorTableModel::refresh(const session::DashboardData& data)
{
    QHash<QString, metrics::OperatorRow> rows;
    QStringList order;
    if (data.snapshot) {
        for (const metrics::OperatorRow& row : data.snapshot->engagement.operators) {
            if (rows.contains(row.operatorName))
                continue; // the engine gives one row per name; a repeat would break the keyed rows
            rows.insert(row.operatorName, row);
            order.append(row.operatorName);
        }
    }
    replaceRows(order, [&] { m_rows = std::move(rows); });
}

QVariant OperatorTableModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const metrics::OperatorRow& o = *it;
    if (role == SearchRole)
        return o.operatorName.toLower();
    switch (Column(column)) {
    case Operator:
        return cells::text(o.operatorName, role);
    case ChatsAssigned:
        return cells::count(o.chatsAssigned, role);
    case ChatsResolved:
        return cells::count(o.chatsResolved, role);
    case MessagesSent:
        return cells::count(o.messagesSent, role);
    case TurnsAnswered:
        return cells::count(o.turnsAnswered, role);
    case AvgResponseTime:
        return durationCell(o.avgResponseTimeS, role);
    case MedianResponseTime:
        return durationCell(o.medianResponseTimeS, role);
    case AvgResolutionTime:
        return durationCell(o.avgResolutionTimeS, role);
    case Csat:
        return cells::number(o.csatAvg, 2, role);
    }
    return {};
}

} // namespace crmlens::ui
