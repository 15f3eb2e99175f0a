#include "ui/models/CampaignTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

metrics::CampaignRow campaign(const QString& id, const QString& name, qint64 total, qint64 delivered, qint64 read,
                              qint64 replied, qint64 failed)
{
    metrics::CampaignRow c;
    c.campaignId = id;
    c.name = name;
    c.status = QStringLiteral("completed");
    c.counts = {total, delivered, read, replied, failed};
    auto pct = [](qint64 num, qint64 den) { return den > 0 ? metrics::Ratio(100.0 * num / den) : std::nullopt; };
    c.rates = {pct(delivered, total), pct(read, delivered), pct(replied, delivered), pct(failed, total)};
    return c;
}

session::DashboardData dataWith(QList<metrics::CampaignRow> campaigns, double costPerMessage = 0,
                                QList<metrics::RoiRow> roi = {})
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->campaigns.campaigns = std::move(campaigns);
    snapshot->campaigns.roi = std::move(roi);
    session::DashboardData data;
    data.snapshot = snapshot;
    data.query.costPerMessage = costPerMessage;
    data.empty = false;
    data.partial = false;
    return data;
}

// Every row of the model against the snapshot it was given, cell by cell.
void compareWithSnapshot(const CampaignTableModel& model, const session::DashboardData& data)
{
    const QList<metrics::CampaignRow>& campaigns = data.snapshot->campaigns.campaigns;
    QCOMPARE(model.rowCount(), campaigns.size());
    for (const metrics::CampaignRow& c : campaigns) {
        const int row = model.rowOf(c.campaignId);
        QVERIFY(row >= 0);
        auto text = [&](int column) { return model.index(row, column).data().toString(); };
        auto sort = [&](int column) { return model.index(row, column).data(KeyedTableModel::SortRole); };
        QCOMPARE(text(CampaignTableModel::Name), c.name.isEmpty() ? c.campaignId : c.name);
        QCOMPARE(text(CampaignTableModel::Status), c.status);
        QCOMPARE(text(CampaignTableModel::Recipients), format::count(c.counts.totalRecipients));
        QCOMPARE(text(CampaignTableModel::Delivered), format::count(c.counts.delivered));
        QCOMPARE(text(CampaignTableModel::Read), format::count(c.counts.read));
        QCOMPARE(text(CampaignTableModel::Replied), format::count(c.counts.replied));
        QCOMPARE(text(CampaignTableModel::Failed), format::count(c.counts.failed));
        QCOMPARE(text(CampaignTableModel::DeliveryRate), format::percent(c.rates.deliveryRatePct));
        QCOMPARE(text(CampaignTableModel::ReadRate), format::percent(c.rates.readRatePct));
        QCOMPARE(text(CampaignTableModel::ReplyRate), format::percent(c.rates.replyRatePct));
        QCOMPARE(text(CampaignTableModel::FailureRate), format::percent(c.rates.failureRatePct));
        QCOMPARE(sort(CampaignTableModel::Recipients).toLongLong(), c.counts.totalRecipients);
        QCOMPARE(sort(CampaignTableModel::ReplyRate).isValid(), c.rates.replyRatePct.has_value());
        if (c.rates.replyRatePct)
            QCOMPARE(sort(CampaignTableModel::ReplyRate).toDouble(), *c.rates.replyRatePct);
    }
}

} // namespace

class TestCampaignTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryCampaignOfTheSnapshot()
    {
        CampaignTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const session::DashboardData data =
            dataWith({campaign(QStringLiteral("camp_001"), QStringLiteral("Welcome"), 257, 249, 194, 41, 8),
                      campaign(QStringLiteral("camp_002"), QString(), 0, 0, 0, 0, 0),
                      campaign(QStringLiteral("camp_003"), QStringLiteral("Restock #3"), 1200, 1100, 900, 5, 100)});
        model.refresh(data);
        compareWithSnapshot(model, data);
        QCOMPARE(model.columnCount(), CampaignTableModel::FailureRate + 1);
        QVERIFY(!model.showsRoi());
        // A campaign without recipients has no rates: a dash, never 0%.
        QCOMPARE(model.index(model.rowOf(QStringLiteral("camp_002")), CampaignTableModel::DeliveryRate).data(),
                 QVariant(format::dash()));
        QCOMPARE(model.index(0, CampaignTableModel::ReplyRate).data().toString(), format::percent(100.0 * 41 / 249));
    }

    void everyHeaderHasItsDefinition()
    {
        CampaignTableModel model;
        model.refresh(dataWith({}, 0.05));
        QCOMPARE(model.columnCount(), CampaignTableModel::Roi + 1);
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            QVERIFY2(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(model.headerData(column, Qt::Horizontal).toString()));
        }
    }

    void refreshUpdatesInPlaceAndKeepsTheSelection()
    {
        CampaignTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CampaignTableModel::ReplyRate, Qt::DescendingOrder);

        model.refresh(dataWith({campaign(QStringLiteral("a"), QStringLiteral("A"), 100, 100, 50, 10, 0),
                                campaign(QStringLiteral("b"), QStringLiteral("B"), 100, 100, 50, 20, 0),
                                campaign(QStringLiteral("c"), QStringLiteral("C"), 100, 100, 50, 30, 0)}));
        QItemSelectionModel selection(&proxy);
        const QModelIndex b = proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("b")), 0));
        selection.select(b, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        const session::DashboardData next =
            dataWith({campaign(QStringLiteral("d"), QStringLiteral("D"), 100, 100, 50, 25, 0),
                      campaign(QStringLiteral("b"), QStringLiteral("B renamed"), 100, 100, 50, 40, 0),
                      campaign(QStringLiteral("c"), QStringLiteral("C"), 100, 100, 50, 30, 0)});
        model.refresh(next);
        compareWithSnapshot(model, next);
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(KeyedTableModel::KeyRole).toString(), QStringLiteral("b"));
        QCOMPARE(rows.first().data().toString(), QStringLiteral("B renamed"));
        // Re-sorted by the new reply rates: b (40%) now first.
        QCOMPARE(rows.first().row(), 0);
        QCOMPARE(proxy.index(1, 0).data(KeyedTableModel::KeyRole).toString(), QStringLiteral("c"));
    }

    void roiColumnsFollowTheCostPerMessage()
    {
        CampaignTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<metrics::CampaignRow> campaigns = {
            campaign(QStringLiteral("a"), QStringLiteral("A"), 200, 190, 150, 20, 10),
            campaign(QStringLiteral("b"), QStringLiteral("B"), 50, 50, 40, 0, 0)};
        model.refresh(dataWith(campaigns));
        QCOMPARE(model.columnCount(), CampaignTableModel::FailureRate + 1);

        const QList<metrics::RoiRow> roi = {{QStringLiteral("a"), 10.0, 250.0, 25.0},
                                            {QStringLiteral("b"), 2.5, 0.0, 0.0}};
        model.refresh(dataWith(campaigns, 0.05, roi));
        QVERIFY(model.showsRoi());
        QCOMPARE(model.columnCount(), CampaignTableModel::Roi + 1);
        const int a = model.rowOf(QStringLiteral("a"));
        QCOMPARE(model.index(a, CampaignTableModel::Cost).data().toString(), format::money(10.0));
        QCOMPARE(model.index(a, CampaignTableModel::Revenue).data().toString(), format::money(250.0));
        QVERIFY(model.index(a, CampaignTableModel::Roi).data().toString().startsWith(format::number(25.0, 2)));
        QCOMPARE(model.index(a, CampaignTableModel::Roi).data(KeyedTableModel::SortRole).toDouble(), 25.0);
        QCOMPARE(model.index(a, CampaignTableModel::Revenue).data(KeyedTableModel::ExportRole).toString(),
                 QStringLiteral("250"));

        model.refresh(dataWith(campaigns));
        QVERIFY(!model.showsRoi());
        QCOMPARE(model.columnCount(), CampaignTableModel::FailureRate + 1);
    }

    void namesAreFoundById()
    {
        CampaignTableModel model;
        model.refresh(dataWith({campaign(QStringLiteral("camp_9"), QStringLiteral("Nine"), 1, 1, 1, 1, 0)}));
        QCOMPARE(model.campaignName(QStringLiteral("camp_9")), QStringLiteral("Nine"));
        QCOMPARE(model.campaignName(QStringLiteral("camp_x")), QString());
        model.refresh({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCampaignTableModel)
#include "tst_CampaignTableModel.moc"
