#pragma once

#include "core/metrics/MetricsQuery.h"
#include "core/metrics/MetricsSnapshot.h"
#include "core/session/ContactDirectory.h"
#include "core/store/StoreStats.h"

#include <QHash>
#include <QMetaType>
#include <QStringList>

#include <memory>

namespace crmlens::session {

// One computed state of the dashboards: the snapshot, the query it answers, and what the views
// need around it. Immutable and cheap to copy (shared pointers), so it crosses from the metrics
// thread to the UI in a queued signal and every view can keep the one it shows.
struct DashboardData
{
    std::shared_ptr<const metrics::MetricsSnapshot> snapshot;
    metrics::MetricsQuery query;
    std::shared_ptr<const ContactDirectory> contacts;

    // Choices for the filter bar, from the whole store (not narrowed by the filters).
    QStringList fieldKeys;
    QStringList operators;
    QStringList countries;
    QHash<QString, QStringList> fieldValues; // custom field key -> its values, sorted

    // How fresh each kind of data is (for the status bar and stale warnings).
    QList<store::Freshness> freshness;
    QDateTime messagesReadAt;

    // How the user asked to see it (set by the window before the views get it): show the change
    // against the previous period, and the active filters in plain words for every view and export.
    bool comparePrevious = true;
    QString filterSummary;

    // The store is not a complete copy yet (first sync running, or never completed): figures are
    // partial and every view says so.
    bool partial = true;
    // Nothing synced at all: views show their empty state.
    bool empty = true;
    quint64 generation = 0; // increases with every snapshot the service emits

    bool isValid() const { return snapshot != nullptr; }
};

} // namespace crmlens::session

Q_DECLARE_METATYPE(crmlens::session::DashboardData)
