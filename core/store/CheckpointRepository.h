#pragma once

#include "core/common/Result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace crmlens::store {

class Database;

// Generic sync checkpoints (key → value). Page writes store theirs in the page's own transaction
// (PageProgress); these calls are for progress that covers no rows.
class CheckpointRepository
{
public:
    explicit CheckpointRepository(Database& db) : m_db(db) {}

    Result<std::optional<QString>> value(const QString& key);
    // Every checkpoint whose key starts with `prefix` (e.g. "contacts.pass.12.").
    Result<QMap<QString, QString>> withPrefix(const QString& prefix);
    Error set(const QString& key, const QString& value);
    Error remove(const QString& key);

private:
    Database& m_db;
};

} // namespace crmlens::store
