#include "core/store/ContactChangeWriter.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QMap>

namespace crmlens::store {

namespace {

struct FieldValue
{
    QString fieldId;
    QString value;
};

} // namespace

ContactChangeWriter::ContactChangeWriter(Database& db, qint64 passId, QDateTime passStart, QDateTime now)
    : m_db(db), m_passId(passId), m_passStart(std::move(passStart)), m_now(std::move(now))
{}

Error ContactChangeWriter::recordChange(const QString& chatId, QLatin1String field, const QString& key,
                                        const QString& oldValue, const QString& newValue)
{
    auto insert = m_db.statement(QStringLiteral("INSERT INTO contact_history (chat_id, pass_id, changed_at, "
                                                "recorded_at, field, field_key, old_value, new_value) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(chatId);
    if (m_passId > 0)
        insert->bind(m_passId);
    else
        insert->bindNull();
    insert->bind(m_passStart).bind(m_now).bind(QString(field)).bind(textOrEmpty(key)).bind(oldValue).bind(newValue);
    if (Error err = insert->exec(QStringLiteral("recording a contact change")); err.isError())
        return err;
    ++m_historyRecorded;
    return {};
}

Result<QString> ContactChangeWriter::keyFor(const api::CustomFieldValue& field)
{
    const QString name = field.name.trimmed();
    if (!name.isEmpty())
        return name;
    const QString id = field.fieldId.trimmed();
    if (id.isEmpty())
        return QString();
    if (auto it = m_nameById.constFind(id); it != m_nameById.constEnd())
        return it.value();
    auto lookup = m_db.statement(QStringLiteral("SELECT name FROM custom_field_definitions WHERE field_id = ?"));
    if (!lookup)
        return lookup.error();
    lookup->bind(id);
    if (Error err = lookup->exec(QStringLiteral("resolving a custom field")); err.isError())
        return err;
    const QString resolved = lookup->next() && !lookup->text(0).trimmed().isEmpty() ? lookup->text(0).trimmed() : id;
    m_nameById.insert(id, resolved);
    return resolved;
}

Result<bool> ContactChangeWriter::replaceCustomFields(const QString& chatId, const QList<api::CustomFieldValue>& fields,
                                                      bool recordHistory)
{
    const QString what = QStringLiteral("writing custom fields");
    QMap<QString, FieldValue> incoming;
    for (const api::CustomFieldValue& field : fields) {
        auto key = keyFor(field);
        if (!key)
            return key.error();
        if (key.value().isEmpty())
            continue;
        const QString value = trimmedOrNull(field.value);
        if (value.isNull())
            incoming.remove(key.value()); // empty means absent; a later duplicate key wins
        else
            incoming.insert(key.value(), FieldValue{field.fieldId.trimmed(), value});
    }

    QMap<QString, QString> stored;
    {
        auto select = m_db.statement(QStringLiteral("SELECT field_key, value FROM contact_custom_fields "
                                                    "WHERE chat_id = ?"));
        if (!select)
            return select.error();
        select->bind(chatId);
        if (Error err = select->exec(what); err.isError())
            return err;
        while (select->next())
            stored.insert(select->text(0), select->text(1));
    }

    bool changed = false;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (incoming.contains(it.key()))
            continue;
        auto remove = m_db.statement(QStringLiteral("DELETE FROM contact_custom_fields WHERE chat_id = ? AND "
                                                    "field_key = ?"));
        if (!remove)
            return remove.error();
        remove->bind(chatId).bind(it.key());
        if (Error err = remove->exec(what); err.isError())
            return err;
        if (recordHistory) {
            if (Error err = recordChange(chatId, kCustomField, it.key(), it.value(), QString()); err.isError())
                return err;
        }
        changed = true;
    }
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        const auto old = stored.constFind(it.key());
        const bool known = old != stored.constEnd();
        if (known && old.value() == it->value)
            continue;
        auto upsert = m_db.statement(QStringLiteral("INSERT INTO contact_custom_fields (chat_id, field_key, value, "
                                                    "field_id) VALUES (?, ?, ?, ?) ON CONFLICT (chat_id, field_key) "
                                                    "DO UPDATE SET value = excluded.value, "
                                                    "field_id = coalesce(excluded.field_id, field_id)"));
        if (!upsert)
            return upsert.error();
        upsert->bind(chatId).bind(it.key()).bind(it->value).bind(it->fieldId.isEmpty() ? QString() : it->fieldId);
        if (Error err = upsert->exec(what); err.isError())
            return err;
        if (recordHistory) {
            if (Error err = recordChange(chatId, kCustomField, it.key(), known ? old.value() : QString(), it->value);
                err.isError())
                return err;
        }
        changed = true;
    }
    return changed;
}

} // namespace crmlens::store
