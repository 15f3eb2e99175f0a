#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crmlens::store {

class Database;

struct StoredOperator
{
    QString name; // as the CRM names them (an email or a name)
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
    qint64 assignedContacts = 0; // living contacts currently assigned
};

// The CRM has no operator list; operators are learned from contacts (ContactRepository records
// them as pages are written). This is their read side.
class OperatorRepository
{
public:
    explicit OperatorRepository(Database& db) : m_db(db) {}

    Result<QList<StoredOperator>> operators();

private:
    Database& m_db;
};

} // namespace crmlens::store
