#include "ui/charts/GaugeWidget.h"

#include "ui/charts/ChartTheme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

constexpr double kMaxRadius = 150;

} // namespace

GaugeWidget::GaugeWidget(QWidget* parent) : PaintedChart(parent) {}

void GaugeWidget::setValue(const std::optional<double>& percent)
{
    m_value = percent;
    setAccessibleDescription(valueText());
    update();
}

void GaugeWidget::setTarget(const std::optional<double>& percent)
{
    m_target = percent;
    update();
}

void GaugeWidget::setValueText(const QString& text)
{
    m_valueText = text;
    update();
}

QString GaugeWidget::valueText() const
{
    if (!m_valueText.isEmpty())
        return m_valueText;
    if (!m_value)
        return QStringLiteral("–");
    return QLocale().toString(*m_value, 'f', 1) + QLatin1Char('%');
}

void GaugeWidget::setCaption(const QString& caption)
{
    m_caption = caption;
    update();
}

QString GaugeWidget::caption() const
{
    if (!m_caption.isEmpty() || !m_target)
        return m_caption;
    return tr("Target %1%").arg(QLocale().toString(*m_target, 'f', 0));
}

QSize GaugeWidget::sizeHint() const
{
    return {260, 200};
}

QRectF GaugeWidget::dialRect() const
{
    const QRectF area = chartArea();
    const QFontMetricsF fm(font());
    // The semicircle plus the caption line under its baseline must fit the area.
    const double captionHeight = fm.height() + 4;
    // Capped so a wide panel does not get a poster-sized dial.
    const double radius =
        std::max(10.0, std::min({area.width() / 2, area.height() - captionHeight - 4, kMaxRadius}) - 4);
    const double spare = std::max(0.0, area.height() - radius - captionHeight - 8);
    const QPointF centre(area.center().x(), area.top() + 4 + spare / 2 + radius);
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
}

void GaugeWidget::paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    Q_UNUSED(area)
    const QRectF dial = dialRect();
    const double thickness = std::max(6.0, dial.width() * 0.11);
    const QRectF arcRect = dial.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);

    QPen track(theme.missing(), thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(track);
    painter.drawArc(arcRect, 0, 180 * 16);

    if (m_value) {
        const double clamped = std::clamp(*m_value, 0.0, 100.0);
        QColor colour = theme.series(0);
        if (m_target && *m_value < *m_target)
            colour = theme.series(3); // vermillion: below target
        painter.setPen(QPen(colour, thickness, Qt::SolidLine, Qt::FlatCap));
        // Qt measures arcs counter-clockwise from 3 o'clock in 1/16 degree: start at 9 o'clock.
        painter.drawArc(arcRect, 180 * 16, -int(std::lround(clamped / 100.0 * 180 * 16)));
    }

    const QPointF centre = dial.center();
    const double outer = dial.width() / 2;
    if (m_target) {
        const double angle = qDegreesToRadians(180.0 - std::clamp(*m_target, 0.0, 100.0) / 100.0 * 180.0);
        const QPointF dir(std::cos(angle), -std::sin(angle));
        painter.setPen(QPen(theme.text(), 2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre + dir * (outer - thickness - 3), centre + dir * (outer + 3));
    }

    QFont big = font();
    big.setBold(true);
    big.setPixelSize(std::max(12, int(outer * 0.26)));
    painter.setFont(big);
    painter.setPen(theme.text());
    const QFontMetricsF bigMetrics(big);
    const QRectF valueRect(centre.x() - outer, centre.y() - bigMetrics.height() - 2, 2 * outer, bigMetrics.height());
    painter.drawText(valueRect, Qt::AlignHCenter | Qt::AlignBottom, valueText());

    const QString cap = caption();
    if (!cap.isEmpty()) {
        painter.setFont(ChartTheme::labelFont(font()));
        painter.setPen(theme.mutedText());
        const QFontMetricsF fm(painter.font());
        painter.drawText(QRectF(chartArea().left(), centre.y() + 2, chartArea().width(), fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, cap);
    }
    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(theme.focus(), 1.5, Qt::DashLine));
        painter.drawRect(QRectF(dial.left(), dial.top(), dial.width(), dial.height() / 2 + 4));
    }
}

QString GaugeWidget::toolTipAt(const QPoint& pos) const
{
    if (!dialRect().contains(pos))
        return {};
    QString text = title() + QStringLiteral(": ") + valueText();
    if (!caption().isEmpty())
        text += QLatin1Char('\n') + caption();
    return text;
}

void GaugeWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    PaintedChart::mouseReleaseEvent(event);
}

void GaugeWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT clicked();
        event->accept();
        return;
    default:
        PaintedChart::keyPressEvent(event);
    }
}

} // namespace crmlens::ui
