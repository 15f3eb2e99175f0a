#pragma once

#include "ui/charts/PaintedChart.h"

#include <QList>

namespace crmlens::ui {

// Stages of a funnel (recipients → delivered → read → replied) as centred bars narrowing with the
// count. Each bar is labelled with its count and share of the first stage; between stages the
// step conversion ("→ 82.4%") is written. A click on a stage (or Enter on the keyboard-selected
// one; Up/Down move) emits stageClicked(index).
class FunnelWidget : public PaintedChart
{
    Q_OBJECT
public:
    struct Stage
    {
        QString label;
        qint64 count = 0;
    };

    explicit FunnelWidget(QWidget* parent = nullptr);

    void setStages(const QList<Stage>& stages);
    QList<Stage> stages() const { return m_stages; }
    // "1,234 · 45.6% of Recipients"
    QString stageText(int index) const;
    // Conversion from the stage before (empty for the first stage or a zero predecessor).
    QString stepText(int index) const;
    // The stage's bar in widget coordinates; the whole row of the stage is clickable.
    QRectF stageRect(int index) const;
    QRectF stageRowRect(int index) const;
    int stageAt(const QPointF& pos) const;
    int currentStage() const { return m_current; }
    void setCurrentStage(int index);

Q_SIGNALS:
    void stageClicked(int index);

protected:
    bool hasData() const override;
    void paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QString toolTipAt(const QPoint& pos) const override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    double labelWidth() const;

    QList<Stage> m_stages;
    int m_current = 0;
    int m_pressed = -1;
};

} // namespace crmlens::ui
