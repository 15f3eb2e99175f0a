#pragma once

#include "ui/charts/ChartData.h"
#include "ui/charts/ChartPanel.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QScatterSeries;
class QAbstractSeries;
QT_END_NAMESPACE

namespace crmlens::ui {

// Lines (or stacked areas) over categories such as days. Each named series has one value per
// category; a missing value breaks the line instead of dropping to zero (in stacked-area mode it
// counts as zero, since areas cannot have holes). With many categories only every n-th label is
// written so they never overlap. A click near a point (or Enter on the keyboard-selected one)
// emits pointClicked(series, index).
class LineChart : public ChartPanel
{
    Q_OBJECT
public:
    explicit LineChart(QWidget* parent = nullptr);

    void setData(const QStringList& categories, const QList<ChartSeries>& series);
    void setStackedArea(bool stacked);
    // Small circles on the points (useful for short series); off by default.
    void setPointsVisible(bool visible);
    void setToolTipFormatter(ChartValueFormatter formatter);

    QStringList categories() const { return m_categories; }
    int seriesCount() const { return m_data.size(); }
    std::optional<double> value(int series, int index) const;
    QString toolTip(int series, int index) const;
    // The category labels the x axis actually writes (a subset when there are many).
    QStringList visibleAxisLabels() const;
    int currentSeries() const { return m_currentSeries; }
    int currentIndex() const { return m_currentIndex; }
    // Where the point is drawn, in the chart view's viewport (stacked: the top of its band).
    QPoint pointPosition(int series, int index) const;

Q_SIGNALS:
    void pointClicked(int series, int index);

protected:
    void applyTheme(const ChartTheme& theme) override;
    void moveCurrent(int dx, int dy) override;
    void activateCurrent() override;

private:
    void rebuild();
    void updateMarker();
    double stackedTop(int series, int index) const;
    void handleClick(int series, const QPointF& point);

    QStringList m_categories;
    QList<ChartSeries> m_data;
    // Every Qt series drawn, with the data series it belongs to (a line with gaps is several).
    QList<QPair<QAbstractSeries*, int>> m_drawn;
    QScatterSeries* m_marker = nullptr;
    QStringList m_axisLabels;
    bool m_stacked = false;
    bool m_points = false;
    ChartValueFormatter m_toolTip;
    int m_currentSeries = 0;
    int m_currentIndex = 0;
};

} // namespace crmlens::ui
