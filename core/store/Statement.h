#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace crmlens::store {

// One use of a prepared statement: values are bound in placeholder order, the statement is
// reset (finish()) when the handle goes away so no read transaction outlives its caller. Cached
// statements are borrowed from Database; a statement already in use is prepared afresh.
class Statement
{
public:
    Statement(QSqlQuery* cached, bool* inUse);
    explicit Statement(std::unique_ptr<QSqlQuery> owned);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(const QVariant& value);
    Statement& bind(const QString& text); // a null QString binds NULL
    Statement& bind(qint64 number);
    Statement& bind(const QDateTime& time); // invalid binds NULL
    Statement& bindNull();
    // By placeholder name (":r0_1"): for statements with hundreds of values, where binding by name
    // costs a hash lookup and binding by position costs formatting a name per value.
    Statement& bindNamed(const QString& placeholder, const QVariant& value);

    // Runs the statement; `what` names the operation for the error message.
    Error exec(const QString& what);
    bool next();

    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    QDateTime time(int column) const;
    bool isNull(int column) const;
    int rowsAffected() const;
    qint64 lastInsertId() const;

private:
    QSqlQuery* m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_owned;
    bool* m_inUse = nullptr;
    int m_nextIndex = 0;
};

} // namespace crmlens::store
