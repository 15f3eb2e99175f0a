#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/store/PageProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crmlens::store {

class Database;

struct StoredFieldDefinition
{
    QString fieldId;
    QString name;
    QString type;
    bool required = false;
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
    QDateTime removedAt; // invalid while the CRM still lists it
};

// Custom field definitions (/crm/setting/custom-field). They name the fields that some tenants
// send by id only, so contacts can be filtered by name.
class CustomFieldRepository
{
public:
    explicit CustomFieldRepository(Database& db) : m_db(db) {}

    // The CRM's full list: upserts by id; definitions it no longer lists are marked removed (kept,
    // old contacts may still hold them). Values stored under a bare id are renamed to the name the
    // definition now gives, so segment filters see one key.
    Result<PageWriteResult> writeDefinitions(const QList<api::CustomFieldDefinition>& definitions,
                                             const PageProgress& progress = {});
    Result<QList<StoredFieldDefinition>> definitions();

private:
    Database& m_db;
};

} // namespace crmlens::store
