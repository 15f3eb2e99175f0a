#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace crmlens::store {

class Database;

// A contact as last synced. Deleted contacts keep their last known fields (METRICS.md).
struct StoredContact
{
    QString chatId;
    QString whatsappNumber;
    QString name;
    QString email;
    QString status;        // trimmed; null when absent
    QString operatorName;  // trimmed; null when the CRM names none
    QDateTime createdAt;   // invalid when the CRM never sent created_at
    QDateTime firstSeenAt; // start of the pass that first listed it
    qint64 firstSeenPassId = 0;
    bool inFirstCompletePass = false; // listed by the workspace's first complete contact pass
    QDateTime lastSeenAt;
    qint64 lastSeenPassId = 0;
    QDateTime deletedAt;      // invalid while alive
    qint64 deletedPassId = 0; // 0 when deleted through a NOT_FOUND, or alive
    bool customFieldsSeen = false;
    QMap<QString, QString> customFields; // key -> trimmed, non-empty value

    bool isDeleted() const { return deletedAt.isValid(); }
};

// One observed change. changedAt is the start of the pass that saw it; old or new value is null
// when the field was absent on that side.
struct ContactChange
{
    qint64 id = 0;
    QString chatId;
    qint64 passId = 0;
    QDateTime changedAt;
    QDateTime recordedAt;
    QString field; // "status" | "operator" | "custom_field"
    QString key;   // the custom field's key; empty for status and operator
    QString oldValue;
    QString newValue;
};

struct ContactDeletion
{
    QString chatId;
    qint64 passId = 0; // 0: the chat's messages endpoint answered NOT_FOUND
    QDateTime deletedAt;
    QString reason;       // "missing_from_complete_pass" | "not_found"
    QDateTime restoredAt; // invalid unless a later pass listed the contact again
};

// Read side of the contacts, for the sync, metrics and tests.
class ContactReader
{
public:
    explicit ContactReader(Database& db) : m_db(db) {}

    Result<std::optional<StoredContact>> contact(const QString& chatId);
    Result<QList<ContactChange>> history(const QString& chatId);
    // Changes of `field` ("status", "operator", "custom_field") seen by passes that started in
    // [from, to), ordered by time: status changes are what churn is computed from.
    Result<QList<ContactChange>> changes(const QString& field, const QDateTime& from, const QDateTime& to);
    Result<QList<ContactDeletion>> deletions(const QString& chatId);
    // Contacts (deleted ones included) whose custom field `key` holds `value`: a segment.
    Result<QStringList> chatsWithField(const QString& key, const QString& value);
    // The chat of a WhatsApp number in any spelling ("+254 7…", "2547…" as webhooks send it);
    // null when no contact has it.
    Result<QString> chatIdForPhone(const QString& number);

private:
    Database& m_db;
};

} // namespace crmlens::store
