#include "ui/charts/PaintedChart.h"

#include "ui/charts/ChartTheme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace crmlens::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;

} // namespace

PaintedChart::PaintedChart(QWidget* parent) : QWidget(parent), m_emptyText(tr("No data for this period"))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void PaintedChart::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    areaChanged();
    update();
}

void PaintedChart::setSubtitle(const QString& subtitle)
{
    m_subtitle = subtitle;
    areaChanged();
    update();
}

void PaintedChart::setDefinition(const QString& definition)
{
    m_definition = definition;
    setAccessibleDescription(definition);
}

void PaintedChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

QSize PaintedChart::sizeHint() const
{
    return {420, 280};
}

QSize PaintedChart::minimumSizeHint() const
{
    return {220, 160};
}

QRectF PaintedChart::titleRect() const
{
    const QFontMetrics fm(ChartTheme::titleFont(font()));
    return QRectF(kMargin, kMargin, width() - 2 * kMargin, m_title.isEmpty() ? 0 : fm.height());
}

QRectF PaintedChart::chartArea() const
{
    double top = titleRect().bottom();
    if (!m_title.isEmpty())
        top += kGap;
    if (!m_subtitle.isEmpty())
        top += QFontMetrics(ChartTheme::labelFont(font())).height() + kGap;
    return QRectF(kMargin, top + kGap, width() - 2 * kMargin, height() - top - kGap - kMargin);
}

QString PaintedChart::toolTipAt(const QPoint& pos) const
{
    Q_UNUSED(pos)
    return {};
}

bool PaintedChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        if (titleRect().contains(help->pos()))
            text = m_definition;
        else if (hasData())
            text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void PaintedChart::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const ChartTheme theme(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QRectF title = titleRect();
    if (!m_title.isEmpty()) {
        painter.setFont(ChartTheme::titleFont(font()));
        painter.setPen(theme.text());
        const QString elided = painter.fontMetrics().elidedText(m_title, Qt::ElideRight, int(title.width()));
        painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, elided);
    }
    if (!m_subtitle.isEmpty()) {
        painter.setFont(ChartTheme::labelFont(font()));
        painter.setPen(theme.mutedText());
        const QFontMetrics fm = painter.fontMetrics();
        const QRectF sub(title.left(), title.bottom() + (m_title.isEmpty() ? 0 : kGap), title.width(), fm.height());
        painter.drawText(sub, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_subtitle, Qt::ElideRight, int(sub.width())));
    }

    const QRectF area = chartArea();
    painter.setFont(font());
    if (!hasData()) {
        painter.setPen(theme.mutedText());
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    } else if (area.width() > 0 && area.height() > 0) {
        painter.save();
        paintChart(painter, area, theme);
        painter.restore();
    }

    if (hasFocus()) {
        painter.setPen(QPen(theme.focus(), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
}

void PaintedChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    areaChanged();
}

void PaintedChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        areaChanged();
        update();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        update();
    }
}

void PaintedChart::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void PaintedChart::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace crmlens::ui
