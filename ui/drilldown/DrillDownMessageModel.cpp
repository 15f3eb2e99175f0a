#include "ui/drilldown/DrillDownMessageModel.h"

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

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end) + QStringLiteral(" …")).simplified();
}

} // namespace

DrillDownMessageModel::DrillDownMessageModel(QObject* parent) : KeyedTableModel(parent)
{
    setColumns({{tr("Time"), tr("When the message was sent, in the workspace time zone")},
                {tr("Contact"), tr("The contact of the chat")},
                {tr("Direction"), tr("Inbound: from the contact; outbound: to the contact")},
                {tr("Type"), tr("The message type; template and campaign messages are automated sends")},
                {tr("Status"), tr("The delivery status the CRM reports")},
                {tr("Text"), tr("The message text (first line)")}});
}

QString DrillDownMessageModel::keyOf(const metrics::DrillDownMessage& message)
{
    return message.chatId + QLatin1Char('/') + message.messageId;
}

void DrillDownMessageModel::setMessages(const QList<metrics::DrillDownMessage>& messages, const QTimeZone& zone)
{
    QStringList order;
    QHash<QString, metrics::DrillDownMessage> rows;
    order.reserve(messages.size());
    rows.reserve(messages.size());
    for (const metrics::DrillDownMessage& m : messages) {
        const QString key = keyOf(m);
        if (rows.contains(key))
            continue;
        order << key;
        rows.insert(key, m);
    }
    replaceRows(order, [&] {
        m_rows = std::move(rows);
        m_zone = zone;
    });
}

const metrics::DrillDownMessage* DrillDownMessageModel::message(const QString& key) const
{
    const auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? nullptr : &*it;
}

QVariant DrillDownMessageModel::cellData(const QString& key, int column, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd())
        return {};
    const metrics::DrillDownMessage& m = *it;
    if (role == SearchRole)
        return QStringList{m.contactName, m.type, m.status, m.text, m.chatId}.join(QLatin1Char(' ')).toLower();
    if (role == Qt::ToolTipRole && column == Text && !m.text.isEmpty())
        return m.text;
    switch (Column(column)) {
    case Time:
        return timeCell(m.timestampMs, m_zone, role);
    case Contact:
        return cells::text(m.contactName, role);
    case Direction:
        if (role == Qt::DisplayRole) {
            if (m.direction == QLatin1String("inbound"))
                return tr("Inbound");
            if (m.direction == QLatin1String("outbound"))
                return m.automated ? tr("Outbound (automated)") : tr("Outbound");
        }
        return cells::text(m.direction, role);
    case Type:
        return cells::text(m.type, role);
    case Status:
        return cells::text(m.status, role);
    case Text:
        if (role == Qt::DisplayRole)
            return m.text.isNull() ? tr("(no text)") : firstLine(m.text);
        return cells::text(m.text, role);
    }
    return {};
}

} // namespace crmlens::ui
