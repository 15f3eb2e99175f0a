#include "SyncTestRig.h"

#include "core/api/ApiEndpoint.h"
#include "core/sim/SimGenerator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <map>
#include <tuple>

namespace crmlens::test {

namespace {

using WorkspaceKey = std::tuple<std::uint64_t, int, int, int, int, int, int>;

qint64 msOf(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return -1;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -2;
}

qint64 msOf(const QVariant& value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

// Null, empty and absent are one thing in the store ("missing").
QString text(const QJsonValue& value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}

QString text(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString().trimmed();
}

bool same(const QString& a, const QString& b)
{
    return (a.isEmpty() && b.isEmpty()) || a == b;
}

struct StoredContact
{
    QString number, name, email, status, operatorName;
    qint64 createdAt = -1;
    bool deleted = false;
    QMap<QString, QString> fields;
};

struct StoredMessage
{
    QString type, content, direction, status;
    qint64 ts = 0;
};

} // namespace

const sim::SimWorkspace& workspaceFor(const RigOptions& options)
{
    static std::map<WorkspaceKey, std::unique_ptr<sim::SimWorkspace>> cache;
    const WorkspaceKey key{
        options.seed,       options.contacts,  options.days, options.campaigns, int(options.messagesPerContact * 100),
        options.lagMinSecs, options.lagMaxSecs};
    auto it = cache.find(key);
    if (it == cache.end()) {
        sim::GeneratorConfig config;
        config.seed = options.seed;
        config.contacts = options.contacts;
        config.days = options.days;
        config.campaigns = options.campaigns;
        config.messagesPerContact = options.messagesPerContact;
        config.messageLagMinSecs = options.lagMinSecs;
        config.messageLagMaxSecs = options.lagMaxSecs;
        it = cache.emplace(key, std::make_unique<sim::SimWorkspace>(sim::generateWorkspace(config))).first;
    }
    return *it->second;
}

SyncRig::SyncRig(RigOptions options)
    : m_options(std::move(options)), m_workspace(workspaceFor(m_options)), m_simClock(m_workspace.now)
{
    m_simClock.setEnd(m_workspace.endsAt);
    sim::SimServerConfig config;
    config.apiKey = kSimKey;
    config.tenant = m_options.tenant;
    config.rateLimitPerMinute = m_options.rateLimitPerMinute;
    config.hangSeconds = m_options.hangSeconds;
    if (!m_options.faults.isEmpty()) {
        QString error;
        config.faults.kinds = sim::SimFaultConfig::parseKinds(m_options.faults, &error).value_or(0);
        config.faults.rate = m_options.faultRate;
        config.faults.seed = m_options.faultSeed;
    }
    m_server = std::make_unique<sim::SimServer>(m_workspace, m_simClock, config, m_clock);
    m_listening = m_server->listen(0);
    m_recording = std::make_unique<RecordingTransport>(m_network);
    build(kSimKey);
}

SyncRig::~SyncRig()
{
    m_engine.reset();
    m_client.reset();
    m_db.reset();
}

void SyncRig::build(const QByteArray& apiKey)
{
    store::OpenOptions open;
    open.clock = &m_clock;
    auto db = store::Database::open(databasePath(), open);
    if (!db.ok())
        qFatal("cannot open the test store: %s", qPrintable(db.error().message));
    m_db = std::move(db).value();

    api::CrmClientConfig config;
    config.requestTimeoutMs = m_options.clientTimeoutMs;
    config.maxConcurrent = m_options.maxConcurrent;
    config.retry = api::RetryConfig{10, 10, 200, 10};
    config.pacing.limitPerMinute = m_options.rateLimitPerMinute;
    sim::SimServer& server = m_cleanServer ? *m_cleanServer : *m_server;
    m_client = std::make_unique<api::CrmClient>(api::ApiEndpoint::fromBaseUrl(server.baseUrl().toString()).value(),
                                                QString::fromLatin1(apiKey), *m_recording, m_clock, config);
    m_engine = std::make_unique<sync::SyncEngine>(*m_client, *m_db, m_clock, m_options.settings);
    QObject::connect(m_engine.get(), &sync::SyncEngine::finished, m_engine.get(), [this](const sync::SyncSummary& s) {
        m_run.summary = s;
        ++m_run.rounds;
    });
    QObject::connect(m_engine.get(), &sync::SyncEngine::failed, m_engine.get(),
                     [this](const Error& e) { m_run.failure = e; });
    QObject::connect(m_engine.get(), &sync::SyncEngine::warning, m_engine.get(),
                     [this](const QString& w) { m_run.warnings << w; });
    QObject::connect(m_engine.get(), &sync::SyncEngine::stopped, m_engine.get(), [this] { m_run.stopped = true; });
}

void SyncRig::restart(const QByteArray& apiKey)
{
    m_engine.reset();
    m_client.reset();
    m_db.reset();
    build(apiKey.isEmpty() ? kSimKey : apiKey);
}

void SyncRig::switchToCleanServer()
{
    sim::SimServerConfig config;
    config.apiKey = kSimKey;
    config.tenant = m_options.tenant;
    config.rateLimitPerMinute = 0;
    m_cleanServer = std::make_unique<sim::SimServer>(m_workspace, m_simClock, config, m_clock);
    m_listening = m_cleanServer->listen(0);
    restart();
}

void SyncRig::startSync(const sync::SyncOptions& options)
{
    m_run = SyncRun{};
    m_engine->start(options);
}

SyncRun SyncRig::waitSync(int timeoutMs)
{
    // A real event loop: QTest::qWaitFor sleeps between its rounds of events, which would add
    // its naps to every request's answer time.
    if (!m_run.stopped) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(m_engine.get(), &sync::SyncEngine::stopped, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        timeout.start(timeoutMs);
        loop.exec();
        if (!m_run.stopped)
            qWarning("the sync did not stop within %d ms", timeoutMs);
    }
    return m_run;
}

SyncRun SyncRig::sync(const sync::SyncOptions& options, int timeoutMs)
{
    startSync(options);
    return waitSync(timeoutMs);
}

QJsonObject SyncRig::control(const QByteArray& method, const QString& pathAndQuery)
{
    sim::SimServer& server = m_cleanServer ? *m_cleanServer : *m_server;
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server.baseUrl().toString() + pathAndQuery));
    request.setRawHeader("API-KEY", kSimKey);
    QNetworkReply* reply = manager.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(body).object();
}

bool SyncRig::advance(qint64 seconds)
{
    const qint64 before = m_simClock.now();
    control("POST", QStringLiteral("/_sim/advance?seconds=%1").arg(seconds));
    return m_simClock.now() == before + seconds;
}

QJsonObject SyncRig::dump()
{
    return control("GET", QStringLiteral("/_sim/dump"));
}

qint64 SyncRig::scalar(const QString& sql)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList SyncRig::consistencyProblems()
{
    QStringList problems;
    if (Error err = m_db->integrityCheck(); err.isError())
        problems << err.message;
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT s.chat_id, s.message_count, (SELECT count(*) FROM messages m WHERE m.chat_id = "
                              "s.chat_id) FROM chat_sync_state s"));
    while (query.next()) {
        if (query.value(1).toLongLong() != query.value(2).toLongLong())
            problems << QStringLiteral("chat %1: state counts %2 messages, %3 stored")
                            .arg(query.value(0).toString())
                            .arg(query.value(1).toLongLong())
                            .arg(query.value(2).toLongLong());
    }
    query.exec(QStringLiteral("SELECT count(*) FROM messages m LEFT JOIN contacts c ON c.chat_id = m.chat_id "
                              "WHERE c.chat_id IS NULL"));
    if (query.next() && query.value(0).toLongLong() > 0)
        problems << QStringLiteral("%1 messages of unknown chats").arg(query.value(0).toLongLong());
    return problems;
}

QStringList SyncRig::differences(int limit)
{
    QStringList diffs;
    const QJsonObject truth = dump();
    if (truth.isEmpty())
        return {QStringLiteral("no dump")};

    // --- the store ---
    QSqlQuery query(m_db->connection());
    QHash<QString, StoredContact> contacts;
    query.exec(QStringLiteral("SELECT chat_id, whatsapp_number, name, email, created_at, status, operator, deleted_at "
                              "FROM contacts"));
    while (query.next()) {
        StoredContact c;
        c.number = text(query.value(1));
        c.name = text(query.value(2));
        c.email = text(query.value(3));
        c.createdAt = msOf(query.value(4));
        c.status = text(query.value(5));
        c.operatorName = text(query.value(6));
        c.deleted = !query.value(7).isNull();
        contacts.insert(query.value(0).toString(), c);
    }
    query.exec(QStringLiteral("SELECT chat_id, field_key, value FROM contact_custom_fields"));
    while (query.next())
        contacts[query.value(0).toString()].fields.insert(query.value(1).toString(), query.value(2).toString());
    QHash<QString, QHash<QString, StoredMessage>> messages;
    query.exec(QStringLiteral("SELECT chat_id, message_id, type, content, direction, status, ts FROM messages"));
    while (query.next()) {
        StoredMessage m{text(query.value(2)), query.value(3).toString(), text(query.value(4)), text(query.value(5)),
                        query.value(6).toLongLong()};
        messages[query.value(0).toString()].insert(query.value(1).toString(), m);
    }

    // --- contacts, alive ---
    QSet<QString> aliveInDump;
    for (const QJsonValue& v : truth.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QLatin1String("chat_id")).toString();
        aliveInDump.insert(id);
        const auto stored = contacts.constFind(id);
        if (stored == contacts.constEnd()) {
            diffs << QStringLiteral("contact %1 missing").arg(id);
            continue;
        }
        const StoredContact& s = stored.value();
        if (s.deleted)
            diffs << QStringLiteral("contact %1 marked deleted but alive").arg(id);
        if (!same(s.number, text(c.value(QLatin1String("whatsapp_number")))))
            diffs << QStringLiteral("contact %1 number %2").arg(id, s.number);
        if (!same(s.name, text(c.value(QLatin1String("name")))))
            diffs
                << QStringLiteral("contact %1 name '%2' vs '%3'").arg(id, s.name, text(c.value(QLatin1String("name"))));
        if (!same(s.email, text(c.value(QLatin1String("email")))))
            diffs << QStringLiteral("contact %1 email").arg(id);
        if (!same(s.status, text(c.value(QLatin1String("status")))))
            diffs << QStringLiteral("contact %1 status '%2' vs '%3'")
                         .arg(id, s.status, text(c.value(QLatin1String("status"))));
        if (!same(s.operatorName, text(c.value(QLatin1String("operator")))))
            diffs << QStringLiteral("contact %1 operator").arg(id);
        const qint64 created =
            c.value(QLatin1String("sends_created_at")).toBool() ? msOf(c.value(QLatin1String("created_at"))) : -1;
        if (s.createdAt != created)
            diffs << QStringLiteral("contact %1 created_at %2 vs %3").arg(id).arg(s.createdAt).arg(created);
        QMap<QString, QString> fields;
        const QJsonObject f = c.value(QLatin1String("custom_fields")).toObject();
        for (auto it = f.begin(); it != f.end(); ++it)
            fields.insert(it.key(), it.value().toString().trimmed());
        if (s.fields != fields)
            diffs << QStringLiteral("contact %1 custom fields differ (%2 stored, %3 in the CRM)")
                         .arg(id)
                         .arg(s.fields.size())
                         .arg(fields.size());

        QHash<QString, StoredMessage> mine = messages.value(id);
        const QJsonArray theirs = c.value(QLatin1String("messages")).toArray();
        if (mine.size() != theirs.size())
            diffs << QStringLiteral("chat %1: %2 messages stored, %3 in the CRM")
                         .arg(id)
                         .arg(mine.size())
                         .arg(theirs.size());
        for (const QJsonValue& mv : theirs) {
            const QJsonObject m = mv.toObject();
            const QString mid = m.value(QLatin1String("message_id")).toString();
            const auto sm = mine.constFind(mid);
            if (sm == mine.constEnd()) {
                diffs << QStringLiteral("chat %1: message %2 missing").arg(id, mid);
                continue;
            }
            if (sm->status != m.value(QLatin1String("status")).toString())
                diffs << QStringLiteral("chat %1: message %2 status %3 vs %4")
                             .arg(id, mid, sm->status, m.value(QLatin1String("status")).toString());
            if (sm->ts != msOf(m.value(QLatin1String("timestamp"))) ||
                sm->type != m.value(QLatin1String("type")).toString() ||
                sm->direction != m.value(QLatin1String("direction")).toString() ||
                !same(sm->content, m.value(QLatin1String("content")).toString()))
                diffs << QStringLiteral("chat %1: message %2 differs").arg(id, mid);
        }
    }
    // --- contacts, deleted ---
    QSet<QString> deletedInDump;
    for (const QJsonValue& v : truth.value(QLatin1String("deleted_contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QLatin1String("chat_id")).toString();
        deletedInDump.insert(id);
        const auto stored = contacts.constFind(id);
        if (stored != contacts.constEnd() && !stored->deleted)
            diffs << QStringLiteral("contact %1 deleted in the CRM, alive in the store").arg(id);
        // Messages read before the deletion must be real ones.
        QSet<QString> theirs;
        for (const QJsonValue& mv : c.value(QLatin1String("messages")).toArray())
            theirs.insert(mv.toObject().value(QLatin1String("message_id")).toString());
        for (auto it = messages.value(id).cbegin(); it != messages.value(id).cend(); ++it) {
            if (!theirs.contains(it.key()))
                diffs << QStringLiteral("deleted chat %1: stored message %2 unknown to the CRM").arg(id, it.key());
        }
    }
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
        if (!aliveInDump.contains(it.key()) && !deletedInDump.contains(it.key()))
            diffs << QStringLiteral("contact %1 stored but unknown to the CRM").arg(it.key());
        else if (it->deleted && !deletedInDump.contains(it.key()))
            diffs << QStringLiteral("contact %1 marked deleted, alive in the CRM").arg(it.key());
    }

    // --- custom field definitions ---
    QMap<QString, QString> definitions;
    query.exec(QStringLiteral("SELECT field_id, name FROM custom_field_definitions WHERE removed_at IS NULL"));
    while (query.next())
        definitions.insert(query.value(0).toString(), query.value(1).toString());
    QMap<QString, QString> trueDefinitions;
    for (const QJsonValue& v : truth.value(QLatin1String("custom_fields")).toArray())
        trueDefinitions.insert(v.toObject().value(QLatin1String("custom_field_id")).toString(),
                               v.toObject().value(QLatin1String("name")).toString());
    if (definitions != trueDefinitions)
        diffs << QStringLiteral("custom field definitions differ");

    // --- campaigns and their latest report ---
    QSet<QString> campaignsStored;
    query.exec(QStringLiteral("SELECT campaign_id FROM campaigns"));
    while (query.next())
        campaignsStored.insert(query.value(0).toString());
    const QJsonArray campaigns = truth.value(QLatin1String("campaigns")).toArray();
    if (campaignsStored.size() != campaigns.size())
        diffs << QStringLiteral("%1 campaigns stored, %2 in the CRM").arg(campaignsStored.size()).arg(campaigns.size());
    for (const QJsonValue& v : campaigns) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QLatin1String("campaign_id")).toString();
        QSqlQuery row(m_db->connection());
        row.prepare(QStringLiteral("SELECT name, status, created_at, scheduled_at, total_recipients, template_name, "
                                   "template_language FROM campaigns WHERE campaign_id = ?"));
        row.addBindValue(id);
        if (!row.exec() || !row.next()) {
            diffs << QStringLiteral("campaign %1 missing").arg(id);
            continue;
        }
        if (!same(text(row.value(0)), text(c.value(QLatin1String("name")))) ||
            !same(text(row.value(1)), text(c.value(QLatin1String("status")))) ||
            msOf(row.value(2)) != msOf(c.value(QLatin1String("created_at"))) ||
            msOf(row.value(3)) != msOf(c.value(QLatin1String("scheduled_at"))) ||
            row.value(4).toLongLong() != c.value(QLatin1String("total_recipients")).toInteger() ||
            !same(text(row.value(5)), text(c.value(QLatin1String("template_name")))) ||
            !same(text(row.value(6)), text(c.value(QLatin1String("template_language")))))
            diffs << QStringLiteral("campaign %1 differs").arg(id);
        QSqlQuery report(m_db->connection());
        report.prepare(QStringLiteral("SELECT total_recipients, delivered, read, replied, failed FROM campaign_reports "
                                      "WHERE campaign_id = ? ORDER BY polled_at DESC, id DESC LIMIT 1"));
        report.addBindValue(id);
        const QJsonObject r = c.value(QLatin1String("report")).toObject();
        if (!report.exec() || !report.next()) {
            diffs << QStringLiteral("campaign %1 has no report").arg(id);
            continue;
        }
        const char* keys[] = {"total_recipients", "delivered", "read", "replied", "failed"};
        for (int i = 0; i < 5; ++i) {
            if (report.value(i).toLongLong() != r.value(QLatin1String(keys[i])).toInteger())
                diffs << QStringLiteral("campaign %1 report %2: %3 vs %4")
                             .arg(id, QLatin1String(keys[i]))
                             .arg(report.value(i).toLongLong())
                             .arg(r.value(QLatin1String(keys[i])).toInteger());
        }
    }

    if (diffs.size() > limit) {
        const qsizetype more = diffs.size() - limit;
        diffs = diffs.mid(0, limit);
        diffs << QStringLiteral("... and %1 more").arg(more);
    }
    return diffs;
}

} // namespace crmlens::test
