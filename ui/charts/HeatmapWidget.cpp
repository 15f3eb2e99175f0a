#include "ui/charts/HeatmapWidget.h"

#include "ui/charts/ChartTheme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

constexpr double kLegendHeight = 10;
constexpr double kCellGap = 1;

} // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent) : PaintedChart(parent) {}

void HeatmapWidget::setData(const QStringList& rowLabels, const QStringList& columnLabels,
                            const QList<QList<std::optional<double>>>& values)
{
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_values = values;
    bool first = true;
    m_min = 0;
    m_max = 0;
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const std::optional<double> v = value(r, c);
            if (!v)
                continue;
            m_min = first ? *v : std::min(m_min, *v);
            m_max = first ? *v : std::max(m_max, *v);
            first = false;
        }
    }
    // Counts read best on a scale from zero: an hour with 3 messages should look quiet even if it
    // is the quietest one.
    m_min = std::min(m_min, 0.0);
    m_currentRow = std::clamp(m_currentRow, 0, std::max(0, rowCount() - 1));
    m_currentColumn = std::clamp(m_currentColumn, 0, std::max(0, columnCount() - 1));
    areaChanged();
    update();
}

void HeatmapWidget::setCellTextFormatter(CellFormatter formatter)
{
    m_textFormatter = std::move(formatter);
    update();
}

void HeatmapWidget::setToolTipFormatter(CellFormatter formatter)
{
    m_toolTipFormatter = std::move(formatter);
}

void HeatmapWidget::setCellTextVisible(bool visible)
{
    m_cellText = visible;
    update();
}

std::optional<double> HeatmapWidget::value(int row, int column) const
{
    if (row < 0 || row >= m_values.size() || column < 0 || column >= m_values.at(row).size() || row >= rowCount() ||
        column >= columnCount())
        return std::nullopt;
    return m_values.at(row).at(column);
}

QString HeatmapWidget::cellText(int row, int column) const
{
    const std::optional<double> v = value(row, column);
    if (m_textFormatter)
        return m_textFormatter(row, column, v);
    return v ? QLocale().toString(*v, 'f', 0) : QString();
}

QString HeatmapWidget::cellToolTip(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const std::optional<double> v = value(row, column);
    if (m_toolTipFormatter)
        return m_toolTipFormatter(row, column, v);
    const QString text = v ? QLocale().toString(*v, 'f', std::abs(*v - std::round(*v)) < 1e-9 ? 0 : 1) : tr("no value");
    return tr("%1 %2: %3").arg(m_rowLabels.at(row), m_columnLabels.at(column), text);
}

bool HeatmapWidget::hasData() const
{
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (value(r, c))
                return true;
        }
    }
    return false;
}

HeatmapWidget::Geometry HeatmapWidget::computeGeometry() const
{
    Geometry g;
    if (rowCount() == 0 || columnCount() == 0)
        return g;
    const QRectF area = chartArea();
    const QFontMetricsF fm(ChartTheme::labelFont(font()));
    double rowLabelWidth = 0;
    for (const QString& label : m_rowLabels)
        rowLabelWidth = std::max(rowLabelWidth, fm.horizontalAdvance(label));
    rowLabelWidth += 6;
    const double columnLabelHeight = fm.height() + 2;
    const double legendBlock = kLegendHeight + fm.height() + 8;
    g.grid = QRectF(area.left() + rowLabelWidth, area.top() + columnLabelHeight, area.width() - rowLabelWidth,
                    area.height() - columnLabelHeight - legendBlock);
    if (g.grid.width() <= 0 || g.grid.height() <= 0)
        return Geometry{};
    g.cellWidth = g.grid.width() / columnCount();
    g.cellHeight = std::min(g.grid.height() / rowCount(), std::max(g.cellWidth * 1.2, fm.height() * 1.6));
    g.grid.setHeight(g.cellHeight * rowCount());
    double widest = 0;
    for (const QString& label : m_columnLabels)
        widest = std::max(widest, fm.horizontalAdvance(label));
    g.columnLabelStep = std::max(1, int(std::ceil((widest + 6) / g.cellWidth)));
    const double legendWidth = std::min(240.0, g.grid.width());
    g.legend = QRectF(g.grid.right() - legendWidth, g.grid.bottom() + 6, legendWidth, kLegendHeight);
    return g;
}

void HeatmapWidget::areaChanged()
{
    m_geometry = computeGeometry();
}

QRectF HeatmapWidget::cellRect(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount() || m_geometry.cellWidth <= 0)
        return {};
    return QRectF(m_geometry.grid.left() + column * m_geometry.cellWidth,
                  m_geometry.grid.top() + row * m_geometry.cellHeight, m_geometry.cellWidth, m_geometry.cellHeight);
}

std::pair<int, int> HeatmapWidget::cellAt(const QPointF& pos) const
{
    if (!hasData() || m_geometry.cellWidth <= 0 || !m_geometry.grid.contains(pos))
        return {-1, -1};
    const int column = std::clamp(int((pos.x() - m_geometry.grid.left()) / m_geometry.cellWidth), 0, columnCount() - 1);
    const int row = std::clamp(int((pos.y() - m_geometry.grid.top()) / m_geometry.cellHeight), 0, rowCount() - 1);
    return {row, column};
}

void HeatmapWidget::setCurrentCell(int row, int column)
{
    if (rowCount() == 0 || columnCount() == 0)
        return;
    row = std::clamp(row, 0, rowCount() - 1);
    column = std::clamp(column, 0, columnCount() - 1);
    if (row == m_currentRow && column == m_currentColumn)
        return;
    m_currentRow = row;
    m_currentColumn = column;
    setAccessibleDescription(cellToolTip(row, column));
    update();
    Q_EMIT currentCellChanged(row, column);
}

void HeatmapWidget::paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    Q_UNUSED(area)
    const Geometry& g = m_geometry;
    if (g.cellWidth <= 0)
        return;
    const QFont labelFont = ChartTheme::labelFont(font());
    painter.setFont(labelFont);
    const QFontMetricsF fm(labelFont);

    // Row labels, right-aligned next to the grid.
    painter.setPen(theme.text());
    for (int r = 0; r < rowCount(); ++r) {
        const QRectF labelRect(chartArea().left(), g.grid.top() + r * g.cellHeight,
                               g.grid.left() - chartArea().left() - 6, g.cellHeight);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, m_rowLabels.at(r));
    }
    // Column labels above the grid, every n-th when they would collide.
    for (int c = 0; c < columnCount(); c += g.columnLabelStep) {
        const QRectF labelRect(g.grid.left() + c * g.cellWidth - g.cellWidth * (g.columnLabelStep - 1) / 2.0,
                               g.grid.top() - fm.height() - 2, g.cellWidth * g.columnLabelStep, fm.height());
        painter.drawText(labelRect, Qt::AlignCenter, m_columnLabels.at(c));
    }

    const double span = m_max - m_min;
    QBrush hatch(theme.mutedText(), Qt::BDiagPattern);
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const QRectF cell = cellRect(r, c).adjusted(kCellGap / 2, kCellGap / 2, -kCellGap / 2, -kCellGap / 2);
            const std::optional<double> v = value(r, c);
            if (!v) {
                painter.fillRect(cell, theme.missing());
                painter.fillRect(cell, hatch);
                continue;
            }
            const double t = span > 0 ? (*v - m_min) / span : 0.0;
            const QColor fill = theme.sequential(t);
            painter.fillRect(cell, fill);
            if (!m_cellText)
                continue;
            const QString text = cellText(r, c);
            if (text.isEmpty() || fm.horizontalAdvance(text) > cell.width() - 2 || fm.height() > cell.height())
                continue;
            painter.setPen(theme.contrastingText(fill));
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }

    if (hasFocus()) {
        const QRectF focusRect = cellRect(m_currentRow, m_currentColumn).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(theme.focus(), 2.5));
        painter.drawRect(focusRect);
    }

    // Legend: the scale from lowest to highest with its end values.
    if (g.legend.width() > 40) {
        QLinearGradient gradient(g.legend.topLeft(), g.legend.topRight());
        for (int i = 0; i <= 10; ++i)
            gradient.setColorAt(i / 10.0, theme.sequential(i / 10.0));
        painter.fillRect(g.legend, gradient);
        painter.setPen(theme.mutedText());
        const QLocale locale;
        const QRectF labels(g.legend.left(), g.legend.bottom() + 2, g.legend.width(), fm.height());
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, locale.toString(m_min, 'f', 0));
        painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, locale.toString(m_max, 'f', 0));
        const QRectF hatchKey(g.grid.left(), g.legend.top(), kLegendHeight * 1.5, kLegendHeight);
        painter.fillRect(hatchKey, theme.missing());
        painter.fillRect(hatchKey, hatch);
        painter.drawText(
            QRectF(hatchKey.right() + 4, hatchKey.top() - 3, g.legend.left() - hatchKey.right() - 8, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, tr("no data"));
    }
}

QString HeatmapWidget::toolTipAt(const QPoint& pos) const
{
    const auto [row, column] = cellAt(pos);
    return row < 0 ? QString() : cellToolTip(row, column);
}

void HeatmapWidget::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton ? cellAt(event->position()) : std::pair{-1, -1};
    PaintedChart::mousePressEvent(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const auto cell = cellAt(event->position());
    // A click is a press and release on the same cell, like a button.
    if (event->button() == Qt::LeftButton && cell.first >= 0 && cell == m_pressed) {
        setCurrentCell(cell.first, cell.second);
        Q_EMIT cellClicked(cell.first, cell.second);
    }
    m_pressed = {-1, -1};
    PaintedChart::mouseReleaseEvent(event);
}

void HeatmapWidget::keyPressEvent(QKeyEvent* event)
{
    if (!hasData()) {
        PaintedChart::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell(m_currentRow, m_currentColumn - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(m_currentRow, m_currentColumn + 1);
        break;
    case Qt::Key_Up:
        setCurrentCell(m_currentRow - 1, m_currentColumn);
        break;
    case Qt::Key_Down:
        setCurrentCell(m_currentRow + 1, m_currentColumn);
        break;
    case Qt::Key_Home:
        setCurrentCell(m_currentRow, 0);
        break;
    case Qt::Key_End:
        setCurrentCell(m_currentRow, columnCount() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT cellClicked(m_currentRow, m_currentColumn);
        break;
    default:
        PaintedChart::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace crmlens::ui
