// The Campaigns tab against a real store: a generated workspace written to SQLite, its figures
// computed by the metrics engine, and the dashboard checked to show exactly those figures and to
// ask for the right rows when an element is clicked.
#include "core/metrics/MetricsEngine.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimStoreWriter.h"
#include "core/store/Database.h"
#include "tests/ui/ComputedDashboardData.h"
#include "ui/charts/FunnelWidget.h"
#include "ui/charts/HeatmapWidget.h"
#include "ui/dashboards/CampaignsDashboard.h"
#include "ui/dashboards/DashboardPage.h"
#include "ui/models/AbTestModel.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/TemplateTableModel.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/MetricFormat.h"

#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;
using Target = metrics::DrillDownRequest::Target;

namespace {

const QTimeZone kZone("Africa/Nairobi");

int proxyRowOf(const QTableView& table, const QString& key)
{
    const QAbstractItemModel* model = table.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(KeyedTableModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

} // namespace

class TestCampaignsDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
    session::DashboardData m_data;      // the last 90 days
    session::DashboardData m_roiData;   // the same with a cost per message
    session::DashboardData m_monthData; // the last 30 days

    session::DashboardData dataFor(metrics::Period::Preset preset, double costPerMessage)
    {
        metrics::MetricsQuery query;
        query.zone = kZone;
        query.period = metrics::Period::preset(preset, m_today);
        query.costPerMessage = costPerMessage;
        return test::computedDashboardData(m_path, query);
    }

    static metrics::DrillDownRequest requestFrom(const QSignalSpy& spy, int i = 0)
    {
        return spy.at(i).at(0).value<metrics::DrillDownRequest>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<metrics::DrillDownRequest>();
        QVERIFY(m_dir.isValid());
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("store.sqlite"));
        sim::GeneratorConfig config;
        config.seed = 31;
        config.contacts = 300;
        config.days = 120;
        const sim::SimWorkspace ws = sim::generateWorkspace(config);
        const Error e = sim::SimStoreWriter::writeNewStore(m_path, ws);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        m_today = QDateTime::fromSecsSinceEpoch(ws.now, kZone).date();
        m_data = dataFor(metrics::Period::Preset::Last90Days, 0);
        m_roiData = dataFor(metrics::Period::Preset::Last90Days, 0.05);
        m_monthData = dataFor(metrics::Period::Preset::Last30Days, 0);
        const metrics::CampaignSection& c = m_data.snapshot->campaigns;
        QVERIFY(c.campaigns.size() >= 10);
        QVERIFY(!c.sendTimeHeatmap.isEmpty());
        QVERIFY(c.templates.size() >= 2);
        QVERIFY(!c.abTests.isEmpty());
        QVERIFY(m_monthData.snapshot->campaigns.campaigns.size() < c.campaigns.size());
    }

    void kpiCardsShowTheOverallRates()
    {
        CampaignsDashboard view;
        view.showData(m_data);
        const metrics::CampaignRates& o = m_data.snapshot->campaigns.overall;
        const metrics::KpiComparison& k = m_data.snapshot->kpis;
        const QList<std::tuple<QString, metrics::Ratio, metrics::Kpi>> expected = {
            {QStringLiteral("campaigns.delivery_rate_pct"), o.deliveryRatePct, k.campaignDeliveryRatePct},
            {QStringLiteral("campaigns.read_rate_pct"), o.readRatePct, k.campaignReadRatePct},
            {QStringLiteral("campaigns.reply_rate_pct"), o.replyRatePct, k.campaignReplyRatePct},
            {QStringLiteral("campaigns.failure_rate_pct"), o.failureRatePct, k.campaignFailureRatePct},
        };
        for (const auto& [key, rate, kpi] : expected) {
            KpiCard* card = view.card(key);
            QVERIFY2(card, qPrintable(key));
            QVERIFY(rate.has_value());
            QCOMPARE(card->value(), format::percent(rate));
            QCOMPARE(kpi.value, rate);
            QVERIFY2(!card->accessibleDescription().isEmpty() || !card->toolTip().isEmpty(), qPrintable(key));
        }
        QVERIFY(!view.page()->isShowingEmptyState());
        QVERIFY(!view.page()->isShowingPartialBanner());
    }

    void funnelAndHeatmapAreTheSnapshots()
    {
        CampaignsDashboard view;
        view.showData(m_data);
        const metrics::CampaignCounts& f = m_data.snapshot->campaigns.funnel;
        const QList<FunnelWidget::Stage> stages = view.funnel()->stages();
        QCOMPARE(stages.size(), 4);
        QCOMPARE(stages.at(0).count, f.totalRecipients);
        QCOMPARE(stages.at(1).count, f.delivered);
        QCOMPARE(stages.at(2).count, f.read);
        QCOMPARE(stages.at(3).count, f.replied);

        HeatmapWidget* heatmap = view.sendTimeHeatmap();
        QCOMPARE(heatmap->rowCount(), 7);
        QCOMPARE(heatmap->columnCount(), 24);
        int filled = 0;
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour)
                filled += heatmap->value(day, hour).has_value() ? 1 : 0;
        }
        int withRate = 0;
        for (const metrics::SendTimeCell& cell : m_data.snapshot->campaigns.sendTimeHeatmap) {
            QCOMPARE(heatmap->value(cell.weekday, cell.hour), cell.readRatePct);
            withRate += cell.readRatePct ? 1 : 0;
            // The tooltip names every campaign of the cell.
            const QString tip = heatmap->cellToolTip(cell.weekday, cell.hour);
            QCOMPARE(cell.campaignIds.size(), cell.campaigns);
            for (const QString& id : cell.campaignIds) {
                const QString name = view.campaignModel()->campaignName(id);
                QVERIFY2(tip.contains(name.isEmpty() ? id : name), qPrintable(tip));
            }
            QVERIFY2(tip.contains(format::percent(cell.readRatePct)), qPrintable(tip));
        }
        QCOMPARE(filled, withRate);
    }

    void gridShowsEveryCampaignWithItsRates()
    {
        CampaignsDashboard view;
        view.showData(m_data);
        const QTableView* table = view.campaignTable();
        const QList<metrics::CampaignRow>& campaigns = m_data.snapshot->campaigns.campaigns;
        QCOMPARE(table->model()->rowCount(), campaigns.size());
        QVERIFY(table->isSortingEnabled());
        for (const metrics::CampaignRow& c : campaigns) {
            const int row = proxyRowOf(*table, c.campaignId);
            QVERIFY(row >= 0);
            auto text = [&](int column) { return table->model()->index(row, column).data().toString(); };
            QCOMPARE(text(CampaignTableModel::Recipients), format::count(c.counts.totalRecipients));
            QCOMPARE(text(CampaignTableModel::Delivered), format::count(c.counts.delivered));
            QCOMPARE(text(CampaignTableModel::DeliveryRate), format::percent(c.rates.deliveryRatePct));
            QCOMPARE(text(CampaignTableModel::ReadRate), format::percent(c.rates.readRatePct));
            QCOMPARE(text(CampaignTableModel::ReplyRate), format::percent(c.rates.replyRatePct));
            QCOMPARE(text(CampaignTableModel::FailureRate), format::percent(c.rates.failureRatePct));
        }
        // Sorting by reply rate is numeric: each row's rate at least the next one's.
        view.campaignTable()->sortByColumn(CampaignTableModel::ReplyRate, Qt::DescendingOrder);
        double previous = 1e9;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QVariant v =
                table->model()->index(row, CampaignTableModel::ReplyRate).data(KeyedTableModel::SortRole);
            if (!v.isValid())
                continue;
            QVERIFY(v.toDouble() <= previous);
            previous = v.toDouble();
        }

        QCOMPARE(view.templateTable()->model()->rowCount(), m_data.snapshot->campaigns.templates.size());
        for (const metrics::TemplateRow& t : m_data.snapshot->campaigns.templates) {
            const int row = proxyRowOf(*view.templateTable(), t.templateName);
            QVERIFY(row >= 0);
            QCOMPARE(view.templateTable()->model()->index(row, TemplateTableModel::ReplyRate).data().toString(),
                     format::percent(t.rates.replyRatePct));
        }
        int variants = 0;
        for (const metrics::AbTest& test : m_data.snapshot->campaigns.abTests) {
            variants += int(test.variants.size());
            const int row = proxyRowOf(*view.abTable(), AbTestModel::rowKey(test.group, test.variants.first().variant));
            QVERIFY(row >= 0);
            QCOMPARE(view.abTable()->model()->index(row, AbTestModel::Verdict).data().toString(),
                     AbTestModel::verdict(test));
        }
        QCOMPARE(view.abTable()->model()->rowCount(), variants);
    }

    void roiNeedsACostPerMessage()
    {
        CampaignsDashboard view;
        view.showData(m_data);
        QCOMPARE(view.roiText(), QStringLiteral("Set a cost per message in Settings to see ROI."));
        QCOMPARE(view.campaignModel()->columnCount(), CampaignTableModel::FailureRate + 1);

        view.showData(m_roiData);
        QVERIFY(view.campaignModel()->showsRoi());
        QCOMPARE(view.campaignModel()->columnCount(), CampaignTableModel::Roi + 1);
        QVERIFY(!view.roiText().contains(QStringLiteral("Set a cost")));
        for (const metrics::RoiRow& r : m_roiData.snapshot->campaigns.roi) {
            const int row = view.campaignModel()->rowOf(r.campaignId);
            QVERIFY(row >= 0);
            QCOMPARE(view.campaignModel()->index(row, CampaignTableModel::Cost).data().toString(),
                     format::money(r.cost));
            QCOMPARE(view.campaignModel()->index(row, CampaignTableModel::Revenue).data().toString(),
                     format::money(r.attributedRevenue));
            QCOMPARE(
                view.campaignModel()->index(row, CampaignTableModel::Roi).data(KeyedTableModel::SortRole).isValid(),
                r.roi.has_value());
        }
        view.showData(m_data);
        QCOMPARE(view.campaignModel()->columnCount(), CampaignTableModel::FailureRate + 1);
    }

    void clicksAskForTheRowsBehindThem()
    {
        CampaignsDashboard view;
        view.resize(1366, 1400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showData(m_data);
        QSignalSpy spy(&view, &DashboardView::drillDownRequested);

        // A campaign row, by Enter and by double-click.
        QTableView* table = view.campaignTable();
        const metrics::CampaignRow& first = m_data.snapshot->campaigns.campaigns.first();
        const int row = proxyRowOf(*table, first.campaignId);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(requestFrom(spy).target, Target::CampaignRecipients);
        QCOMPARE(requestFrom(spy).value, first.campaignId);
        QCOMPARE(requestFrom(spy).stage, QStringLiteral("recipients"));
        QVERIFY(!requestFrom(spy).title.isEmpty());
        table->scrollTo(table->model()->index(row, 0));
        const QPoint centre = table->visualRect(table->model()->index(row, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(requestFrom(spy, 1).value, first.campaignId);

        // A template row.
        QTableView* templates = view.templateTable();
        templates->setFocus();
        templates->setCurrentIndex(templates->model()->index(0, 0));
        QTest::keyClick(templates, Qt::Key_Return);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(requestFrom(spy, 2).target, Target::Template);
        QCOMPARE(requestFrom(spy, 2).value, templates->model()->index(0, 0).data(KeyedTableModel::KeyRole).toString());

        // Each funnel stage.
        FunnelWidget* funnel = view.funnel();
        const QStringList stages = CampaignsDashboard::funnelStageNames();
        for (int i = 0; i < stages.size(); ++i) {
            QTest::mouseClick(funnel, Qt::LeftButton, {}, funnel->stageRowRect(i).center().toPoint());
            QCOMPARE(spy.size(), 4 + i);
            QCOMPARE(requestFrom(spy, 3 + i).target, Target::FunnelStage);
            QCOMPARE(requestFrom(spy, 3 + i).stage, stages.at(i));
        }

        // A KPI card: the failure rate opens the failed recipients.
        KpiCard* failure = view.card(QStringLiteral("campaigns.failure_rate_pct"));
        QTest::mouseClick(failure, Qt::LeftButton);
        QCOMPARE(spy.size(), 8);
        QCOMPARE(requestFrom(spy, 7).target, Target::FunnelStage);
        QCOMPARE(requestFrom(spy, 7).stage, QStringLiteral("failed"));

        // A send-time cell asks for nothing (its tooltip lists the campaigns instead).
        const metrics::SendTimeCell& cell = m_data.snapshot->campaigns.sendTimeHeatmap.first();
        HeatmapWidget* heatmap = view.sendTimeHeatmap();
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(cell.weekday, cell.hour).center().toPoint());
        QCOMPARE(spy.size(), 8);
    }

    void refreshKeepsTheSelectedCampaign()
    {
        CampaignsDashboard view;
        view.showData(m_data);
        QTableView* table = view.campaignTable();
        // A campaign of the last 30 days: present in both periods.
        const QString id = m_monthData.snapshot->campaigns.campaigns.first().campaignId;
        table->selectionModel()->select(table->model()->index(proxyRowOf(*table, id), 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.showData(m_monthData);
        QCOMPARE(table->model()->rowCount(), m_monthData.snapshot->campaigns.campaigns.size());
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(KeyedTableModel::KeyRole).toString(), id);
    }

    void emptyAndPartialStates()
    {
        CampaignsDashboard view;
        view.showData(session::DashboardData{});
        QVERIFY(view.page()->isShowingEmptyState());

        session::DashboardData partial = m_data;
        partial.partial = true;
        view.showData(partial);
        QVERIFY(!view.page()->isShowingEmptyState());
        QVERIFY(view.page()->isShowingPartialBanner());

        // A period without campaigns: the funnel and heatmap say so instead of drawing zeros.
        auto none = std::make_shared<metrics::MetricsSnapshot>(*m_data.snapshot);
        none->campaigns = {};
        session::DashboardData quiet = m_data;
        quiet.snapshot = none;
        view.showData(quiet);
        QVERIFY(view.funnel()->isShowingEmptyState());
        QVERIFY(view.sendTimeHeatmap()->isShowingEmptyState());
        QCOMPARE(view.campaignModel()->rowCount(), 0);
        QVERIFY(view.campaignTable()->isHidden());
    }

    void headersCarryDefinitions()
    {
        CampaignsDashboard view;
        view.showData(m_roiData);
        for (const QTableView* table : {view.campaignTable(), view.templateTable(), view.abTable()}) {
            QVERIFY(!table->accessibleName().isEmpty());
            for (int column = 0; column < table->model()->columnCount(); ++column)
                QVERIFY(!table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(!view.funnel()->definition().isEmpty());
        QVERIFY(!view.sendTimeHeatmap()->definition().isEmpty());
    }
};

QTEST_MAIN(TestCampaignsDashboard)
#include "tst_CampaignsDashboard.moc"
