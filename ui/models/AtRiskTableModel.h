#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/ContactDirectory.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// The at-risk list (snapshot->atRisk), keyed by chat id: who it is, its health score, days since
// it last wrote, its risk indicators and the recommended action in plain words. Each row is tagged
// with its indicator keys ("last_delivery_failed", ...) for TableProxyModel::setRequiredTag().
class AtRiskTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Number, Health, DaysSilent, Indicators, Action, Operator };

    explicit AtRiskTableModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);
    QString displayName(const QString& chatId) const;

    // The indicator keys of METRICS.md, in the order the recommended action considers them.
    static QStringList indicatorKeys();
    static QString indicatorText(const QString& key);
    static QString actionText(const QString& action);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    struct Row
    {
        metrics::AtRiskRow risk;
        session::ContactSummary contact;
        QString indicators; // in plain words
    };

    QHash<QString, Row> m_rows;
};

} // namespace crmlens::ui
