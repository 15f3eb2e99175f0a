#include "ui/models/LeadsTableModel.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/CellValues.h"

namespace crmlens::ui {

LeadsTableModel::LeadsTableModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns({
        {tr("Name"), tr("The contact's name in the CRM (its chat id when it has none)."), false},
        {tr("Number"), tr("The contact's WhatsApp number."), false},
        {tr("Score"), metricDefinition("leads.score"), true},
        {tr("Recency"), metricDefinition("leads.recency"), true},
        {tr("Engagement"), metricDefinition("leads.engagement"), true},
        {tr("Responsiveness"), metricDefinition("leads.responsiveness"), true},
        {tr("Profile"), metricDefinition("leads.profile"), true},
        {tr("Hot"), metricDefinition("leads.hot"), false},
        {tr("Lead stage"), tr("The contact's lead_stage field as last synced."), false},
        {tr("Operator"), tr("The operator the chat is assigned to, as last synced."), false},
        {tr("Last activity"), tr("The newest message in the chat, either way."), true},
    });
}

QString LeadsTableModel::hotTag()
{
    return QStringLiteral("hot");
}

void LeadsTableModel::refresh(const session::DashboardData& data)
{
    QHash<QString, Row> rows;
    QStringList order;
    int hot = 0;
    if (data.snapshot) {
        rows.reserve(data.snapshot->leads.size());
        order.reserve(data.snapshot->leads.size());
        for (const metrics::LeadRow& lead : data.snapshot->leads) {
            Row row{lead, {}};
            if (data.contacts) {
                if (const session::ContactSummary* c = data.contacts->find(lead.chatId))
                    row.contact = *c;
            }
            row.contact.chatId = lead.chatId;
            hot += lead.hot ? 1 : 0;
            rows.insert(lead.chatId, std::move(row));
            order.append(lead.chatId);
        }
    }
    replaceRows(order, [&] {
        m_rows = std::move(rows);
        m_hotCount = hot;
    });
}

QString LeadsTableModel::displayName(const QString& chatId) const
{
    const auto it = m_rows.constFind(chatId);
    if (it == m_rows.constEnd() || it->contact.name.isEmpty())
        return chatId;
    return it->contact.name;
}

QVariant LeadsTableModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const metrics::LeadRow& lead = it->lead;
    const session::ContactSummary& contact = it->contact;
    if (role == SearchRole)
        return QString(contact.name + QLatin1Char(' ') + contact.whatsappNumber + QLatin1Char(' ') + key).toLower();
    if (role == TagsRole)
        return lead.hot ? QStringList{hotTag()} : QStringList();
    if (role == Qt::ToolTipRole && column == Name)
        return key;
    switch (Column(column)) {
    case Name:
        return cells::text(contact.name.isEmpty() ? key : contact.name, role);
    case Number:
        return cells::text(contact.whatsappNumber, role);
    case Score:
        return cells::count(lead.score, role);
    case Recency:
        return cells::number(lead.recency, 1, role);
    case Engagement:
        return cells::number(lead.engagement, 1, role);
    case Responsiveness:
        return cells::number(lead.responsiveness, 1, role);
    case Profile:
        return cells::number(lead.profile, 1, role);
    case Hot:
        if (role == Qt::DisplayRole)
            return lead.hot ? tr("Hot") : QString();
        if (role == SortRole)
            return lead.hot ? 1 : 0;
        return {};
    case LeadStage:
        return cells::text(contact.leadStage, role);
    case Operator:
        return cells::text(contact.operatorName, role);
    case LastActivity:
        return cells::dateTime(contact.lastActivityMs, role);
    }
    return {};
}

} // namespace crmlens::ui
