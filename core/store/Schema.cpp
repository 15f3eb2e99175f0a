#include "core/store/Schema.h"

#include "core/common/Logging.h"
#include "core/store/Database.h"
#include "core/store/SchemaV1.h"
#include "core/store/SchemaV2.h"
#include "core/store/StoreErrors.h"

#include "Version.h"

namespace crmlens::store {

namespace {

Error recordWriter(Database& db)
{
    auto exists = db.statement(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!exists)
        return exists.error();
    exists->bind(QStringLiteral("store_meta"));
    if (Error err = exists->exec(QStringLiteral("upgrading the database")); err.isError())
        return err;
    if (!exists->next() || exists->integer(0) == 0)
        return {};
    auto upsert = db.statement(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral("written_by_version")).bind(QString::fromLatin1(kVersion));
    return upsert->exec(QStringLiteral("upgrading the database"));
}

} // namespace

const QList<Migration>& Schema::migrations()
{
    static const QList<Migration> ladder{schemaV1(), schemaV2()};
    return ladder;
}

int Schema::latestVersion(const QList<Migration>& ladder)
{
    return ladder.isEmpty() ? 0 : ladder.last().version;
}

Error Schema::migrate(Database& db, const QList<Migration>& ladder)
{
    int previous = 0;
    for (const Migration& migration : ladder) {
        if (migration.version != previous + 1)
            return invalidArgumentError(
                QStringLiteral("The store's migrations are out of order at version %1.").arg(migration.version));
        previous = migration.version;
    }

    for (const Migration& migration : ladder) {
        const QString what = QStringLiteral("upgrading the database to schema %1").arg(migration.version);
        bool applied = false;
        Error err = db.inTransaction(what, [&]() -> Error {
            // Read inside the write lock: another process may have upgraded the file meanwhile.
            auto current = db.userVersion();
            if (!current)
                return current.error();
            if (current.value() >= migration.version)
                return {};
            for (const QString& sql : migration.statements) {
                if (Error e = db.execute(sql, what); e.isError())
                    return e;
            }
            if (migration.version == 1) {
                // PRAGMAs take no bound parameters; the value is a constant of this program.
                if (Error e = db.execute(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), what);
                    e.isError())
                    return e;
            }
            if (Error e = db.execute(QStringLiteral("PRAGMA user_version=%1").arg(migration.version), what);
                e.isError())
                return e;
            applied = true;
            return recordWriter(db);
        });
        if (err.isError())
            return err;
        if (applied)
            qCInfo(lcStore) << "store" << db.path() << "upgraded to schema" << migration.version << "-"
                            << migration.description;
    }
    return {};
}

} // namespace crmlens::store
