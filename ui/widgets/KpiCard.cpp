#include "ui/widgets/KpiCard.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace crmlens::ui {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)), m_comparison(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(title);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_comparison->setWordWrap(true);
    m_comparison->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_comparison);
    setValue(QString(QChar(0x2013)));
    updateColours();
}

KpiCard::Trend KpiCard::trendOf(const std::optional<double>& current, const std::optional<double>& previous,
                                bool higherIsBetter)
{
    if (!current || !previous || *current == *previous)
        return Trend::Neutral;
    return (*current > *previous) == higherIsBetter ? Trend::Good : Trend::Bad;
}

void KpiCard::setValue(const QString& text)
{
    m_value->setText(text);
    setAccessibleDescription(m_title->text() + QLatin1String(": ") + text);
}

void KpiCard::setComparison(const QString& text, Trend trend)
{
    m_comparison->setText(text);
    m_comparison->setVisible(!text.isEmpty());
    m_trend = trend;
    updateColours();
}

void KpiCard::setDefinition(const QString& definition)
{
    setToolTip(definition);
    m_value->setToolTip(definition);
}

void KpiCard::setPartial(bool partial)
{
    m_partial = partial;
    m_title->setText(m_partial ? tr("%1 (partial)").arg(accessibleName()) : accessibleName());
}

void KpiCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

QString KpiCard::title() const
{
    return accessibleName();
}

QString KpiCard::value() const
{
    return m_value->text();
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QFrame::changeEvent(event);
}

void KpiCard::updateColours()
{
    // Muted title, trend colours with enough contrast on either theme's card background.
    const bool dark = isDark(palette());
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_title->setPalette(titlePalette);

    QColor trendColour = palette().color(QPalette::WindowText);
    if (m_trend == Trend::Good)
        trendColour = dark ? QColor(0x5e, 0xd6, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    else if (m_trend == Trend::Bad)
        trendColour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    QPalette comparisonPalette = m_comparison->palette();
    comparisonPalette.setColor(QPalette::WindowText, trendColour);
    m_comparison->setPalette(comparisonPalette);
}

} // namespace crmlens::ui
