#pragma once

#include "core/metrics/DrillDown.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>
#include <QTimeZone>

namespace crmlens::ui {

// The contacts of a drill-down, keyed by chat id. Times read in the workspace zone of the query
// the list was computed with, like the dashboards' days and hours.
class DrillDownContactModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Number, Status, Operator, Country, LastActivity };

    explicit DrillDownContactModel(QObject* parent = nullptr);

    // Replaces the rows; a row whose chat id stays keeps its place in attached views.
    void setContacts(const QList<metrics::DrillDownContact>& contacts, const QTimeZone& zone);
    const metrics::DrillDownContact* contact(const QString& chatId) const;
    // The name a row shows: the contact's name, else its number, else its chat id.
    static QString displayName(const metrics::DrillDownContact& contact);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    QHash<QString, metrics::DrillDownContact> m_rows;
    QTimeZone m_zone;
};

// "12 Nov 2026 14:05" in `zone` (the locale's short format); en dash for 0.
QString drillDownTime(qint64 msSinceEpoch, const QTimeZone& zone);

} // namespace crmlens::ui
