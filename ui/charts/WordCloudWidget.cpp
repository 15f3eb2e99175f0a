#include "ui/charts/WordCloudWidget.h"

#include "ui/charts/ChartTheme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

constexpr double kMinScale = 0.9; // × the widget's font size for the lightest word
constexpr double kMaxScale = 3.0; // × for the heaviest
constexpr double kPadding = 3;    // px kept free around every word
constexpr double kArcStep = 5;    // px along the spiral between candidate positions
constexpr double kRingGap = 2;    // px the spiral's radius grows per radian
constexpr int kMaxSteps = 20000;
constexpr int kShrinkAttempts = 5;

} // namespace

WordCloudWidget::WordCloudWidget(QWidget* parent) : PaintedChart(parent) {}

void WordCloudWidget::setWords(const QList<NamedValue>& words)
{
    QList<NamedValue> kept;
    QSet<QString> seen;
    for (const NamedValue& w : words) {
        if (w.value <= 0 || w.name.isEmpty() || seen.contains(w.name))
            continue;
        seen.insert(w.name);
        kept << w;
    }
    // Heaviest first, then alphabetical: the order alone decides the layout.
    std::stable_sort(kept.begin(), kept.end(), [](const NamedValue& a, const NamedValue& b) {
        return a.value != b.value ? a.value > b.value : a.name < b.name;
    });
    m_words = kept;
    m_current = std::clamp(m_current, 0, std::max(0, int(m_words.size()) - 1));
    relayout();
    update();
}

void WordCloudWidget::setToolTipFormatter(std::function<QString(const QString&, double)> formatter)
{
    m_toolTip = std::move(formatter);
}

QString WordCloudWidget::currentWord() const
{
    return m_current < m_placed.size() ? m_placed.at(m_current).word : QString();
}

QList<WordCloudWidget::PlacedWord> WordCloudWidget::layoutWords(const QRectF& area, double scale) const
{
    QList<PlacedWord> placed;
    if (m_words.isEmpty() || area.width() < 10 || area.height() < 10)
        return placed;
    const double heaviest = m_words.first().value;
    const double lightest = m_words.last().value;
    const double baseSize = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    // The spiral is stretched to the area's aspect ratio so a wide panel fills sideways.
    const double aspect = area.width() / area.height();
    const QPointF centre = area.center();
    for (int rank = 0; rank < m_words.size(); ++rank) {
        const NamedValue& w = m_words.at(rank);
        const double t = heaviest > lightest ? std::sqrt((w.value - lightest) / (heaviest - lightest)) : 1.0;
        QFont f = font();
        f.setPointSizeF(std::max(6.0, baseSize * (kMinScale + (kMaxScale - kMinScale) * t) * scale));
        f.setBold(t > 0.5);
        const QFontMetricsF fm(f);
        const QSizeF size(fm.horizontalAdvance(w.name) + 2 * kPadding, fm.height() + 2 * kPadding);
        if (size.width() > area.width() || size.height() > area.height())
            continue;
        double angle = 0;
        for (int step = 0; step < kMaxSteps; ++step) {
            const double radius = kRingGap * angle;
            // Even steps along the curve, not in angle, so outer rings are searched as finely.
            angle += std::min(0.5, kArcStep / std::max(radius, 1.0));
            const QPointF at(centre.x() + radius * std::cos(angle) * aspect, centre.y() + radius * std::sin(angle));
            const QRectF candidate(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
            if (!area.contains(candidate)) {
                // Once the spiral has passed every edge it can only leave the area further.
                if (radius > area.width() + area.height())
                    break;
                continue;
            }
            const bool overlaps = std::any_of(placed.begin(), placed.end(),
                                              [&](const PlacedWord& p) { return p.rect.intersects(candidate); });
            if (overlaps)
                continue;
            placed.append({w.name, w.value, candidate, f, rank});
            break;
        }
    }
    return placed;
}

void WordCloudWidget::relayout()
{
    m_placed.clear();
    const QRectF area = chartArea();
    double scale = 1.0;
    for (int attempt = 0; attempt < kShrinkAttempts; ++attempt) {
        QList<PlacedWord> placed = layoutWords(area, scale);
        const bool complete = placed.size() == m_words.size();
        if (placed.size() > m_placed.size() || attempt == 0)
            m_placed = placed;
        if (complete)
            break;
        scale *= 0.85;
    }
    m_current = std::clamp(m_current, 0, std::max(0, int(m_placed.size()) - 1));
}

void WordCloudWidget::areaChanged()
{
    relayout();
}

QString WordCloudWidget::wordAt(const QPointF& pos) const
{
    for (const PlacedWord& p : m_placed) {
        if (p.rect.contains(pos))
            return p.word;
    }
    return {};
}

void WordCloudWidget::paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    Q_UNUSED(area)
    for (int i = 0; i < m_placed.size(); ++i) {
        const PlacedWord& p = m_placed.at(i);
        painter.setFont(p.font);
        painter.setPen(theme.series(p.rank));
        painter.drawText(p.rect, Qt::AlignCenter, p.word);
        if (hasFocus() && i == m_current) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(theme.focus(), 1.5));
            painter.drawRoundedRect(p.rect, 3, 3);
        }
    }
}

QString WordCloudWidget::toolTipAt(const QPoint& pos) const
{
    for (const PlacedWord& p : m_placed) {
        if (!p.rect.contains(pos))
            continue;
        if (m_toolTip)
            return m_toolTip(p.word, p.weight);
        return tr("%1: %2").arg(p.word, QLocale().toString(p.weight, 'f', 0));
    }
    return {};
}

void WordCloudWidget::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton ? wordAt(event->position()) : QString();
    PaintedChart::mousePressEvent(event);
}

void WordCloudWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const QString word = wordAt(event->position());
    if (event->button() == Qt::LeftButton && !word.isEmpty() && word == m_pressed) {
        for (int i = 0; i < m_placed.size(); ++i) {
            if (m_placed.at(i).word == word)
                m_current = i;
        }
        update();
        Q_EMIT wordClicked(word);
    }
    m_pressed.clear();
    PaintedChart::mouseReleaseEvent(event);
}

void WordCloudWidget::keyPressEvent(QKeyEvent* event)
{
    if (m_placed.isEmpty()) {
        PaintedChart::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_current = std::max(0, m_current - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_current = std::min(int(m_placed.size()) - 1, m_current + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT wordClicked(currentWord());
        break;
    default:
        PaintedChart::keyPressEvent(event);
        return;
    }
    setAccessibleDescription(currentWord());
    update();
    event->accept();
}

} // namespace crmlens::ui
