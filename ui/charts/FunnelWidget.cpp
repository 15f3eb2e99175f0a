#include "ui/charts/FunnelWidget.h"

#include "ui/charts/ChartTheme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace crmlens::ui {

namespace {

constexpr double kMaxRowHeight = 56;
constexpr double kMinBarWidthFraction = 0.02;

QString percentText(double pct)
{
    return QLocale().toString(pct, 'f', 1) + QLatin1Char('%');
}

} // namespace

FunnelWidget::FunnelWidget(QWidget* parent) : PaintedChart(parent) {}

void FunnelWidget::setStages(const QList<Stage>& stages)
{
    m_stages = stages;
    m_current = std::clamp(m_current, 0, std::max(0, int(stages.size()) - 1));
    update();
}

bool FunnelWidget::hasData() const
{
    return !m_stages.isEmpty() && m_stages.first().count > 0;
}

QString FunnelWidget::stageText(int index) const
{
    if (index < 0 || index >= m_stages.size())
        return {};
    const Stage& stage = m_stages.at(index);
    const QString count = QLocale().toString(stage.count);
    if (index == 0 || m_stages.first().count <= 0)
        return count;
    return tr("%1 · %2 of %3")
        .arg(count, percentText(100.0 * double(stage.count) / double(m_stages.first().count)), m_stages.first().label);
}

QString FunnelWidget::stepText(int index) const
{
    if (index <= 0 || index >= m_stages.size() || m_stages.at(index - 1).count <= 0)
        return {};
    return tr("→ %1").arg(percentText(100.0 * double(m_stages.at(index).count) / double(m_stages.at(index - 1).count)));
}

double FunnelWidget::labelWidth() const
{
    const QFontMetricsF fm(font());
    double widest = 0;
    for (const Stage& stage : m_stages)
        widest = std::max(widest, fm.horizontalAdvance(stage.label));
    return std::min(widest + 12, chartArea().width() * 0.3);
}

QRectF FunnelWidget::stageRowRect(int index) const
{
    if (index < 0 || index >= m_stages.size())
        return {};
    const QRectF area = chartArea();
    const double rowHeight = std::min(kMaxRowHeight, area.height() / m_stages.size());
    return QRectF(area.left(), area.top() + index * rowHeight, area.width(), rowHeight);
}

QRectF FunnelWidget::stageRect(int index) const
{
    const QRectF row = stageRowRect(index);
    if (row.isEmpty() || !hasData())
        return {};
    const double left = row.left() + labelWidth();
    const double available = row.right() - left;
    const double fraction =
        std::max(kMinBarWidthFraction, double(m_stages.at(index).count) / double(m_stages.first().count));
    const double width = available * std::min(1.0, fraction);
    // The step text sits under the bar's row, so the bar takes the upper two thirds.
    const double barHeight = row.height() * 0.62;
    return QRectF(left + (available - width) / 2, row.top() + 2, width, barHeight);
}

int FunnelWidget::stageAt(const QPointF& pos) const
{
    if (!hasData())
        return -1;
    for (int i = 0; i < m_stages.size(); ++i) {
        if (stageRowRect(i).contains(pos))
            return i;
    }
    return -1;
}

void FunnelWidget::setCurrentStage(int index)
{
    if (m_stages.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_stages.size()) - 1);
    setAccessibleDescription(m_stages.at(m_current).label + QStringLiteral(": ") + stageText(m_current));
    update();
}

void FunnelWidget::paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    Q_UNUSED(area)
    const QFont labelFont = ChartTheme::labelFont(font());
    const QFontMetricsF fm(font());
    for (int i = 0; i < m_stages.size(); ++i) {
        const QRectF row = stageRowRect(i);
        const QRectF bar = stageRect(i);
        const QColor colour = theme.series(0);
        QColor fill = colour;
        // Later stages slightly lighter, so the narrowing reads as a sequence.
        fill = ChartTheme::blend(colour, theme.background(), 0.12 * i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 3, 3);

        painter.setFont(font());
        painter.setPen(theme.text());
        const QRectF labelRect(row.left(), bar.top(), labelWidth() - 8, bar.height());
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(m_stages.at(i).label, Qt::ElideRight, labelRect.width()));

        // The figures go inside the bar when they fit, otherwise beside it.
        const QString text = stageText(i);
        painter.setFont(labelFont);
        const QFontMetricsF lfm(labelFont);
        const double textWidth = lfm.horizontalAdvance(text) + 12;
        if (textWidth <= bar.width()) {
            painter.setPen(theme.contrastingText(fill));
            painter.drawText(bar, Qt::AlignCenter, text);
        } else {
            painter.setPen(theme.text());
            const QRectF beside(bar.right() + 6, bar.top(), row.right() - bar.right() - 6, bar.height());
            painter.drawText(beside, Qt::AlignLeft | Qt::AlignVCenter,
                             lfm.elidedText(text, Qt::ElideRight, beside.width()));
        }

        const QString step = stepText(i + 1);
        if (!step.isEmpty()) {
            painter.setPen(theme.mutedText());
            const QRectF stepRect(bar.left(), bar.bottom(), row.right() - bar.left(), row.bottom() - bar.bottom() + 2);
            painter.drawText(
                QRectF(row.left() + labelWidth(), stepRect.top(), row.width() - labelWidth(), stepRect.height()),
                Qt::AlignCenter, step);
        }

        if (hasFocus() && i == m_current) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(theme.focus(), 2));
            painter.drawRoundedRect(bar.adjusted(-2, -2, 2, 2), 4, 4);
        }
    }
}

QString FunnelWidget::toolTipAt(const QPoint& pos) const
{
    const int i = stageAt(pos);
    if (i < 0)
        return {};
    QString text = m_stages.at(i).label + QStringLiteral(": ") + stageText(i);
    if (!stepText(i).isEmpty())
        text += QLatin1Char('\n') + tr("From %1: %2").arg(m_stages.at(i - 1).label, stepText(i).mid(2));
    return text;
}

void FunnelWidget::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton ? stageAt(event->position()) : -1;
    PaintedChart::mousePressEvent(event);
}

void FunnelWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const int i = stageAt(event->position());
    if (event->button() == Qt::LeftButton && i >= 0 && i == m_pressed) {
        setCurrentStage(i);
        Q_EMIT stageClicked(i);
    }
    m_pressed = -1;
    PaintedChart::mouseReleaseEvent(event);
}

void FunnelWidget::keyPressEvent(QKeyEvent* event)
{
    if (!hasData()) {
        PaintedChart::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrentStage(m_current - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrentStage(m_current + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT stageClicked(m_current);
        break;
    default:
        PaintedChart::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace crmlens::ui
