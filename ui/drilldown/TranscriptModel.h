#pragma once

#include "core/metrics/DrillDown.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace crmlens::ui {

// One chat as a list for TranscriptView: the messages oldest first, with a separator row before
// the first message of each day (days of the workspace zone).
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole, // Kind
        FooterRole,              // "14:05 · read" (time, status, operator)
        MarkerRole,              // "Template · camp_003" for automated sends, else empty
        MessageIdRole,
        TimestampRole, // ms since the epoch
    };
    enum class Kind { DaySeparator, Inbound, Outbound };
    Q_ENUM(Kind)

    explicit TranscriptModel(QObject* parent = nullptr);

    void setMessages(const QList<metrics::DrillDownMessage>& messages, const QTimeZone& zone);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int messageCount() const { return int(m_messages.size()); }
    // The row of a message (separators count as rows); -1 when absent.
    int rowOfMessage(const QString& messageId) const;

private:
    struct Row
    {
        QDate day;        // separators
        int message = -1; // index into m_messages; -1 for a separator
    };

    QString footer(const metrics::DrillDownMessage& m) const;

    QList<metrics::DrillDownMessage> m_messages;
    QList<Row> m_rows;
    QTimeZone m_zone;
};

} // namespace crmlens::ui
