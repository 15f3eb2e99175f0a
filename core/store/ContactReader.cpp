#include "core/store/ContactReader.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

namespace crmlens::store {

namespace {

const QString kHistoryColumns = QStringLiteral("id, chat_id, pass_id, changed_at, recorded_at, field, field_key, "
                                               "old_value, new_value");

ContactChange changeFromRow(const Statement& row)
{
    ContactChange c;
    c.id = row.integer(0);
    c.chatId = row.text(1);
    c.passId = row.integer(2);
    c.changedAt = row.time(3);
    c.recordedAt = row.time(4);
    c.field = row.text(5);
    c.key = row.text(6);
    c.oldValue = row.text(7);
    c.newValue = row.text(8);
    return c;
}

Result<QList<ContactChange>> collectChanges(Statement& query, const QString& what)
{
    if (Error err = query.exec(what); err.isError())
        return err;
    QList<ContactChange> changes;
    while (query.next())
        changes << changeFromRow(query);
    return changes;
}

} // namespace

Result<std::optional<StoredContact>> ContactReader::contact(const QString& chatId)
{
    const QString what = QStringLiteral("reading a contact");
    StoredContact c;
    {
        auto query = m_db.statement(QStringLiteral(
            "SELECT chat_id, whatsapp_number, name, email, status, operator, created_at, first_seen_at, "
            "first_seen_pass_id, in_first_complete_pass, last_seen_at, last_seen_pass_id, deleted_at, deleted_pass_id, "
            "custom_fields_seen FROM contacts WHERE chat_id = ?"));
        if (!query)
            return query.error();
        query->bind(chatId);
        if (Error err = query->exec(what); err.isError())
            return err;
        if (!query->next())
            return std::optional<StoredContact>();
        c.chatId = query->text(0);
        c.whatsappNumber = query->text(1);
        c.name = query->text(2);
        c.email = query->text(3);
        c.status = query->text(4);
        c.operatorName = query->text(5);
        c.createdAt = query->time(6);
        c.firstSeenAt = query->time(7);
        c.firstSeenPassId = query->integer(8);
        c.inFirstCompletePass = query->integer(9) != 0;
        c.lastSeenAt = query->time(10);
        c.lastSeenPassId = query->integer(11);
        c.deletedAt = query->time(12);
        c.deletedPassId = query->integer(13);
        c.customFieldsSeen = query->integer(14) != 0;
    }
    auto fields =
        m_db.statement(QStringLiteral("SELECT field_key, value FROM contact_custom_fields WHERE chat_id = ?"));
    if (!fields)
        return fields.error();
    fields->bind(chatId);
    if (Error err = fields->exec(what); err.isError())
        return err;
    while (fields->next())
        c.customFields.insert(fields->text(0), fields->text(1));
    return std::optional<StoredContact>(c);
}

Result<QList<ContactChange>> ContactReader::history(const QString& chatId)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kHistoryColumns +
                                QStringLiteral(" FROM contact_history WHERE chat_id = ? ORDER BY changed_at, id"));
    if (!query)
        return query.error();
    query->bind(chatId);
    return collectChanges(query.value(), QStringLiteral("reading a contact's history"));
}

Result<QList<ContactChange>> ContactReader::changes(const QString& field, const QDateTime& from, const QDateTime& to)
{
    auto query = m_db.statement(QStringLiteral("SELECT ") + kHistoryColumns +
                                QStringLiteral(" FROM contact_history WHERE field = ? AND changed_at >= ? AND "
                                               "changed_at < ? ORDER BY changed_at, id"));
    if (!query)
        return query.error();
    query->bind(field).bind(from).bind(to);
    return collectChanges(query.value(), QStringLiteral("reading contact changes"));
}

Result<QList<ContactDeletion>> ContactReader::deletions(const QString& chatId)
{
    auto query = m_db.statement(QStringLiteral("SELECT chat_id, pass_id, deleted_at, reason, restored_at FROM "
                                               "contact_deletions WHERE chat_id = ? ORDER BY deleted_at, id"));
    if (!query)
        return query.error();
    query->bind(chatId);
    if (Error err = query->exec(QStringLiteral("reading deletions")); err.isError())
        return err;
    QList<ContactDeletion> list;
    while (query->next())
        list << ContactDeletion{query->text(0), query->integer(1), query->time(2), query->text(3), query->time(4)};
    return list;
}

Result<QStringList> ContactReader::chatsWithField(const QString& key, const QString& value)
{
    auto query = m_db.statement(QStringLiteral("SELECT chat_id FROM contact_custom_fields WHERE field_key = ? AND "
                                               "value = ? ORDER BY chat_id"));
    if (!query)
        return query.error();
    query->bind(key).bind(value.trimmed());
    if (Error err = query->exec(QStringLiteral("reading a segment")); err.isError())
        return err;
    QStringList chats;
    while (query->next())
        chats << query->text(0);
    return chats;
}

Result<QString> ContactReader::chatIdForPhone(const QString& number)
{
    const QString digits = phoneDigits(number);
    if (digits.isEmpty())
        return QString();
    // Prefer a living contact when a number was reused after a deletion.
    auto query = m_db.statement(QStringLiteral("SELECT chat_id FROM contacts WHERE phone_digits = ? "
                                               "ORDER BY deleted_at IS NOT NULL, last_seen_at DESC LIMIT 1"));
    if (!query)
        return query.error();
    query->bind(digits);
    if (Error err = query->exec(QStringLiteral("finding a contact by number")); err.isError())
        return err;
    return query->next() ? query->text(0) : QString();
}

} // namespace crmlens::store
