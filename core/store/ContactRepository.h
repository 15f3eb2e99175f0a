#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/store/PageProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crmlens::store {

class Database;

// What closing a contact pass found. When `refused`, nothing was changed and the pass is still
// open: more contacts would have been deleted than the cap allows (the CRM may have answered a
// partial list), and the sync should report it instead of wiping the workspace.
struct ContactPassCompletion
{
    qint64 passId = 0;
    qint64 aliveBefore = 0; // contacts not deleted before the pass closed
    qint64 missing = 0;     // of those, the ones the pass did not list
    qint64 deleted = 0;     // taken as deleted now (0 when refused)
    bool refused = false;
    bool firstCompletePass = false; // this pass is the workspace's first complete contact pass
};

// Writes contacts as the sync observes them. Every write of a page is one transaction holding the
// upserts, the history of what changed, the operators learned, the skipped records and the
// checkpoint. A contact's first observation records no history (its state was not seen to
// change); later observations record each change of status, operator and custom field, dated by
// the start of the pass that saw it.
class ContactRepository
{
public:
    explicit ContactRepository(Database& db) : m_db(db) {}

    // `passId` is an open contacts pass (SyncPassRepository::beginPass). Repeated contacts in a
    // page count once (the last one wins); a record without chat_id is logged as skipped. When a
    // contact came without custom fields (customFieldsPresent false) its stored fields are kept.
    Result<PageWriteResult> writeContactsPage(qint64 passId, const QList<api::Contact>& contacts,
                                              const PageProgress& progress = {});

    // The custom fields of one chat as /crm/chat/setting/{chat_id}/custom-field lists them: the
    // chat's full set (fields it no longer lists are removed, with history).
    Result<PageWriteResult> writeChatCustomFields(qint64 passId, const QString& chatId,
                                                  const QList<api::CustomFieldValue>& fields,
                                                  const PageProgress& progress = {});

    // Closes a complete contacts pass: every contact it did not list is deleted as of the pass
    // start, unless more than `maxDeletedShare` (0..1) of the living contacts would go.
    Result<ContactPassCompletion> completeContactPass(qint64 passId, double maxDeletedShare);

    // The messages endpoint answered NOT_FOUND for the chat: the contact is gone as of `at`.
    // Returns false when the contact is unknown or already deleted.
    Result<bool> markContactGone(const QString& chatId, const QDateTime& at, const PageProgress& progress = {});

private:
    Database& m_db;
};

} // namespace crmlens::store
