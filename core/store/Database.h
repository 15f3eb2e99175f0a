#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/store/Schema.h"
#include "core/store/Statement.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <unordered_map>

class QThread;

namespace crmlens::store {

struct OpenOptions
{
    const Clock* clock = nullptr;                 // borrowed; nullptr: the system clock
    int busyTimeoutMs = 5000;                     // how long a writer waits for another writer's transaction
    const QList<Migration>* migrations = nullptr; // nullptr: Schema::migrations()
};

// One SQLite connection of the current thread. Each thread opens its own Database (its own named
// QSqlDatabase connection, removed on destruction); the object must be used and destroyed in the
// thread that opened it. Repositories borrow it and must not outlive it.
//
// Opening never changes a file it cannot trust: an existing file is first checked through a
// read-only connection (quick_check, application id, user_version) and only then opened for
// writing, put in WAL mode and migrated.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    struct Rebuilt
    {
        std::unique_ptr<Database> database;
        QString damagedFileMovedTo;
    };
    // For a store that failed to open as corrupt: moves the damaged file (and its -wal/-shm) aside
    // to `<name>.corrupt-<yyyyMMdd-HHmmss>` and opens a new, empty store at `path`. Never deletes.
    static Result<Rebuilt> rebuild(const QString& path, const OpenOptions& options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    const Clock& clock() const { return *m_clock; }
    QDateTime now() const { return m_clock->nowUtc(); }
    // The raw connection, for tests and diagnostics; repositories go through statement().
    QSqlDatabase connection() const { return m_db; }

    // A prepared statement from this connection's cache (prepared on first use, reused after).
    Result<Statement> statement(const QString& sql);
    // A statement without values (PRAGMAs, transaction control, DDL).
    Error execute(const QString& sql, const QString& what);
    Result<qint64> userVersion();
    // PRAGMA integrity_check over the whole file: no error when it answers "ok".
    Error integrityCheck();

    // Runs `body` inside BEGIN IMMEDIATE … COMMIT; any error from `body` or the commit rolls the
    // whole transaction back, so a page's rows and its checkpoint land together or not at all.
    template <typename Body> Error inTransaction(const QString& what, Body&& body)
    {
        if (Error err = begin(what); err.isError())
            return err;
        Error err = body();
        if (!err.isError())
            err = commit(what);
        if (err.isError())
            rollback();
        return err;
    }

private:
    Database(QString path, QString connectionName, const OpenOptions& options);
    Error openReadWrite(int busyTimeoutMs);
    Error begin(const QString& what);
    Error commit(const QString& what);
    void rollback();

    struct CachedQuery
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SystemClock> m_systemClock;
    const Clock* m_clock = nullptr;
    QThread* m_thread = nullptr;
    QSqlDatabase m_db;
    std::unordered_map<QString, CachedQuery> m_statements;
};

} // namespace crmlens::store
