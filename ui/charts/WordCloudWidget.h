#pragma once

#include "ui/charts/ChartData.h"
#include "ui/charts/PaintedChart.h"

#include <QFont>
#include <QRectF>

namespace crmlens::ui {

// Words sized by weight (square-root scale, so a word twice as frequent is not twice as tall)
// and placed without overlaps on a spiral from the centre, heaviest first. The layout has no
// randomness: the same words, weights, size and font give the same picture. Words that do not
// fit even at a reduced scale are left out (placedWords() says which are shown). Colours cycle
// through the categorical palette. A click on a word (or Enter on the keyboard-selected one;
// arrows move in weight order) emits wordClicked(word).
class WordCloudWidget : public PaintedChart
{
    Q_OBJECT
public:
    struct PlacedWord
    {
        QString word;
        double weight = 0;
        QRectF rect; // widget coordinates
        QFont font;
        int rank = 0; // 0 = heaviest
    };

    explicit WordCloudWidget(QWidget* parent = nullptr);

    // Words with non-positive weight are ignored; duplicates keep the first.
    void setWords(const QList<NamedValue>& words);
    QList<NamedValue> words() const { return m_words; }
    // The laid-out words, heaviest first.
    QList<PlacedWord> placedWords() const { return m_placed; }
    QString wordAt(const QPointF& pos) const;
    QString currentWord() const;
    // The weight shown in a word's tooltip; the default writes it as a whole number.
    void setToolTipFormatter(std::function<QString(const QString& word, double weight)> formatter);

Q_SIGNALS:
    void wordClicked(const QString& word);

protected:
    bool hasData() const override { return !m_words.isEmpty(); }
    void paintChart(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QString toolTipAt(const QPoint& pos) const override;
    void areaChanged() override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<PlacedWord> layoutWords(const QRectF& area, double scale) const;
    void relayout();

    QList<NamedValue> m_words; // heaviest first
    QList<PlacedWord> m_placed;
    std::function<QString(const QString&, double)> m_toolTip;
    int m_current = 0;
    QString m_pressed;
};

} // namespace crmlens::ui
