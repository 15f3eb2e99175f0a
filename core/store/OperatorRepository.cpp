#include "core/store/OperatorRepository.h"

#include "core/store/Database.h"

namespace crmlens::store {

Result<QList<StoredOperator>> OperatorRepository::operators()
{
    auto query = m_db.statement(
        QStringLiteral("SELECT o.name, o.first_seen_at, o.last_seen_at, "
                       "(SELECT count(*) FROM contacts c WHERE c.operator = o.name AND c.deleted_at IS NULL) "
                       "FROM operators o ORDER BY o.name"));
    if (!query)
        return query.error();
    if (Error err = query->exec(QStringLiteral("reading operators")); err.isError())
        return err;
    QList<StoredOperator> list;
    while (query->next())
        list << StoredOperator{query->text(0), query->time(1), query->time(2), query->integer(3)};
    return list;
}

} // namespace crmlens::store
