#include "ui/charts/BarChart.h"

#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

BarChart::BarChart(QWidget* parent) : ChartPanel(parent) {}

void BarChart::setData(const QStringList& categories, const QList<ChartSeries>& sets)
{
    m_categories = categories;
    m_sets = sets;
    m_currentSet = std::clamp(m_currentSet, 0, std::max(0, int(sets.size()) - 1));
    m_currentIndex = std::clamp(m_currentIndex, 0, std::max(0, int(categories.size()) - 1));
    rebuild();
}

void BarChart::setOrientation(Orientation orientation)
{
    m_orientation = orientation;
    rebuild();
}

void BarChart::setStacked(bool stacked)
{
    m_stacked = stacked;
    rebuild();
}

void BarChart::setValueLabels(bool visible, const QString& format, int precision)
{
    m_labels = visible;
    m_labelFormat = format;
    m_labelPrecision = precision;
    rebuild();
}

void BarChart::setToolTipFormatter(ChartValueFormatter formatter)
{
    m_toolTip = std::move(formatter);
}

std::optional<double> BarChart::value(int set, int index) const
{
    if (set < 0 || set >= m_sets.size() || index < 0 || index >= m_sets.at(set).values.size())
        return std::nullopt;
    return m_sets.at(set).values.at(index);
}

QString BarChart::toolTip(int set, int index) const
{
    const std::optional<double> v = value(set, index);
    if (index < 0 || index >= m_categories.size() || set < 0 || set >= m_sets.size())
        return {};
    if (!v)
        return tr("%1: no value").arg(m_categories.at(index));
    if (m_toolTip)
        return m_toolTip(set, index, *v);
    const QString number = QLocale().toString(*v, 'f', allIntegral({v}) ? 0 : 1);
    if (m_sets.size() == 1 && m_sets.first().name.isEmpty())
        return tr("%1: %2").arg(m_categories.at(index), number);
    return tr("%1 · %2: %3").arg(m_categories.at(index), m_sets.at(set).name, number);
}

QPoint BarChart::barPosition(int set, int index) const
{
    if (!m_series || set < 0 || set >= m_sets.size() || index < 0 || index >= m_categories.size())
        return {};
    // Bars of several sets share a category slot (side by side unless stacked).
    const double width = m_series->barWidth();
    const int sets = int(m_sets.size());
    double offset = 0;
    double valueAt = value(set, index).value_or(0) / 2;
    if (m_stacked) {
        double below = 0;
        for (int s = 0; s < set; ++s)
            below += value(s, index).value_or(0);
        valueAt += below;
    } else if (sets > 1) {
        const double slot = width / sets;
        offset = -width / 2 + slot * (set + 0.5);
    }
    const QPointF dataPoint =
        m_orientation == Orientation::Vertical ? QPointF(index + offset, valueAt) : QPointF(valueAt, index + offset);
    return chartToViewport(chart()->mapToPosition(dataPoint, m_series));
}

void BarChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis* axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_series = nullptr;
    m_categoryAxis = nullptr;
    m_barSets.clear();

    bool anyValue = false;
    double low = 0;
    double high = 0;
    bool integral = true;
    QList<double> stackHigh(m_categories.size(), 0.0);
    for (const ChartSeries& s : std::as_const(m_sets)) {
        integral = integral && allIntegral(s.values);
        for (int i = 0; i < s.values.size() && i < m_categories.size(); ++i) {
            if (!s.values.at(i))
                continue;
            anyValue = true;
            const double v = *s.values.at(i);
            stackHigh[i] += v;
            low = std::min(low, v);
            high = std::max(high, m_stacked ? stackHigh.at(i) : v);
        }
    }
    if (m_categories.isEmpty() || !anyValue) {
        setHasData(false);
        return;
    }

    const bool vertical = m_orientation == Orientation::Vertical;
    if (vertical)
        m_series = m_stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries) : new QBarSeries;
    else
        m_series =
            m_stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
    for (int s = 0; s < m_sets.size(); ++s) {
        auto* set = new QBarSet(m_sets.at(s).name.toHtmlEscaped());
        for (int i = 0; i < m_categories.size(); ++i) {
            const auto& values = m_sets.at(s).values;
            double v = i < values.size() ? values.at(i).value_or(0) : 0;
            // Qt Charts writes labels with significant digits ("37.99", "2.059"): bars are drawn
            // at the labels' precision (a difference far below a pixel) so labels read "38", "2.1".
            if (m_labels) {
                const double scale = std::pow(10.0, m_labelPrecision);
                v = std::round(v * scale) / scale;
            }
            *set << v;
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            m_currentSet = s;
            m_currentIndex = index;
            updateSelection();
            Q_EMIT barClicked(s, index);
        });
        connect(set, &QBarSet::hovered, this,
                [this, s](bool status, int index) { showToolTipAtCursor(status ? toolTip(s, index) : QString()); });
        m_barSets << set;
        m_series->append(set);
    }
    m_series->setBarWidth(m_sets.size() > 1 && !m_stacked ? 0.8 : 0.7);
    m_series->setLabelsVisible(m_labels);
    m_series->setLabelsFormat(m_labelFormat);
    m_series->setLabelsPrecision(12);
    m_series->setLabelsPosition(m_stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    c->addSeries(m_series);

    // A value axis with labels on the bars' positions (rather than QBarCategoryAxis) so that only
    // every n-th label can be written when they are crowded.
    auto* categoryAxis = new QCategoryAxis;
    categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    categoryAxis->setRange(-0.5, m_categories.size() - 0.5);
    categoryAxis->setStartValue(-0.5);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setReverse(!vertical); // the first category on top, as it is read
    m_categoryAxis = categoryAxis;
    m_axisLabels.clear();
    updateCategoryLabels();
    auto* valueAxis = new QValueAxis;
    // Room above the tallest bar for its label.
    setupValueAxis(valueAxis, low, m_labels ? high * 1.12 : high, integral);
    c->addAxis(categoryAxis, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    c->addAxis(valueAxis, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    m_series->attachAxis(categoryAxis);
    m_series->attachAxis(valueAxis);
    c->legend()->setVisible(m_sets.size() > 1);
    c->legend()->setAlignment(Qt::AlignBottom);
    setHasData(true);
    updateSelection();
}

void BarChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    updateCategoryLabels();
}

void BarChart::updateCategoryLabels()
{
    if (!m_categoryAxis)
        return;
    // Every n-th label when they would not fit side by side (24 hours in a narrow panel); a label
    // wider than the space it gets would be elided to "...".
    const QFontMetricsF fm(ChartTheme::labelFont(font()));
    const int n = int(m_categories.size());
    int step = 1;
    if (m_orientation == Orientation::Vertical) {
        double widest = 0;
        for (const QString& category : std::as_const(m_categories))
            widest = std::max(widest, fm.horizontalAdvance(category));
        const double plotWidth = std::max(1.0, width() - 16 - 3.0 * fm.height() - 8.0 * fm.averageCharWidth());
        step = std::max(1, int(std::ceil((widest + 10) / (plotWidth / std::max(1, n)))));
    } else {
        const double plotHeight = std::max(1.0, height() - 4.0 * fm.height());
        step = std::max(1, int(std::ceil((fm.height() + 2) / (plotHeight / std::max(1, n)))));
    }
    QStringList labels;
    for (int i = 0; i < n; i += step)
        labels << m_categories.at(i);
    if (labels == m_axisLabels)
        return;
    m_axisLabels = labels;
    const QStringList old = m_categoryAxis->categoriesLabels();
    for (const QString& label : old)
        m_categoryAxis->remove(label);
    QStringList used;
    for (int i = 0; i < n; i += step) {
        // Qt Charts renders labels as rich text ("< 1 min" would vanish) and needs them unique.
        QString label = m_categories.at(i).toHtmlEscaped();
        while (used.contains(label))
            label += QLatin1Char(' ');
        used << label;
        m_categoryAxis->append(label, i);
    }
}

void BarChart::applyTheme(const ChartTheme& theme)
{
    if (!m_series)
        return;
    for (int s = 0; s < m_barSets.size(); ++s) {
        QBarSet* set = m_barSets.at(s);
        const QColor colour = theme.series(s);
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(m_stacked ? theme.contrastingText(colour) : theme.text());
        set->setLabelFont(ChartTheme::labelFont(font()));
        set->setSelectedColor(ChartTheme::blend(colour, theme.text(), 0.35));
    }
    const auto axes = chart()->axes();
    for (QAbstractAxis* axis : axes)
        axis->setLabelsFont(ChartTheme::labelFont(font()));
}

void BarChart::moveCurrent(int dx, int dy)
{
    if (m_categories.isEmpty() || m_sets.isEmpty())
        return;
    // Along the category axis with the arrows that point along it; across sets with the others.
    const int along = m_orientation == Orientation::Vertical ? dx : dy;
    const int across = m_orientation == Orientation::Vertical ? dy : dx;
    m_currentIndex = std::clamp(m_currentIndex + along, 0, int(m_categories.size()) - 1);
    m_currentSet = std::clamp(m_currentSet + across, 0, int(m_sets.size()) - 1);
    updateSelection();
    announceCurrent(barPosition(m_currentSet, m_currentIndex), toolTip(m_currentSet, m_currentIndex));
}

void BarChart::activateCurrent()
{
    if (m_categories.isEmpty() || m_sets.isEmpty())
        return;
    Q_EMIT barClicked(m_currentSet, m_currentIndex);
}

void BarChart::updateSelection()
{
    for (int s = 0; s < m_barSets.size(); ++s) {
        m_barSets.at(s)->deselectAllBars();
        if (s == m_currentSet && hasFocus())
            m_barSets.at(s)->selectBar(m_currentIndex);
    }
}

} // namespace crmlens::ui
