#pragma once

#include "core/api/CrmClient.h"
#include "core/common/Clock.h"
#include "core/sync/SyncPlanner.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncTypes.h"

#include <QSet>

#include <functional>
#include <memory>

namespace crmlens::store {
class Database;
}

namespace crmlens::sync {

// What the steps of one round share: the client, the store, the planner, the summary, and the
// rules for requests - every request is tracked so a stop cancels all of them, no callback runs
// after the round stopped, and a failure is sorted into "stop the round" (the key was rejected,
// the store failed) or "count it and go on".
class SyncRoundContext
{
public:
    SyncRoundContext(api::CrmClient& client, store::Database& db, const Clock& clock, const SyncSettings& settings);
    ~SyncRoundContext();
    SyncRoundContext(const SyncRoundContext&) = delete;
    SyncRoundContext& operator=(const SyncRoundContext&) = delete;

    api::CrmClient& client;
    store::Database& db;
    const Clock& clock;
    const SyncSettings& settings;
    SyncPlanner planner;
    SyncSummary summary;

    qint64 roundId = 0;   // the round's messages pass
    QDateTime roundStart; // its start
    bool respectCadence = false;

    // Sends one call: `call(options, callback)` must start it on the client and return its handle.
    // `handler` runs once with the answer, unless the round stopped first; afterwards the round
    // refills the pipeline.
    template <typename T, typename Call> void request(bool focus, Call&& call, std::function<void(Result<T>)> handler)
    {
        auto token = m_token;
        auto handle = std::make_shared<api::RequestHandle>(0);
        api::CallOptions options;
        options.priority = focus ? api::RequestPriority::High : api::RequestPriority::Normal;
        *handle = call(options, [this, token, handle, handler = std::move(handler)](Result<T> result) {
            if (!*token)
                return;
            m_handles.remove(*handle);
            ++m_answered;
            handler(std::move(result));
            if (*token && onSettled)
                onSettled();
        });
        m_handles.insert(*handle);
    }

    int outstanding() const { return int(m_handles.size()); }
    qint64 answered() const { return m_answered; }
    bool stopped() const { return m_stopped; }

    // Stops the round for good: cancels every request; nothing of this round runs afterwards.
    void stop();
    // Stops the round and reports `error` (the key was rejected, the store failed).
    void fatal(const Error& error);
    void warn(const QString& message);

    // Sorts a failed call. Returns true when the caller should count it and carry on; false when
    // the call was cancelled or the failure stopped the round (a rejected key).
    bool absorb(const Error& error);

    // A storage error from a write: the round stops (the store rolled the write back). Returns
    // true when `error` was one.
    bool storeFailed(const Error& error);

    QDateTime now() const { return clock.nowUtc(); }

    std::function<void(const Error&)> onFatal;
    std::function<void(const QString&)> onWarning;
    std::function<void()> onSettled;

private:
    std::shared_ptr<bool> m_token = std::make_shared<bool>(true);
    QSet<api::RequestHandle> m_handles;
    qint64 m_answered = 0;
    bool m_stopped = false;
    int m_warnings = 0;
};

// The failure shown when the CRM refuses the key.
Error apiKeyRejected(const Error& cause);

} // namespace crmlens::sync
