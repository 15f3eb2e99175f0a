#pragma once

#include "ui/charts/PaintedChart.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace crmlens::ui {

// A grid of rows × columns (weekday × hour) coloured on the theme's sequential scale, with row
// and column labels and a colour legend. A cell without a value is drawn hatched, never as the
// lowest colour. Cell text is written only when it fits. Mouse: hover shows the tooltip, a click
// emits cellClicked(row, column). Keyboard: arrow keys move a focus cell, Home/End jump to the
// ends of its row, Enter or Space activates it.
class HeatmapWidget : public PaintedChart
{
    Q_OBJECT
public:
    using CellFormatter = std::function<QString(int row, int column, const std::optional<double>& value)>;

    explicit HeatmapWidget(QWidget* parent = nullptr);

    // values[row][column]; the colour scale runs from the smallest to the largest value. Rows or columns shorter than
    // the labels read as missing values.
    void setData(const QStringList& rowLabels, const QStringList& columnLabels,
                 const QList<QList<std::optional<double>>>& values);
    // The text written in a cell (default: the value without decimals; empty for missing).
    void setCellTextFormatter(CellFormatter formatter);
    // The tooltip of a cell (default: "row column: value").
    void setToolTipFormatter(CellFormatter formatter);
    void setCellTextVisible(bool visible);
    int rowCount() const { return int(m_rowLabels.size()); }
    int columnCount() const { return int(m_columnLabels.size()); }
    std::optional<double> value(int row, int column) const;
    QString cellText(int row, int column) const;
    QString cellToolTip(int row, int column) const;
    // The cell's rectangle in widget coordinates (empty when out of range or nothing is drawn).
    QRectF cellRect(int row, int column) const;
    // The cell under a widget position as (row, column), or (-1, -1).
    std::pair<int, int> cellAt(const QPointF& pos) const;
    int currentRow() const { return m_currentRow; }
    int currentColumn() const { return m_currentColumn; }
    void setCurrentCell(int row, int column);

Q_SIGNALS:
    void cellClicked(int row, int column);
    void currentCellChanged(int row, int column);

protected:
    bool hasData() const override;
    void paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QString toolTipAt(const QPoint& pos) const override;
    void areaChanged() override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Geometry
    {
        QRectF grid;
        double cellWidth = 0;
        double cellHeight = 0;
        QRectF legend;
        int columnLabelStep = 1;
    };
    Geometry computeGeometry() const;

    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QList<QList<std::optional<double>>> m_values;
    CellFormatter m_textFormatter;
    CellFormatter m_toolTipFormatter;
    bool m_cellText = true;
    double m_min = 0;
    double m_max = 0;
    int m_currentRow = 0;
    int m_currentColumn = 0;
    std::pair<int, int> m_pressed{-1, -1};
    Geometry m_geometry;
};

} // namespace crmlens::ui
