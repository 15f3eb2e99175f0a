#include "core/sync/ContactsStep.h"

#include "core/common/Logging.h"
#include "core/store/CheckpointRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/StoreStats.h"
#include "core/store/SyncPassRepository.h"
#include "core/sync/SyncRoundContext.h"

#include <algorithm>
#include <cmath>

namespace crmlens::sync {

namespace {

const QString kContactsEndpoint = QStringLiteral("/crm/chat");
const QString kFieldsPrefix = QStringLiteral("fields.chat.");

QList<store::SkippedEntry> skippedEntries(const QList<api::SkippedRecord>& skipped)
{
    QList<store::SkippedEntry> entries;
    entries.reserve(skipped.size());
    for (const api::SkippedRecord& record : skipped)
        entries << store::SkippedEntry::fromApi(record, kContactsEndpoint);
    return entries;
}

} // namespace

ContactsStep::ContactsStep(SyncRoundContext& ctx, ChatsStep& chats)
    : m_ctx(ctx), m_chats(chats), m_progress(ctx.settings.contactsPageSize)
{}

QString ContactsStep::checkpointKey() const
{
    return QStringLiteral("contacts.pass.%1").arg(m_passId);
}

Error ContactsStep::begin(const QList<store::ChatPlanRow>& known)
{
    store::SyncPassRepository passes(m_ctx.db);
    store::CheckpointRepository checkpoints(m_ctx.db);
    auto open = passes.openPass(store::kContactsPass);
    if (!open.ok())
        return open.error();
    bool resumed = false;
    if (open.value()) {
        const store::SyncPass& pass = *open.value();
        if (pass.startedAt.secsTo(m_ctx.now()) <= m_ctx.settings.maxResumeAgeSecs) {
            m_passId = pass.id;
            resumed = true;
            auto saved = checkpoints.value(checkpointKey());
            if (!saved.ok())
                return saved.error();
            if (saved.value()) {
                if (auto decoded = PassProgress::decode(*saved.value());
                    decoded && decoded->pageSize() == m_ctx.settings.contactsPageSize)
                    m_progress = *decoded;
            }
            qCInfo(lcSync).noquote() << "Continuing contacts pass" << m_passId << "with" << m_progress.storedCount()
                                     << "pages stored";
        } else if (Error err = passes.abandonPass(pass.id); err.isError()) {
            return err;
        }
    }
    if (!resumed) {
        auto pass = passes.beginPass(store::kContactsPass);
        if (!pass.ok())
            return pass.error();
        m_passId = pass->id;
    }

    for (const store::ChatPlanRow& row : known) {
        m_known.insert(row.chatId, Known{row.status, row.operatorName, row.customFieldsSeen});
        m_numbers.insert(row.chatId, row.whatsappNumber);
    }
    auto fields = checkpoints.withPrefix(kFieldsPrefix);
    if (!fields.ok())
        return fields.error();
    for (auto it = fields->cbegin(); it != fields->cend(); ++it)
        m_fieldsReadAt.insert(it.key().mid(kFieldsPrefix.size()), it.value().toLongLong());
    if (resumed) {
        // Changes the interrupted run already stored still rank their chats as active.
        auto changed = store::SyncPlanReader(m_ctx.db).changedInPass(m_passId);
        if (!changed.ok())
            return changed.error();
        for (const QString& chatId : changed.value())
            m_chats.noteListed(chatId, QDateTime(), true);
    }

    queuePages();
    if (m_progress.isComplete())
        listingComplete();
    return {};
}

void ContactsStep::queuePages()
{
    const int pages = m_progress.pagesKnown();
    for (int page = 1; page <= pages; ++page) {
        if (m_progress.isStored(page) || m_requested.contains(page))
            continue;
        m_requested.insert(page);
        m_ctx.planner.addStructural(WorkItem{WorkKind::ContactsPage, page, QString(), QString(), false});
    }
}

void ContactsStep::issue(const WorkItem& item)
{
    if (item.kind == WorkKind::ContactsPage) {
        const int page = item.page;
        const int limit = m_ctx.settings.contactsPageSize;
        m_ctx.request<api::ContactsPage>(
            item.focus,
            [&](api::CallOptions options, api::Callback<api::ContactsPage> done) {
                return m_ctx.client.fetchContacts(page, limit, std::move(done), options);
            },
            [this, page](Result<api::ContactsPage> result) { onPage(page, std::move(result)); });
    } else if (item.kind == WorkKind::ChatCustomFields) {
        const QString chatId = item.id;
        m_ctx.request<QList<api::CustomFieldValue>>(
            item.focus,
            [&](api::CallOptions options, api::Callback<QList<api::CustomFieldValue>> done) {
                return m_ctx.client.fetchChatCustomFields(chatId, std::move(done), options);
            },
            [this, chatId](Result<QList<api::CustomFieldValue>> result) { onCustomFields(chatId, std::move(result)); });
    } else if (item.kind == WorkKind::ContactLookup) {
        const QString chatId = item.id;
        const QString number = item.value;
        m_ctx.request<QList<api::Contact>>(
            item.focus,
            [&](api::CallOptions options, api::Callback<QList<api::Contact>> done) {
                return m_ctx.client.searchContacts(api::SearchField::WhatsappNumber, number,
                                                   api::SearchCondition::EqualTo, std::move(done), options);
            },
            [this, chatId](Result<QList<api::Contact>> result) { onLookup(chatId, std::move(result)); });
    }
}

void ContactsStep::onPage(int page, Result<api::ContactsPage> result)
{
    m_requested.remove(page);
    if (!result.ok()) {
        if (!m_ctx.absorb(result.error()))
            return;
        m_pageFailed = true;
        m_ctx.warn(QStringLiteral("%1 The contacts pass stays open and deletes nothing; the next round continues "
                                  "it.")
                       .arg(result.error().message));
        return;
    }
    const api::ContactsPage& contacts = result.value();
    const bool damaged = !contacts.skipped.isEmpty() || !contacts.fieldIssues.isEmpty();
    if (damaged && m_refetches.value(page) < m_ctx.settings.damagedPageRefetches) {
        m_refetches[page] += 1;
        m_requested.insert(page);
        m_ctx.planner.addStructural(WorkItem{WorkKind::ContactsPage, page, QString(), QString(), false});
        return;
    }
    if (!contacts.skipped.isEmpty()) {
        // A record we could not read may be a contact we know: the pass cannot tell who is missing.
        m_damaged = true;
    }

    PassProgress next = m_progress;
    if (contacts.info.total)
        next.setTotal(*contacts.info.total);
    if (contacts.items.size() + contacts.skipped.size() < m_ctx.settings.contactsPageSize)
        next.setShortPage(page);
    next.markStored(page);

    store::PageProgress progress;
    progress.checkpoint = store::Checkpoint{checkpointKey(), next.encode()};
    progress.skipped = skippedEntries(contacts.skipped);
    auto written = store::ContactRepository(m_ctx.db).writeContactsPage(m_passId, contacts.items, progress);
    if (!written.ok()) {
        m_ctx.storeFailed(written.error());
        return;
    }
    m_progress = next;
    m_ctx.summary.contactsAdded += written->inserted;
    m_ctx.summary.contactsChanged += written->updated;
    m_ctx.summary.contactsRestored += written->restored;
    m_ctx.summary.contactsSkipped += written->skipped;
    m_ctx.summary.skipped += written->skipped;

    noteContacts(contacts.items);
    queuePages();
    if (m_progress.isComplete())
        listingComplete();
}

void ContactsStep::noteContacts(const QList<api::Contact>& contacts)
{
    for (const api::Contact& c : contacts) {
        if (c.chatId.trimmed().isEmpty())
            continue;
        m_listedNow.insert(c.chatId);
        m_numbers.insert(c.chatId, c.whatsappNumber.trimmed());
        const auto old = m_known.constFind(c.chatId);
        const bool isNew = old == m_known.constEnd();
        const QString status = c.status.trimmed();
        const QString operatorName = c.operatorName.trimmed();
        const bool changed = !isNew && (old->status != status || old->operatorName != operatorName);
        const bool fieldsSeen = (!isNew && old->customFieldsSeen) || c.customFieldsPresent;
        m_chats.noteListed(c.chatId, c.createdAt.isValid() ? c.createdAt : m_ctx.now(), changed);
        // The list leaves this contact's custom fields out: read them from the chat's settings when
        // they were never seen, when the contact just changed, or when the last read is old.
        if (!c.customFieldsPresent && (!fieldsSeen || changed || fieldsStale(c.chatId)))
            queueCustomFields(c.chatId);
        m_known.insert(c.chatId, Known{status, operatorName, fieldsSeen});
    }
    m_ctx.summary.contactsListed = m_listedNow.size();
}

bool ContactsStep::fieldsStale(const QString& chatId) const
{
    const auto at = m_fieldsReadAt.constFind(chatId);
    if (at == m_fieldsReadAt.constEnd())
        return true;
    return (m_ctx.now().toMSecsSinceEpoch() - at.value()) / 1000 >= m_ctx.settings.chatFieldsRefreshSecs;
}

void ContactsStep::queueCustomFields(const QString& chatId)
{
    if (m_fieldsQueued.contains(chatId))
        return;
    m_fieldsQueued.insert(chatId);
    ++m_fieldsPending;
    m_ctx.planner.addStructural(WorkItem{WorkKind::ChatCustomFields, 0, chatId, QString(), false});
}

void ContactsStep::onCustomFields(const QString& chatId, Result<QList<api::CustomFieldValue>> result)
{
    --m_fieldsPending;
    if (!result.ok()) {
        if (result.error().kind == Error::Kind::NotFound) {
            // Deleted between the list and this call.
            auto marked = store::ContactRepository(m_ctx.db).markContactGone(chatId, m_ctx.now());
            if (!marked.ok()) {
                m_ctx.storeFailed(marked.error());
                return;
            }
            if (marked.value())
                ++m_ctx.summary.contactsDeleted;
            m_chats.noteGone(chatId);
        } else if (m_ctx.absorb(result.error())) {
            m_ctx.warn(result.error().message);
        } else {
            return;
        }
        maybeComplete();
        return;
    }
    store::PageProgress progress;
    progress.checkpoint = store::Checkpoint{kFieldsPrefix + chatId, QString::number(m_ctx.now().toMSecsSinceEpoch())};
    auto written = store::ContactRepository(m_ctx.db).writeChatCustomFields(m_passId, chatId, result.value(), progress);
    if (!written.ok()) {
        m_ctx.storeFailed(written.error());
        return;
    }
    ++m_ctx.summary.chatCustomFieldsRead;
    m_fieldsReadAt.insert(chatId, m_ctx.now().toMSecsSinceEpoch());
    maybeComplete();
}

void ContactsStep::listingComplete()
{
    if (m_listed)
        return;
    m_listed = true;
    store::SyncPlanReader reader(m_ctx.db);

    // Contacts an interrupted run listed without custom fields (that memory was lost with it).
    auto lacking = reader.listedWithoutCustomFields(m_passId);
    if (!lacking.ok()) {
        m_ctx.storeFailed(lacking.error());
        return;
    }
    for (const store::ContactRef& ref : lacking.value())
        queueCustomFields(ref.chatId);

    auto missing = reader.notListedInPass(m_passId);
    if (!missing.ok()) {
        m_ctx.storeFailed(missing.error());
        return;
    }
    auto counts = store::StoreStats(m_ctx.db).counts();
    if (!counts.ok()) {
        m_ctx.storeFailed(counts.error());
        return;
    }
    const qint64 alive = counts->aliveContacts;
    const double allowance =
        std::max(m_ctx.settings.maxDeletedShare * double(alive), double(m_ctx.settings.minDeletionAllowance));
    m_deleteShare = alive > 0 ? std::min(1.0, allowance / double(alive)) : 1.0;
    const qint64 missingCount = missing->size();
    if (missingCount > 0 && double(missingCount) > allowance) {
        m_held = true;
        m_ctx.warn(QStringLiteral("The CRM no longer lists %1 of %2 contacts, more than the safety limit allows at "
                                  "once; nothing was deleted. If they were really deleted, the next complete pass "
                                  "will confirm it.")
                       .arg(missingCount)
                       .arg(alive));
    } else if (missingCount > 0 && m_damaged) {
        m_held = true;
        m_ctx.warn(QStringLiteral("%1 contacts were not listed, but some contact records could not be read; "
                                  "nothing was deleted in this pass.")
                       .arg(missingCount));
    } else {
        for (const store::ContactRef& ref : missing.value()) {
            m_checks.insert(ref.chatId, Check::Reading);
            if (!ref.whatsappNumber.isEmpty())
                m_numbers.insert(ref.chatId, ref.whatsappNumber);
        }
        for (const store::ContactRef& ref : missing.value()) {
            if (m_ctx.stopped())
                return;
            m_chats.verify(ref.chatId);
        }
    }
    maybeComplete();
}

bool ContactsStep::claimGone(const QString& chatId) const
{
    return !m_closed && m_checks.value(chatId, Check::Relisted) == Check::Reading;
}

void ContactsStep::verified(const QString& chatId, ChatVerdict verdict)
{
    const auto it = m_checks.find(chatId);
    if (it == m_checks.end() || it.value() != Check::Reading)
        return;
    switch (verdict) {
    case ChatVerdict::Gone:
        it.value() = Check::Gone;
        break;
    case ChatVerdict::Unknown:
        it.value() = Check::Unresolved;
        break;
    case ChatVerdict::Alive:
        // The chat still answers: the contact only slipped between pages. Find it by number.
        it.value() = Check::LookingUp;
        m_ctx.planner.addStructural(WorkItem{WorkKind::ContactLookup, 0, chatId, m_numbers.value(chatId), false});
        return;
    }
    maybeComplete();
}

void ContactsStep::onLookup(const QString& chatId, Result<QList<api::Contact>> result)
{
    Check outcome = Check::Unresolved;
    if (result.ok()) {
        QList<api::Contact> found;
        for (const api::Contact& c : result.value()) {
            if (c.chatId == chatId)
                found << c;
        }
        if (!found.isEmpty()) {
            auto written = store::ContactRepository(m_ctx.db).writeContactsPage(m_passId, found.mid(0, 1));
            if (!written.ok()) {
                m_ctx.storeFailed(written.error());
                return;
            }
            m_ctx.summary.contactsChanged += written->updated;
            noteContacts(found.mid(0, 1));
            outcome = Check::Relisted;
        }
    } else if (!m_ctx.absorb(result.error())) {
        return;
    }
    m_checks.insert(chatId, outcome);
    maybeComplete();
}

void ContactsStep::maybeComplete()
{
    if (m_closed || !m_listed || m_fieldsPending > 0 || m_ctx.stopped())
        return;
    int unresolved = 0;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it.value() == Check::Reading || it.value() == Check::LookingUp)
            return;
        if (it.value() == Check::Unresolved)
            ++unresolved;
    }
    if (m_held) {
        closeWithoutDeleting(QString());
        return;
    }
    if (unresolved > 0) {
        closeWithoutDeleting(QStringLiteral("%1 contacts the pass did not list could not be checked; nothing was "
                                            "deleted in this pass.")
                                 .arg(unresolved));
        return;
    }
    auto completion = store::ContactRepository(m_ctx.db).completeContactPass(m_passId, m_deleteShare);
    if (!completion.ok()) {
        m_ctx.storeFailed(completion.error());
        return;
    }
    if (completion->refused) {
        closeWithoutDeleting(QStringLiteral("The contacts pass would have deleted %1 of %2 contacts; nothing was "
                                            "deleted.")
                                 .arg(completion->missing)
                                 .arg(completion->aliveBefore));
        return;
    }
    m_closed = true;
    m_ctx.summary.contactsPassComplete = true;
    m_ctx.summary.contactsDeleted += completion->deleted;
    qCInfo(lcSync).noquote() << "Contacts pass" << m_passId << "complete:" << m_listedNow.size() << "listed,"
                             << completion->deleted << "deleted";
}

void ContactsStep::closeWithoutDeleting(const QString& why)
{
    m_closed = true;
    m_ctx.summary.deletionsHeld = true;
    if (!why.isEmpty())
        m_ctx.warn(why);
    if (Error err = store::SyncPassRepository(m_ctx.db).abandonPass(m_passId); err.isError())
        m_ctx.storeFailed(err);
}

void ContactsStep::finalize()
{
    if (m_passId == 0)
        return; // not part of this round
    maybeComplete();
    if (m_closed || m_ctx.stopped())
        return;
    if (!m_listed)
        m_ctx.warn(QStringLiteral("The contacts pass could not read every page; it stays open and the next round "
                                  "continues it. Nothing was deleted."));
}

} // namespace crmlens::sync
