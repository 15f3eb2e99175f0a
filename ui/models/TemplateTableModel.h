#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// The period's campaigns by template (snapshot->campaigns.templates), one row per template name,
// with the campaigns using it, their summed counts and the four rates.
class TemplateTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Template,
        Campaigns,
        Recipients,
        Delivered,
        Read,
        Replied,
        Failed,
        DeliveryRate,
        ReadRate,
        ReplyRate,
        FailureRate,
    };

    explicit TemplateTableModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    QHash<QString, metrics::TemplateRow> m_rows;
};

} // namespace crmlens::ui
