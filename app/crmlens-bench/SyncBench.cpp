#include "app/crmlens-bench/SyncBench.h"

#include "app/crmlens-bench/PeakMemory.h"

#include "core/sim/SimClock.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimServer.h"
#include "core/sync/SyncController.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>


namespace crmlens::bench {

namespace {

const QByteArray kBenchKey = QByteArrayLiteral("bench-key");

} // namespace

int runSyncBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("First sync of a generated workspace at an unlimited rate."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts to generate."), QStringLiteral("n"),
                      QStringLiteral("20000")});
    parser.addOption({QStringLiteral("messages-per-contact"), QStringLiteral("Average messages per contact."),
                      QStringLiteral("m"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Requests in flight at once."), QStringLiteral("n"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store file (default: a temporary one)."), QStringLiteral("file")});
    parser.process(arguments);

    sim::GeneratorConfig generator;
    generator.seed = 42;
    generator.contacts = parser.value(QStringLiteral("contacts")).toInt();
    generator.messagesPerContact = parser.value(QStringLiteral("messages-per-contact")).toDouble();
    const sim::SimWorkspace workspace = sim::generateWorkspace(generator);

    // The simulator answers on the main thread; the sync runs on its own worker thread.
    SystemClock realClock;
    sim::SimClock simClock(workspace.now);
    simClock.setEnd(workspace.endsAt);
    sim::SimServerConfig serverConfig;
    serverConfig.apiKey = kBenchKey;
    serverConfig.rateLimitPerMinute = 0;
    sim::SimServer server(workspace, simClock, serverConfig, realClock);
    if (!server.listen(0)) {
        QTextStream(stderr) << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }

    QTemporaryDir dir;
    sync::SyncConnection connection;
    connection.baseUrl = server.baseUrl().toString();
    connection.apiKey = QString::fromLatin1(kBenchKey);
    connection.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                 : dir.filePath(QStringLiteral("bench.sqlite"));
    connection.client.pacing.limitPerMinute = 0;
    connection.client.maxConcurrent = parser.value(QStringLiteral("concurrency")).toInt();
    connection.settings.pipelineDepth = connection.client.maxConcurrent * 4;

    sync::SyncController controller(connection);
    std::optional<sync::SyncSummary> summary;
    std::optional<Error> failure;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&controller, &sync::SyncController::ready, &controller, [&] {
        timer.start();
        controller.start();
    });
    QObject::connect(&controller, &sync::SyncController::finished, &controller,
                     [&](const sync::SyncSummary& s) { summary = s; });
    QObject::connect(&controller, &sync::SyncController::failed, &controller, [&](const Error& e) {
        failure = e;
        loop.quit();
    });
    QObject::connect(&controller, &sync::SyncController::stopped, &loop, &QEventLoop::quit);
    controller.launch();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    controller.shutdown();

    if (failure || !summary) {
        QTextStream(stderr) << "sync failed: " << (failure ? failure->message : QStringLiteral("no summary")) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "{\"contacts\": " << summary->contactsAdded << ", \"messages\": " << summary->messagesAdded
                        << ", \"seconds\": " << QString::number(seconds, 'f', 3) << ", \"messages_per_s\": "
                        << QString::number(double(summary->messagesAdded) / seconds, 'f', 0)
                        << ", \"requests\": " << summary->requests << ", \"peak_rss_mb\": "
                        << QString::number(peakRssMegabytes(), 'f', 1) << "}" << Qt::endl;
    return 0;
}

} // namespace crmlens::bench
