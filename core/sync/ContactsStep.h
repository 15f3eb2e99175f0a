#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/store/SyncPlanReader.h"
#include "core/sync/ChatsStep.h"
#include "core/sync/PassProgress.h"
#include "core/sync/SyncPlanner.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace crmlens::sync {

class SyncRoundContext;

// The complete contacts pass of a round. The list has no filter and no order but "newest
// first", so the only way to learn about new, changed and deleted contacts is to read every
// page. Pages are stored one transaction each with the set of stored pages as checkpoint, so an
// interrupted pass continues with exactly the pages it lacks.
//
// Deletions are careful, because a contact that merely moved between pages while the pass was
// paging (others were deleted before it) also goes unlisted. Once every page is stored, each
// living contact the pass did not list is checked: its chat is read at once (its messages
// endpoint answers NOT_FOUND when the contact is gone, and the read is the chat's read for the
// round otherwise), and a contact that still answers is looked up by number and stored in the
// pass. Only then does the pass complete, deleting what is confirmed gone as of the pass start.
// More missing contacts than the safety cap allows, pages that stayed unreadable, or a check that
// could not be made: the pass is closed without deleting anything, with a warning.
class ContactsStep
{
public:
    ContactsStep(SyncRoundContext& ctx, ChatsStep& chats);

    // Opens the contacts pass (or continues the open one when it is recent enough) and queues its
    // first page. `known`: the living contacts as the round found them.
    Error begin(const QList<store::ChatPlanRow>& known);
    void issue(const WorkItem& item);
    // At the end of the round: a pass that could not finish stays open for the next round.
    void finalize();

    qint64 passId() const { return m_passId; }
    bool isListed() const { return m_listed; }
    bool isClosed() const { return m_closed; }
    const PassProgress& progress() const { return m_progress; }

    // For ChatsStep: whether a NOT_FOUND for this chat settles one of the pass's checks.
    bool claimGone(const QString& chatId) const;
    void verified(const QString& chatId, ChatVerdict verdict);

private:
    struct Known
    {
        QString status;
        QString operatorName;
        bool customFieldsSeen = false;
    };
    enum class Check { Reading, LookingUp, Gone, Relisted, Unresolved };

    void queuePages();
    void onPage(int page, Result<api::ContactsPage> result);
    void noteContacts(const QList<api::Contact>& contacts);
    void queueCustomFields(const QString& chatId);
    void onCustomFields(const QString& chatId, Result<QList<api::CustomFieldValue>> result);
    void onLookup(const QString& chatId, Result<QList<api::Contact>> result);
    void listingComplete();
    void maybeComplete();
    void closeWithoutDeleting(const QString& why);
    bool fieldsStale(const QString& chatId) const;
    QString checkpointKey() const;

    SyncRoundContext& m_ctx;
    ChatsStep& m_chats;
    qint64 m_passId = 0;
    PassProgress m_progress;
    QSet<int> m_requested;       // pages queued or in flight
    QHash<int, int> m_refetches; // per page, for pages with unreadable records
    bool m_pageFailed = false;
    bool m_damaged = false; // a page was stored with records that could not be read
    bool m_listed = false;
    bool m_closed = false;
    bool m_held = false; // deletions held back (cap exceeded or damaged pages)
    double m_deleteShare = 0;

    QHash<QString, Known> m_known;
    QSet<QString> m_listedNow;             // contacts listed by pages stored in this run
    QHash<QString, qint64> m_fieldsReadAt; // chat -> ms of the last per-chat custom fields read
    QSet<QString> m_fieldsQueued;
    int m_fieldsPending = 0;
    QHash<QString, Check> m_checks;
    QHash<QString, QString> m_numbers; // chat -> number, for the lookups
};

} // namespace crmlens::sync
