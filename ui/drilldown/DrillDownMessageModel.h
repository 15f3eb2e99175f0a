#pragma once

#include "core/metrics/DrillDown.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>
#include <QTimeZone>

namespace crmlens::ui {

// The messages of a drill-down, keyed by chat id and message id.
class DrillDownMessageModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Contact, Direction, Type, Status, Text };

    explicit DrillDownMessageModel(QObject* parent = nullptr);

    void setMessages(const QList<metrics::DrillDownMessage>& messages, const QTimeZone& zone);
    const metrics::DrillDownMessage* message(const QString& key) const;
    static QString keyOf(const metrics::DrillDownMessage& message);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    QHash<QString, metrics::DrillDownMessage> m_rows;
    QTimeZone m_zone;
};

} // namespace crmlens::ui
