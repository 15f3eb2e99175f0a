#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace crmlens::ui {

// Hosts the dashboards, menus and status bar. Stays small: every view lives in its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    // One line of plain words about the connection or sync state.
    void showConnectionState(const QString& text);

private:
    void buildTabs();
    void buildMenus();

    QTabWidget* m_tabs;
    QLabel* m_connectionState;
};

} // namespace crmlens::ui
