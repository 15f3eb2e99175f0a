#pragma once

#include "ui/charts/PaintedChart.h"

#include <optional>

namespace crmlens::ui {

// A 0–100 % semicircle with the value written in the middle and an optional target mark (an SLA
// goal, say). A missing value shows "–" over an empty track, never 0 %. With a target, the arc is
// drawn in the first categorical colour when the value reaches it and in the warning colour when
// it does not. A click (or Enter/Space) emits clicked().
class GaugeWidget : public PaintedChart
{
    Q_OBJECT
public:
    explicit GaugeWidget(QWidget* parent = nullptr);

    void setValue(const std::optional<double>& percent);
    std::optional<double> value() const { return m_value; }
    void setTarget(const std::optional<double>& percent);
    std::optional<double> target() const { return m_target; }
    // The text in the middle; the default is "45.3%" or "–".
    void setValueText(const QString& text);
    QString valueText() const;
    // A muted line under the value ("Target 80%" by default when a target is set).
    void setCaption(const QString& caption);
    QString caption() const;
    // The semicircle's bounding square in widget coordinates.
    QRectF dialRect() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    bool hasData() const override { return true; } // a missing value is shown as "–", not hidden
    void paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QString toolTipAt(const QPoint& pos) const override;

    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::optional<double> m_value;
    std::optional<double> m_target;
    QString m_valueText;
    QString m_caption;
};

} // namespace crmlens::ui
