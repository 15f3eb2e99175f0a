#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QString>

namespace crmlens::store {
class Database;
}

namespace crmlens::session {

// What the lists show about a contact besides its metrics: who it is, where it stands, when it
// last spoke. Read from the store on the metrics thread, handed to the UI as an immutable value.
struct ContactSummary
{
    QString chatId;
    QString name;
    QString whatsappNumber;
    QString status;
    QString operatorName;
    QString leadStage; // custom_fields.lead_stage
    QString country;   // ISO region of the number ("ZZ" unknown), empty before it is resolved
    qint64 lastActivityMs = 0; // newest message either way; 0: none
    bool deleted = false;
};

class ContactDirectory
{
public:
    const ContactSummary* find(const QString& chatId) const
    {
        const auto it = m_contacts.constFind(chatId);
        return it == m_contacts.constEnd() ? nullptr : &*it;
    }
    int size() const { return int(m_contacts.size()); }
    const QHash<QString, ContactSummary>& all() const { return m_contacts; }

    void insert(ContactSummary summary) { m_contacts.insert(summary.chatId, std::move(summary)); }

    // Every stored contact, and every chat that has messages without a contact row.
    static Result<ContactDirectory> read(store::Database& db);

private:
    QHash<QString, ContactSummary> m_contacts;
};

} // namespace crmlens::session
