#pragma once

#include <QWidget>

namespace crmlens::ui {

class ChartTheme;

// The base of the charts we paint ourselves (heatmap, funnel, gauge, word cloud), in the same
// style as ChartPanel: a bold title line whose tooltip is the metric's definition, an optional
// muted subtitle, and the empty-state sentence in place of the drawing when there is no data.
// Colours come from the widget's palette through ChartTheme, so light and dark both work.
class PaintedChart : public QWidget
{
    Q_OBJECT
public:
    explicit PaintedChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setSubtitle(const QString& subtitle);
    QString subtitle() const { return m_subtitle; }
    void setDefinition(const QString& definition);
    QString definition() const { return m_definition; }
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }

    bool isShowingEmptyState() const { return !hasData(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    virtual bool hasData() const = 0;
    // Paints the chart into `area` (the widget below the title lines, inside the margins).
    virtual void paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme) = 0;
    // The tooltip text for a point of the drawing; empty for none.
    virtual QString toolTipAt(const QPoint& pos) const;
    // Called when the geometry of the drawing area changes (layouts cached by subclasses).
    virtual void areaChanged() {}

    // Where the drawing goes: below the title lines, inside the margins.
    QRectF chartArea() const;
    QRectF titleRect() const;

    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_title;
    QString m_subtitle;
    QString m_definition;
    QString m_emptyText;
};

} // namespace crmlens::ui
