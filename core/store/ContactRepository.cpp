#include "core/store/ContactRepository.h"

#include "core/store/ContactChangeWriter.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"
#include "core/store/StoreErrors.h"
#include "core/store/SyncPassRepository.h"

#include <QHash>

#include <optional>

namespace crmlens::store {

namespace {

const QString kContactsEndpoint = QStringLiteral("/crm/chat");

struct StoredRow
{
    QString number;
    QString name;
    QString email;
    QString status;
    QString operatorName;
    QDateTime createdAt;
    QDateTime deletedAt;
    bool fieldsSeen = false;
};

Result<std::optional<StoredRow>> loadRow(Database& db, const QString& chatId)
{
    auto select = db.statement(QStringLiteral("SELECT whatsapp_number, name, email, status, operator, created_at, "
                                              "deleted_at, custom_fields_seen FROM contacts WHERE chat_id = ?"));
    if (!select)
        return select.error();
    select->bind(chatId);
    if (Error err = select->exec(QStringLiteral("reading a contact")); err.isError())
        return err;
    if (!select->next())
        return std::optional<StoredRow>();
    StoredRow row;
    row.number = select->text(0);
    row.name = select->text(1);
    row.email = select->text(2);
    row.status = select->text(3);
    row.operatorName = select->text(4);
    row.createdAt = select->time(5);
    row.deletedAt = select->time(6);
    row.fieldsSeen = select->integer(7) != 0;
    return std::optional<StoredRow>(row);
}

Error noteOperator(Database& db, const QString& name, const QDateTime& seenAt)
{
    if (name.isNull())
        return {};
    auto upsert = db.statement(QStringLiteral("INSERT INTO operators (name, first_seen_at, last_seen_at) "
                                              "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                              "last_seen_at = excluded.last_seen_at "
                                              "WHERE excluded.last_seen_at > last_seen_at"));
    if (!upsert)
        return upsert.error();
    upsert->bind(name).bind(seenAt).bind(seenAt);
    return upsert->exec(QStringLiteral("recording an operator"));
}

Error insertContact(Database& db, ContactChangeWriter& changes, qint64 passId, const QDateTime& passStart,
                    const QDateTime& now, const api::Contact& c)
{
    auto insert = db.statement(QStringLiteral(
        "INSERT INTO contacts (chat_id, whatsapp_number, phone_digits, name, email, created_at, status, operator, "
        "custom_fields_seen, first_seen_at, first_seen_pass_id, last_seen_at, last_seen_pass_id, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const QString number = textOrEmpty(c.whatsappNumber.trimmed());
    insert->bind(c.chatId)
        .bind(number)
        .bind(textOrEmpty(phoneDigits(number)))
        .bind(trimmedOrNull(c.name))
        .bind(trimmedOrNull(c.email))
        .bind(c.createdAt)
        .bind(trimmedOrNull(c.status))
        .bind(trimmedOrNull(c.operatorName))
        .bind(qint64(c.customFieldsPresent ? 1 : 0))
        .bind(passStart)
        .bind(passId)
        .bind(passStart)
        .bind(passId)
        .bind(now);
    if (Error err = insert->exec(QStringLiteral("adding a contact")); err.isError())
        return err;
    if (c.customFieldsPresent) {
        if (auto fields = changes.replaceCustomFields(c.chatId, c.customFields, false); !fields)
            return fields.error();
    }
    return {};
}

// Returns whether the stored contact changed.
Result<bool> updateContact(Database& db, ContactChangeWriter& changes, qint64 passId, const QDateTime& passStart,
                           const QDateTime& now, const api::Contact& c, const StoredRow& old)
{
    const QString number = textOrEmpty(c.whatsappNumber.trimmed());
    const QString name = trimmedOrNull(c.name);
    const QString email = trimmedOrNull(c.email);
    const QString status = trimmedOrNull(c.status);
    const QString operatorName = trimmedOrNull(c.operatorName);
    // created_at never changes in the CRM; a page that omits it does not erase the one we know.
    const QDateTime createdAt = c.createdAt.isValid() ? c.createdAt : old.createdAt;

    bool changed = old.number != number || old.name != name || old.email != email || old.createdAt != createdAt ||
                   old.status != status || old.operatorName != operatorName || old.deletedAt.isValid();
    if (old.status != status) {
        if (Error err = changes.recordChange(c.chatId, kStatusField, QString(), old.status, status); err.isError())
            return err;
    }
    if (old.operatorName != operatorName) {
        if (Error err = changes.recordChange(c.chatId, kOperatorField, QString(), old.operatorName, operatorName);
            err.isError())
            return err;
    }
    if (c.customFieldsPresent) {
        auto fields = changes.replaceCustomFields(c.chatId, c.customFields, old.fieldsSeen);
        if (!fields)
            return fields.error();
        changed = changed || fields.value() || !old.fieldsSeen;
    }

    auto update = db.statement(QStringLiteral(
        "UPDATE contacts SET whatsapp_number = ?, phone_digits = ?, name = ?, email = ?, created_at = ?, status = ?, "
        "operator = ?, custom_fields_seen = max(custom_fields_seen, ?), last_seen_at = ?, last_seen_pass_id = ?, "
        "updated_at = CASE WHEN ? THEN ? ELSE updated_at END, deleted_at = NULL, deleted_pass_id = NULL "
        "WHERE chat_id = ?"));
    if (!update)
        return update.error();
    update->bind(number)
        .bind(textOrEmpty(phoneDigits(number)))
        .bind(name)
        .bind(email)
        .bind(createdAt)
        .bind(status)
        .bind(operatorName)
        .bind(qint64(c.customFieldsPresent ? 1 : 0))
        .bind(passStart)
        .bind(passId)
        .bind(qint64(changed ? 1 : 0))
        .bind(now)
        .bind(c.chatId);
    if (Error err = update->exec(QStringLiteral("updating a contact")); err.isError())
        return err;

    if (old.deletedAt.isValid()) {
        auto restore = db.statement(QStringLiteral("UPDATE contact_deletions SET restored_at = ?, restored_pass_id = ? "
                                                   "WHERE chat_id = ? AND restored_at IS NULL"));
        if (!restore)
            return restore.error();
        restore->bind(passStart).bind(passId).bind(c.chatId);
        if (Error err = restore->exec(QStringLiteral("restoring a contact")); err.isError())
            return err;
    }
    return changed;
}

Result<qint64> countOf(Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    auto query = db.statement(sql);
    if (!query)
        return query.error();
    for (const QVariant& v : values)
        query->bind(v);
    if (Error err = query->exec(what); err.isError())
        return err;
    return query->next() ? query->integer(0) : 0;
}

} // namespace

Result<PageWriteResult> ContactRepository::writeContactsPage(qint64 passId, const QList<api::Contact>& contacts,
                                                             const PageProgress& progress)
{
    PageWriteResult result;
    const QString what = QStringLiteral("writing a contacts page");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        auto passStart = SyncPassRepository::openPassStart(m_db, passId, kContactsPass);
        if (!passStart)
            return passStart.error();
        const QDateTime now = m_db.now();

        QList<SkippedEntry> skipped = progress.skipped;
        QHash<QString, qsizetype> lastIndex;
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            if (contacts[i].chatId.trimmed().isEmpty())
                skipped << SkippedEntry{kContactsEndpoint, QStringLiteral("contact"), QString(),
                                        QStringLiteral("no chat_id")};
            else
                lastIndex.insert(contacts[i].chatId, i);
        }

        ContactChangeWriter changes(m_db, passId, passStart.value(), now);
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const api::Contact& c = contacts[i];
            if (c.chatId.trimmed().isEmpty() || lastIndex.value(c.chatId) != i)
                continue;
            auto old = loadRow(m_db, c.chatId);
            if (!old)
                return old.error();
            if (!old.value()) {
                if (Error e = insertContact(m_db, changes, passId, passStart.value(), now, c); e.isError())
                    return e;
                ++result.inserted;
            } else {
                auto changed = updateContact(m_db, changes, passId, passStart.value(), now, c, *old.value());
                if (!changed)
                    return changed.error();
                if (old.value()->deletedAt.isValid())
                    ++result.restored;
                ++(changed.value() ? result.updated : result.unchanged);
            }
            if (Error e = noteOperator(m_db, trimmedOrNull(c.operatorName), passStart.value()); e.isError())
                return e;
        }
        result.skipped = int(skipped.size());
        result.historyRecorded = changes.historyRecorded();
        if (Error e = detail::writePageProgress(m_db, progress.checkpoint, skipped, passId, now); e.isError())
            return e;
        return SyncPassRepository::addPageCounts(m_db, passId, int(contacts.size()), result, now);
    });
    if (err.isError())
        return err;
    return result;
}

Result<PageWriteResult> ContactRepository::writeChatCustomFields(qint64 passId, const QString& chatId,
                                                                 const QList<api::CustomFieldValue>& fields,
                                                                 const PageProgress& progress)
{
    PageWriteResult result;
    const QString what = QStringLiteral("writing a chat's custom fields");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        auto passStart = SyncPassRepository::openPassStart(m_db, passId, kContactsPass);
        if (!passStart)
            return passStart.error();
        auto old = loadRow(m_db, chatId);
        if (!old)
            return old.error();
        if (!old.value())
            return invalidArgumentError(QStringLiteral("Custom fields for an unknown chat %1.").arg(chatId));
        const QDateTime now = m_db.now();
        ContactChangeWriter changes(m_db, passId, passStart.value(), now);
        auto changed = changes.replaceCustomFields(chatId, fields, old.value()->fieldsSeen);
        if (!changed)
            return changed.error();
        const bool anyChange = changed.value() || !old.value()->fieldsSeen;
        auto update = m_db.statement(QStringLiteral("UPDATE contacts SET custom_fields_seen = 1, "
                                                    "updated_at = CASE WHEN ? THEN ? ELSE updated_at END "
                                                    "WHERE chat_id = ?"));
        if (!update)
            return update.error();
        update->bind(qint64(anyChange ? 1 : 0)).bind(now).bind(chatId);
        if (Error e = update->exec(what); e.isError())
            return e;
        ++(anyChange ? result.updated : result.unchanged);
        result.skipped = int(progress.skipped.size());
        result.historyRecorded = changes.historyRecorded();
        if (Error e = detail::writePageProgress(m_db, progress.checkpoint, progress.skipped, passId, now); e.isError())
            return e;
        return SyncPassRepository::addPageCounts(m_db, passId, 1, result, now);
    });
    if (err.isError())
        return err;
    return result;
}

Result<ContactPassCompletion> ContactRepository::completeContactPass(qint64 passId, double maxDeletedShare)
{
    ContactPassCompletion outcome;
    outcome.passId = passId;
    const QString what = QStringLiteral("closing a contacts pass");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        auto passStart = SyncPassRepository::openPassStart(m_db, passId, kContactsPass);
        if (!passStart)
            return passStart.error();
        auto alive = countOf(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"), {}, what);
        if (!alive)
            return alive.error();
        auto missing = countOf(m_db,
                               QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL "
                                              "AND last_seen_pass_id <> ?"),
                               {passId}, what);
        if (!missing)
            return missing.error();
        outcome.aliveBefore = alive.value();
        outcome.missing = missing.value();
        if (outcome.missing > 0 && double(outcome.missing) > maxDeletedShare * double(outcome.aliveBefore)) {
            outcome.refused = true;
            return {};
        }

        const QDateTime now = m_db.now();
        auto log = m_db.statement(QStringLiteral("INSERT INTO contact_deletions (chat_id, pass_id, deleted_at, reason) "
                                                 "SELECT chat_id, ?, ?, 'missing_from_complete_pass' FROM contacts "
                                                 "WHERE deleted_at IS NULL AND last_seen_pass_id <> ?"));
        if (!log)
            return log.error();
        log->bind(passId).bind(passStart.value()).bind(passId);
        if (Error e = log->exec(what); e.isError())
            return e;
        auto mark =
            m_db.statement(QStringLiteral("UPDATE contacts SET deleted_at = ?, deleted_pass_id = ?, "
                                          "updated_at = ? WHERE deleted_at IS NULL AND last_seen_pass_id <> ?"));
        if (!mark)
            return mark.error();
        mark->bind(passStart.value()).bind(passId).bind(now).bind(passId);
        if (Error e = mark->exec(what); e.isError())
            return e;
        outcome.deleted = mark->rowsAffected();

        auto earlier = countOf(m_db, QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = ? AND complete = 1"),
                               {QString(kContactsPass)}, what);
        if (!earlier)
            return earlier.error();
        if (earlier.value() == 0) {
            outcome.firstCompletePass = true;
            auto flag = m_db.statement(QStringLiteral("UPDATE contacts SET in_first_complete_pass = 1 "
                                                      "WHERE last_seen_pass_id = ?"));
            if (!flag)
                return flag.error();
            flag->bind(passId);
            if (Error e = flag->exec(what); e.isError())
                return e;
        }
        auto close = m_db.statement(QStringLiteral("UPDATE sync_passes SET finished_at = ?, complete = 1, "
                                                   "deleted = deleted + ? WHERE id = ?"));
        if (!close)
            return close.error();
        close->bind(now).bind(outcome.deleted).bind(passId);
        return close->exec(what);
    });
    if (err.isError())
        return err;
    return outcome;
}

Result<bool> ContactRepository::markContactGone(const QString& chatId, const QDateTime& at,
                                                const PageProgress& progress)
{
    if (!at.isValid())
        return invalidArgumentError(QStringLiteral("A deletion needs a valid time."));
    bool marked = false;
    const QString what = QStringLiteral("marking a contact as deleted");
    Error err = m_db.inTransaction(what, [&]() -> Error {
        const QDateTime now = m_db.now();
        auto mark = m_db.statement(QStringLiteral("UPDATE contacts SET deleted_at = ?, deleted_pass_id = NULL, "
                                                  "updated_at = ? WHERE chat_id = ? AND deleted_at IS NULL"));
        if (!mark)
            return mark.error();
        mark->bind(at).bind(now).bind(chatId);
        if (Error e = mark->exec(what); e.isError())
            return e;
        marked = mark->rowsAffected() > 0;
        if (marked) {
            auto log = m_db.statement(QStringLiteral("INSERT INTO contact_deletions (chat_id, pass_id, deleted_at, "
                                                     "reason) VALUES (?, NULL, ?, 'not_found')"));
            if (!log)
                return log.error();
            log->bind(chatId).bind(at);
            if (Error e = log->exec(what); e.isError())
                return e;
        }
        return detail::writePageProgress(m_db, progress.checkpoint, progress.skipped, 0, now);
    });
    if (err.isError())
        return err;
    return marked;
}

} // namespace crmlens::store
