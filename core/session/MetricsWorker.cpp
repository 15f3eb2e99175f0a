#include "core/session/MetricsWorker.h"

#include "core/store/Database.h"
#include "core/store/StoreStats.h"
#include "core/store/SyncPassRepository.h"

#include <QSet>

namespace crmlens::session {

MetricsWorker::MetricsWorker(QString databasePath)
    : m_databasePath(std::move(databasePath)), m_changeTimer(new QTimer(this))
{
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeCoalesceMs);
    connect(m_changeTimer, &QTimer::timeout, this, &MetricsWorker::scheduleCompute);
}

MetricsWorker::~MetricsWorker()
{
    m_engine.reset(); // before the connection it reads through
}

Error MetricsWorker::ensureOpen()
{
    if (m_engine)
        return {};
    auto opened = store::Database::open(m_databasePath);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    m_engine = std::make_unique<metrics::MetricsEngine>(*m_db);
    return {};
}

void MetricsWorker::setQuery(const metrics::MetricsQuery& query)
{
    m_query = query;
    scheduleCompute();
}

void MetricsWorker::noticeChange()
{
    m_storeChanged = true;
    // Not restarted by later notices: during a long sync the views still move every interval.
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void MetricsWorker::scheduleCompute()
{
    if (m_computeQueued || !m_query)
        return;
    m_computeQueued = true;
    // Queued behind whatever queries are already waiting, so a burst of filter changes is
    // answered once, with the latest.
    QMetaObject::invokeMethod(this, &MetricsWorker::compute, Qt::QueuedConnection);
}

void MetricsWorker::compute()
{
    m_computeQueued = false;
    if (!m_query)
        return;
    Q_EMIT computing();
    if (Error e = ensureOpen(); e.isError()) {
        Q_EMIT failed(e);
        return;
    }
    const metrics::MetricsQuery query = *m_query;
    if (Error e = m_engine->validate(query); e.isError()) {
        Q_EMIT failed(e);
        return;
    }
    auto snapshot = m_engine->compute(query);
    if (!snapshot) {
        Q_EMIT failed(snapshot.error());
        return;
    }
    DashboardData data;
    data.query = query;
    data.snapshot = std::make_shared<const metrics::MetricsSnapshot>(std::move(snapshot).value());
    if (m_storeChanged || !m_directory) {
        auto directory = ContactDirectory::read(*m_db);
        if (!directory) {
            Q_EMIT failed(directory.error());
            return;
        }
        m_directory = std::make_shared<const ContactDirectory>(std::move(directory).value());
        m_storeChanged = false;
    }
    data.contacts = m_directory;
    if (Error e = readStoreState(data); e.isError()) {
        Q_EMIT failed(e);
        return;
    }
    data.generation = ++m_generation;
    Q_EMIT snapshotReady(data);
}

Error MetricsWorker::readStoreState(DashboardData& data)
{
    const metrics::FactCache& cache = m_engine->cache();
    data.fieldKeys = m_engine->fieldKeys();
    QSet<int> operatorIds;
    QSet<int> countryIds;
    QHash<int, QSet<int>> valuesByKey;
    for (const metrics::ContactInfo& c : cache.contacts()) {
        if (!c.known)
            continue;
        for (const auto& [key, value] : c.fields)
            valuesByKey[key].insert(value);
        if (c.operatorName >= 0)
            operatorIds.insert(c.operatorName);
        if (c.country >= 0)
            countryIds.insert(c.country);
    }
    for (int id : operatorIds)
        data.operators << cache.strings().text(id);
    for (int id : countryIds)
        data.countries << cache.strings().text(id);
    for (auto it = valuesByKey.cbegin(); it != valuesByKey.cend(); ++it) {
        QStringList values;
        for (int id : it.value())
            values << cache.strings().text(id);
        values.sort(Qt::CaseInsensitive);
        data.fieldValues.insert(cache.strings().text(it.key()), values);
    }
    data.operators.sort(Qt::CaseInsensitive);
    data.countries.sort();
    data.empty = cache.contacts().empty();

    {
        // Partial until a contacts pass completed and every listed chat's messages were read once.
        auto state = m_db->statement(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM sync_passes WHERE kind = ? AND complete = 1), "
            "EXISTS (SELECT 1 FROM contacts c WHERE c.deleted_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM chat_sync_state s WHERE s.chat_id = c.chat_id AND s.last_read_at IS NOT NULL))"));
        if (!state)
            return state.error();
        state->bind(QString(store::kContactsPass));
        if (Error e = state->exec(QStringLiteral("read how complete the store is")); e.isError())
            return e;
        if (state->next())
            data.partial = state->integer(0) == 0 || state->integer(1) != 0;
    }

    store::StoreStats stats(*m_db);
    auto freshness = stats.freshness();
    if (!freshness)
        return freshness.error();
    data.freshness = std::move(freshness).value();
    auto readAt = stats.messagesReadAt();
    if (!readAt)
        return readAt.error();
    data.messagesReadAt = readAt.value();
    return {};
}

void MetricsWorker::drillDown(const metrics::DrillDownRequest& request, const metrics::MetricsQuery& query)
{
    if (Error e = ensureOpen(); e.isError()) {
        Q_EMIT failed(e);
        return;
    }
    auto result = metrics::runDrillDown(*m_engine, *m_db, request, query);
    if (!result) {
        Q_EMIT failed(result.error());
        return;
    }
    Q_EMIT drillDownReady(result.value());
}

} // namespace crmlens::session
