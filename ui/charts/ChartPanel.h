#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace crmlens::ui {

class ChartTheme;

// The frame every Qt Charts based chart lives in: a title line (its tooltip is the metric's
// definition), an optional subtitle, and either the chart or, when there is nothing to show, a
// sentence saying so ("No data for this period"). Subclasses fill the chart from plain values and
// re-apply the theme when the palette changes, so light and dark follow the app.
//
// Keyboard: the panel takes focus; arrow keys move a current element (subclasses define what that
// is), Enter or Space activates it as a click would.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void setTitle(const QString& title);
    QString title() const;
    // Shown under the title in a muted colour; empty hides it.
    void setSubtitle(const QString& subtitle);
    QString subtitle() const;
    // The metric's one-line definition: tooltip of the title and accessible description.
    void setDefinition(const QString& definition);
    QString definition() const;
    void setEmptyText(const QString& text);
    QString emptyText() const;
    void setLegendVisible(bool visible);

    // True while the empty-state sentence stands in for the chart.
    bool isShowingEmptyState() const;

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // Subclasses call this after every setData: empty shows the sentence instead of the chart.
    void setHasData(bool hasData);
    // Re-colours the chart's series from the theme; called after palette changes and setData.
    virtual void applyTheme(const ChartTheme& theme) = 0;
    void reapplyTheme();
    // Keyboard navigation over the chart's elements: dx/dy are -1, 0 or 1.
    virtual void moveCurrent(int dx, int dy) = 0;
    virtual void activateCurrent() = 0;
    // Hover: shows `text` as a tooltip at the mouse (empty hides it).
    void showToolTipAtCursor(const QString& text);
    // Keyboard: the element at `viewportPos` became current; shows its text there while the panel
    // has focus and tells assistive technology.
    void announceCurrent(const QPoint& viewportPos, const QString& text);
    // Maps a point in chart coordinates to the chart view's viewport (where mouse clicks land).
    QPoint chartToViewport(const QPointF& chartPos) const;

    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateLabelColours();

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QChart* m_chart;
    QChartView* m_view;
    QString m_definition;
    bool m_hasData = false;
    bool m_applyingTheme = false;
};

} // namespace crmlens::ui
