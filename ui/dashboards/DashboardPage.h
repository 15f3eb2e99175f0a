#pragma once

#include "core/session/DashboardData.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace crmlens::ui {

class EmptyState;

// The frame shared by the dashboards: a partial-data banner, a scrollable grid for the cards and
// charts, and the designed empty state that replaces them when nothing has been synced.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);

    // The grid the dashboard fills; its scroll position survives updates.
    QGridLayout* grid() const { return m_grid; }
    QWidget* content() const { return m_content; }
    void setEmptyText(const QString& title, const QString& explanation);

    // Shows the empty state, the partial banner or neither, as `shown` asks.
    void showState(const session::DashboardData& shown);
    bool isShowingEmptyState() const;
    bool isShowingPartialBanner() const;

private:
    QLabel* m_banner;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QGridLayout* m_grid;
    EmptyState* m_empty;
};

} // namespace crmlens::ui
