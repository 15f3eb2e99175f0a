#pragma once

#include "core/api/ApiTypes.h"
#include "core/common/Result.h"
#include "core/store/MessageRepository.h"
#include "core/store/SyncPlanReader.h"
#include "core/sync/ChatReadPlan.h"
#include "core/sync/SyncPlanner.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace crmlens::sync {

class SyncRoundContext;

// What a chat's messages endpoint said when the contacts pass asked.
enum class ChatVerdict { Alive, Gone, Unknown };

// Reads the messages of every chat once per round, each as its ChatReadPlan says: the whole
// history the first time, afterwards only what is new plus the recent outbound messages whose
// status may still move. Every page is stored with the chat's checkpoint in one transaction.
// A chat whose messages endpoint answers NOT_FOUND is gone; one whose read fails after the
// client's retries stays unread, so the next round reads it again.
class ChatsStep
{
public:
    explicit ChatsStep(SyncRoundContext& ctx);

    // Round start: the chats the store knows (living contacts) and their read checkpoints.
    void load(const QList<store::ChatPlanRow>& rows, const QMap<QString, QString>& checkpoints);
    // A contacts page listed the contact: a chat not known yet is queued; a known one moves up
    // when the page showed its status or operator changing.
    void noteListed(const QString& chatId, const QDateTime& createdAt, bool statusChanged);
    // The contact is gone (a detail call answered NOT_FOUND): nothing more to read.
    void noteGone(const QString& chatId);
    // Reads the chat ahead of the rest and reports through onVerified whether it still exists.
    void verify(const QString& chatId);

    void issue(const WorkItem& item);

    // Asked on NOT_FOUND: true when the contacts pass takes the deletion over (it dates it at the
    // pass start); otherwise the contact is recorded as gone now.
    std::function<bool(const QString& chatId)> claimGone;
    std::function<void(const QString& chatId, ChatVerdict verdict)> onVerified;

    qint64 chatsKnown() const { return qint64(m_chats.size()) - m_gone; }
    qint64 chatsDone() const { return m_done; }
    qint64 chatsReading() const { return m_reading; }
    // Pages beyond the first per chat read so far: the planner's guess for what is left.
    double extraPagesPerChat() const;

private:
    struct Chat
    {
        ChatFacts facts;
        QDateTime oldestPendingAt;
        std::optional<ChatReadPlan> resume; // checkpoint left by an earlier run
        ChatReadPlan plan;
        bool reading = false; // a plan is under way
        bool done = false;    // read completely in this round
        bool gone = false;
        bool verifying = false;
        bool failed = false; // the last attempt in this round failed
        int refetches = 0;
    };

    Chat& chat(const QString& chatId);
    void startPlan(Chat& chat);
    void onPage(const QString& chatId, int page, Result<api::MessagesPage> result);
    void onNotFound(Chat& chat);
    void settle(Chat& chat, ChatVerdict verdict);

    SyncRoundContext& m_ctx;
    store::MessageRepository m_messages; // one for the round: it keeps its prepared page shapes
    QHash<QString, Chat> m_chats;
    qint64 m_done = 0;
    qint64 m_gone = 0;
    qint64 m_reading = 0;
    qint64 m_chatsWithPages = 0;
    qint64 m_extraPages = 0;
};

} // namespace crmlens::sync
