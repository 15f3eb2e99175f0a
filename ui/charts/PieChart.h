#pragma once

#include "ui/charts/ChartData.h"
#include "ui/charts/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace crmlens::ui {

// Shares of a whole as a pie or a donut. Slice labels and the legend carry percentages. Slices
// under the fold threshold are drawn together as one "Other" slice (only visually: the data
// keeps every value); a click on a slice emits sliceClicked(index into the values given), and a
// click on "Other" emits sliceClicked(-1). Non-positive values are not drawn.
class PieChart : public ChartPanel
{
    Q_OBJECT
public:
    explicit PieChart(QWidget* parent = nullptr);

    void setData(const QList<NamedValue>& values);
    void setDonut(bool donut);
    // Share of the total under which a slice folds into "Other" (default 0.03 = 3 %). A single
    // small slice is never folded on its own.
    void setFoldThreshold(double fraction);
    void setToolTipFormatter(std::function<QString(int index, double value, double share)> formatter);

    // The slices as drawn: for each, the index of its value (-1 for "Other").
    QList<int> drawnIndexes() const { return m_drawnIndexes; }
    QStringList drawnLabels() const;
    QString toolTip(int drawnSlice) const;
    int currentSlice() const { return m_current; }
    // The middle of a drawn slice's ring, in the chart view's viewport.
    QPoint slicePosition(int drawnSlice) const;

Q_SIGNALS:
    void sliceClicked(int index);

protected:
    void applyTheme(const ChartTheme& theme) override;
    void moveCurrent(int dx, int dy) override;
    void activateCurrent() override;

private:
    void rebuild();
    void updateHighlight();

    QList<NamedValue> m_values;
    QList<int> m_drawnIndexes;
    QList<double> m_drawnValues;
    QPieSeries* m_series = nullptr;
    double m_total = 0;
    double m_foldThreshold = 0.03;
    bool m_donut = false;
    std::function<QString(int, double, double)> m_toolTip;
    int m_current = 0;
};

} // namespace crmlens::ui
