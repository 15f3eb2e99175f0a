#pragma once

#include "core/common/Result.h"
#include "core/metrics/FactCache.h"
#include "core/metrics/MetricsQuery.h"
#include "core/metrics/MetricsSnapshot.h"

#include <QStringList>

namespace crmlens::store {
class Database;
}

namespace crmlens::metrics {

// The one place every number of METRICS.md is computed, for the dashboards, exports and the
// command line alike. It owns an in-memory FactCache of the store it was given (use it on the
// thread that opened that Database) and keeps it current: compute() first brings derived facts
// and the cache up to date with what the sync wrote, then evaluates the query on memory only.
class MetricsEngine
{
public:
    explicit MetricsEngine(store::Database& db);

    // Derives what is stale and reloads what changed; compute() does this itself.
    Error refresh();
    Result<MetricsSnapshot> compute(const MetricsQuery& query);
    // Evaluates the query on the cache as it is, without looking at the store for changes.
    Result<MetricsSnapshot> computeCached(const MetricsQuery& query);

    // The sync's hook: derives these chats' facts again (after it wrote their messages) and
    // takes them into the cache.
    Result<int> refreshDerived(const QStringList& chatIds);
    // Derives every chat's facts again, from scratch.
    Result<int> rebuildDerived();

    // A query the engine cannot answer: an invalid period or zone, an unknown custom field key
    // (the default segment key "source" is allowed to be missing: its rows are then all "(none)").
    Error validate(const MetricsQuery& query) const;
    // Custom field keys the store knows (held by a contact or named by a definition).
    QStringList fieldKeys() const { return m_cache.fieldKeys(); }
    const FactCache& cache() const { return m_cache; }

private:
    store::Database& m_db;
    FactCache m_cache;
};

} // namespace crmlens::metrics
