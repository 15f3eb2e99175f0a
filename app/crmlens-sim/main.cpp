// crmlens-sim: a stand-in for a tenant of the CRM API on loopback. Parses options, generates the
// workspace, wires clock, server and webhooks, and prints the base URL as its first line.
#include "Version.h"
#include "core/common/Clock.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimRenderDump.h"
#include "core/sim/SimRenderer.h"
#include "core/sim/SimServer.h"
#include "core/sim/SimWebhookDispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace crmlens;
using namespace crmlens::sim;

namespace {

struct Options
{
    quint16 port = 0;
    GeneratorConfig generator;
    SimServerConfig server;
    bool live = false;
    double speed = 1.0;
    QUrl webhookUrl;
    QByteArray webhookSecret;
    QString dumpFile;
};

// Reads typed option values; the first bad value is kept as the one-line error to report.
class OptionReader
{
public:
    explicit OptionReader(const QCommandLineParser& parser) : m_parser(parser) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    qint64 wholeNumber(const QString& name, qint64 min, qint64 max)
    {
        bool ok = false;
        const QString text = m_parser.value(name);
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < min || v > max) {
            fail(QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text));
            return min;
        }
        return v;
    }

    double realNumber(const QString& name, double min, double max)
    {
        bool ok = false;
        const QString text = m_parser.value(name);
        const double v = text.toDouble(&ok);
        if (!ok || v < min || v > max) {
            fail(QStringLiteral("--%1: expected a number from %2 to %3, got \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text));
            return min;
        }
        return v;
    }

    // "2026-03-01T12:00:00Z" or unix seconds.
    std::int64_t time(const QString& name)
    {
        const QString text = m_parser.value(name);
        bool isNumber = false;
        const qint64 secs = text.toLongLong(&isNumber);
        if (isNumber)
            return secs;
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid())
            fail(QStringLiteral("--%1: expected an ISO 8601 time or unix seconds, got \"%2\"").arg(name, text));
        return at.isValid() ? at.toSecsSinceEpoch() : 0;
    }

    // "30" or "30-60" seconds.
    void lag(const QString& name, GeneratorConfig& config)
    {
        const QString text = m_parser.value(name);
        const QStringList parts = text.split(QLatin1Char('-'));
        bool okMin = false;
        bool okMax = false;
        const int lo = parts.value(0).toInt(&okMin);
        const int hi = parts.size() == 2 ? parts.value(1).toInt(&okMax) : lo;
        if (parts.size() == 1)
            okMax = okMin;
        if (parts.size() > 2 || !okMin || !okMax || lo < 0 || hi < lo || hi > 86400) {
            fail(QStringLiteral("--%1: expected MIN or MIN-MAX seconds (0 to 86400), got \"%2\"").arg(name, text));
            return;
        }
        config.messageLagMinSecs = lo;
        config.messageLagMaxSecs = hi;
    }

private:
    const QCommandLineParser& m_parser;
    QString m_error;
};

void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: a free port)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("api-key"), QStringLiteral("The API-KEY every request must carry."), QStringLiteral("KEY"),
         QStringLiteral("sim-key")},
        {QStringLiteral("tenant"), QStringLiteral("Field names and shapes: chatnation or voll."),
         QStringLiteral("NAME"), QStringLiteral("chatnation")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per minute per key (0: unlimited)."),
         QStringLiteral("N"), QStringLiteral("60")},
        {QStringLiteral("faults"),
         QStringLiteral("Faults to inject: 5xx, success-false, truncate, slow, hang, shift, bad-records or all."),
         QStringLiteral("LIST")},
        {QStringLiteral("fault-rate"), QStringLiteral("Share of requests that start a fault."), QStringLiteral("P"),
         QStringLiteral("0.05")},
        {QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault sequence."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("hang-seconds"), QStringLiteral("A hanging reply's connection closes after this long."),
         QStringLiteral("N"), QStringLiteral("90")},
        {QStringLiteral("live"), QStringLiteral("Let the sim clock run with real time.")},
        {QStringLiteral("now"), QStringLiteral("Start time, ISO 8601 or unix seconds (default: this minute)."),
         QStringLiteral("TIME")},
        {QStringLiteral("speed"), QStringLiteral("Sim seconds per real second in live mode."), QStringLiteral("X"),
         QStringLiteral("1")},
        {QStringLiteral("message-lag"), QStringLiteral("Seconds before a message is listed: MIN or MIN-MAX."),
         QStringLiteral("MIN[-MAX]"), QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("Workspace seed."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("contacts"), QStringLiteral("Contacts over the whole timeline."), QStringLiteral("N"),
         QStringLiteral("2000")},
        {QStringLiteral("days"), QStringLiteral("Days of history before now."), QStringLiteral("N"),
         QStringLiteral("120")},
        {QStringLiteral("campaigns"), QStringLiteral("Campaigns (-1: about one per three days)."), QStringLiteral("N"),
         QStringLiteral("-1")},
        {QStringLiteral("messages-per-contact"), QStringLiteral("Average messages per contact."), QStringLiteral("N"),
         QStringLiteral("20")},
        {QStringLiteral("horizon-days"), QStringLiteral("Days of future generated for live mode."), QStringLiteral("N"),
         QStringLiteral("2")},
        {QStringLiteral("webhook-url"), QStringLiteral("POST Meta-format events to this loopback URL."),
         QStringLiteral("URL")},
        {QStringLiteral("webhook-secret"), QStringLiteral("App secret that signs the webhook bodies."),
         QStringLiteral("S")},
        {QStringLiteral("dump"), QStringLiteral("Write the whole state at now as JSON to FILE and exit."),
         QStringLiteral("FILE")},
    });
}

std::optional<Options> readOptions(const QCommandLineParser& parser, QString& error)
{
    OptionReader r(parser);
    if (!parser.positionalArguments().isEmpty())
        r.fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    Options o;
    o.port = static_cast<quint16>(r.wholeNumber(QStringLiteral("port"), 0, 65535));
    o.server.apiKey = parser.value(QStringLiteral("api-key")).toUtf8();
    if (o.server.apiKey.isEmpty())
        r.fail(QStringLiteral("--api-key: the key cannot be empty"));
    const QString tenantName = parser.value(QStringLiteral("tenant"));
    const auto tenant = SimRenderer::parseTenant(tenantName);
    if (!tenant)
        r.fail(QStringLiteral("--tenant: expected chatnation or voll, got \"%1\"").arg(tenantName));
    o.server.tenant = tenant.value_or(Tenant::ChatNation);
    o.server.rateLimitPerMinute = static_cast<int>(r.wholeNumber(QStringLiteral("rate-limit"), 0, 1'000'000));
    QString faultError;
    const auto kinds = SimFaultConfig::parseKinds(parser.value(QStringLiteral("faults")), &faultError);
    if (!kinds)
        r.fail(QStringLiteral("--faults: ") + faultError);
    o.server.faults.kinds = kinds.value_or(0);
    o.server.faults.rate = r.realNumber(QStringLiteral("fault-rate"), 0.0, 1.0);
    o.server.faults.seed = static_cast<std::uint64_t>(r.wholeNumber(QStringLiteral("fault-seed"), 0, INT64_MAX));
    o.server.hangSeconds = static_cast<int>(r.wholeNumber(QStringLiteral("hang-seconds"), 0, 86400));

    o.live = parser.isSet(QStringLiteral("live"));
    o.speed = r.realNumber(QStringLiteral("speed"), 0.001, 1'000'000.0);
    GeneratorConfig& g = o.generator;
    g.now = parser.isSet(QStringLiteral("now")) ? r.time(QStringLiteral("now"))
                                                : QDateTime::currentSecsSinceEpoch() / 60 * 60;
    r.lag(QStringLiteral("message-lag"), g);
    g.seed = static_cast<std::uint64_t>(r.wholeNumber(QStringLiteral("seed"), 0, INT64_MAX));
    g.contacts = static_cast<int>(r.wholeNumber(QStringLiteral("contacts"), 0, 10'000'000));
    g.days = static_cast<int>(r.wholeNumber(QStringLiteral("days"), 1, 3650));
    g.campaigns = static_cast<int>(r.wholeNumber(QStringLiteral("campaigns"), -1, 100'000));
    g.messagesPerContact = r.realNumber(QStringLiteral("messages-per-contact"), 0.0, 10'000.0);
    g.liveHorizonDays = static_cast<int>(r.wholeNumber(QStringLiteral("horizon-days"), 0, 365));

    if (parser.isSet(QStringLiteral("webhook-url"))) {
        o.webhookUrl = QUrl(parser.value(QStringLiteral("webhook-url")));
        QString why;
        if (!SimWebhookDispatcher::isAllowedUrl(o.webhookUrl, &why))
            r.fail(QStringLiteral("--webhook-url: ") + why);
        o.webhookSecret = parser.value(QStringLiteral("webhook-secret")).toUtf8();
        if (o.webhookSecret.isEmpty())
            r.fail(QStringLiteral("--webhook-url needs --webhook-secret to sign the events"));
    } else if (parser.isSet(QStringLiteral("webhook-secret"))) {
        r.fail(QStringLiteral("--webhook-secret without --webhook-url"));
    }
    o.dumpFile = parser.value(QStringLiteral("dump"));
    if (r.failed()) {
        error = r.error();
        return std::nullopt;
    }
    return o;
}

// SIGINT / SIGTERM end the event loop through a socket pair: the handler only writes a byte.
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "crmlens-sim: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmlens-sim"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(crmlens::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The CRM simulator: the CRM API on 127.0.0.1, generated data, rate limits and faults.\n"
                       "Paging: limit above 100 is clamped to 100; a page or limit that is not a positive\n"
                       "integer is answered with 422 VALIDATION_ERROR."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    addOptions(parser);
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), 2);
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    QString optionError;
    const std::optional<Options> parsed = readOptions(parser, optionError);
    if (!parsed)
        return fail(optionError, 2);
    const Options& options = *parsed;

    const SimWorkspace workspace = generateWorkspace(options.generator);
    SystemClock realClock;
    std::unique_ptr<SimClock> clock = options.live ? std::make_unique<SimClock>(workspace.now, realClock, options.speed)
                                                   : std::make_unique<SimClock>(workspace.now);
    clock->setEnd(workspace.endsAt);

    if (!options.dumpFile.isEmpty()) {
        SimRenderer renderer(workspace, options.server.tenant);
        QSaveFile file(options.dumpFile);
        if (!file.open(QIODevice::WriteOnly) || !SimRenderDump::writeDump(renderer, clock->now(), file) ||
            !file.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(options.dumpFile, file.errorString()), 1);
        return 0;
    }

    SimServer server(workspace, *clock, options.server, realClock);
    if (!server.listen(options.port))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(options.port).arg(server.errorString()), 1);

    std::unique_ptr<SimWebhookDispatcher> webhooks;
    if (!options.webhookUrl.isEmpty()) {
        webhooks = std::make_unique<SimWebhookDispatcher>(workspace, *clock, options.webhookUrl, options.webhookSecret);
        QObject::connect(&server, &SimServer::clockMoved, webhooks.get(), &SimWebhookDispatcher::poll);
        webhooks->start();
    }

    quitOnSignals(app);
    // The first line on stdout is the contract with whoever started us (SimulatorProcess, tests).
    std::fprintf(stdout, "%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    server.close();
    return code;
}
