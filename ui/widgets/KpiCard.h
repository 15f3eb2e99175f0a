#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace crmlens::ui {

// One headline figure: title, value, the change against the previous period (green when it moved
// the good way, red otherwise) and its definition as the tooltip. Clicking it (or Enter/Space
// when focused) asks for the rows behind it.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    enum class Trend { Neutral, Good, Bad };

    explicit KpiCard(const QString& title, QWidget* parent = nullptr);

    // Good when the figure moved the way that helps the business, Bad the other way, Neutral when
    // it did not move or there is nothing to compare with.
    static Trend trendOf(const std::optional<double>& current, const std::optional<double>& previous,
                         bool higherIsBetter);

    void setValue(const QString& text);
    // The comparison line under the value ("+12.5% vs previous period"); empty hides it.
    void setComparison(const QString& text, Trend trend = Trend::Neutral);
    // The METRICS.md definition in one line: the tooltip and the accessible description.
    void setDefinition(const QString& definition);
    // Marks the figure as computed from a store that is still being filled.
    void setPartial(bool partial);
    void setClickable(bool clickable);

    QString title() const;
    QString value() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateColours();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_comparison;
    Trend m_trend = Trend::Neutral;
    bool m_clickable = false;
    bool m_partial = false;
};

} // namespace crmlens::ui
