#pragma once

#include "ui/charts/ChartData.h"
#include "ui/charts/ChartPanel.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QCategoryAxis;
QT_END_NAMESPACE

namespace crmlens::ui {

// Bars over categories: one or more sets (side by side, or stacked), vertical or horizontal,
// optional value labels. A click on a bar (or Enter on the keyboard-selected one) emits
// barClicked(set, index) so the dashboard can drill down.
class BarChart : public ChartPanel
{
    Q_OBJECT
public:
    enum class Orientation { Vertical, Horizontal };

    explicit BarChart(QWidget* parent = nullptr);

    // Missing values are drawn as empty bars. An empty category list or all-empty sets show the
    // empty state.
    void setData(const QStringList& categories, const QList<ChartSeries>& sets);
    void setOrientation(Orientation orientation);
    void setStacked(bool stacked);
    // Labels on the bars, e.g. "@value%" (Qt Charts' format: @value is the bar's value).
    void setValueLabels(bool visible, const QString& format = QStringLiteral("@value"), int precision = 0);
    // The tooltip of one bar; the default is "category · set: value".
    void setToolTipFormatter(ChartValueFormatter formatter);

    QStringList categories() const { return m_categories; }
    // The category labels the axis actually writes (every n-th when they are crowded).
    QStringList visibleAxisLabels() const { return m_axisLabels; }
    int setCount() const { return m_sets.size(); }
    // The value drawn for a bar (missing values read as nullopt).
    std::optional<double> value(int set, int index) const;
    QString toolTip(int set, int index) const;
    int currentSet() const { return m_currentSet; }
    int currentIndex() const { return m_currentIndex; }
    // Centre of a bar in the chart view's viewport, where a click on it lands.
    QPoint barPosition(int set, int index) const;

Q_SIGNALS:
    void barClicked(int set, int index);

protected:
    void applyTheme(const ChartTheme& theme) override;
    void moveCurrent(int dx, int dy) override;
    void activateCurrent() override;

private:
    void rebuild();
    void updateSelection();
    void updateCategoryLabels();
    void resizeEvent(QResizeEvent* event) override;

    QStringList m_categories;
    QList<ChartSeries> m_sets;
    QList<QBarSet*> m_barSets;
    QAbstractBarSeries* m_series = nullptr;
    QCategoryAxis* m_categoryAxis = nullptr;
    QStringList m_axisLabels;
    Orientation m_orientation = Orientation::Vertical;
    bool m_stacked = false;
    bool m_labels = false;
    QString m_labelFormat = QStringLiteral("@value");
    int m_labelPrecision = 0;
    ChartValueFormatter m_toolTip;
    int m_currentSet = 0;
    int m_currentIndex = 0;
};

} // namespace crmlens::ui
