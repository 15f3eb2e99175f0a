#include "ui/drilldown/TranscriptModel.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace crmlens::ui {

TranscriptModel::TranscriptModel(QObject* parent) : QAbstractListModel(parent) {}

void TranscriptModel::setMessages(const QList<metrics::DrillDownMessage>& messages, const QTimeZone& zone)
{
    beginResetModel();
    m_messages = messages;
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_rows.clear();
    QDate previous;
    for (int i = 0; i < m_messages.size(); ++i) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(m_messages[i].timestampMs, m_zone).date();
        if (day != previous)
            m_rows << Row{day, -1};
        previous = day;
        m_rows << Row{day, i};
    }
    endResetModel();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_messages.clear();
    m_rows.clear();
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranscriptModel::rowOfMessage(const QString& messageId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].message >= 0 && m_messages[m_rows[r].message].messageId == messageId)
            return r;
    }
    return -1;
}

QString TranscriptModel::footer(const metrics::DrillDownMessage& m) const
{
    QStringList parts;
    parts << QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.timestampMs, m_zone).time(), QLocale::ShortFormat);
    if (!m.status.isEmpty())
        parts << m.status;
    if (m.direction == QLatin1String("outbound") && !m.automated && !m.operatorName.isEmpty())
        parts << m.operatorName;
    return parts.join(QStringLiteral(" · "));
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (row.message < 0) {
        const QString text = QLocale().toString(row.day, QLocale::LongFormat);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return text;
        case KindRole:
            return QVariant::fromValue(Kind::DaySeparator);
        default:
            return {};
        }
    }
    const metrics::DrillDownMessage& m = m_messages[row.message];
    const bool inbound = m.direction == QLatin1String("inbound");
    switch (role) {
    case Qt::DisplayRole:
        if (!m.text.isNull())
            return m.text;
        // Media without a caption: say what it was.
        if (m.type.isEmpty() || m.type.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
            return tr("(no text)");
        return tr("(%1 without a caption)").arg(m.type);
    case KindRole:
        return QVariant::fromValue(inbound ? Kind::Inbound : Kind::Outbound);
    case FooterRole:
        return footer(m);
    case MarkerRole:
        if (!m.automated)
            return QString();
        if (!m.campaignId.isEmpty())
            return tr("Campaign %1").arg(m.campaignId);
        return m.type.compare(QLatin1String("template"), Qt::CaseInsensitive) == 0 ? tr("Template") : tr("Automated");
    case MessageIdRole:
        return m.messageId;
    case TimestampRole:
        return m.timestampMs;
    case Qt::AccessibleTextRole: {
        const QString who = inbound ? tr("From %1").arg(m.contactName) : tr("To %1").arg(m.contactName);
        const QString marker = data(index, MarkerRole).toString();
        return QStringList{who, marker, footer(m), data(index, Qt::DisplayRole).toString()}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", "));
    }
    case Qt::ToolTipRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.timestampMs, m_zone), QLocale::LongFormat);
    default:
        return {};
    }
}

} // namespace crmlens::ui
