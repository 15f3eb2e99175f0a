#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace crmlens::store {

class Database;

// One step of the schema ladder: the statements that take a store from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The store's schema lives in PRAGMA user_version. Migrations run in order, each in its own
// transaction that also bumps user_version, so an interrupted upgrade leaves the last completed
// version behind and simply continues on the next open.
class Schema
{
public:
    // CRM Lens stores carry this in PRAGMA application_id so a foreign SQLite file is refused.
    static constexpr int kApplicationId = 0x43524d4c; // "CRML"

    static const QList<Migration>& migrations();
    static int latestVersion(const QList<Migration>& ladder = migrations());

    // Applies every migration of `ladder` above the store's current version.
    static Error migrate(Database& db, const QList<Migration>& ladder);
};

} // namespace crmlens::store
