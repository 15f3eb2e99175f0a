#include "ui/models/AbTestModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"
#include "ui/widgets/MetricFormat.h"

#include <QLocale>

#include <algorithm>

namespace crmlens::ui {

AbTestModel::AbTestModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns({
        {tr("Test"), metricDefinition("campaigns.ab_tests"), false},
        {tr("Variant"), tr("The variant marker at the end of the campaign names ([A], (B), - C, _D, variant E)."),
         false},
        {tr("Campaigns"), tr("The period's campaigns of this variant."), true},
        {tr("Delivered"), metricDefinition("campaigns.delivered"), true},
        {tr("Replied"), metricDefinition("campaigns.replied"), true},
        {tr("Reply rate"), metricDefinition("campaigns.reply_rate_pct"), true},
        {tr("p-value"), metricDefinition("campaigns.p_value"), true},
        {tr("Verdict"), tr("A winner is named when p < 0.05: the variant with the higher reply rate."), false},
    });
}

QString AbTestModel::rowKey(const QString& group, const QString& variant)
{
    return group + QChar(0x1F) + variant;
}

void AbTestModel::refresh(const session::DashboardData& data)
{
    QHash<QString, Row> rows;
    QHash<QString, metrics::AbTest> groups;
    QStringList order;
    if (data.snapshot) {
        QHash<QString, QString> names;
        for (const metrics::CampaignRow& c : data.snapshot->campaigns.campaigns)
            names.insert(c.campaignId, c.name.isEmpty() ? c.campaignId : c.name);
        for (const metrics::AbTest& test : data.snapshot->campaigns.abTests) {
            groups.insert(test.group, test);
            for (const metrics::AbVariant& v : test.variants) {
                Row row{test.group, v, {}};
                for (const QString& id : v.campaignIds)
                    row.campaignNames.append(names.value(id, id));
                const QString key = rowKey(test.group, v.variant);
                rows.insert(key, row);
                order.append(key);
            }
        }
    }
    replaceRows(order, [&] {
        m_rows = std::move(rows);
        m_groups = std::move(groups);
    });
}

QStringList AbTestModel::campaignIds(const QString& key) const
{
    const auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? QStringList() : it->variant.campaignIds;
}

QList<const metrics::AbVariant*> AbTestModel::comparedVariants(const metrics::AbTest& test)
{
    QList<const metrics::AbVariant*> variants;
    for (const metrics::AbVariant& v : test.variants)
        variants.append(&v);
    std::stable_sort(variants.begin(), variants.end(), [](const metrics::AbVariant* a, const metrics::AbVariant* b) {
        if (a->delivered != b->delivered)
            return a->delivered > b->delivered;
        return a->variant < b->variant;
    });
    return variants.mid(0, 2);
}

QString AbTestModel::pValueText(const metrics::Ratio& p)
{
    if (!p)
        return format::dash();
    if (*p < 0.001)
        return tr("< 0.001");
    const QLocale locale;
    // Two significant digits; a value just under 0.05 must not read as 0.05 next to a winner.
    QString text = locale.toString(*p, 'g', 2);
    if (*p < 0.05 && locale.toDouble(text) >= 0.05)
        text = tr("< 0.05");
    return text;
}

QString AbTestModel::verdict(const metrics::AbTest& test)
{
    if (!test.pValue)
        return tr("Not enough data");
    const QString p = pValueText(test.pValue);
    const QString pClause = p.startsWith(QLatin1Char('<')) ? tr("p %1").arg(p) : tr("p = %1").arg(p);
    if (test.winner.isEmpty())
        return tr("No significant difference yet (%1)").arg(pClause);
    const QList<const metrics::AbVariant*> compared = comparedVariants(test);
    const metrics::AbVariant* winner = nullptr;
    const metrics::AbVariant* other = nullptr;
    for (const metrics::AbVariant* v : compared) {
        if (v->variant == test.winner)
            winner = v;
        else
            other = v;
    }
    if (!winner || !other)
        return tr("%1 wins (%2)").arg(test.winner, pClause);
    return tr("%1 wins: %2 vs %3 replies (%4)")
        .arg(test.winner, format::percent(winner->replyRatePct), format::percent(other->replyRatePct), pClause);
}

QVariant AbTestModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const Row& row = *it;
    const metrics::AbTest test = m_groups.value(row.group);
    if (role == SearchRole)
        return QString(row.group + QLatin1Char(' ') + row.campaignNames.join(QLatin1Char(' '))).toLower();
    if (role == Qt::ToolTipRole && column == Campaigns)
        return row.campaignNames.join(QLatin1Char('\n'));
    switch (Column(column)) {
    case Group:
        return cells::text(row.group, role);
    case Variant:
        return cells::text(row.variant.variant, role);
    case Campaigns:
        return cells::count(row.variant.campaignIds.size(), role);
    case Delivered:
        return cells::count(row.variant.delivered, role);
    case Replied:
        return cells::count(row.variant.replied, role);
    case ReplyRate:
        return cells::percent(row.variant.replyRatePct, role);
    case PValue:
        if (role == Qt::DisplayRole)
            return pValueText(test.pValue);
        return cells::number(test.pValue, 3, role);
    case Verdict:
        if (role == Qt::ToolTipRole)
            return verdict(test);
        return cells::text(verdict(test), role);
    }
    return {};
}

} // namespace crmlens::ui
