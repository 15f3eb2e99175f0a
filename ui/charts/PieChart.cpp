#include "ui/charts/PieChart.h"

#include "ui/charts/ChartTheme.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

constexpr double kDonutHole = 0.5;
constexpr double kPieSize = 0.8;

} // namespace

PieChart::PieChart(QWidget* parent) : ChartPanel(parent) {}

void PieChart::setData(const QList<NamedValue>& values)
{
    m_values = values;
    rebuild();
}

void PieChart::setDonut(bool donut)
{
    m_donut = donut;
    rebuild();
}

void PieChart::setFoldThreshold(double fraction)
{
    m_foldThreshold = fraction;
    rebuild();
}

void PieChart::setToolTipFormatter(std::function<QString(int, double, double)> formatter)
{
    m_toolTip = std::move(formatter);
}

QStringList PieChart::drawnLabels() const
{
    QStringList labels;
    if (!m_series)
        return labels;
    const auto slices = m_series->slices();
    for (const QPieSlice* slice : slices)
        labels << slice->label();
    return labels;
}

QString PieChart::toolTip(int drawnSlice) const
{
    if (drawnSlice < 0 || drawnSlice >= m_drawnIndexes.size() || m_total <= 0)
        return {};
    const int index = m_drawnIndexes.at(drawnSlice);
    const double v = m_drawnValues.at(drawnSlice);
    const double share = v / m_total;
    if (index >= 0 && m_toolTip)
        return m_toolTip(index, v, share);
    const QString name = index >= 0 ? m_values.at(index).name : tr("Other");
    const QString number = QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
    return tr("%1: %2 (%3%)").arg(name, number, QLocale().toString(share * 100, 'f', 1));
}

QPoint PieChart::slicePosition(int drawnSlice) const
{
    if (!m_series || drawnSlice < 0 || drawnSlice >= m_series->count())
        return {};
    const QPieSlice* slice = m_series->slices().at(drawnSlice);
    const QRectF plot = chart()->plotArea();
    const double radius = std::min(plot.width(), plot.height()) * m_series->pieSize() / 2;
    const double inner = radius * m_series->holeSize() / m_series->pieSize();
    const double middle = (radius + inner) / 2;
    // Qt Charts measures angles clockwise from 12 o'clock.
    const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const QPointF centre = plot.center();
    const QPointF at(centre.x() + middle * std::sin(angle), centre.y() - middle * std::cos(angle));
    return chartToViewport(at);
}

void PieChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    m_series = nullptr;
    m_drawnIndexes.clear();
    m_drawnValues.clear();
    m_total = 0;
    for (const NamedValue& v : std::as_const(m_values)) {
        if (v.value > 0)
            m_total += v.value;
    }
    if (m_total <= 0) {
        setHasData(false);
        return;
    }

    QList<int> small;
    for (int i = 0; i < m_values.size(); ++i) {
        const double v = m_values.at(i).value;
        if (v <= 0)
            continue;
        if (v / m_total < m_foldThreshold) {
            small << i;
        } else {
            m_drawnIndexes << i;
            m_drawnValues << v;
        }
    }
    if (small.size() == 1) { // "Other" standing for one value would only hide its name
        m_drawnIndexes << small.first();
        m_drawnValues << m_values.at(small.first()).value;
    } else if (!small.isEmpty()) {
        double other = 0;
        for (int i : std::as_const(small))
            other += m_values.at(i).value;
        m_drawnIndexes << -1;
        m_drawnValues << other;
    }

    m_series = new QPieSeries;
    m_series->setPieSize(kPieSize);
    m_series->setHoleSize(m_donut ? kDonutHole * kPieSize : 0);
    QLocale locale;
    for (int d = 0; d < m_drawnIndexes.size(); ++d) {
        const int index = m_drawnIndexes.at(d);
        const double v = m_drawnValues.at(d);
        const QString name = index >= 0 ? m_values.at(index).name : tr("Other");
        const QString label = tr("%1 %2%").arg(name.toHtmlEscaped(), locale.toString(v / m_total * 100, 'f', 1));
        QPieSlice* slice = m_series->append(label, v);
        // Labels outside the ring only for slices wide enough to keep them apart.
        slice->setLabelVisible(v / m_total >= 0.06);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.1);
        connect(slice, &QPieSlice::clicked, this, [this, d, index]() {
            m_current = d;
            updateHighlight();
            Q_EMIT sliceClicked(index);
        });
        connect(slice, &QPieSlice::hovered, this,
                [this, d](bool state) { showToolTipAtCursor(state ? toolTip(d) : QString()); });
    }
    c->addSeries(m_series);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
    m_current = std::clamp(m_current, 0, int(m_drawnIndexes.size()) - 1);
    setHasData(true);
    updateHighlight();
}

void PieChart::applyTheme(const ChartTheme& theme)
{
    if (!m_series)
        return;
    const auto slices = m_series->slices();
    for (int d = 0; d < slices.size(); ++d) {
        QPieSlice* slice = slices.at(d);
        // "Other" is grey-ish so it does not compete with the named slices.
        const QColor colour = m_drawnIndexes.at(d) >= 0 ? theme.series(d) : theme.mutedText();
        slice->setColor(colour);
        slice->setBorderColor(theme.background());
        slice->setBorderWidth(1);
        slice->setLabelColor(theme.text());
        slice->setLabelFont(ChartTheme::labelFont(font()));
    }
}

void PieChart::moveCurrent(int dx, int dy)
{
    if (m_drawnIndexes.isEmpty())
        return;
    m_current = std::clamp(m_current + dx + dy, 0, int(m_drawnIndexes.size()) - 1);
    updateHighlight();
    announceCurrent(slicePosition(m_current), toolTip(m_current));
}

void PieChart::activateCurrent()
{
    if (m_current < 0 || m_current >= m_drawnIndexes.size())
        return;
    Q_EMIT sliceClicked(m_drawnIndexes.at(m_current));
}

void PieChart::updateHighlight()
{
    if (!m_series)
        return;
    const auto slices = m_series->slices();
    for (int d = 0; d < slices.size(); ++d) {
        slices.at(d)->setExploded(d == m_current && hasFocus());
        slices.at(d)->setExplodeDistanceFactor(0.06);
    }
}

} // namespace crmlens::ui
