#include "ui/drilldown/TranscriptView.h"

#include "ui/drilldown/TranscriptDelegate.h"

#include <QResizeEvent>

namespace crmlens::ui {

TranscriptView::TranscriptView(QWidget* parent) : QListView(parent)
{
    setItemDelegate(new TranscriptDelegate(this));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setSpacing(0);
    setAccessibleName(tr("Conversation"));
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    // Bubble heights depend on the width: lay the items out again when it changes.
    if (event->oldSize().width() != event->size().width())
        scheduleDelayedItemsLayout();
}

} // namespace crmlens::ui
