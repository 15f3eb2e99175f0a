#include "app/crmlens/AppController.h"

#include "ui/MainWindow.h"
#include "ui/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTimer>

namespace crmlens::app {

namespace {

// The demo plan's limit: slow enough that the first minutes show the partial-data states, fast
// enough that the whole demo is synced in a few minutes.
constexpr int kDemoRateLimitPerMinute = 600;

// Long enough for the metrics thread's change coalescing and one computation on the demo store.
constexpr int kSettleDelayMs = 1500;

void removeStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

AppController::AppController(ui::MainWindow& window, QObject* parent) : QObject(parent), m_window(window)
{
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

void AppController::openDemo(bool forScreenshots)
{
    m_forScreenshots = forScreenshots;
    m_demo.start(forScreenshots ? 0 : kDemoRateLimitPerMinute);
}

void AppController::openWorkspace(const QUrl& baseUrl, const QString& apiKey, const QString& databasePath,
                                  const QString& zoneId, bool watch)
{
    ui::WorkspaceConfig config;
    config.connection.baseUrl = baseUrl.toString();
    config.connection.apiKey = apiKey;
    config.connection.databasePath = databasePath;
    config.queryDefaults.zone = QTimeZone(zoneId.toUtf8());
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
