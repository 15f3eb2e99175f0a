#include "core/store/DerivedBulkQuery.h"

#include "core/store/Database.h"
#include "core/store/StoreErrors.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <utility>

namespace crmlens::store {

namespace {

Error sqliteError(sqlite3* db, const QString& what)
{
    return Error::make(Error::Kind::Storage,
                       QStringLiteral("The store failed while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
                       0, kSqlCode);
}

} // namespace

Result<DerivedBulkQuery> DerivedBulkQuery::prepare(Database& db, const QString& sql)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return invalidArgumentError(QStringLiteral("The store's connection is not an SQLite connection."));
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return invalidArgumentError(QStringLiteral("The store's connection is closed."));
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return sqliteError(connection, QStringLiteral("preparing a bulk read"));
    return DerivedBulkQuery(connection, statement, QStringLiteral("reading derived facts"));
}

DerivedBulkQuery::DerivedBulkQuery(sqlite3* db, sqlite3_stmt* statement, QString what)
    : m_db(db), m_statement(statement), m_what(std::move(what))
{}

DerivedBulkQuery::DerivedBulkQuery(DerivedBulkQuery&& other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)), m_what(std::move(other.m_what)),
      m_bound(std::move(other.m_bound))
{}

DerivedBulkQuery::~DerivedBulkQuery()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

DerivedBulkQuery& DerivedBulkQuery::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

DerivedBulkQuery& DerivedBulkQuery::bind(int index, const QString& text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
    } else {
        m_bound << text.toUtf8();
        // No destructor (SQLITE_STATIC): the bytes stay in m_bound while the statement lives.
        sqlite3_bind_text(m_statement, index, m_bound.last().constData(), int(m_bound.last().size()), nullptr);
    }
    return *this;
}

Result<bool> DerivedBulkQuery::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, m_what);
}

bool DerivedBulkQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 DerivedBulkQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString DerivedBulkQuery::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray DerivedBulkQuery::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

} // namespace crmlens::store
