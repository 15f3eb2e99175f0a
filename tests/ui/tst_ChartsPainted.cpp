#include "ui/charts/ChartTheme.h"
#include "ui/charts/FunnelWidget.h"
#include "ui/charts/GaugeWidget.h"
#include "ui/charts/HeatmapWidget.h"
#include "ui/charts/WordCloudWidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace crmlens::ui;

namespace {

QStringList weekdays()
{
    return {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"), QStringLiteral("Thu"),
            QStringLiteral("Fri"), QStringLiteral("Sat"), QStringLiteral("Sun")};
}

QStringList hours()
{
    QStringList h;
    for (int i = 0; i < 24; ++i)
        h << QString::number(i);
    return h;
}

// value = row * 100 + column, with (2, 5) missing.
QList<QList<std::optional<double>>> gridValues()
{
    QList<QList<std::optional<double>>> rows;
    for (int r = 0; r < 7; ++r) {
        QList<std::optional<double>> row;
        for (int c = 0; c < 24; ++c)
            row << (r == 2 && c == 5 ? std::nullopt : std::optional<double>(r * 100 + c));
        rows << row;
    }
    return rows;
}

QList<crmlens::ui::NamedValue> cloudWords()
{
    QList<crmlens::ui::NamedValue> words;
    const QStringList names = {
        QStringLiteral("price"),  QStringLiteral("delivery"), QStringLiteral("order"),   QStringLiteral("thanks"),
        QStringLiteral("hello"),  QStringLiteral("payment"),  QStringLiteral("refund"),  QStringLiteral("size"),
        QStringLiteral("colour"), QStringLiteral("stock"),    QStringLiteral("when"),    QStringLiteral("address"),
        QStringLiteral("mpesa"),  QStringLiteral("shipping"), QStringLiteral("invoice"), QStringLiteral("discount"),
        QStringLiteral("cancel"), QStringLiteral("track"),    QStringLiteral("today"),   QStringLiteral("tomorrow")};
    for (int i = 0; i < names.size(); ++i)
        words << crmlens::ui::NamedValue{names.at(i), double(200 - i * 9)};
    return words;
}

} // namespace

class TestChartsPainted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heatmapShowsEmptyStateWithoutValues()
    {
        HeatmapWidget heatmap;
        heatmap.resize(600, 300);
        QVERIFY(heatmap.isShowingEmptyState());
        QCOMPARE(heatmap.emptyText(), QStringLiteral("No data for this period"));
        QList<QList<std::optional<double>>> none(7, QList<std::optional<double>>(24, std::nullopt));
        heatmap.setData(weekdays(), hours(), none);
        QVERIFY(heatmap.isShowingEmptyState());
        heatmap.setData(weekdays(), hours(), gridValues());
        QVERIFY(!heatmap.isShowingEmptyState());
    }

    void heatmapMapsValuesAndMissingCells()
    {
        HeatmapWidget heatmap;
        heatmap.setData(weekdays(), hours(), gridValues());
        QCOMPARE(heatmap.rowCount(), 7);
        QCOMPARE(heatmap.columnCount(), 24);
        QCOMPARE(heatmap.value(3, 7), std::optional<double>(307));
        QVERIFY(!heatmap.value(2, 5).has_value());
        QVERIFY(heatmap.cellText(2, 5).isEmpty());
        QCOMPARE(heatmap.cellText(1, 2), QStringLiteral("102"));
        QCOMPARE(heatmap.cellToolTip(1, 2), QStringLiteral("Tue 2: 102"));
        heatmap.setToolTipFormatter([](int r, int c, const std::optional<double>& v) {
            return QStringLiteral("%1/%2=%3").arg(r).arg(c).arg(v ? QString::number(*v) : QStringLiteral("-"));
        });
        QCOMPARE(heatmap.cellToolTip(2, 5), QStringLiteral("2/5=-"));
    }

    void heatmapClickEmitsTheCellUnderTheMouse_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("first") << 0 << 0;
        QTest::newRow("middle") << 3 << 12;
        QTest::newRow("last") << 6 << 23;
        QTest::newRow("missing cell") << 2 << 5;
    }

    void heatmapClickEmitsTheCellUnderTheMouse()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        HeatmapWidget heatmap;
        heatmap.setTitle(QStringLiteral("Activity"));
        heatmap.resize(800, 320);
        heatmap.setData(weekdays(), hours(), gridValues());
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        QSignalSpy spy(&heatmap, &HeatmapWidget::cellClicked);
        const QRectF cell = heatmap.cellRect(row, column);
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, cell.center().toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), row);
        QCOMPARE(spy.first().at(1).toInt(), column);
        QCOMPARE(heatmap.currentRow(), row);
        QCOMPARE(heatmap.currentColumn(), column);
    }

    void heatmapClickOutsideTheGridEmitsNothing()
    {
        HeatmapWidget heatmap;
        heatmap.setTitle(QStringLiteral("Activity"));
        heatmap.resize(800, 320);
        heatmap.setData(weekdays(), hours(), gridValues());
        QSignalSpy spy(&heatmap, &HeatmapWidget::cellClicked);
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, QPoint(4, 4)); // the title line
        QCOMPARE(spy.count(), 0);
    }

    void heatmapKeyboardMovesAndActivates()
    {
        HeatmapWidget heatmap;
        heatmap.resize(800, 320);
        heatmap.setData(weekdays(), hours(), gridValues());
        QSignalSpy spy(&heatmap, &HeatmapWidget::cellClicked);
        QCOMPARE(heatmap.currentRow(), 0);
        QCOMPARE(heatmap.currentColumn(), 0);
        QTest::keyClick(&heatmap, Qt::Key_Right);
        QTest::keyClick(&heatmap, Qt::Key_Right);
        QTest::keyClick(&heatmap, Qt::Key_Down);
        QTest::keyClick(&heatmap, Qt::Key_Up);
        QTest::keyClick(&heatmap, Qt::Key_Up); // stays on the first row
        QTest::keyClick(&heatmap, Qt::Key_Down);
        QCOMPARE(heatmap.currentRow(), 1);
        QCOMPARE(heatmap.currentColumn(), 2);
        QTest::keyClick(&heatmap, Qt::Key_Return);
        QTest::keyClick(&heatmap, Qt::Key_End);
        QTest::keyClick(&heatmap, Qt::Key_Right); // stays on the last column
        QTest::keyClick(&heatmap, Qt::Key_Space);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 1);
        QCOMPARE(spy.at(1).at(1).toInt(), 23);
        QVERIFY(heatmap.accessibleDescription().contains(QStringLiteral("Tue 23")));
    }

    void funnelTextsAndConversion()
    {
        FunnelWidget funnel;
        funnel.setStages({{QStringLiteral("Recipients"), 1000},
                          {QStringLiteral("Delivered"), 900},
                          {QStringLiteral("Read"), 450},
                          {QStringLiteral("Replied"), 0}});
        QVERIFY(!funnel.isShowingEmptyState());
        QCOMPARE(funnel.stageText(0), QLocale().toString(1000));
        QCOMPARE(funnel.stageText(2), QStringLiteral("450 · 45.0% of Recipients"));
        QCOMPARE(funnel.stepText(1), QStringLiteral("→ 90.0%"));
        QCOMPARE(funnel.stepText(2), QStringLiteral("→ 50.0%"));
        QCOMPARE(funnel.stepText(3), QStringLiteral("→ 0.0%"));
        QVERIFY(funnel.stepText(0).isEmpty());
    }

    void funnelEmptyWhenFirstStageIsZero()
    {
        FunnelWidget funnel;
        QVERIFY(funnel.isShowingEmptyState());
        funnel.setStages({{QStringLiteral("Recipients"), 0}, {QStringLiteral("Delivered"), 0}});
        QVERIFY(funnel.isShowingEmptyState());
    }

    void funnelClickEmitsTheStage_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("0") << 0;
        QTest::newRow("2") << 2;
        QTest::newRow("3 (zero count)") << 3;
    }

    void funnelClickEmitsTheStage()
    {
        QFETCH(int, stage);
        FunnelWidget funnel;
        funnel.resize(500, 300);
        funnel.setTitle(QStringLiteral("Campaign funnel"));
        funnel.setStages({{QStringLiteral("Recipients"), 1000},
                          {QStringLiteral("Delivered"), 900},
                          {QStringLiteral("Read"), 450},
                          {QStringLiteral("Replied"), 0}});
        QSignalSpy spy(&funnel, &FunnelWidget::stageClicked);
        const QRectF bar = funnel.stageRect(stage);
        QVERIFY(!bar.isEmpty());
        QCOMPARE(funnel.stageAt(bar.center()), stage);
        QTest::mouseClick(&funnel, Qt::LeftButton, {}, bar.center().toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), stage);
        // Bars narrow with the count.
        if (stage > 0)
            QVERIFY(funnel.stageRect(stage).width() < funnel.stageRect(0).width());
    }

    void funnelKeyboard()
    {
        FunnelWidget funnel;
        funnel.resize(500, 300);
        funnel.setStages({{QStringLiteral("A"), 10}, {QStringLiteral("B"), 5}, {QStringLiteral("C"), 1}});
        QSignalSpy spy(&funnel, &FunnelWidget::stageClicked);
        QTest::keyClick(&funnel, Qt::Key_Down);
        QTest::keyClick(&funnel, Qt::Key_Down);
        QTest::keyClick(&funnel, Qt::Key_Down);
        QTest::keyClick(&funnel, Qt::Key_Enter);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 2);
    }

    void gaugeTextAndClick()
    {
        GaugeWidget gauge;
        gauge.resize(260, 200);
        gauge.setTitle(QStringLiteral("SLA met"));
        QCOMPARE(gauge.valueText(), QStringLiteral("–"));
        QVERIFY(!gauge.isShowingEmptyState()); // a missing value is written as a dash
        gauge.setValue(72.46);
        QCOMPARE(gauge.valueText(), QLocale().toString(72.46, 'f', 1) + QLatin1Char('%'));
        gauge.setTarget(80.0);
        QCOMPARE(gauge.caption(), QStringLiteral("Target 80%"));
        QSignalSpy spy(&gauge, &GaugeWidget::clicked);
        QTest::mouseClick(&gauge, Qt::LeftButton, {}, gauge.dialRect().center().toPoint());
        QTest::keyClick(&gauge, Qt::Key_Space);
        QCOMPARE(spy.count(), 2);
        QVERIFY(gauge.dialRect().width() > 50);
        QVERIFY(gauge.rect().contains(gauge.dialRect().topLeft().toPoint()));
    }

    void wordCloudPlacesWordsWithoutOverlap()
    {
        WordCloudWidget cloud;
        cloud.resize(500, 300);
        cloud.setTitle(QStringLiteral("Keywords"));
        cloud.setWords(cloudWords());
        const auto placed = cloud.placedWords();
        QVERIFY(placed.size() >= 15);
        for (int i = 0; i < placed.size(); ++i) {
            QVERIFY(cloud.rect().contains(placed.at(i).rect.toAlignedRect()));
            for (int j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!placed.at(i).rect.intersects(placed.at(j).rect),
                         qPrintable(placed.at(i).word + QLatin1Char('/') + placed.at(j).word));
        }
        // Heaviest first and drawn largest.
        QCOMPARE(placed.first().word, QStringLiteral("price"));
        QVERIFY(placed.first().font.pointSizeF() > placed.last().font.pointSizeF());
    }

    void wordCloudLayoutIsDeterministic()
    {
        WordCloudWidget a;
        WordCloudWidget b;
        a.resize(500, 300);
        b.resize(500, 300);
        a.setWords(cloudWords());
        auto shuffled = cloudWords();
        std::reverse(shuffled.begin(), shuffled.end()); // input order does not matter
        b.setWords(shuffled);
        const auto pa = a.placedWords();
        const auto pb = b.placedWords();
        QCOMPARE(pa.size(), pb.size());
        for (int i = 0; i < pa.size(); ++i) {
            QCOMPARE(pa.at(i).word, pb.at(i).word);
            QCOMPARE(pa.at(i).rect, pb.at(i).rect);
        }
        QCOMPARE(a.grab().toImage(), b.grab().toImage());
    }

    void wordCloudClickEmitsTheWord()
    {
        WordCloudWidget cloud;
        cloud.resize(500, 300);
        cloud.setWords(cloudWords());
        QSignalSpy spy(&cloud, &WordCloudWidget::wordClicked);
        const auto placed = cloud.placedWords();
        QVERIFY(placed.size() > 3);
        for (int i : {0, 3, int(placed.size()) - 1})
            QTest::mouseClick(&cloud, Qt::LeftButton, {}, placed.at(i).rect.center().toPoint());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toString(), placed.at(0).word);
        QCOMPARE(spy.at(1).at(0).toString(), placed.at(3).word);
        QCOMPARE(spy.at(2).at(0).toString(), placed.last().word);
        QTest::keyClick(&cloud, Qt::Key_Home); // ignored: no effect on the current word
        QTest::keyClick(&cloud, Qt::Key_Left);
        QTest::keyClick(&cloud, Qt::Key_Return);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(3).at(0).toString(), placed.at(placed.size() - 2).word);
    }

    void wordCloudEmptyAndIgnoresNonPositive()
    {
        WordCloudWidget cloud;
        cloud.resize(400, 300);
        QVERIFY(cloud.isShowingEmptyState());
        cloud.setWords({{QStringLiteral("zero"), 0}, {QStringLiteral("neg"), -2}});
        QVERIFY(cloud.isShowingEmptyState());
        cloud.setWords({{QStringLiteral("one"), 1}});
        QVERIFY(!cloud.isShowingEmptyState());
        QCOMPARE(cloud.placedWords().size(), 1);
    }

    void themeFollowsPaletteLightness()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
        light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        light.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        light.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        const ChartTheme lt(light);
        const ChartTheme dt(dark);
        QVERIFY(!lt.isDark());
        QVERIFY(dt.isDark());
        QVERIFY(lt.series(0) != dt.series(0));
        QCOMPARE(lt.series(lt.categorical().size()), lt.series(0));
        // The sequential scale ends on the more prominent side for both themes: darker on light,
        // lighter on dark.
        QVERIFY(lt.sequential(1).lightnessF() < lt.sequential(0).lightnessF());
        QVERIFY(dt.sequential(1).lightnessF() > dt.sequential(0).lightnessF());
        QCOMPARE(lt.contrastingText(lt.sequential(1)), light.color(QPalette::Base));
        QCOMPARE(lt.contrastingText(lt.sequential(0)), light.color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestChartsPainted)
#include "tst_ChartsPainted.moc"
