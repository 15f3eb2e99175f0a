#include "core/store/Statement.h"

#include "core/store/SqlValues.h"
#include "core/store/StoreErrors.h"

#include <QSqlError>

namespace crmlens::store {

Statement::Statement(QSqlQuery* cached, bool* inUse) : m_query(cached), m_inUse(inUse)
{
    *m_inUse = true;
}

Statement::Statement(std::unique_ptr<QSqlQuery> owned) : m_query(owned.get()), m_owned(std::move(owned)) {}

Statement::Statement(Statement&& other) noexcept
    : m_query(std::exchange(other.m_query, nullptr)), m_owned(std::move(other.m_owned)),
      m_inUse(std::exchange(other.m_inUse, nullptr)), m_nextIndex(other.m_nextIndex)
{}

Statement::~Statement()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

Statement& Statement::bind(const QVariant& value)
{
    m_query->bindValue(m_nextIndex++, value);
    return *this;
}

Statement& Statement::bind(const QString& text)
{
    return bind(text.isNull() ? QVariant() : QVariant(text));
}

Statement& Statement::bind(qint64 number)
{
    return bind(QVariant(number));
}

Statement& Statement::bind(const QDateTime& time)
{
    return bind(timeValue(time));
}

Statement& Statement::bindNull()
{
    return bind(QVariant());
}

Statement& Statement::bindNamed(const QString& placeholder, const QVariant& value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Error Statement::exec(const QString& what)
{
    m_nextIndex = 0;
    if (!m_query->exec())
        return storageError(m_query->lastError(), what);
    return {};
}

bool Statement::next()
{
    return m_query->next();
}

QVariant Statement::value(int column) const
{
    return m_query->value(column);
}

QString Statement::text(int column) const
{
    const QVariant v = m_query->value(column);
    return v.isNull() ? QString() : v.toString();
}

qint64 Statement::integer(int column) const
{
    return m_query->value(column).toLongLong();
}

QDateTime Statement::time(int column) const
{
    return timeFromValue(m_query->value(column));
}

bool Statement::isNull(int column) const
{
    return m_query->isNull(column);
}

int Statement::rowsAffected() const
{
    return m_query->numRowsAffected();
}

qint64 Statement::lastInsertId() const
{
    return m_query->lastInsertId().toLongLong();
}

} // namespace crmlens::store
