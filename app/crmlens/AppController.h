#pragma once

#include "app/crmlens/DemoWorkspace.h"
#include "core/api/KeychainSecretStore.h"
#include "core/api/NetworkTransport.h"
#include "core/common/AppSettings.h"
#include "core/common/Clock.h"

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
    AppController(ui::MainWindow& window, AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // Without --demo: opens the active account, or asks with the welcome screen when there is none.
    void openStartupWorkspace();
    // The settings dialog; what it changes reaches the open workspace and the theme at once.
    void editSettings();

    // The demo: starts the simulator and syncs it into the demo store. `forScreenshots` syncs one
    // round at full speed into a temporary store instead of watching at the demo plan's pace.
    void openDemo(bool forScreenshots);

    ui::Workspace* workspace() const { return m_workspace.get(); }

Q_SIGNALS:
    // A first round has finished (or failed) and the figures computed after it are on screen.
    void settled();

private:
    void openAccount(const QString& accountId);
    void showWelcome();
    void openWorkspace(const QUrl& baseUrl, const QString& apiKey, const QString& databasePath, const QString& zoneId,
                       bool watch);
    void onSyncSettled();

    ui::MainWindow& m_window;
    AppSettings& m_settings;
    api::KeychainSecretStore m_secrets;
    api::NetworkTransport m_transport;
    SystemClock m_clock;
    DemoWorkspace m_demo;
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_scratch;
    bool m_forScreenshots = false;
    bool m_awaitingFinalSnapshot = false;
};

} // namespace crmlens::app
