#include "ui/drilldown/TranscriptDelegate.h"

#include "ui/drilldown/TranscriptModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

namespace crmlens::ui {

namespace {

using Kind = TranscriptModel::Kind;

QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

QFont smaller(const QFont& font)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.85);
    return f;
}

Kind kindOf(const QModelIndex& index)
{
    return index.data(TranscriptModel::KindRole).value<Kind>();
}

} // namespace

TranscriptDelegate::TranscriptDelegate(QAbstractItemView* view) : QStyledItemDelegate(view), m_view(view) {}

int TranscriptDelegate::availableWidth(const QStyleOptionViewItem& option) const
{
    // The list lays items out to the viewport's width; sizeHint() gets no width of its own.
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    return std::max(width, 200);
}

TranscriptDelegate::Layout TranscriptDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                         int width) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics small(smaller(option.font));
    const int unit = fm.height();
    const int pad = unit / 2;
    Layout l;
    if (kindOf(index) == Kind::DaySeparator) {
        l.text = QRect(0, pad, width, small.height() + pad);
        l.height = l.text.bottom() + pad;
        return l;
    }
    const int margin = unit;
    const int maxBubble = std::max(unit * 8, int(width * 0.72));
    const int maxText = maxBubble - 2 * pad;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString marker = index.data(TranscriptModel::MarkerRole).toString();
    const QRect textBox = fm.boundingRect(QRect(0, 0, maxText, 1 << 20), Qt::TextWordWrap, text);
    const int markerHeight = marker.isEmpty() ? 0 : small.height() + 2 + pad / 2;
    const int markerWidth = marker.isEmpty() ? 0 : small.horizontalAdvance(marker);
    const int bubbleWidth = std::min(maxBubble, std::max({textBox.width(), markerWidth, unit * 3}) + 2 * pad);
    const int bubbleHeight = pad + markerHeight + textBox.height() + pad;
    const bool inbound = kindOf(index) == Kind::Inbound;
    const int left = inbound ? margin : width - margin - bubbleWidth;
    l.bubble = QRect(left, pad / 2, bubbleWidth, bubbleHeight);
    l.marker = QRect(left + pad, l.bubble.top() + pad, bubbleWidth - 2 * pad, small.height() + 2);
    l.text = QRect(left + pad, l.bubble.top() + pad + markerHeight, bubbleWidth - 2 * pad, textBox.height());
    const QString footer = index.data(TranscriptModel::FooterRole).toString();
    const int footerWidth = std::min(width - 2 * margin, small.horizontalAdvance(footer) + 2);
    l.footer = QRect(inbound ? left + pad / 2 : l.bubble.right() - pad / 2 - footerWidth, l.bubble.bottom() + 3,
                     footerWidth, small.height());
    l.height = l.footer.bottom() + pad;
    return l;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = availableWidth(option);
    return QSize(width, layoutFor(option, index, width).height);
}

void TranscriptDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const Layout l = layoutFor(option, index, option.rect.width());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const bool current = (option.state & QStyle::State_HasFocus) != 0;
    const QFont small = smaller(option.font);

    if (kindOf(index) == Kind::DaySeparator) {
        const QString day = index.data(Qt::DisplayRole).toString();
        const QFontMetrics fm(small);
        const int w = fm.horizontalAdvance(day) + fm.height() * 2;
        const QRect pill((option.rect.width() - w) / 2, l.text.top(), w, l.text.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.08));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, day);
        if (current) {
            painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(pill.adjusted(-2, -2, 2, 2), pill.height() / 2.0, pill.height() / 2.0);
        }
        painter->restore();
        return;
    }

    const bool inbound = kindOf(index) == Kind::Inbound;
    const bool automated = !index.data(TranscriptModel::MarkerRole).toString().isEmpty();
    const QColor base = pal.color(QPalette::Base);
    const QColor fill = inbound     ? mix(pal.color(QPalette::Text), base, 0.07)
                        : automated ? mix(pal.color(QPalette::Highlight), base, 0.10)
                                    : mix(pal.color(QPalette::Highlight), base, 0.22);
    const qreal radius = QFontMetrics(option.font).height() * 0.6;
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, fill);
    if (automated) {
        QPen dashed(pal.color(QPalette::Highlight), 1.2, Qt::DashLine);
        painter->strokePath(path, dashed);
    }
    if (current || (option.state & QStyle::State_Selected)) {
        painter->strokePath(path, QPen(pal.color(QPalette::Highlight), 2));
    }
    if (automated) {
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(l.marker, Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip,
                          QFontMetrics(bold).elidedText(index.data(TranscriptModel::MarkerRole).toString(),
                                                        Qt::ElideRight, l.marker.width()));
    }
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data(Qt::DisplayRole).toString());
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(l.footer, (inbound ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                      index.data(TranscriptModel::FooterRole).toString());
    painter->restore();
}

} // namespace crmlens::ui
