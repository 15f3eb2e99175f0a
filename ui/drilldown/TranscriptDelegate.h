#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace crmlens::ui {

// Paints a TranscriptModel as a chat: the contact's messages in bubbles on the left, the
// business's on the right, time and status under each bubble, automated sends marked on top and
// drawn with a dashed outline, and each day's first message preceded by a centred date. Colours
// come from the view's palette, so light and dark themes both read well.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TranscriptDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect bubble;
        QRect marker;
        QRect text;
        QRect footer;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int availableWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view;
};

} // namespace crmlens::ui
