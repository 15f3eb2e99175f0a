#include "core/store/CheckpointRepository.h"

#include "core/store/Database.h"
#include "core/store/PageProgress.h"
#include "core/store/StoreErrors.h"

namespace crmlens::store {

Result<std::optional<QString>> CheckpointRepository::value(const QString& key)
{
    auto query = m_db.statement(QStringLiteral("SELECT value FROM checkpoints WHERE key = ?"));
    if (!query)
        return query.error();
    query->bind(key);
    if (Error err = query->exec(QStringLiteral("reading a checkpoint")); err.isError())
        return err;
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->text(0));
}

Result<QMap<QString, QString>> CheckpointRepository::withPrefix(const QString& prefix)
{
    auto query = m_db.statement(QStringLiteral("SELECT key, value FROM checkpoints WHERE substr(key, 1, length(?)) = ? "
                                               "ORDER BY key"));
    if (!query)
        return query.error();
    query->bind(prefix).bind(prefix);
    if (Error err = query->exec(QStringLiteral("reading checkpoints")); err.isError())
        return err;
    QMap<QString, QString> values;
    while (query->next())
        values.insert(query->text(0), query->text(1));
    return values;
}

Error CheckpointRepository::set(const QString& key, const QString& value)
{
    if (key.isEmpty())
        return invalidArgumentError(QStringLiteral("A checkpoint needs a key."));
    return m_db.inTransaction(QStringLiteral("saving a checkpoint"), [&]() -> Error {
        return detail::writePageProgress(m_db, Checkpoint{key, value}, {}, 0, m_db.now());
    });
}

Error CheckpointRepository::remove(const QString& key)
{
    return m_db.inTransaction(QStringLiteral("removing a checkpoint"), [&]() -> Error {
        auto query = m_db.statement(QStringLiteral("DELETE FROM checkpoints WHERE key = ?"));
        if (!query)
            return query.error();
        query->bind(key);
        return query->exec(QStringLiteral("removing a checkpoint"));
    });
}

} // namespace crmlens::store
