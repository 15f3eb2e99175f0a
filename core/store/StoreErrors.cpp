#include "core/store/StoreErrors.h"

#include <QSqlError>

namespace crmlens::store {

namespace {

// SQLite primary result codes (sqlite3.h); the store does not include sqlite3.h itself because
// only the Qt driver talks to the library.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;

bool hasCode(const Error& error, QLatin1String code)
{
    return error.kind == Error::Kind::Storage && error.code == code;
}

} // namespace

bool isCorruptionError(const Error& error)
{
    return hasCode(error, kCorruptCode);
}

bool isDiskFullError(const Error& error)
{
    return hasCode(error, kDiskFullCode);
}

bool isTooNewError(const Error& error)
{
    return hasCode(error, kTooNewCode);
}

bool isFatalStoreError(const Error& error)
{
    return isCorruptionError(error) || isDiskFullError(error) || isTooNewError(error) || hasCode(error, kForeignCode) ||
           hasCode(error, kIoErrorCode);
}

int sqlitePrimaryCode(const QSqlError& sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

Error storageError(const QSqlError& sqlError, const QString& what)
{
    const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    switch (sqlitePrimaryCode(sqlError)) {
    case kSqliteFull:
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The disk is full (or the database reached its size limit) while %1. "
                                          "Nothing of that step was saved and the database is intact; free some "
                                          "space and start the sync again.")
                               .arg(what),
                           0, kDiskFullCode);
    case kSqliteIoErr:
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("A disk error occurred while %1 (%2). The disk may be full or failing; "
                                          "the unfinished step was not saved.")
                               .arg(what, detail),
                           0, kIoErrorCode);
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The database file is damaged (%1) while %2. It can be rebuilt: the "
                                          "damaged file is kept aside and a new one is synced from the CRM.")
                               .arg(detail, what),
                           0, kCorruptCode);
    case kSqliteBusy:
    case kSqliteLocked:
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The database stayed locked by another program while %1.").arg(what), 0,
                           kBusyCode);
    default:
        return Error::make(Error::Kind::Storage, QStringLiteral("Database error while %1: %2").arg(what, detail), 0,
                           kSqlCode);
    }
}

Error corruptDatabaseError(const QString& path, const QString& detail)
{
    return Error::make(Error::Kind::Storage,
                       QStringLiteral("The database %1 is damaged (%2). It was left untouched; it can be rebuilt: "
                                      "the damaged file is kept aside and a new one is synced from the CRM.")
                           .arg(path, detail),
                       0, kCorruptCode);
}

Error invalidArgumentError(const QString& message)
{
    return Error::make(Error::Kind::Storage, message, 0, kInvalidCode);
}

} // namespace crmlens::store
