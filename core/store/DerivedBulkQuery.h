#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace crmlens::store {

class Database;

// A prepared statement run straight on the SQLite connection under a Database, for the few reads
// that move hundreds of thousands of rows (derived facts, contacts for the metrics cache, a batch
// of chats' messages): QSqlQuery wraps every value in a QVariant, which costs more than SQLite's
// own work on such scans. Same connection, same thread, same transaction rules; values are
// always bound, never spliced into the SQL.
class DerivedBulkQuery
{
public:
    static Result<DerivedBulkQuery> prepare(Database& db, const QString& sql);
    DerivedBulkQuery(DerivedBulkQuery&& other) noexcept;
    DerivedBulkQuery& operator=(DerivedBulkQuery&&) = delete;
    DerivedBulkQuery(const DerivedBulkQuery&) = delete;
    DerivedBulkQuery& operator=(const DerivedBulkQuery&) = delete;
    ~DerivedBulkQuery();

    // Parameters are numbered from 1, as in SQLite.
    DerivedBulkQuery& bind(int index, qint64 value);
    DerivedBulkQuery& bind(int index, const QString& text);

    // Steps to the next row: true with a row, false at the end, an error when SQLite fails.
    Result<bool> next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const; // null QString for NULL
    QByteArray blob(int column) const;

private:
    DerivedBulkQuery(sqlite3* db, sqlite3_stmt* statement, QString what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_what;
    QList<QByteArray> m_bound; // bound text lives until the statement is done with it
};

} // namespace crmlens::store
