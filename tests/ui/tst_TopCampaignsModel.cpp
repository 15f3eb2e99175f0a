#include "ui/models/TopCampaignsModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

session::DashboardData dataWith(QList<metrics::RankedCampaign> top, QList<QPair<QString, QString>> names)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->executive.topCampaigns = std::move(top);
    for (const auto& [id, name] : names) {
        metrics::CampaignRow c;
        c.campaignId = id;
        c.name = name;
        snapshot->campaigns.campaigns.append(c);
    }
    session::DashboardData data;
    data.snapshot = snapshot;
    return data;
}

} // namespace

class TestTopCampaignsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksAsTheSnapshotDoes()
    {
        TopCampaignsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const session::DashboardData first = dataWith(
            {{QStringLiteral("camp_032"), 20.55, 75}, {QStringLiteral("camp_003"), 16.47, 257}},
            {{QStringLiteral("camp_003"), QStringLiteral("Restock #3")}, {QStringLiteral("camp_032"), QString()}});
        model.refresh(first);
        QCOMPARE(model.rowCount(), 2);
        for (int i = 0; i < first.snapshot->executive.topCampaigns.size(); ++i) {
            const metrics::RankedCampaign& c = first.snapshot->executive.topCampaigns.at(i);
            const int row = model.rowOf(c.campaignId);
            QCOMPARE(model.index(row, TopCampaignsModel::Rank).data().toString(), format::count(i + 1));
            QCOMPARE(model.index(row, TopCampaignsModel::ReplyRate).data().toString(), format::percent(c.replyRatePct));
            QCOMPARE(model.index(row, TopCampaignsModel::Recipients).data().toString(),
                     format::count(c.totalRecipients));
        }
        QCOMPARE(model.index(model.rowOf(QStringLiteral("camp_003")), TopCampaignsModel::Campaign).data().toString(),
                 QStringLiteral("Restock #3"));
        // Without a name the id stands in.
        QCOMPARE(model.index(model.rowOf(QStringLiteral("camp_032")), TopCampaignsModel::Campaign).data().toString(),
                 QStringLiteral("camp_032"));

        const QPersistentModelIndex restock = model.index(model.rowOf(QStringLiteral("camp_003")), 0);
        model.refresh(dataWith({{QStringLiteral("camp_003"), 30.0, 257}, {QStringLiteral("camp_040"), 12.0, 90}},
                               {{QStringLiteral("camp_003"), QStringLiteral("Restock #3")}}));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(restock.isValid());
        QCOMPARE(restock.row(), 0);
        QCOMPARE(restock.data().toString(), format::count(1));
        QCOMPARE(model.keys(), QStringList({QStringLiteral("camp_003"), QStringLiteral("camp_040")}));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestTopCampaignsModel)
#include "tst_TopCampaignsModel.moc"
