#include "ui/models/TemplateTableModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/CellValues.h"

namespace crmlens::ui {

namespace {

// Template columns from Recipients on are the campaign table's, in the same order.
CampaignTableModel::Column campaignColumn(int templateColumn)
{
    return CampaignTableModel::Column(CampaignTableModel::Recipients +
                                      (templateColumn - TemplateTableModel::Recipients));
}

} // namespace

TemplateTableModel::TemplateTableModel(QObject* parent) : KeyedTableModel(parent)
{
    const QList<KeyedTableModel::Column> campaignColumns = CampaignTableModel::columnsFor(false);
    QList<KeyedTableModel::Column> columns = {
        {tr("Template"), metricDefinition("campaigns.templates"), false},
        {tr("Campaigns"), tr("The period's campaigns that used this template."), true},
    };
    for (int c = Recipients; c <= FailureRate; ++c)
        columns.append(campaignColumns.at(campaignColumn(c)));
    setColumns(columns);
}

void TemplateTableModel::refresh(const session::DashboardData& data)
{
    QHash<QString, metrics::TemplateRow> rows;
    QStringList order;
    if (data.snapshot) {
        for (const metrics::TemplateRow& t : data.snapshot->campaigns.templates) {
            rows.insert(t.templateName, t);
            order.append(t.templateName);
        }
    }
    replaceRows(order, [&] { m_rows = std::move(rows); });
}

QVariant TemplateTableModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const metrics::TemplateRow& t = *it;
    if (role == SearchRole)
        return t.templateName.toLower();
    switch (Column(column)) {
    case Template:
        return cells::text(t.templateName, role);
    case Campaigns:
        return cells::count(t.campaigns, role);
    default:
        return campaignFigureCell(t.counts, t.rates, campaignColumn(column), role);
    }
}

} // namespace crmlens::ui
