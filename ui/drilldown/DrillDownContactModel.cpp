#include "ui/drilldown/DrillDownContactModel.h"

#include "ui/models/CellValues.h"
#include "ui/widgets/MetricFormat.h"

#include <QDateTime>
#include <QLocale>

namespace crmlens::ui {

namespace {

// A time cell shown in the workspace zone; sorts and exports as the instant it is.
QVariant timeCell(qint64 ms, const QTimeZone& zone, int role)
{
    if (role == Qt::DisplayRole)
        return drillDownTime(ms, zone);
    return cells::dateTime(ms, role);
}

} // namespace

QString drillDownTime(qint64 msSinceEpoch, const QTimeZone& zone)
{
    if (msSinceEpoch <= 0)
        return format::dash();
    const QDateTime at = zone.isValid() ? QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone)
                                        : QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    return QLocale().toString(at, QLocale::ShortFormat);
}

DrillDownContactModel::DrillDownContactModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns({{tr("Name"), tr("The contact's name in the CRM, else its number")},
                {tr("Number"), tr("WhatsApp number")},
                {tr("Status"), tr("The contact's current status in the CRM")},
                {tr("Operator"), tr("The operator the chat is assigned to")},
                {tr("Country"), tr("Region of the WhatsApp number (ZZ: unknown)")},
                {tr("Last activity"), tr("The newest message of the chat, either way, in the workspace time zone")}});
}

QString DrillDownContactModel::displayName(const metrics::DrillDownContact& contact)
{
    if (!contact.name.trimmed().isEmpty())
        return contact.name.trimmed();
    return contact.whatsappNumber.isEmpty() ? contact.chatId : contact.whatsappNumber;
}

void DrillDownContactModel::setContacts(const QList<metrics::DrillDownContact>& contacts, const QTimeZone& zone)
{
    QStringList order;
    QHash<QString, metrics::DrillDownContact> rows;
    order.reserve(contacts.size());
    rows.reserve(contacts.size());
    for (const metrics::DrillDownContact& c : contacts) {
        if (rows.contains(c.chatId))
            continue;
        order << c.chatId;
        rows.insert(c.chatId, c);
    }
    replaceRows(order, [&] {
        m_rows = std::move(rows);
        m_zone = zone;
    });
}

const metrics::DrillDownContact* DrillDownContactModel::contact(const QString& chatId) const
{
    const auto it = m_rows.constFind(chatId);
    return it == m_rows.constEnd() ? nullptr : &*it;
}

QVariant DrillDownContactModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const metrics::DrillDownContact& c = *it;
    if (role == SearchRole)
        return QStringList{c.name, c.whatsappNumber, c.status, c.operatorName, c.country, c.chatId}
            .join(QLatin1Char(' '))
            .toLower();
    if (role == Qt::ToolTipRole && column == Name)
        return tr("Chat %1. Press Enter or double-click to read the conversation.").arg(c.chatId);
    switch (Column(column)) {
    case Name:
        return cells::text(displayName(c), role);
    case Number:
        return cells::text(c.whatsappNumber, role);
    case Status:
        if (c.deleted && role == Qt::DisplayRole)
            return c.status.isEmpty() ? tr("deleted") : tr("%1 (deleted)").arg(c.status);
        return cells::text(c.status, role);
    case Operator:
        return cells::text(c.operatorName, role);
    case Country:
        return cells::text(c.country, role);
    case LastActivity:
        return timeCell(c.lastActivityMs, m_zone, role);
    }
    return {};
}

} // namespace crmlens::ui
