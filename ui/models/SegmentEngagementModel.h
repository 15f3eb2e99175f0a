#pragma once

#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// Engagement by segment value (snapshot->segmentation.segmentEngagement): contacts, inbound and
// outbound messages, inbound per contact and the response rate of each value's contacts.
class SegmentEngagementModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Value, Contacts, Inbound, Outbound, InboundPerContact, ResponseRate };

    explicit SegmentEngagementModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    QHash<QString, metrics::SegmentEngagementRow> m_rows;
};

} // namespace crmlens::ui
