#pragma once

#include "core/common/Error.h"
#include "core/sim/SimWorkspace.h"

#include <QStringList>

#include <functional>

#include <cstdint>

namespace crmlens::store {
class Database;
}

namespace crmlens::sim {

// Writes a generated workspace into a store through the store's own repositories, the way the
// sync would after reading the API: a complete contact pass a month before the workspace's "now"
// and one at "now" (so the store holds deletions and status history), every chat's messages as
// the API lists them at "now" (no campaign ids, as the [live] API), the campaigns and their
// reports. The store's clock must be a ManualClock the builder can move.
class SimStoreWriter
{
public:
    struct Progress
    {
        qint64 contacts = 0;
        qint64 messages = 0;
        qint64 campaigns = 0;
    };

    // `advanceTo` moves the store's clock to a unix time (seconds); the builder calls it before
    // each pass so passes are dated inside the workspace's timeline.
    static Error build(store::Database& db, const sim::SimWorkspace& ws, const std::function<void(qint64)>& advanceTo,
                       Progress& progress);

    // How many messages build() will store: those the API lists at the workspace's "now" (and,
    // for contacts deleted since the first pass, at that pass).
    static qint64 storedMessages(const sim::SimWorkspace& ws);

    // Creates a store at `path` (which must not exist yet) and builds the workspace into it with
    // a clock of its own: a realistic, fully synced store for tests, screenshots and demos.
    static Error writeNewStore(const QString& path, const sim::SimWorkspace& ws, Progress* progress = nullptr);

    // Writes one new inbound message into each of these chats (dated `atUnix`): what a sync
    // touching those chats would do. Returns the chats written.
    static Error touchChats(store::Database& db, const QStringList& chatIds, std::int64_t atUnix, int round);
};

} // namespace crmlens::sim
