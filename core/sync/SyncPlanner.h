#pragma once

#include "core/sync/SyncTypes.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>
#include <set>
#include <tuple>

// What to ask the CRM next. The rate limit is the bottleneck of every sync, so each request
// goes where it buys the most fresh data:
//   1. what the user is looking at (the focus),
//   2. the structure of the workspace: definitions, the contacts pass, campaigns and reports
//      (a few pages that every view needs, and the list of chats the rest depends on),
//   3. the next pages of chats already being read (a half-read chat is worth finishing),
//   4. chats never read, newest contacts first,
//   5. chats with fresh activity: a recent last message, a status or operator changed in this
//      pass, outbound messages whose status is still moving,
//   6. the long tail, the chat read longest ago first.
// Pure bookkeeping: no I/O, no clock of its own, so the order is testable exactly.
namespace crmlens::sync {

enum class WorkKind {
    FieldDefinitions,
    ContactsPage,
    CampaignsPage,
    CampaignReport,
    ChatCustomFields,
    ContactLookup, // a contact the pass did not list but whose chat still answers: search it by number
    ChatMessages,
};

QString workKindName(WorkKind kind);

struct WorkItem
{
    WorkKind kind = WorkKind::ContactsPage;
    int page = 0;       // 1-based, for paged kinds
    QString id;         // chat id (messages, custom fields, lookup) or campaign id (report)
    QString value;      // lookup: the number to search
    bool focus = false; // send ahead of the queue (what the user is looking at)
};

enum class ChatTier { Focus = 0, NeverRead = 1, Active = 2, Tail = 3 };

// What the planner knows of a chat when it ranks it.
struct ChatFacts
{
    QString chatId;
    QDateTime createdAt;          // the contact's creation (or first sighting)
    QDateTime lastReadAt;         // invalid: its messages were never read
    QDateTime newestMessageAt;    // newest message stored
    bool historyComplete = false; // a read has reached its oldest message
    bool statusChanged = false;   // this pass saw its status or operator change
    bool pendingOutbound = false; // recent outbound messages whose status may still move
};

class SyncPlanner
{
public:
    explicit SyncPlanner(qint64 activeChatSecs = 48 * 3600);

    // "Now" for the activity window; set at the start of a round.
    void setNow(const QDateTime& now) { m_now = now; }
    QDateTime now() const { return m_now; }

    // Re-ranks what is queued.
    void setFocus(const SyncFocus& focus);
    const SyncFocus& focus() const { return m_focus; }
    bool isFocused(const QString& chatId) const { return m_focus.chatIds.contains(chatId); }

    void addStructural(WorkItem item);
    void addContinuation(WorkItem item);
    // Queues a read of the chat's messages, or re-ranks it when it is already queued.
    void addChat(const ChatFacts& facts);
    // Takes a queued chat out (it is read some other way, or it is gone). False when not queued.
    bool removeChat(const QString& chatId);
    bool hasChat(const QString& chatId) const { return m_chats.contains(chatId); }

    std::optional<WorkItem> next();
    bool isEmpty() const { return m_structural.empty() && m_continuations.empty() && m_chats.isEmpty(); }

    int structuralCount() const { return int(m_structural.size()); }
    int continuationCount() const { return int(m_continuations.size()); }
    int chatCount() const { return int(m_chats.size()); }
    int chatCount(ChatTier tier) const;

    ChatTier tierOf(const ChatFacts& facts) const;
    // The queued chats in the order next() would serve them (for progress and tests).
    QStringList chatOrder() const;

private:
    using Key = std::tuple<int, qint64, QString>; // (tier, rank within the tier, chat id)

    Key keyOf(const ChatFacts& facts) const;
    bool itemIsFocused(const WorkItem& item) const;
    void rekeyAll();

    qint64 m_activeChatSecs;
    QDateTime m_now;
    SyncFocus m_focus;
    std::deque<WorkItem> m_structural;
    std::deque<WorkItem> m_continuations;
    QHash<QString, ChatFacts> m_chats;
    QHash<QString, Key> m_keys;
    std::set<Key> m_order;
};

} // namespace crmlens::sync
