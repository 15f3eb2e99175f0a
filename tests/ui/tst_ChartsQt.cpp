#include "ui/charts/BarChart.h"
#include "ui/charts/LineChart.h"
#include "ui/charts/PieChart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(crmlens::ui::ChartSeries)

using namespace crmlens::ui;

namespace {

QStringList days(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("Mar %1").arg(i + 1);
    return out;
}

QList<std::optional<double>> values(std::initializer_list<double> list)
{
    QList<std::optional<double>> out;
    for (double v : list)
        out << v;
    return out;
}

void showAndLayOut(QWidget& w)
{
    w.resize(640, 360);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
}

} // namespace

class TestChartsQt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barChartMapsSetsAndCategories()
    {
        BarChart chart;
        chart.setTitle(QStringLiteral("Peak hours"));
        chart.setData({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                      {{QStringLiteral("in"), values({1, 2, 3})}, {QStringLiteral("out"), {4, std::nullopt, 6}}});
        QVERIFY(!chart.isShowingEmptyState());
        QCOMPARE(chart.setCount(), 2);
        QCOMPARE(chart.categories().size(), 3);
        const auto series = chart.chart()->series();
        QCOMPARE(series.size(), 1);
        auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(1)->at(2), 6.0);
        QCOMPARE(bars->barSets().at(1)->at(1), 0.0); // drawn empty
        QVERIFY(!chart.value(1, 1).has_value());
        QCOMPARE(chart.toolTip(0, 2), QStringLiteral("c · in: 3"));
        QCOMPARE(chart.toolTip(1, 1), QStringLiteral("b: no value"));
        QCOMPARE(chart.accessibleName(), QStringLiteral("Peak hours"));
        QCOMPARE(chart.visibleAxisLabels(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        auto* axis = qobject_cast<QCategoryAxis*>(chart.chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->count(), 3);
    }

    void barChartValueLabelsUseTheGivenDecimals()
    {
        BarChart chart;
        chart.setValueLabels(true, QStringLiteral("@value%"), 1);
        chart.setData({QStringLiteral("a"), QStringLiteral("b")}, {{QString(), values({37.987, 2.0591})}});
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart.chart()->series().first());
        QVERIFY(bars->isLabelsVisible());
        QCOMPARE(bars->labelsFormat(), QStringLiteral("@value%"));
        QCOMPARE(bars->barSets().first()->at(0), 38.0);
        QCOMPARE(bars->barSets().first()->at(1), 2.1);
        QCOMPARE(chart.value(0, 0), std::optional<double>(37.987)); // the data keeps its value
    }

    void barChartThinsCrowdedLabels()
    {
        BarChart chart;
        QStringList hours;
        QList<std::optional<double>> v;
        for (int h = 0; h < 24; ++h) {
            hours << QStringLiteral("%1:00").arg(h);
            v << double(h);
        }
        chart.setData(hours, {{QString(), v}});
        chart.resize(300, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QStringList narrow = chart.visibleAxisLabels();
        QVERIFY(narrow.size() < 24);
        QCOMPARE(narrow.first(), QStringLiteral("0:00"));
        chart.resize(2400, 240);
        QCOMPARE(chart.visibleAxisLabels(), hours);
    }

    void barChartEmptyState_data()
    {
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QList<ChartSeries>>("sets");
        QTest::newRow("nothing") << QStringList{} << QList<ChartSeries>{};
        QTest::newRow("no sets") << QStringList{QStringLiteral("a")} << QList<ChartSeries>{};
        QTest::newRow("only missing") << QStringList{QStringLiteral("a")}
                                      << QList<ChartSeries>{{QStringLiteral("s"), {std::nullopt}}};
    }

    void barChartEmptyState()
    {
        QFETCH(QStringList, categories);
        QFETCH(QList<ChartSeries>, sets);
        BarChart chart;
        chart.setData(categories, sets);
        QVERIFY(chart.isShowingEmptyState());
        QCOMPARE(chart.emptyText(), QStringLiteral("No data for this period"));
        QVERIFY(chart.chart()->series().isEmpty());
    }

    void barChartClickOnBarEmitsIt_data()
    {
        QTest::addColumn<bool>("horizontal");
        QTest::addColumn<bool>("stacked");
        QTest::addColumn<int>("set");
        QTest::addColumn<int>("index");
        QTest::newRow("vertical 0/1") << false << false << 0 << 1;
        QTest::newRow("vertical 1/3") << false << false << 1 << 3;
        QTest::newRow("stacked 1/2") << false << true << 1 << 2;
        QTest::newRow("horizontal 0/0") << true << false << 0 << 0;
        QTest::newRow("horizontal 1/2") << true << false << 1 << 2;
    }

    void barChartClickOnBarEmitsIt()
    {
        QFETCH(bool, horizontal);
        QFETCH(bool, stacked);
        QFETCH(int, set);
        QFETCH(int, index);
        BarChart chart;
        chart.setOrientation(horizontal ? BarChart::Orientation::Horizontal : BarChart::Orientation::Vertical);
        chart.setStacked(stacked);
        chart.setData(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
            {{QStringLiteral("x"), values({10, 20, 30, 40})}, {QStringLiteral("y"), values({15, 25, 35, 45})}});
        showAndLayOut(chart);
        QSignalSpy spy(&chart, &BarChart::barClicked);
        QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, chart.barPosition(set, index));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), set);
        QCOMPARE(spy.first().at(1).toInt(), index);
    }

    void barChartKeyboard()
    {
        BarChart chart;
        chart.setData({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                      {{QString(), values({1, 2, 3})}});
        QSignalSpy spy(&chart, &BarChart::barClicked);
        QTest::keyClick(&chart, Qt::Key_Right);
        QTest::keyClick(&chart, Qt::Key_Right);
        QTest::keyClick(&chart, Qt::Key_Right); // stays on the last bar
        QTest::keyClick(&chart, Qt::Key_Down);  // only one set
        QTest::keyClick(&chart, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 0);
        QCOMPARE(spy.first().at(1).toInt(), 2);
    }

    void lineChartMapsSeriesWithGaps()
    {
        LineChart chart;
        chart.setData(days(5), {{QStringLiteral("Inbound"), {1, 2, std::nullopt, 4, 5}},
                                {QStringLiteral("Outbound"), values({3, 3, 3, 3, 3})}});
        QVERIFY(!chart.isShowingEmptyState());
        QCOMPARE(chart.seriesCount(), 2);
        int lines = 0;
        for (QAbstractSeries* s : chart.chart()->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(s); line && line->count() > 0)
                ++lines;
        }
        QCOMPARE(lines, 3); // the gap splits "Inbound" into two runs
        QCOMPARE(chart.toolTip(0, 2), QStringLiteral("Mar 3 · Inbound: no value"));
        QCOMPARE(chart.toolTip(1, 0), QStringLiteral("Mar 1 · Outbound: 3"));
    }

    void lineChartThinsAxisLabels()
    {
        LineChart chart;
        QList<std::optional<double>> v;
        for (int i = 0; i < 30; ++i)
            v << double(i);
        chart.setData(days(30), {{QString(), v}});
        const QStringList labels = chart.visibleAxisLabels();
        QVERIFY(labels.size() <= 8);
        QVERIFY(labels.size() >= 5);
        QCOMPARE(labels.first(), QStringLiteral("Mar 1"));
    }

    void lineChartEmpty()
    {
        LineChart chart;
        chart.setData(days(3), {{QStringLiteral("x"), {std::nullopt, std::nullopt, std::nullopt}}});
        QVERIFY(chart.isShowingEmptyState());
        chart.setData({}, {});
        QVERIFY(chart.isShowingEmptyState());
    }

    void lineChartClickOnPointEmitsIt_data()
    {
        QTest::addColumn<bool>("stacked");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("index");
        QTest::newRow("line 0/3") << false << 0 << 3;
        QTest::newRow("line 1/6") << false << 1 << 6;
        QTest::newRow("area 0/2") << true << 0 << 2;
    }

    void lineChartClickOnPointEmitsIt()
    {
        QFETCH(bool, stacked);
        QFETCH(int, series);
        QFETCH(int, index);
        LineChart chart;
        chart.setStackedArea(stacked);
        chart.setData(days(8), {{QStringLiteral("a"), values({10, 12, 14, 16, 18, 20, 22, 24})},
                                {QStringLiteral("b"), values({40, 38, 36, 34, 32, 30, 28, 26})}});
        showAndLayOut(chart);
        QSignalSpy spy(&chart, &LineChart::pointClicked);
        QPoint at = chart.pointPosition(series, index);
        if (stacked)
            at += QPoint(0, 6); // inside the band, under its top edge
        QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), series);
        QCOMPARE(spy.first().at(1).toInt(), index);
    }

    void lineChartKeyboard()
    {
        LineChart chart;
        chart.setData(days(4),
                      {{QStringLiteral("a"), values({1, 2, 3, 4})}, {QStringLiteral("b"), values({4, 3, 2, 1})}});
        QSignalSpy spy(&chart, &LineChart::pointClicked);
        QTest::keyClick(&chart, Qt::Key_Right);
        QTest::keyClick(&chart, Qt::Key_Up);
        QTest::keyClick(&chart, Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 1);
        QCOMPARE(spy.first().at(1).toInt(), 1);
    }

    void pieChartFoldsSmallSlicesIntoOther()
    {
        PieChart chart;
        chart.setData({{QStringLiteral("open"), 50},
                       {QStringLiteral("closed"), 44},
                       {QStringLiteral("pending"), 2},
                       {QStringLiteral("spam"), 1},
                       {QStringLiteral("none"), 0},
                       {QStringLiteral("muted"), 3}});
        QVERIFY(!chart.isShowingEmptyState());
        QCOMPARE(chart.drawnIndexes(), (QList<int>{0, 1, 5, -1}));
        const QStringList labels = chart.drawnLabels();
        QCOMPARE(labels.size(), 4);
        QVERIFY(labels.first().startsWith(QStringLiteral("open ")));
        QVERIFY(labels.first().endsWith(QStringLiteral("%")));
        QVERIFY(labels.last().startsWith(QStringLiteral("Other")));
        QCOMPARE(chart.toolTip(3), QStringLiteral("Other: 3 (%1%)").arg(QLocale().toString(3.0, 'f', 1)));
        auto* pie = qobject_cast<QPieSeries*>(chart.chart()->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->sum(), 100.0);
    }

    void pieChartSingleSmallSliceKeepsItsName()
    {
        PieChart chart;
        chart.setData({{QStringLiteral("a"), 98}, {QStringLiteral("b"), 2}});
        QCOMPARE(chart.drawnIndexes(), (QList<int>{0, 1}));
    }

    void pieChartEmpty()
    {
        PieChart chart;
        chart.setData({{QStringLiteral("a"), 0}});
        QVERIFY(chart.isShowingEmptyState());
    }

    void pieChartClickEmitsIndexOrMinusOne_data()
    {
        QTest::addColumn<bool>("donut");
        QTest::addColumn<int>("drawn");
        QTest::addColumn<int>("expected");
        QTest::newRow("pie first") << false << 0 << 0;
        QTest::newRow("pie third") << false << 2 << 5;
        QTest::newRow("pie other") << false << 3 << -1;
        QTest::newRow("donut second") << true << 1 << 1;
        QTest::newRow("donut other") << true << 3 << -1;
    }

    void pieChartClickEmitsIndexOrMinusOne()
    {
        QFETCH(bool, donut);
        QFETCH(int, drawn);
        QFETCH(int, expected);
        PieChart chart;
        chart.setDonut(donut);
        chart.setData({{QStringLiteral("open"), 40},
                       {QStringLiteral("closed"), 30},
                       {QStringLiteral("pending"), 2},
                       {QStringLiteral("spam"), 1},
                       {QStringLiteral("none"), 0},
                       {QStringLiteral("muted"), 20}});
        showAndLayOut(chart);
        QSignalSpy spy(&chart, &PieChart::sliceClicked);
        QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, chart.slicePosition(drawn));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), expected);
    }

    void pieChartKeyboard()
    {
        PieChart chart;
        chart.setData({{QStringLiteral("a"), 5}, {QStringLiteral("b"), 5}, {QStringLiteral("c"), 5}});
        QSignalSpy spy(&chart, &PieChart::sliceClicked);
        QTest::keyClick(&chart, Qt::Key_Right);
        QTest::keyClick(&chart, Qt::Key_Down);
        QTest::keyClick(&chart, Qt::Key_Left);
        QTest::keyClick(&chart, Qt::Key_Enter);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 1);
    }

    void panelTitleDefinitionAndEmptyText()
    {
        BarChart chart;
        chart.setTitle(QStringLiteral("Response time"));
        chart.setDefinition(QStringLiteral("Time from an inbound message to the reply."));
        chart.setEmptyText(QStringLiteral("Nothing yet"));
        QCOMPARE(chart.title(), QStringLiteral("Response time"));
        QCOMPARE(chart.accessibleDescription(), QStringLiteral("Time from an inbound message to the reply."));
        QCOMPARE(chart.emptyText(), QStringLiteral("Nothing yet"));
        QVERIFY(chart.isShowingEmptyState());
    }
};

QTEST_MAIN(TestChartsQt)
#include "tst_ChartsQt.moc"
