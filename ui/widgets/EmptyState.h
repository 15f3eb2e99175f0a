#pragma once

#include <QWidget>

class QLabel;

namespace crmlens::ui {

// The designed face of a view that has nothing to show yet: a title, one sentence on why, and
// what the user can do about it. Views never show zeros or blank charts in place of missing data.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setExplanation(const QString& text);
    QString title() const;
    QString explanation() const;

private:
    QLabel* m_title;
    QLabel* m_explanation;
};

} // namespace crmlens::ui
