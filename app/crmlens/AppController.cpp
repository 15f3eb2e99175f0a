#include "app/crmlens/AppController.h"

#include "core/session/QueryDefaults.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/theme/Theme.h"
#include "ui/workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

namespace crmlens::app {

namespace {

// The demo plan's limit: slow enough that the first minutes show the partial-data states, fast
// enough that the whole demo is synced in a few minutes.
constexpr int kDemoRateLimitPerMinute = 600;
// Screenshots want the finished demo quickly. A limit the simulator announces in its headers (an
// unlimited one announces none, and the client then keeps its cautious default pace).
constexpr int kScreenshotRateLimitPerMinute = 120000;

// Long enough for the metrics thread's change coalescing and one computation on the demo store.
constexpr int kSettleDelayMs = 1500;

QString accountDatabasePath(const QString& accountId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/accounts");
    QDir().mkpath(dir);
    return QDir(dir).filePath(accountId + QStringLiteral(".sqlite"));
}

void removeStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

AppController::AppController(ui::MainWindow& window, AppSettings& settings, QObject* parent)
    : QObject(parent), m_window(window), m_settings(settings)
{
    connect(&m_window, &ui::MainWindow::settingsRequested, this, &AppController::editSettings);
    connect(&m_demo, &DemoWorkspace::stateChanged, &m_window, &ui::MainWindow::showConnectionState);
    connect(&m_demo, &DemoWorkspace::failed, this, [this](const QString& message) {
        m_window.showConnectionState(message);
        // The last synced demo stays usable without the simulator.
        if (!m_forScreenshots && QFile::exists(DemoWorkspace::databasePath())) {
            openWorkspace({}, {}, DemoWorkspace::databasePath(), DemoWorkspace::timeZoneId(), false);
            return;
        }
        Q_EMIT settled();
    });
    connect(&m_demo, &DemoWorkspace::ready, this, [this](const QUrl& baseUrl) {
        QString path;
        if (m_forScreenshots) {
            m_scratch = std::make_unique<QTemporaryDir>();
            path = QDir(m_scratch->path()).filePath(QStringLiteral("demo.sqlite"));
        } else {
            // The simulator regenerates the demo business around today on every start, so the
            // previous demo store would mix two timelines: start it afresh.
            path = DemoWorkspace::databasePath();
            removeStore(path);
        }
        openWorkspace(baseUrl, DemoWorkspace::apiKey(), path, DemoWorkspace::timeZoneId(), !m_forScreenshots);
    });
}

AppController::~AppController() = default;

void AppController::openStartupWorkspace()
{
    const QString active = m_settings.activeAccountId();
    if (active.isEmpty()) {
        // After the window is up, so the welcome screen has a parent to sit on.
        QTimer::singleShot(0, this, &AppController::showWelcome);
        return;
    }
    openAccount(active);
}

void AppController::showWelcome()
{
    ui::WelcomeDialog welcome(m_settings, m_secrets, m_transport, m_clock, &m_window);
    if (welcome.exec() != QDialog::Accepted) {
        m_window.showConnectionState(tr("Not connected. Choose File → Settings to connect a CRM, or start the demo."));
        return;
    }
    openAccount(welcome.accountId());
}

void AppController::openAccount(const QString& accountId)
{
    const std::optional<AccountInfo> account = m_settings.account(accountId);
    if (!account) {
        showWelcome();
        return;
    }
    if (account->kind == AccountInfo::Kind::Demo) {
        openDemo(false);
        return;
    }
    m_window.showConnectionState(tr("Opening %1…").arg(account->displayName));
    const QString baseUrl = account->baseUrl;
    const QString zone = m_settings.timeZoneId();
    m_secrets.readSecret(accountId, [this, accountId, baseUrl, zone](Result<QString> key) {
        if (!key) {
            // The store still opens: yesterday's figures beat an empty window.
            m_window.showConnectionState(
                tr("The API key could not be read from the keychain (%1). Showing the stored data; "
                   "enter the key again in File → Settings.")
                    .arg(key.error().message));
            openWorkspace({}, {}, accountDatabasePath(accountId), zone, false);
            return;
        }
        openWorkspace(QUrl(baseUrl), key.value(), accountDatabasePath(accountId), zone, true);
    });
}

void AppController::editSettings()
{
    ui::SettingsDialog dialog(m_settings, m_secrets, &m_window);
    connect(&dialog, &ui::SettingsDialog::applied, this, [this] {
        ui::Theme::apply(*qApp, m_settings.theme());
        if (m_workspace) {
            metrics::MetricsQuery defaults = session::queryDefaults(m_settings);
            if (m_settings.followsSystemTimeZone() && m_workspace->currentQuery().zone.isValid())
                defaults.zone = m_workspace->currentQuery().zone;
            m_workspace->setQueryDefaults(defaults);
        }
    });
    dialog.exec();
}

void AppController::openDemo(bool forScreenshots)
{
    m_forScreenshots = forScreenshots;
    m_demo.start(forScreenshots ? kScreenshotRateLimitPerMinute : kDemoRateLimitPerMinute);
}

void AppController::openWorkspace(const QUrl& baseUrl, const QString& apiKey, const QString& databasePath,
                                  const QString& zoneId, bool watch)
{
    ui::WorkspaceConfig config;
    config.connection.baseUrl = baseUrl.toString();
    config.connection.apiKey = apiKey;
    config.connection.databasePath = databasePath;
    config.queryDefaults = session::queryDefaults(m_settings);
    // The demo business keeps its own zone unless the user chose one.
    if (!zoneId.isEmpty() && (baseUrl.isEmpty() || m_settings.followsSystemTimeZone()))
        config.queryDefaults.zone = QTimeZone(zoneId.toUtf8());
    config.rateLimitPerMinute = m_settings.requestsPerMinute();
    config.watch = watch;
    m_workspace = std::make_unique<ui::Workspace>(std::move(config), &m_window);
    connect(m_workspace.get(), &ui::Workspace::syncSettled, this, &AppController::onSyncSettled);
    connect(m_workspace.get(), &ui::Workspace::syncFinished, this, [this](const sync::SyncSummary& summary) {
        if (!summary.cancelled)
            onSyncSettled(); // in watch mode the first finished round is the moment the demo is complete
    });
    connect(m_workspace.get(), &ui::Workspace::snapshotShown, this, [this] {
        if (!m_awaitingFinalSnapshot)
            return;
        m_awaitingFinalSnapshot = false;
        Q_EMIT settled();
    });
    m_workspace->start();
    if (baseUrl.isEmpty())
        onSyncSettled(); // offline: nothing to wait for but the figures
}

void AppController::onSyncSettled()
{
    if (m_awaitingFinalSnapshot)
        return;
    // Ask again once the store is quiet, so the figures that follow include the whole round.
    QTimer::singleShot(kSettleDelayMs, this, [this] {
        if (!m_workspace)
            return;
        m_awaitingFinalSnapshot = true;
        m_workspace->metrics().setQuery(m_workspace->currentQuery());
    });
}

} // namespace crmlens::app
