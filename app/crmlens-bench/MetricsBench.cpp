#include "app/crmlens-bench/MetricsBench.h"

#include "app/crmlens-bench/PeakMemory.h"

#include "core/sim/SimStoreWriter.h"
#include "core/common/Clock.h"
#include "core/metrics/MetricsEngine.h"
#include "core/metrics/ZoneCalendar.h"
#include "core/sim/SimGenerator.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>


#include <algorithm>
#include <cstdio>

namespace crmlens::bench {

namespace {

const QString kZone = QStringLiteral("Africa/Nairobi");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// A clock the builder moves to each pass's time; between passes it stands still.
class SettableClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_timer.monotonicMs(); }
    void set(qint64 unixSecs) { m_now = QDateTime::fromSecsSinceEpoch(unixSecs, Qt::UTC); }

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    SystemClock m_timer;
};

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int runBuildStore(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Store to create."), QStringLiteral("FILE"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Contacts."), QStringLiteral("N"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages."), QStringLiteral("M"));
    parser.addOptions({db, contacts, messages});
    parser.process(arguments);
    const int n = parser.value(contacts).toInt();
    const qint64 m = parser.value(messages).toLongLong();

    QElapsedTimer timer;
    timer.start();
    sim::GeneratorConfig config;
    config.contacts = n;
    config.liveHorizonDays = 0;
    config.messagesPerContact = n > 0 ? double(m) / double(n) : 0;
    sim::SimWorkspace ws = sim::generateWorkspace(config);
    // Some generated messages are never listed (contacts deleted before the first pass): scale
    // once so the store holds about the number asked for.
    const qint64 stored = sim::SimStoreWriter::storedMessages(ws);
    if (stored > 0 && m > 0) {
        config.messagesPerContact *= double(m) / double(stored);
        ws = sim::generateWorkspace(config);
    }
    err() << "generated " << ws.contacts.size() << " contacts, " << ws.messages.size() << " messages in "
          << timer.restart() << " ms" << Qt::endl;

    SettableClock clock;
    clock.set(ws.now);
    store::OpenOptions options;
    options.clock = &clock;
    auto opened = store::Database::open(parser.value(db), options);
    if (!opened) {
        err() << "cannot open the store: " << opened.error().message << Qt::endl;
        return 1;
    }
    sim::SimStoreWriter::Progress progress;
    const Error error = sim::SimStoreWriter::build(
        *opened.value(), ws, [&](qint64 t) { clock.set(t); }, progress);
    if (error.isError()) {
        err() << "cannot build the store: " << error.message << Qt::endl;
        return 1;
    }
    err() << "stored " << progress.contacts << " contacts, " << progress.messages << " messages, " << progress.campaigns
          << " campaigns in " << timer.restart() << " ms" << Qt::endl;
    return 0;
}

int runMetricsBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time the metrics engine on a generated store."));
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts (default 100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages (default 2000000)."),
                                            QStringLiteral("M"), QStringLiteral("2000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Use (or create, when missing) this store instead of a "
                                                     "temporary one."),
                                      QStringLiteral("FILE"));
    parser.addOptions({contactsOption, messagesOption, runsOption, dbOption});
    parser.process(arguments);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.db"));
    if (!QFileInfo::exists(path)) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("build-store"), QStringLiteral("--db"), path, QStringLiteral("--contacts"),
                     parser.value(contactsOption), QStringLiteral("--messages"), parser.value(messagesOption)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            err() << "building the store failed" << Qt::endl;
            return 1;
        }
    }

    auto opened = store::Database::open(path);
    if (!opened) {
        err() << "cannot open the store: " << opened.error().message << Qt::endl;
        return 1;
    }
    store::Database& db = *opened.value();
    QElapsedTimer timer;

    qint64 contacts = 0;
    qint64 messages = 0;
    std::vector<double> scans;
    for (int r = 0; r < runs; ++r) {
        QSqlQuery q(db.connection());
        timer.start();
        q.exec(QStringLiteral("SELECT count(*), sum(length(content)) FROM messages"));
        q.next();
        scans.push_back(double(timer.nsecsElapsed()) / 1e6);
        messages = q.value(0).toLongLong();
    }
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM contacts"));
        q.next();
        contacts = q.value(0).toLongLong();
    }

    metrics::MetricsEngine engine(db);
    timer.start();
    if (Error e = engine.refresh(); e.isError()) {
        err() << "refresh failed: " << e.message << Qt::endl;
        return 1;
    }
    err() << "first refresh (derive what is missing, load the cache): " << timer.elapsed() << " ms, "
          << engine.cache().lastRefresh().chatsDerived << " chats derived" << Qt::endl;

    // The newest message day in the workspace zone is "today".
    qint64 newest = 0;
    for (const auto& f : engine.cache().facts()) {
        if (!f.inbound.empty())
            newest = std::max(newest, f.inbound.back().tsMs);
    }
    const QTimeZone zone(kZone.toUtf8());
    const QDate today = QDateTime::fromMSecsSinceEpoch(newest, zone).date();

    const auto timeQuery = [&](const metrics::MetricsQuery& query) -> double {
        std::vector<double> times;
        for (int r = 0; r < runs; ++r) {
            timer.start();
            auto snapshot = engine.compute(query);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!snapshot) {
                err() << "compute failed: " << snapshot.error().message << Qt::endl;
                return -1;
            }
        }
        return median(times);
    };
    metrics::MetricsQuery base;
    base.zone = zone;
    base.period = metrics::Period::preset(metrics::Period::Preset::Last30Days, today);
    const double d30 = timeQuery(base);
    metrics::MetricsQuery year = base;
    year.period = metrics::Period{today.addDays(-364), today.addDays(1)};
    const double d365 = timeQuery(year);

    // Filter changes: the most common segment value, an operator, a country.
    std::vector<double> filters;
    {
        metrics::MetricsQuery q = base;
        q.filter.segmentKey = QStringLiteral("source");
        q.filter.segmentValue = QStringLiteral("website");
        filters.push_back(timeQuery(q));
        const auto& strings = engine.cache().strings();
        for (const auto& c : engine.cache().contacts()) {
            if (c.operatorName >= 0) {
                q = base;
                q.filter.operatorName = strings.text(c.operatorName);
                break;
            }
        }
        filters.push_back(timeQuery(q));
        q = base;
        q.filter.country = QStringLiteral("KE");
        filters.push_back(timeQuery(q));
    }
    const double filterChange = median(filters);

    // Incremental: 1% of the chats get a new message, then the sync's hook re-derives them.
    QStringList chats;
    for (const auto& c : engine.cache().contacts()) {
        if (c.known && !c.deletions.size())
            chats << c.chatId;
    }
    const qsizetype touched = std::max<qsizetype>(1, chats.size() / 100);
    std::vector<double> incremental;
    for (int r = 0; r < runs; ++r) {
        QStringList batch;
        for (qsizetype i = 0; i < touched; ++i)
            batch << chats[(qsizetype(r) * touched + i * 97) % chats.size()];
        if (Error e = sim::SimStoreWriter::touchChats(db, batch, newest / 1000 + 60 + r, r); e.isError()) {
            err() << "touching chats failed: " << e.message << Qt::endl;
            return 1;
        }
        timer.start();
        auto done = engine.refreshDerived(batch);
        incremental.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!done) {
            err() << "incremental update failed: " << done.error().message << Qt::endl;
            return 1;
        }
    }
    const double afterIncremental = timeQuery(base);
    err() << "30-day dashboards after the incremental updates: " << number(afterIncremental) << " ms" << Qt::endl;

    QTextStream out(stdout);
    out << "{\"contacts\": " << contacts << ", \"messages\": " << messages
        << ", \"sqlite_scan_ms\": " << number(median(scans)) << ", \"dashboards_30d_ms\": " << number(d30)
        << ", \"dashboards_365d_ms\": " << number(d365) << ", \"filter_change_ms\": " << number(filterChange)
        << ", \"incremental_update_ms\": " << number(median(incremental))
        << ", \"peak_rss_mb\": " << number(peakRssMegabytes()) << "}" << Qt::endl;
    return 0;
}

} // namespace crmlens::bench
