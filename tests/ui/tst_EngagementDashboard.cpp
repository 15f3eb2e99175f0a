// The Engagement tab against a real store: a generated workspace written to SQLite, its figures
// computed by the metrics engine, and the dashboard checked to show exactly those figures and to
// ask for the right rows when an element is clicked.
#include "core/metrics/MetricsEngine.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimStoreWriter.h"
#include "core/store/Database.h"
#include "tests/ui/ComputedDashboardData.h"
#include "ui/charts/BarChart.h"
#include "ui/charts/GaugeWidget.h"
#include "ui/charts/HeatmapWidget.h"
#include "ui/charts/LineChart.h"
#include "ui/charts/PieChart.h"
#include "ui/charts/WordCloudWidget.h"
#include "ui/dashboards/DashboardPage.h"
#include "ui/dashboards/EngagementDashboard.h"
#include "ui/models/OperatorTableModel.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QDir>
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

} // namespace

class TestEngagementDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
    session::DashboardData m_data;     // the last 30 days
    session::DashboardData m_weekData; // the last 7 days: different figures, same operators

    session::DashboardData dataFor(metrics::Period::Preset preset)
    {
        metrics::MetricsQuery query;
        query.zone = kZone;
        query.period = metrics::Period::preset(preset, m_today);
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
        config.seed = 23;
        config.contacts = 300;
        const sim::SimWorkspace ws = sim::generateWorkspace(config);
        const Error e = sim::SimStoreWriter::writeNewStore(m_path, ws);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        m_today = QDateTime::fromSecsSinceEpoch(ws.now, kZone).date();
        m_data = dataFor(metrics::Period::Preset::Last30Days);
        m_weekData = dataFor(metrics::Period::Preset::Last7Days);
        const metrics::EngagementSection& e30 = m_data.snapshot->engagement;
        QVERIFY(e30.figures.turnsAnswered > 20);
        QVERIFY(e30.operators.size() >= 2);
        QVERIFY(!e30.keywords.isEmpty());
    }

    void kpiCardsShowTheSnapshotsFigures()
    {
        EngagementDashboard view;
        view.showData(m_data);
        const metrics::ResponseFigures& f = m_data.snapshot->engagement.figures;
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("engagement.response_rate_pct"), format::percent(f.responseRatePct)},
            {QStringLiteral("engagement.sla_met_pct"), format::percent(f.slaMetPct)},
            {QStringLiteral("engagement.avg_response_time_s"), format::duration(f.avgResponseTimeS)},
            {QStringLiteral("engagement.median_response_time_s"), format::duration(f.medianResponseTimeS)},
            {QStringLiteral("engagement.p90_response_time_s"), format::duration(f.p90ResponseTimeS)},
            {QStringLiteral("engagement.avg_first_response_time_s"), format::duration(f.avgFirstResponseTimeS)},
            {QStringLiteral("engagement.median_first_response_time_s"), format::duration(f.medianFirstResponseTimeS)},
            {QStringLiteral("engagement.messages_per_conversation"), format::number(f.messagesPerConversation, 2)},
            {QStringLiteral("engagement.inbound_outbound_ratio"), format::number(f.inboundOutboundRatio, 2)},
        };
        QCOMPARE(view.cardKeys().size(), expected.size());
        for (const auto& [key, text] : expected) {
            KpiCard* card = view.card(key);
            QVERIFY2(card, qPrintable(key));
            QCOMPARE(card->value(), text);
            QVERIFY2(!card->toolTip().isEmpty() || !card->accessibleDescription().isEmpty(), qPrintable(key));
        }
        QVERIFY(f.responseRatePct.has_value());
        QCOMPARE(view.slaGauge()->value(), f.slaMetPct);
        QVERIFY(view.slaGauge()->caption().contains(QStringLiteral("5 min")));
    }

    void histogramBarsAreTheBucketShares()
    {
        EngagementDashboard view;
        view.showData(m_data);
        const auto& buckets = m_data.snapshot->engagement.responseTimeHistogram;
        BarChart* chart = view.histogramChart();
        QVERIFY(!chart->isShowingEmptyState());
        QCOMPARE(chart->categories().size(), buckets.size());
        QCOMPARE(chart->categories().first(), QStringLiteral("< 1 min"));
        for (int i = 0; i < buckets.size(); ++i) {
            QCOMPARE(chart->categories().at(i), EngagementDashboard::bucketLabel(buckets.at(i).name));
            QCOMPARE(chart->value(0, i), buckets.at(i).pct);
            QVERIFY2(chart->toolTip(0, i).contains(format::percent(buckets.at(i).pct)),
                     qPrintable(chart->toolTip(0, i)));
        }
    }

    void volumePeakHoursAndHeatmapAreTheCounts()
    {
        EngagementDashboard view;
        view.showData(m_data);
        const metrics::EngagementSection& e = m_data.snapshot->engagement;
        LineChart* volume = view.volumeChart();
        QCOMPARE(volume->seriesCount(), 2);
        QCOMPARE(volume->categories().size(), e.messageVolume.size());
        QCOMPARE(e.messageVolume.size(), 30);
        for (int i = 0; i < e.messageVolume.size(); ++i) {
            QCOMPARE(volume->value(0, i), std::optional<double>(double(e.messageVolume.at(i).inbound)));
            QCOMPARE(volume->value(1, i), std::optional<double>(double(e.messageVolume.at(i).outbound)));
        }
        BarChart* peak = view.peakHoursChart();
        QCOMPARE(peak->categories().size(), 24);
        for (int h = 0; h < 24; ++h)
            QCOMPARE(peak->value(0, h), std::optional<double>(double(e.peakHours.at(std::size_t(h)))));
        HeatmapWidget* heatmap = view.activityHeatmap();
        QCOMPARE(heatmap->rowCount(), 7);
        QCOMPARE(heatmap->columnCount(), 24);
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                const qint64 count = e.activityHeatmap.at(std::size_t(d)).at(std::size_t(h));
                QCOMPARE(heatmap->value(d, h), std::optional<double>(double(count)));
            }
        }
        QVERIFY(heatmap->cellToolTip(0, 9).contains(QStringLiteral("09:00–10:00")));
    }

    void statusAndKeywordsAreTheSnapshots()
    {
        EngagementDashboard view;
        view.resize(1600, 1000);
        view.showData(m_data);
        const metrics::EngagementSection& e = m_data.snapshot->engagement;
        QStringList words;
        for (const metrics::KeywordCount& k : e.keywords)
            words << k.token;
        QStringList shown;
        for (const NamedValue& w : view.keywordCloud()->words())
            shown << w.name;
        QCOMPARE(shown.size(), words.size());
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()), QSet<QString>(words.begin(), words.end()));
        QStringList statusLabels = view.statusChart()->drawnLabels();
        QVERIFY(!statusLabels.isEmpty());
        QVERIFY(statusLabels.first().startsWith(e.conversationStatus.first().first.toHtmlEscaped()));
    }

    void operatorTableRowsAreTheSnapshots()
    {
        EngagementDashboard view;
        view.showData(m_data);
        const auto& operators = m_data.snapshot->engagement.operators;
        OperatorTableModel* model = view.operatorModel();
        QCOMPARE(model->rowCount(), operators.size());
        for (const metrics::OperatorRow& o : operators) {
            const int row = model->rowOf(o.operatorName);
            QVERIFY2(row >= 0, qPrintable(o.operatorName));
            const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
            QCOMPARE(cell(OperatorTableModel::Operator), o.operatorName);
            QCOMPARE(cell(OperatorTableModel::ChatsAssigned), format::count(o.chatsAssigned));
            QCOMPARE(cell(OperatorTableModel::ChatsResolved), format::count(o.chatsResolved));
            QCOMPARE(cell(OperatorTableModel::MessagesSent), format::count(o.messagesSent));
            QCOMPARE(cell(OperatorTableModel::TurnsAnswered), format::count(o.turnsAnswered));
            QCOMPARE(cell(OperatorTableModel::AvgResponseTime), format::duration(o.avgResponseTimeS));
            QCOMPARE(cell(OperatorTableModel::MedianResponseTime), format::duration(o.medianResponseTimeS));
            QCOMPARE(cell(OperatorTableModel::AvgResolutionTime), format::duration(o.avgResolutionTimeS));
            QCOMPARE(cell(OperatorTableModel::Csat), format::number(o.csatAvg, 2));
        }
        // The table sorts by turns answered, most first.
        QAbstractItemModel* proxy = view.operatorTable()->model();
        for (int r = 1; r < proxy->rowCount(); ++r) {
            QVERIFY(
                proxy->index(r - 1, OperatorTableModel::TurnsAnswered).data(KeyedTableModel::SortRole).toLongLong() >=
                proxy->index(r, OperatorTableModel::TurnsAnswered).data(KeyedTableModel::SortRole).toLongLong());
        }
    }

    void operatorModelPassesTheModelTester()
    {
        OperatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(m_data);
        model.refresh(m_weekData);
        model.refresh(session::DashboardData{});
        QCOMPARE(model.rowCount(), 0);
        model.refresh(m_data);
        QCOMPARE(model.rowCount(), m_data.snapshot->engagement.operators.size());
    }

    void secondShowDataKeepsTheOperatorSelection()
    {
        EngagementDashboard view;
        view.resize(1366, 768);
        view.showData(m_data);
        QTableView* table = view.operatorTable();
        QAbstractItemModel* proxy = table->model();
        QVERIFY(proxy->rowCount() >= 2);
        // Pick an operator present in both periods, on a row other than the first.
        QString key;
        int row = -1;
        for (int r = proxy->rowCount() - 1; r >= 1 && key.isEmpty(); --r) {
            const QString candidate = proxy->index(r, 0).data(KeyedTableModel::KeyRole).toString();
            for (const metrics::OperatorRow& o : m_weekData.snapshot->engagement.operators) {
                if (o.operatorName == candidate) {
                    key = candidate;
                    row = r;
                }
            }
        }
        QVERIFY(!key.isEmpty());
        table->selectionModel()->setCurrentIndex(proxy->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.showData(m_weekData);
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(KeyedTableModel::KeyRole).toString(), key);
        QCOMPARE(table->currentIndex().data(KeyedTableModel::KeyRole).toString(), key);
        // And the figures are the new period's.
        const int modelRow = view.operatorModel()->rowOf(key);
        for (const metrics::OperatorRow& o : m_weekData.snapshot->engagement.operators) {
            if (o.operatorName == key)
                QCOMPARE(view.operatorModel()->index(modelRow, OperatorTableModel::TurnsAnswered).data().toString(),
                         format::count(o.turnsAnswered));
        }
    }

    void clickingAHeatmapCellAsksForItsMessages()
    {
        EngagementDashboard view;
        view.resize(1600, 1000);
        view.showData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &DashboardView::drillDownRequested);
        HeatmapWidget* heatmap = view.activityHeatmap();
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(2, 14).center().toPoint());
        QCOMPARE(spy.count(), 1);
        const metrics::DrillDownRequest r = requestFrom(spy);
        QCOMPARE(r.target, Target::ActivityCell);
        QCOMPARE(r.weekday, 2);
        QCOMPARE(r.hour, 14);
        QVERIFY(r.title.contains(QStringLiteral("14:00")));
    }

    void clickingAHistogramBarAsksForItsReplies()
    {
        EngagementDashboard view;
        view.resize(1600, 1000);
        view.showData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &DashboardView::drillDownRequested);
        BarChart* histogram = view.histogramChart();
        // The bar of the most common bucket is tall enough to hit reliably.
        const auto& buckets = m_data.snapshot->engagement.responseTimeHistogram;
        int biggest = 0;
        for (int i = 1; i < buckets.size(); ++i)
            if (buckets.at(i).count > buckets.at(biggest).count)
                biggest = i;
        QTest::mouseClick(histogram->chartView()->viewport(), Qt::LeftButton, {}, histogram->barPosition(0, biggest));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(requestFrom(spy).target, Target::ResponseBucket);
        QCOMPARE(requestFrom(spy).value, buckets.at(biggest).name);
    }

    void everyElementAsksForItsRows()
    {
        EngagementDashboard view;
        view.resize(1600, 1000);
        view.showData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &DashboardView::drillDownRequested);

        // Keyboard on the charts: the same requests as a click.
        QTest::keyClick(view.peakHoursChart(), Qt::Key_Right);
        QTest::keyClick(view.peakHoursChart(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(requestFrom(spy, 0).target, Target::PeakHour);
        QCOMPARE(requestFrom(spy, 0).hour, 1);

        QTest::keyClick(view.volumeChart(), Qt::Key_Right);
        QTest::keyClick(view.volumeChart(), Qt::Key_Right);
        QTest::keyClick(view.volumeChart(), Qt::Key_Up); // the outbound line
        QTest::keyClick(view.volumeChart(), Qt::Key_Space);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(requestFrom(spy, 1).target, Target::VolumeDay);
        QCOMPARE(requestFrom(spy, 1).day, m_data.snapshot->engagement.messageVolume.at(2).day);
        QCOMPARE(requestFrom(spy, 1).stage, QStringLiteral("outbound"));

        QTest::keyClick(view.statusChart(), Qt::Key_Return);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(requestFrom(spy, 2).target, Target::ConversationStatus);
        QCOMPARE(requestFrom(spy, 2).value, m_data.snapshot->engagement.conversationStatus.first().first);

        WordCloudWidget* cloud = view.keywordCloud();
        QVERIFY(!cloud->placedWords().isEmpty());
        const auto word = cloud->placedWords().first();
        QTest::mouseClick(cloud, Qt::LeftButton, {}, word.rect.center().toPoint());
        QCOMPARE(spy.count(), 4);
        QCOMPARE(requestFrom(spy, 3).target, Target::Keyword);
        QCOMPARE(requestFrom(spy, 3).value, word.word);

        QTableView* table = view.operatorTable();
        const QModelIndex first = table->model()->index(0, OperatorTableModel::ChatsAssigned);
        Q_EMIT table->activated(first);
        QCOMPARE(spy.count(), 5);
        QCOMPARE(requestFrom(spy, 4).target, Target::Operator);
        QCOMPARE(requestFrom(spy, 4).value, first.data(KeyedTableModel::KeyRole).toString());
        for (int i = 0; i < spy.count(); ++i)
            QVERIFY(!requestFrom(spy, i).title.isEmpty());
    }

    void partialAndEmptyStates()
    {
        EngagementDashboard view;
        session::DashboardData partial = m_data;
        partial.partial = true;
        view.showData(partial);
        QVERIFY(view.page()->isShowingPartialBanner());
        QVERIFY(!view.page()->isShowingEmptyState());
        view.showData(m_data);
        QVERIFY(!view.page()->isShowingPartialBanner());
        session::DashboardData nothing;
        view.showData(nothing);
        QVERIFY(view.page()->isShowingEmptyState());
    }

    void fitsTheSmallAndLargeWindowInBothThemes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1366x768 light") << QSize(1366, 768) << false;
        QTest::newRow("1600x1000 dark") << QSize(1600, 1000) << true;
    }

    void fitsTheSmallAndLargeWindowInBothThemes()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        EngagementDashboard view;
        view.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        view.resize(size);
        view.showData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Nothing wider than the window: the grid scrolls vertically only.
        QWidget* content = view.histogramChart()->parentWidget();
        QVERIFY(content->minimumSizeHint().width() <= size.width());
        QVERIFY(view.histogramChart()->width() >= view.histogramChart()->minimumSizeHint().width());
        QVERIFY(view.activityHeatmap()->cellRect(6, 23).right() <= view.activityHeatmap()->width());
        const QString dir = qEnvironmentVariable("CRMLENS_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            content->grab().save(QDir(dir).filePath(QStringLiteral("engagement-%1x%2-%3.png")
                                                        .arg(size.width())
                                                        .arg(size.height())
                                                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        }
    }
};

QTEST_MAIN(TestEngagementDashboard)
#include "tst_EngagementDashboard.moc"
