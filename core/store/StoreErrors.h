#pragma once

#include "core/common/Error.h"

#include <QLatin1String>

class QSqlError;

// Storage failures travel as crmlens::Error of kind Storage. Error::code tells the cases apart
// that the UI and the command line must treat differently: a corrupt file is offered a rebuild, a
// full disk stops the sync and asks for space, a newer schema asks for a newer CRM Lens.
namespace crmlens::store {

inline constexpr QLatin1String kCorruptCode{"STORE_CORRUPT"};
inline constexpr QLatin1String kDiskFullCode{"STORE_DISK_FULL"};
inline constexpr QLatin1String kIoErrorCode{"STORE_IO_ERROR"};
inline constexpr QLatin1String kTooNewCode{"STORE_TOO_NEW"};
inline constexpr QLatin1String kForeignCode{"STORE_FOREIGN"};
inline constexpr QLatin1String kBusyCode{"STORE_BUSY"};
inline constexpr QLatin1String kSqlCode{"STORE_SQL"};
inline constexpr QLatin1String kInvalidCode{"STORE_INVALID_ARGUMENT"};

bool isCorruptionError(const Error& error);
bool isDiskFullError(const Error& error);
bool isTooNewError(const Error& error);
// Anything the user must resolve before the store can be used again (rebuild, space, upgrade).
bool isFatalStoreError(const Error& error);

// Maps a driver error to a Storage error whose message a person can act on. `what` names the
// operation in plain words ("writing a contacts page").
Error storageError(const QSqlError& sqlError, const QString& what);

// The SQLite primary result code of a driver error (extended codes folded), 0 when unknown.
int sqlitePrimaryCode(const QSqlError& sqlError);

Error corruptDatabaseError(const QString& path, const QString& detail);
Error invalidArgumentError(const QString& message);

} // namespace crmlens::store
