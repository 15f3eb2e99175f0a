#pragma once

#include "core/metrics/MetricsSnapshot.h"
#include "core/session/DashboardData.h"
#include "ui/models/KeyedTableModel.h"

#include <QHash>

namespace crmlens::ui {

// A/B results (snapshot->campaigns.abTests): one row per variant of each group, with the group's
// p-value and its verdict in plain words on every row of the group, so sorting keeps them in view.
class AbTestModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Variant, Campaigns, Delivered, Replied, ReplyRate, PValue, Verdict };

    explicit AbTestModel(QObject* parent = nullptr);

    void refresh(const crmlens::session::DashboardData& data);
    int groupCount() const { return int(m_groups.size()); }
    // The campaigns of the variant a row shows (its key).
    QStringList campaignIds(const QString& key) const;

    // "B wins: 18.2% vs 11.0% replies (p = 0.003)", "No significant difference yet (p = 0.21)",
    // "Not enough data".
    static QString verdict(const metrics::AbTest& test);
    // "0.003", "0.21", "< 0.001"; a dash without a value.
    static QString pValueText(const metrics::Ratio& p);
    // The two variants the test compares: most delivered first, ties to the earlier variant.
    static QList<const metrics::AbVariant*> comparedVariants(const metrics::AbTest& test);
    static QString rowKey(const QString& group, const QString& variant);

protected:
    QVariant cellData(const QString& key, int column, int role) const override;

private:
    struct Row
    {
        QString group;
        metrics::AbVariant variant;
        QStringList campaignNames;
    };

    QHash<QString, Row> m_rows;
    QHash<QString, metrics::AbTest> m_groups;
};

} // namespace crmlens::ui
