#include "ui/charts/ChartPanel.h"

#include "ui/charts/ChartTheme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace crmlens::ui {

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_title->setFont(ChartTheme::titleFont(font()));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setFont(ChartTheme::labelFont(font()));
    m_subtitle->hide();

    m_empty->setText(tr("No data for this period"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setStyleSheet(QString()); // transparent view: the panel's window colour shows through
    m_view->setBackgroundRole(QPalette::Window);
    m_view->setAutoFillBackground(false);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setBackgroundBrush(Qt::NoBrush);
    m_chart->legend()->setVisible(false);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_stack, 1);
    updateLabelColours();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString ChartPanel::subtitle() const
{
    return m_subtitle->text();
}

void ChartPanel::setDefinition(const QString& definition)
{
    m_definition = definition;
    m_title->setToolTip(definition);
    setAccessibleDescription(definition);
}

QString ChartPanel::definition() const
{
    return m_definition;
}

void ChartPanel::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

QString ChartPanel::emptyText() const
{
    return m_empty->text();
}

void ChartPanel::setLegendVisible(bool visible)
{
    m_chart->legend()->setVisible(visible);
}

bool ChartPanel::isShowingEmptyState() const
{
    return !m_hasData;
}

QSize ChartPanel::sizeHint() const
{
    return {420, 280};
}

QSize ChartPanel::minimumSizeHint() const
{
    return {220, 180};
}

void ChartPanel::setHasData(bool hasData)
{
    m_hasData = hasData;
    m_stack->setCurrentWidget(hasData ? static_cast<QWidget*>(m_view) : m_empty);
    if (hasData)
        reapplyTheme();
}

void ChartPanel::reapplyTheme()
{
    if (m_applyingTheme)
        return;
    m_applyingTheme = true; // setting colours on a chart can post palette events back to us
    const ChartTheme theme(palette());
    m_chart->setFont(font());
    theme.apply(m_chart);
    m_chart->legend()->setFont(ChartTheme::labelFont(font()));
    applyTheme(theme);
    m_applyingTheme = false;
}

void ChartPanel::showToolTipAtCursor(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartPanel::announceCurrent(const QPoint& viewportPos, const QString& text)
{
    m_view->setAccessibleDescription(text);
    if (hasFocus() && !text.isEmpty())
        QToolTip::showText(m_view->viewport()->mapToGlobal(viewportPos), text, m_view);
}

QPoint ChartPanel::chartToViewport(const QPointF& chartPos) const
{
    return m_view->mapFromScene(m_chart->mapToScene(chartPos));
}

void ChartPanel::keyPressEvent(QKeyEvent* event)
{
    if (!m_hasData) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(-1, 0);
        break;
    case Qt::Key_Right:
        moveCurrent(1, 0);
        break;
    case Qt::Key_Up:
        moveCurrent(0, -1);
        break;
    case Qt::Key_Down:
        moveCurrent(0, 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activateCurrent();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateLabelColours();
        if (m_hasData)
            reapplyTheme();
    } else if (event->type() == QEvent::FontChange) {
        m_title->setFont(ChartTheme::titleFont(font()));
        m_subtitle->setFont(ChartTheme::labelFont(font()));
        if (m_hasData)
            reapplyTheme();
    }
}

void ChartPanel::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    if (m_hasData)
        moveCurrent(0, 0); // shows where the keyboard is without moving it
    update();
}

void ChartPanel::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    if (m_hasData)
        moveCurrent(0, 0); // clears the keyboard highlight
    update();
}

void ChartPanel::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    // The keyboard's place: a ring around the whole panel, in the palette's highlight colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 1.5);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

void ChartPanel::updateLabelColours()
{
    const ChartTheme theme(palette());
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, theme.mutedText());
    m_subtitle->setPalette(muted);
    m_empty->setPalette(muted);
}

} // namespace crmlens::ui
