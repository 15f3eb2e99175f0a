#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
QT_END_NAMESPACE

namespace crmlens::ui {

// The colours and fonts every chart shares, derived from a widget's palette so the charts follow
// the app's light or dark theme. The categorical palette is Okabe–Ito (distinguishable with the
// common colour-vision deficiencies), in a deeper variant for light backgrounds and a brighter one
// for dark backgrounds. The sequential scale runs from "almost background" to a strong blue, so the
// largest value is always the most prominent one whatever the theme.
class ChartTheme
{
public:
    explicit ChartTheme(const QPalette& palette);

    bool isDark() const { return m_dark; }

    // Categorical colour `index` (cycles past the end of the palette).
    QColor series(int index) const;
    const QList<QColor>& categorical() const { return m_categorical; }
    // Sequential colour for t in [0, 1] (clamped).
    QColor sequential(double t) const;

    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_muted; }
    QColor grid() const { return m_grid; }
    // The fill of an element that has no value (a heatmap cell without data).
    QColor missing() const { return m_missing; }
    // The focus ring of keyboard-selected elements.
    QColor focus() const { return m_focus; }
    // Whichever of the palette's text or base colour reads better on `fill`.
    QColor contrastingText(const QColor& fill) const;

    static QFont titleFont(const QFont& base);
    static QFont labelFont(const QFont& base);

    // Transparent background (the widget's own shows through), themed text, grid and legend.
    void apply(QChart* chart) const;
    void applyToAxis(QAbstractAxis* axis) const;

    // Mixes a and b: t = 0 gives a, t = 1 gives b.
    static QColor blend(const QColor& a, const QColor& b, double t);

private:
    bool m_dark = false;
    QList<QColor> m_categorical;
    QColor m_background;
    QColor m_base;
    QColor m_text;
    QColor m_muted;
    QColor m_grid;
    QColor m_missing;
    QColor m_focus;
    QColor m_seqLow;
    QColor m_seqHigh;
};

} // namespace crmlens::ui
