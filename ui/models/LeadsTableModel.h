#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/ContactDirectory.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// Every scored contact (snapshot->leads), keyed by chat id: who it is (from the contact
// directory), its score with the four factors, the hot flag, lead stage, operator and last activity.
// Hot rows carry the tag hotTag() for TableProxyModel::setRequiredTag().
class LeadsTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Number,
        Score,
        Recency,
        Engagement,
        Responsiveness,
        Profile,
        Hot,
        LeadStage,
        Operator,
        LastActivity,
    };

    explicit LeadsTableModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);
    int hotCount() const { return m_hotCount; }
    // The name to show for a row: the contact's name, else its chat id.
    QString displayName(const QString& chatId) const;

    static QString hotTag();

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    struct Row
    {
        metrics::LeadRow lead;
        session::ContactSummary contact;
    };

    QHash<QString, Row> m_rows;
    int m_hotCount = 0;
};

} // namespace crmlens::ui
