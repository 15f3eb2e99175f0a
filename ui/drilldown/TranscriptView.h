#pragma once

#include <QListView>

namespace crmlens::ui {

class TranscriptModel;

// A chat transcript (TranscriptModel painted by TranscriptDelegate): scrolls with the keyboard,
// item by item, and re-flows its bubbles when resized.
class TranscriptView : public QListView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace crmlens::ui
