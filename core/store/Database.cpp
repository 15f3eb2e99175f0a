#include "core/store/Database.h"

#include "core/common/Logging.h"
#include "core/store/StoreErrors.h"

#include "Version.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace crmlens::store {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("crmlens.store.%1.%2")
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1));
}

QStringList pragmaRows(QSqlQuery& query)
{
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

// The first few findings of a check, enough for a message and a bug report.
QString checkSummary(const QStringList& rows)
{
    QStringList lines;
    for (const QString& row : rows) {
        for (const QString& line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***")) && lines.size() < 3)
                lines << line.trimmed();
        }
    }
    return lines.join(QStringLiteral("; "));
}

Error tooNewError(const QString& path, qint64 version, int latest, const QString& writtenBy)
{
    const QString by = writtenBy.isEmpty() ? QString() : QStringLiteral(" %1").arg(writtenBy);
    return Error::make(Error::Kind::Storage,
                       QStringLiteral("The database %1 was written by a newer CRM Lens%2 (store schema %3; this "
                                      "version %4 reads up to schema %5). It was left untouched: open it with a "
                                      "newer CRM Lens or choose another file.")
                           .arg(path, by)
                           .arg(version)
                           .arg(QLatin1String(kVersion))
                           .arg(latest),
                       0, kTooNewCode);
}

Error foreignFileError(const QString& path)
{
    return Error::make(Error::Kind::Storage,
                       QStringLiteral("The file %1 is an SQLite database of another program, not a CRM Lens store. "
                                      "It was left untouched; choose another file.")
                           .arg(path),
                       0, kForeignCode);
}

// Everything the store must know about an existing file before it may write to it, read through a
// read-only connection so that a damaged, foreign or newer file is never modified (not even by
// switching it to WAL or checkpointing on close).
Error preflight(const QString& path, int latestVersion, int busyTimeoutMs)
{
    const QString name = uniqueConnectionName();
    Error result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
        QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            // Committed pages may still sit in the log (a crash): read through it.
            db.setDatabaseName(path);
        } else {
            // Nothing is open on the file (a WAL store keeps its log while it is): read it as immutable,
            // which creates no -wal/-shm next to a file we may refuse.
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            result = storageError(db.lastError(), QStringLiteral("opening %1").arg(path));
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                result = storageError(query.lastError(), QStringLiteral("checking %1").arg(path));
                if (isCorruptionError(result))
                    result = corruptDatabaseError(path, query.lastError().databaseText());
            } else if (const QStringList rows = pragmaRows(query); rows != QStringList{QStringLiteral("ok")}) {
                result = corruptDatabaseError(path, checkSummary(rows));
            }
            qint64 appId = 0;
            qint64 version = 0;
            if (!result.isError() && query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
                appId = query.value(0).toLongLong();
            if (!result.isError() && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toLongLong();
            query.finish();
            bool hasTables = false;
            if (!result.isError() && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
                hasTables = query.value(0).toLongLong() > 0;
            query.finish();
            if (!result.isError()) {
                if (appId != 0 && appId != Schema::kApplicationId)
                    result = foreignFileError(path);
                else if (appId == 0 && hasTables)
                    result = foreignFileError(path);
                else if (version > latestVersion) {
                    QString writtenBy;
                    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
                    query.addBindValue(QStringLiteral("written_by_version"));
                    if (query.exec() && query.next())
                        writtenBy = query.value(0).toString();
                    query.finish();
                    result = tooNewError(path, version, latestVersion, writtenBy);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(QString path, QString connectionName, const OpenOptions& options)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_thread(QThread::currentThread())
{
    if (options.clock) {
        m_clock = options.clock;
    } else {
        m_systemClock = std::make_unique<SystemClock>();
        m_clock = m_systemClock.get();
    }
}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database", "destroyed outside the thread that opened it");
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (path.isEmpty())
        return invalidArgumentError(QStringLiteral("No database file was given."));
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed; the store cannot open."), 0,
                           kSqlCode);
    const QList<Migration>& ladder = options.migrations ? *options.migrations : Schema::migrations();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The folder %1 cannot be created for the database.").arg(info.absolutePath()),
                           0, kIoErrorCode);

    if ((info.exists() && info.size() > 0) || QFileInfo::exists(path + QStringLiteral("-wal"))) {
        if (Error err = preflight(path, Schema::latestVersion(ladder), options.busyTimeoutMs); err.isError())
            return err;
    }

    std::unique_ptr<Database> db(new Database(path, uniqueConnectionName(), options));
    if (Error err = db->openReadWrite(options.busyTimeoutMs); err.isError())
        return err;
    if (Error err = Schema::migrate(*db, ladder); err.isError())
        return err;
    qCDebug(lcStore) << "opened" << path << "as" << db->connectionName();
    return db;
}

Error Database::openReadWrite(int busyTimeoutMs)
{
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open())
        return storageError(m_db.lastError(), QStringLiteral("opening %1").arg(m_path));

    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return storageError(query.lastError(), QStringLiteral("switching %1 to WAL mode").arg(m_path));
        if (!query.next() || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::make(Error::Kind::Storage,
                               QStringLiteral("The database %1 cannot use write-ahead logging (its file system may "
                                              "not support it).")
                                   .arg(m_path),
                               0, kSqlCode);
    }
    const QString pragmas[] = {
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        // A 32 MiB page cache keeps the message indexes hot during bulk loads.
        QStringLiteral("PRAGMA cache_size=-32768"),
    };
    for (const QString& pragma : pragmas) {
        if (Error err = execute(pragma, QStringLiteral("configuring the connection")); err.isError())
            return err;
    }
    return {};
}

Result<Database::Rebuilt> Database::rebuild(const QString& path, const OpenOptions& options)
{
    const QDateTime now = options.clock ? options.clock->nowUtc() : QDateTime::currentDateTimeUtc();
    QString movedTo;
    if (QFileInfo::exists(path)) {
        QString base = path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (int n = 2; QFileInfo::exists(base); ++n)
            base = path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                   QLatin1Char('-') + QString::number(n);
        if (!QFile::rename(path, base))
            return Error::make(Error::Kind::Storage,
                               QStringLiteral("The damaged database %1 could not be moved aside to %2; nothing was "
                                              "changed.")
                                   .arg(path, base),
                               0, kIoErrorCode);
        // The companions belong to the damaged file: keep them with it, never replay them into a new one.
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, base + suffix))
                return Error::make(
                    Error::Kind::Storage,
                    QStringLiteral("The file %1 could not be moved aside next to %2.").arg(path + suffix, base), 0,
                    kIoErrorCode);
        }
        movedTo = base;
        qCWarning(lcStore) << "moved damaged database" << path << "to" << base;
    }
    auto opened = open(path, options);
    if (!opened)
        return opened.error();
    return Rebuilt{std::move(opened).value(), movedTo};
}

Result<Statement> Database::statement(const QString& sql)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database", "used outside the thread that opened it");
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !it->second.inUse)
        return Statement(it->second.query.get(), &it->second.inUse);

    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        qCWarning(lcStore) << "cannot prepare" << sql << query->lastError().text();
        return storageError(query->lastError(), QStringLiteral("preparing a statement"));
    }
    if (it != m_statements.end())
        return Statement(std::move(query)); // the cached one is busy (a nested use): a one-off copy
    CachedQuery& entry = m_statements[sql];
    entry.query = std::move(query);
    return Statement(entry.query.get(), &entry.inUse);
}

Error Database::execute(const QString& sql, const QString& what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return storageError(query.lastError(), what);
    return {};
}

Result<qint64> Database::userVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storageError(query.lastError(), QStringLiteral("reading the schema version"));
    return query.value(0).toLongLong();
}

Error Database::integrityCheck()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return storageError(query.lastError(), QStringLiteral("checking the database"));
    const QStringList rows = pragmaRows(query);
    if (rows != QStringList{QStringLiteral("ok")})
        return corruptDatabaseError(m_path, checkSummary(rows));
    return {};
}

Error Database::begin(const QString& what)
{
    // IMMEDIATE takes the write lock up front: a reader never has to upgrade mid-transaction,
    // which is what turns into SQLITE_BUSY deadlocks under WAL.
    return execute(QStringLiteral("BEGIN IMMEDIATE"), what);
}

Error Database::commit(const QString& what)
{
    return execute(QStringLiteral("COMMIT"), what);
}

void Database::rollback()
{
    // SQLite may already have rolled back by itself (disk full, I/O error): then this is a no-op.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace crmlens::store
