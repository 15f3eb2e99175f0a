#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// The operator leaderboard of the Engagement tab (snapshot->engagement.operators), one row per
// operator name: chats assigned and resolved, replies sent, turns answered, response and
// resolution times, CSAT. Times show as durations and sort by seconds; missing figures sort last.
class OperatorTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Operator,
        ChatsAssigned,
        ChatsResolved,
        MessagesSent,
        TurnsAnswered,
        AvgResponseTime,
        MedianResponseTime,
        AvgResolutionTime,
        Csat,
    };

    explicit OperatorTableModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    QHash<QString, metrics::OperatorRow> m_rows;
};

} // namespace crmlens::ui
