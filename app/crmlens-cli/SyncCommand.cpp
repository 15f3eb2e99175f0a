#include "app/crmlens-cli/SyncCommand.h"

#include "app/crmlens-cli/CliSession.h"
#include "app/crmlens-cli/SyncProgressPrinter.h"
#include "core/store/StoreErrors.h"
#include "core/sync/SyncController.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace crmlens::cli {

namespace {

// SIGINT/SIGTERM end a sync cleanly: the handler only writes a byte to a socket pair, and the
// event loop turns that into cancel(), so checkpoints are committed and the store stays whole.
int g_signalSocket[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSocket[0], &byte, 1);
}

void installTerminationHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSocket) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int runSync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Sync the CRM into the local store: one round by default, rounds on the cadence with --watch. "
               "The API key is read from CRMLENS_API_KEY."));
    parser.addHelpOption();
    CliSession::addConnectionOptions(parser);
    addDatabaseOption(parser);
    const QCommandLineOption watchOption(QStringLiteral("watch"),
                                         QCoreApplication::translate("cli", "Keep syncing on the cadence until interrupted."));
    parser.addOption(watchOption);
    parser.process(arguments);

    const std::optional<CliConnection> connection = CliSession::readConnection(parser);
    if (!connection)
        return 2;
    const std::optional<QString> databasePath = readDatabasePath(parser);
    if (!databasePath)
        return 2;

    sync::SyncConnection syncConnection;
    syncConnection.baseUrl = connection->endpoint.baseUrl().toString();
    syncConnection.apiKey = connection->apiKey;
    syncConnection.databasePath = *databasePath;
    syncConnection.client.pacing.limitPerMinute = connection->rateLimit;

    sync::SyncOptions options;
    options.watch = parser.isSet(watchOption);
    options.rateLimitPerMinute = connection->rateLimit;

    sync::SyncController controller(syncConnection);
    SyncProgressPrinter printer;
    std::optional<Error> failure;
    std::optional<sync::SyncSummary> lastSummary;
    bool interrupted = false;

    installTerminationHandlers();
    QSocketNotifier signalNotifier(g_signalSocket[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &controller, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t bytesRead = ::read(g_signalSocket[1], &byte, 1);
        if (interrupted)
            return;
        interrupted = true;
        printer.finishLine();
        standardError() << QCoreApplication::translate("cli", "Stopping: finishing the page in hand…") << Qt::endl;
        controller.cancel();
    });

    QEventLoop loop;
    QObject::connect(&controller, &sync::SyncController::ready, &controller, [&] { controller.start(options); });
    QObject::connect(&controller, &sync::SyncController::progress, &controller,
                     [&](const sync::SyncProgress& progress) { printer.show(progress); });
    QObject::connect(&controller, &sync::SyncController::warning, &controller,
                     [&](const QString& message) { printer.warning(message); });
    QObject::connect(&controller, &sync::SyncController::finished, &controller, [&](const sync::SyncSummary& summary) {
        printer.finishLine();
        printSyncSummary(summary);
        lastSummary = summary;
    });
    QObject::connect(&controller, &sync::SyncController::failed, &controller, [&](const Error& error) {
        failure = error;
        loop.quit(); // a failure at launch is never followed by stopped()
    });
    QObject::connect(&controller, &sync::SyncController::stopped, &loop, &QEventLoop::quit);
    controller.launch();
    loop.exec();
    controller.shutdown();
    printer.finishLine();

    if (failure) {
        QString message = failure->message;
        if (store::isCorruptionError(*failure))
            message += QCoreApplication::translate("cli", " Run 'crmlens-cli rebuild --db %1' to move it aside and start "
                                                          "a new store.")
                           .arg(*databasePath);
        return fail(message, exitCodeFor(*failure));
    }
    if (interrupted)
        return 130; // the shell's convention for "ended by a signal"
    if (!lastSummary)
        return fail(QCoreApplication::translate("cli", "The sync stopped without finishing a round."));
    if (!lastSummary->complete)
        return fail(QCoreApplication::translate("cli", "The round left work undone (%1 chats failed, %2 requests failed); "
                                                       "the next run retries it.")
                        .arg(lastSummary->chatsFailed)
                        .arg(lastSummary->failedRequests),
                    5);
    return 0;
}

} // namespace crmlens::cli
