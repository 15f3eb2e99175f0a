#pragma once

#include "app/crmlens/DemoWorkspace.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace crmlens::ui {
class MainWindow;
class Workspace;
} // namespace crmlens::ui

namespace crmlens::app {

// Opens what the user chose — the demo workspace or a connected CRM — in the window, and knows
// when a workspace has settled (first sync done and its figures shown), which the screenshot mode
// waits for.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(ui::MainWindow& window, QObject* parent = nullptr);
    ~AppController() override;

    // The demo: starts the simulator and syncs it into the demo store. `forScreenshots` syncs one
    // round at full speed into a temporary store instead of watching at the demo plan's pace.
    void openDemo(bool forScreenshots);

    ui::Workspace* workspace() const { return m_workspace.get(); }

Q_SIGNALS:
    // A first round has finished (or failed) and the figures computed after it are on screen.
    void settled();

private:
    void openWorkspace(const QUrl& baseUrl, const QString& apiKey, const QString& databasePath, const QString& zoneId,
                       bool watch);
    void onSyncSettled();

    ui::MainWindow& m_window;
    DemoWorkspace m_demo;
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_scratch;
    bool m_forScreenshots = false;
    bool m_awaitingFinalSnapshot = false;
};

} // namespace crmlens::app
