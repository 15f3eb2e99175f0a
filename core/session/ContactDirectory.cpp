#include "core/session/ContactDirectory.h"

#include "core/store/Database.h"

namespace crmlens::session {

Result<ContactDirectory> ContactDirectory::read(store::Database& db)
{
    // One pass over contacts with their stage, region and newest message; then the chats that
    // only have messages (their contact was never listed), so every lead and message has a row.
    auto contacts = db.statement(QStringLiteral(
        "SELECT c.chat_id, c.name, c.whatsapp_number, c.status, c.operator, f.value, r.region, "
        "s.newest_message_at, c.deleted_at IS NOT NULL "
        "FROM contacts c "
        "LEFT JOIN contact_custom_fields f ON f.chat_id = c.chat_id AND f.field_key = ? "
        "LEFT JOIN derived_phone_regions r ON r.whatsapp_number = c.whatsapp_number "
        "LEFT JOIN chat_sync_state s ON s.chat_id = c.chat_id"));
    if (!contacts)
        return contacts.error();
    contacts->bind(QStringLiteral("lead_stage"));
    if (Error e = contacts->exec(QStringLiteral("read the contact directory")); e.isError())
        return e;
    ContactDirectory directory;
    while (contacts->next()) {
        ContactSummary s;
        s.chatId = contacts->text(0);
        s.name = contacts->text(1);
        s.whatsappNumber = contacts->text(2);
        s.status = contacts->text(3);
        s.operatorName = contacts->text(4);
        s.leadStage = contacts->text(5);
        s.country = contacts->text(6);
        s.lastActivityMs = contacts->isNull(7) ? 0 : contacts->integer(7);
        s.deleted = contacts->integer(8) != 0;
        directory.insert(std::move(s));
    }

    auto orphans = db.statement(QStringLiteral(
        "SELECT s.chat_id, s.newest_message_at FROM chat_sync_state s "
        "WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.chat_id = s.chat_id)"));
    if (!orphans)
        return orphans.error();
    if (Error e = orphans->exec(QStringLiteral("read chats without a contact")); e.isError())
        return e;
    while (orphans->next()) {
        ContactSummary s;
        s.chatId = orphans->text(0);
        s.lastActivityMs = orphans->isNull(1) ? 0 : orphans->integer(1);
        directory.insert(std::move(s));
    }
    return directory;
}

} // namespace crmlens::session
