#pragma once

#include "core/common/Result.h"

#include <QStringList>

#include <optional>

namespace crmlens::store {
class Database;
}

namespace crmlens::metrics {

// Keeps the store's derived facts (turns, conversations, message facts, keyword tokens per chat)
// in step with its messages. The sync calls refreshChats() with the chats whose messages it has
// just written; refreshStale() finds chats whose facts lag behind their messages on its own (the
// metrics engine runs it before every computation, so a store written without the first call is
// still read right). Works on the calling thread's Database.
class DerivedFacts
{
public:
    explicit DerivedFacts(store::Database& db) : m_db(db) {}

    // Derives these chats' facts again from their stored messages. Returns how many were written.
    Result<int> refreshChats(const QStringList& chatIds);
    // Derives every chat whose facts are missing, outdated or of an older format. With
    // `changedSinceMs`, only chats whose messages changed at or after that instant are examined.
    Result<int> refreshStale(std::optional<qint64> changedSinceMs = std::nullopt);
    // Throws every derived fact away and derives them all again.
    Result<int> rebuildAll();

private:
    store::Database& m_db;
};

} // namespace crmlens::metrics
