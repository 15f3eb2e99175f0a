#include "ui/charts/ChartTheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

double relativeLuminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

ChartTheme::ChartTheme(const QPalette& palette)
    : m_background(palette.color(QPalette::Window)), m_base(palette.color(QPalette::Base)),
      m_text(palette.color(QPalette::WindowText)), m_focus(palette.color(QPalette::Highlight))
{
    m_dark = m_background.lightnessF() < 0.5;
    if (m_dark) {
        // Okabe–Ito, lifted so every hue keeps at least 4.5:1 against a dark window.
        m_categorical = {QColor(0x56, 0xB4, 0xE9), QColor(0xF5, 0xB0, 0x2E), QColor(0x3C, 0xC8, 0x9F),
                         QColor(0xFF, 0x8A, 0x4C), QColor(0xE3, 0x9B, 0xC8), QColor(0xF0, 0xE4, 0x42),
                         QColor(0x9E, 0xC9, 0xF5), QColor(0xB8, 0xB8, 0xB8)};
        m_seqLow = blend(m_background, QColor(0x2B, 0x4A, 0x6B), 0.55);
        m_seqHigh = QColor(0x8F, 0xD0, 0xFF);
    } else {
        m_categorical = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                         QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
                         QColor(0xB5, 0xA3, 0x00), QColor(0x6E, 0x6E, 0x6E)};
        m_seqLow = blend(m_base, QColor(0xDE, 0xEB, 0xF7), 0.8);
        m_seqHigh = QColor(0x08, 0x45, 0x94);
    }
    m_muted = blend(m_text, m_background, 0.4);
    m_grid = blend(m_text, m_background, 0.85);
    m_missing = blend(m_text, m_background, 0.93);
}

QColor ChartTheme::series(int index) const
{
    if (index < 0)
        index = -index;
    return m_categorical.at(index % m_categorical.size());
}

QColor ChartTheme::sequential(double t) const
{
    if (!std::isfinite(t))
        t = 0;
    t = std::clamp(t, 0.0, 1.0);
    return blend(m_seqLow, m_seqHigh, t);
}

QColor ChartTheme::contrastingText(const QColor& fill) const
{
    // The palette's own pair of text and base colours, so a themed app never gets a foreign colour.
    const QColor dark = m_dark ? m_base : m_text;
    const QColor light = m_dark ? m_text : m_base;
    return contrast(fill, dark) >= contrast(fill, light) ? dark : light;
}

QFont ChartTheme::titleFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.1);
    return f;
}

QFont ChartTheme::labelFont(const QFont& base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.9));
    return f;
}

QColor ChartTheme::blend(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void ChartTheme::apply(QChart* chart) const
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setTitleBrush(m_text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QLegend* legend = chart->legend();
    legend->setLabelColor(m_text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes)
        applyToAxis(axis);
}

void ChartTheme::applyToAxis(QAbstractAxis* axis) const
{
    axis->setLabelsColor(m_text);
    axis->setTitleBrush(m_muted);
    axis->setGridLineColor(m_grid);
    axis->setMinorGridLineColor(blend(m_grid, m_background, 0.5));
    axis->setLinePenColor(m_grid);
    axis->setShadesVisible(false);
}

} // namespace crmlens::ui
