#pragma once

#include "core/session/DashboardData.h"

#include <QMainWindow>
#include <QSet>

class QLabel;
class QMenu;
class QTabWidget;

namespace crmlens::ui {

class DashboardView;
class FilterBar;
class SyncStatus;

// Hosts the filter bar, the dashboard tabs, the menus and the status bar. Stays small: every view
// lives in its own class and the workspace (ui/workspace) does the wiring to the engines.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    FilterBar* filterBar() const { return m_filterBar; }
    SyncStatus* syncStatus() const { return m_syncStatus; }
    const QList<DashboardView*>& views() const { return m_views; }
    void addView(DashboardView* view);
    // The newest data the views show (invalid before the first snapshot).
    const session::DashboardData& data() const { return m_data; }

public Q_SLOTS:
    // Hands a snapshot to every view, the filter bar's choices and the status bar's freshness.
    void showData(const crmlens::session::DashboardData& shown);
    // While the metrics thread computes: a quiet hint, never a blocked window.
    void showComputing();
    void showMetricsError(const QString& message);
    // One line of plain words about the connection (before a sync has anything to say).
    void showConnectionState(const QString& text);

Q_SIGNALS:
    void settingsRequested();
    void syncNowRequested();
    void pauseRequested();
    void currentViewChanged(crmlens::ui::DashboardView* view);
    void segmentKeyChosen(const QString& key);

private:
    void buildMenus();

    FilterBar* m_filterBar;
    QLabel* m_filterSummary;
    QTabWidget* m_tabs;
    SyncStatus* m_syncStatus;
    QLabel* m_computing;
    QMenu* m_viewMenu = nullptr;
    QList<DashboardView*> m_views;
    QSet<DashboardView*> m_stale; // views that have not been shown the newest data yet
    session::DashboardData m_data;
};

} // namespace crmlens::ui
