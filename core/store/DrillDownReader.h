#pragma once

#include "core/common/Result.h"
#include "core/store/DerivedFactsRepository.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmlens::store {

class Database;

// What a drill-down list shows of a contact besides what the metrics hold in memory.
struct DrillDownContactRow
{
    QString chatId;
    QString name;               // null when the CRM sent none
    qint64 newestMessageMs = 0; // 0: no message stored
};

// The reads behind drill-down lists: only the rows a list shows, by key and index range, so a
// click costs a few indexed lookups, never a scan of the messages.
class DrillDownReader
{
public:
    explicit DrillDownReader(Database& db) : m_db(db) {}

    // Name and newest message of these chats, by chat id; a chat with messages but no contact
    // record has a row without a name, a chat the store does not know has none.
    Result<QHash<QString, DrillDownContactRow>> contactRows(const QStringList& chatIds);
    // A chat's messages with fromMs <= timestamp <= toMs, in (timestamp, message_id) order.
    Result<QList<DerivationMessage>> messagesBetween(const QString& chatId, qint64 fromMs, qint64 toMs);

private:
    Database& m_db;
};

} // namespace crmlens::store
