#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QLatin1String>
#include <QString>

namespace crmlens::store {

class Database;

inline constexpr QLatin1String kStatusField{"status"};
inline constexpr QLatin1String kOperatorField{"operator"};
inline constexpr QLatin1String kCustomField{"custom_field"};

// The part of a contact write that keeps history: it records changes and replaces a chat's custom
// fields, inside the transaction of the page being written. One instance per page.
class ContactChangeWriter
{
public:
    ContactChangeWriter(Database& db, qint64 passId, QDateTime passStart, QDateTime now);

    Error recordChange(const QString& chatId, QLatin1String field, const QString& key, const QString& oldValue,
                       const QString& newValue);

    // Makes `fields` the chat's stored custom fields (values trimmed; empty means absent). Records a
    // history row per changed key when `recordHistory`. Returns whether anything changed.
    Result<bool> replaceCustomFields(const QString& chatId, const QList<api::CustomFieldValue>& fields,
                                     bool recordHistory);

    int historyRecorded() const { return m_historyRecorded; }

private:
    // A field's key is its name; the id-only variant is resolved through the stored definitions,
    // and an id that no definition names yet stands in for the name.
    Result<QString> keyFor(const api::CustomFieldValue& field);

    Database& m_db;
    qint64 m_passId;
    QDateTime m_passStart;
    QDateTime m_now;
    QHash<QString, QString> m_nameById;
    int m_historyRecorded = 0;
};

} // namespace crmlens::store
