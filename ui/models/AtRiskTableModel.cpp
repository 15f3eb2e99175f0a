#include "ui/models/AtRiskTableModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"

#include <cmath>

namespace crmlens::ui {

AtRiskTableModel::AtRiskTableModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns({
        {tr("Name"), tr("The contact's name in the CRM (its chat id when it has none)."), false},
        {tr("Number"), tr("The contact's WhatsApp number."), false},
        {tr("Health"), metricDefinition("at_risk.health_score"), true},
        {tr("Days silent"), metricDefinition("at_risk.days_since_last_inbound"), true},
        {tr("Warning signs"), metricDefinition("at_risk.risk_indicators"), false},
        {tr("Recommended action"), metricDefinition("at_risk.recommended_action"), false},
        {tr("Operator"), tr("The operator the chat is assigned to, as last synced."), false},
    });
}

QStringList AtRiskTableModel::indicatorKeys()
{
    return {QStringLiteral("no_reply_last_3_campaigns"), QStringLiteral("last_delivery_failed"),
            QStringLiteral("activity_dropped"), QStringLiteral("unanswered_open_chat")};
}

QString AtRiskTableModel::indicatorText(const QString& key)
{
    if (key == QLatin1String("no_reply_last_3_campaigns"))
        return tr("No reply to the last 3 campaigns");
    if (key == QLatin1String("last_delivery_failed"))
        return tr("Last delivery failed");
    if (key == QLatin1String("activity_dropped"))
        return tr("Writes less than half as often as before");
    if (key == QLatin1String("unanswered_open_chat"))
        return tr("Open chat waiting for an answer");
    return key;
}

QString AtRiskTableModel::actionText(const QString& action)
{
    if (action == QLatin1String("re-engage campaign"))
        return tr("Re-engage with a campaign");
    if (action == QLatin1String("verify number"))
        return tr("Verify the number");
    if (action == QLatin1String("operator follow-up"))
        return tr("Operator follow-up");
    if (action == QLatin1String("check-in message"))
        return tr("Send a check-in message");
    return action;
}

void AtRiskTableModel::refresh(const session::DashboardData& data)
{
    QHash<QString, Row> rows;
    QStringList order;
    if (data.snapshot) {
        rows.reserve(data.snapshot->atRisk.size());
        for (const metrics::AtRiskRow& risk : data.snapshot->atRisk) {
            Row row{risk, {}, {}};
            if (data.contacts) {
                if (const session::ContactSummary* c = data.contacts->find(risk.chatId))
                    row.contact = *c;
            }
            row.contact.chatId = risk.chatId;
            QStringList words;
            for (const QString& indicator : risk.riskIndicators)
                words.append(indicatorText(indicator));
            row.indicators = words.isEmpty() ? tr("None besides the silence") : words.join(QStringLiteral("; "));
            rows.insert(risk.chatId, std::move(row));
            order.append(risk.chatId);
        }
    }
    replaceRows(order, [&] { m_rows = std::move(rows); });
}

QString AtRiskTableModel::displayName(const QString& chatId) const
{
    const auto it = m_rows.constFind(chatId);
    if (it == m_rows.constEnd() || it->contact.name.isEmpty())
        return chatId;
    return it->contact.name;
}

QVariant AtRiskTableModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const Row& row = *it;
    if (role == SearchRole)
        return QString(row.contact.name + QLatin1Char(' ') + row.contact.whatsappNumber + QLatin1Char(' ') + key)
            .toLower();
    if (role == TagsRole)
        return row.risk.riskIndicators;
    if (role == Qt::ToolTipRole && column == Name)
        return key;
    if (role == Qt::ToolTipRole && column == Indicators)
        return row.indicators;
    switch (Column(column)) {
    case Name:
        return cells::text(row.contact.name.isEmpty() ? key : row.contact.name, role);
    case Number:
        return cells::text(row.contact.whatsappNumber, role);
    case Health:
        return cells::count(row.risk.healthScore, role);
    case DaysSilent:
        // Whole days read naturally; the sort keeps the fraction so equal days stay ordered.
        if (role == Qt::DisplayRole)
            return cells::count(qint64(std::floor(row.risk.daysSinceLastInbound)), role);
        return cells::number(row.risk.daysSinceLastInbound, 1, role);
    case Indicators:
        return cells::text(row.indicators, role);
    case Action:
        return cells::text(actionText(row.risk.recommendedAction), role);
    case Operator:
        return cells::text(row.contact.operatorName, role);
    }
    return {};
}

} // namespace crmlens::ui
