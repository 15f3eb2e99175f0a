#pragma once

#include "core/metrics/MetricsEngine.h"
#include "core/session/DashboardData.h"
#include "core/store/Database.h"

#include <QString>

#include <memory>

namespace crmlens::test {

// What the metrics thread would hand the views for `query` on the store at `path`: a complete
// (not partial) snapshot computed on a connection of its own.
inline session::DashboardData computedDashboardData(const QString& path, const metrics::MetricsQuery& query)
{
    auto db = store::Database::open(path);
    if (!db)
        qFatal("cannot open the test store");
    metrics::MetricsEngine engine(*db.value());
    auto snapshot = engine.compute(query);
    if (!snapshot)
        qFatal("cannot compute the figures");
    session::DashboardData data;
    data.snapshot = std::make_shared<const metrics::MetricsSnapshot>(std::move(snapshot).value());
    data.query = query;
    data.partial = false;
    data.empty = false;
    data.generation = 1;
    return data;
}

} // namespace crmlens::test
