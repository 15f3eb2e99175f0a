#include "app/crmlens-bench/UiStallBench.h"

#include "core/session/MetricsService.h"
#include "core/sim/SimulatorProcess.h"
#include "core/sync/SyncTypes.h"
#include "ui/MainWindow.h"
#include "ui/dashboards/StandardViews.h"
#include "ui/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace crmlens::bench {

namespace {

// Ticks every few milliseconds; the time between two ticks beyond the interval is how long the
// event loop was busy with something else.
class StallProbe : public QObject
{
public:
    static constexpr int kIntervalMs = 5;

    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_stallsMs.push_back(std::max(0.0, double(now - m_last) / 1e6 - kIntervalMs));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double maxMs() const { return m_stallsMs.empty() ? 0 : *std::max_element(m_stallsMs.begin(), m_stallsMs.end()); }
    double percentileMs(double p) const
    {
        if (m_stallsMs.empty())
            return 0;
        std::vector<double> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    qint64 countOver(double ms) const
    {
        return std::count_if(m_stallsMs.begin(), m_stallsMs.end(), [ms](double s) { return s > ms; });
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_stallsMs;
};

} // namespace

int runUiStallBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The longest event-loop stall of the desktop app during a first sync of the demo workspace."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("The demo plan's requests per minute."), QStringLiteral("n"),
                      QStringLiteral("600")});
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts of the demo business."), QStringLiteral("n"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("switch-tabs-ms"),
                      QStringLiteral("Show the next tab this often, as a user looking around would (0: stay on the first)."),
                      QStringLiteral("ms"), QStringLiteral("0")});
    parser.process(arguments);
    QTextStream err(stderr);

    session::registerSessionMetaTypes();
    sync::registerSyncMetaTypes();
    sim::SimulatorProcess simulator;
    const QString key = QStringLiteral("bench-key");
    simulator.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--live"),
                     QStringLiteral("--contacts"), parser.value(QStringLiteral("contacts")),
                     QStringLiteral("--rate-limit"), parser.value(QStringLiteral("rate-limit"))},
                    key);
    if (!simulator.waitUntilReady(120000)) {
        err << "the simulator did not start" << Qt::endl;
        return 1;
    }

    QTemporaryDir dir;
    ui::MainWindow window;
    ui::addStandardViews(window);
    window.resize(1600, 1000);
    window.show();
    ui::WorkspaceConfig config;
    config.connection.baseUrl = simulator.baseUrl().toString();
    config.connection.apiKey = key;
    config.connection.databasePath = QDir(dir.path()).filePath(QStringLiteral("demo.sqlite"));
    config.queryDefaults.zone = QTimeZone("Africa/Nairobi");
    config.watch = false;
    ui::Workspace workspace(config, &window);

    qint64 snapshots = 0;
    QObject::connect(&workspace, &ui::Workspace::snapshotShown, [&snapshots] { ++snapshots; });
    // A user looks around while the sync runs: every tab gets drawn with the figures of the moment.
    QTimer tabCycler;
    QObject::connect(&tabCycler, &QTimer::timeout, [&window] {
        window.tabs()->setCurrentIndex((window.tabs()->currentIndex() + 1) % window.tabs()->count());
    });
    if (const int every = parser.value(QStringLiteral("switch-tabs-ms")).toInt(); every > 0)
        tabCycler.start(every);

    StallProbe probe;
    QEventLoop done;
    QObject::connect(&workspace, &ui::Workspace::syncSettled, &done, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    workspace.start();
    done.exec();
    // The figures that follow the last page, drawn.
    QTimer::singleShot(3000, &done, &QEventLoop::quit);
    done.exec();
    probe.stop();

    QTextStream(stdout) << QStringLiteral(
                               "{\"seconds\": %1, \"snapshots_shown\": %2, \"max_stall_ms\": %3, \"p99_stall_ms\": %4, "
                               "\"stalls_over_50ms\": %5}")
                               .arg(double(elapsed.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(snapshots)
                               .arg(probe.maxMs(), 0, 'f', 1)
                               .arg(probe.percentileMs(0.99), 0, 'f', 1)
                               .arg(probe.countOver(50))
                        << Qt::endl;
    workspace.shutdown();
    return 0;
}

} // namespace crmlens::bench
