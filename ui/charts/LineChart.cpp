#include "ui/charts/LineChart.h"

#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

constexpr int kMaxAxisLabels = 8;

} // namespace

LineChart::LineChart(QWidget* parent) : ChartPanel(parent) {}

void LineChart::setData(const QStringList& categories, const QList<ChartSeries>& series)
{
    m_categories = categories;
    m_data = series;
    m_currentSeries = std::clamp(m_currentSeries, 0, std::max(0, int(series.size()) - 1));
    m_currentIndex = std::clamp(m_currentIndex, 0, std::max(0, int(categories.size()) - 1));
    rebuild();
}

void LineChart::setStackedArea(bool stacked)
{
    m_stacked = stacked;
    rebuild();
}

void LineChart::setPointsVisible(bool visible)
{
    m_points = visible;
    rebuild();
}

void LineChart::setToolTipFormatter(ChartValueFormatter formatter)
{
    m_toolTip = std::move(formatter);
}

std::optional<double> LineChart::value(int series, int index) const
{
    if (series < 0 || series >= m_data.size() || index < 0 || index >= m_data.at(series).values.size() ||
        index >= m_categories.size())
        return std::nullopt;
    return m_data.at(series).values.at(index);
}

QString LineChart::toolTip(int series, int index) const
{
    if (series < 0 || series >= m_data.size() || index < 0 || index >= m_categories.size())
        return {};
    const std::optional<double> v = value(series, index);
    if (!v)
        return tr("%1 · %2: no value").arg(m_categories.at(index), m_data.at(series).name);
    if (m_toolTip)
        return m_toolTip(series, index, *v);
    const QString number = QLocale().toString(*v, 'f', allIntegral({v}) ? 0 : 1);
    if (m_data.size() == 1 && m_data.first().name.isEmpty())
        return tr("%1: %2").arg(m_categories.at(index), number);
    return tr("%1 · %2: %3").arg(m_categories.at(index), m_data.at(series).name, number);
}

QStringList LineChart::visibleAxisLabels() const
{
    return m_axisLabels;
}

double LineChart::stackedTop(int series, int index) const
{
    double top = 0;
    for (int s = 0; s <= series && s < m_data.size(); ++s)
        top += value(s, index).value_or(0);
    return top;
}

QPoint LineChart::pointPosition(int series, int index) const
{
    if (m_drawn.isEmpty() || series < 0 || series >= m_data.size() || index < 0 || index >= m_categories.size())
        return {};
    const double y = m_stacked ? stackedTop(series, index) : value(series, index).value_or(0);
    return chartToViewport(chart()->mapToPosition(QPointF(index, y), m_drawn.first().first));
}

void LineChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis* axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_drawn.clear();
    m_marker = nullptr;
    m_axisLabels.clear();

    const int n = int(m_categories.size());
    bool anyValue = false;
    bool integral = true;
    double low = 0;
    double high = 0;
    for (int s = 0; s < m_data.size(); ++s) {
        integral = integral && allIntegral(m_data.at(s).values);
        for (int i = 0; i < n; ++i) {
            const std::optional<double> v = value(s, i);
            if (!v)
                continue;
            anyValue = true;
            low = std::min(low, *v);
            high = std::max(high, m_stacked ? stackedTop(s, i) : *v);
        }
    }
    if (n == 0 || !anyValue) {
        setHasData(false);
        return;
    }

    if (m_stacked) {
        QLineSeries* previousUpper = nullptr;
        for (int s = 0; s < m_data.size(); ++s) {
            auto* upper = new QLineSeries;
            for (int i = 0; i < n; ++i)
                upper->append(i, stackedTop(s, i));
            QLineSeries* lower = nullptr;
            if (previousUpper) {
                lower = new QLineSeries;
                lower->append(previousUpper->points());
            }
            auto* area = new QAreaSeries(upper, lower);
            area->setName(m_data.at(s).name.toHtmlEscaped());
            connect(area, &QAreaSeries::clicked, this, [this, s](const QPointF& p) { handleClick(s, p); });
            connect(area, &QAreaSeries::hovered, this, [this, s](const QPointF& p, bool state) {
                showToolTipAtCursor(state ? toolTip(s, int(std::lround(p.x()))) : QString());
            });
            c->addSeries(area);
            m_drawn.append({area, s});
            previousUpper = upper;
        }
    } else {
        for (int s = 0; s < m_data.size(); ++s) {
            // One Qt series per run of present values, so a missing day is a gap.
            bool first = true;
            int i = 0;
            while (i < n) {
                while (i < n && !value(s, i))
                    ++i;
                if (i >= n)
                    break;
                auto* line = new QLineSeries;
                line->setName(m_data.at(s).name.toHtmlEscaped());
                while (i < n && value(s, i)) {
                    line->append(i, *value(s, i));
                    ++i;
                }
                line->setPointsVisible(m_points || line->count() == 1);
                connect(line, &QLineSeries::clicked, this, [this, s](const QPointF& p) { handleClick(s, p); });
                connect(line, &QLineSeries::hovered, this, [this, s](const QPointF& p, bool state) {
                    showToolTipAtCursor(state ? toolTip(s, int(std::lround(p.x()))) : QString());
                });
                c->addSeries(line);
                m_drawn.append({line, s});
                if (!first) {
                    const auto markers = c->legend()->markers(line);
                    for (QLegendMarker* marker : markers)
                        marker->setVisible(false);
                }
                first = false;
            }
        }
    }

    auto* marker = new QScatterSeries;
    marker->setMarkerSize(11);
    marker->setVisible(false);
    c->addSeries(marker);
    m_marker = marker;
    const auto markerLegend = c->legend()->markers(marker);
    for (QLegendMarker* legendMarker : markerLegend)
        legendMarker->setVisible(false);

    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(std::ceil(double(n) / kMaxAxisLabels)));
    QStringList used;
    for (int i = 0; i < n; i += step) {
        QString label = m_categories.at(i).toHtmlEscaped();
        while (used.contains(label)) // the axis needs unique labels; a trailing space keeps the text
            label += QLatin1Char(' ');
        used << label;
        xAxis->append(label, i);
        m_axisLabels << m_categories.at(i);
    }
    xAxis->setRange(n == 1 ? -0.5 : 0, n == 1 ? 0.5 : n - 1);
    xAxis->setStartValue(n == 1 ? -0.5 : 0);
    xAxis->setGridLineVisible(false);
    auto* yAxis = new QValueAxis;
    setupValueAxis(yAxis, low, high, integral);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    const auto all = c->series();
    for (QAbstractSeries* series : all) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    c->legend()->setVisible(m_data.size() > 1);
    c->legend()->setAlignment(Qt::AlignBottom);
    setHasData(true);
    updateMarker();
}

void LineChart::handleClick(int series, const QPointF& point)
{
    const int index = std::clamp(int(std::lround(point.x())), 0, int(m_categories.size()) - 1);
    m_currentSeries = series;
    m_currentIndex = index;
    updateMarker();
    Q_EMIT pointClicked(series, index);
}

void LineChart::applyTheme(const ChartTheme& theme)
{
    for (const auto& [series, dataIndex] : std::as_const(m_drawn)) {
        const QColor colour = theme.series(dataIndex);
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            QColor fill = colour;
            fill.setAlphaF(0.75f);
            area->setBrush(fill);
            area->setPen(QPen(colour, 1.5));
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QPen pen(colour, 2.0);
            pen.setCapStyle(Qt::RoundCap);
            line->setPen(pen);
            line->setColor(colour);
        }
    }
    if (m_marker) {
        m_marker->setColor(theme.focus());
        m_marker->setBorderColor(theme.text());
    }
    const auto axes = chart()->axes();
    for (QAbstractAxis* axis : axes)
        axis->setLabelsFont(ChartTheme::labelFont(font()));
}

void LineChart::moveCurrent(int dx, int dy)
{
    if (m_categories.isEmpty() || m_data.isEmpty())
        return;
    m_currentIndex = std::clamp(m_currentIndex + dx, 0, int(m_categories.size()) - 1);
    // Up goes to the series drawn above (the next one in a stack).
    m_currentSeries = std::clamp(m_currentSeries - dy, 0, int(m_data.size()) - 1);
    updateMarker();
    announceCurrent(pointPosition(m_currentSeries, m_currentIndex), toolTip(m_currentSeries, m_currentIndex));
}

void LineChart::activateCurrent()
{
    if (m_categories.isEmpty() || m_data.isEmpty())
        return;
    Q_EMIT pointClicked(m_currentSeries, m_currentIndex);
}

void LineChart::updateMarker()
{
    if (!m_marker)
        return;
    m_marker->clear();
    const std::optional<double> v = value(m_currentSeries, m_currentIndex);
    if (!hasFocus() || !v) {
        m_marker->setVisible(false);
        return;
    }
    m_marker->append(m_currentIndex, m_stacked ? stackedTop(m_currentSeries, m_currentIndex) : *v);
    m_marker->setVisible(true);
}

} // namespace crmlens::ui
