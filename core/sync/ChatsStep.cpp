#include "core/sync/ChatsStep.h"

#include "core/common/Logging.h"
#include "core/store/ContactRepository.h"
#include "core/store/MessageRepository.h"
#include "core/sync/SyncRoundContext.h"

namespace crmlens::sync {

namespace {

QString messagesEndpoint(const QString& chatId)
{
    return QStringLiteral("/crm/chat/%1/messages").arg(chatId);
}

QList<store::SkippedEntry> skippedEntries(const QList<api::SkippedRecord>& skipped, const QString& endpoint)
{
    QList<store::SkippedEntry> entries;
    entries.reserve(skipped.size());
    for (const api::SkippedRecord& record : skipped)
        entries << store::SkippedEntry::fromApi(record, endpoint);
    return entries;
}

} // namespace

ChatsStep::ChatsStep(SyncRoundContext& ctx) : m_ctx(ctx), m_messages(ctx.db) {}

ChatsStep::Chat& ChatsStep::chat(const QString& chatId)
{
    auto it = m_chats.find(chatId);
    if (it == m_chats.end()) {
        Chat fresh;
        fresh.facts.chatId = chatId;
        it = m_chats.insert(chatId, fresh);
    }
    return it.value();
}

void ChatsStep::load(const QList<store::ChatPlanRow>& rows, const QMap<QString, QString>& checkpoints)
{
    m_chats.reserve(rows.size());
    for (const store::ChatPlanRow& row : rows) {
        Chat c;
        c.facts.chatId = row.chatId;
        c.facts.createdAt = row.createdAt;
        c.facts.lastReadAt = row.lastReadAt;
        c.facts.newestMessageAt = row.newestMessageAt;
        c.facts.historyComplete = row.historyComplete;
        c.facts.pendingOutbound = row.oldestPendingOutboundAt.isValid();
        c.oldestPendingAt = row.oldestPendingOutboundAt;
        const auto text = checkpoints.constFind(ChatReadPlan::checkpointKey(row.chatId));
        if (text != checkpoints.constEnd())
            c.resume = ChatReadPlan::decode(text.value());
        if (c.resume && c.resume->round == m_ctx.roundId && c.resume->done) {
            c.done = true; // read in this round before the sync was interrupted
            ++m_done;
        } else {
            m_ctx.planner.addChat(c.facts);
        }
        m_chats.insert(row.chatId, c);
    }
}

void ChatsStep::noteListed(const QString& chatId, const QDateTime& createdAt, bool statusChanged)
{
    const bool known = m_chats.contains(chatId);
    Chat& c = chat(chatId);
    if (!known) {
        c.facts.createdAt = createdAt;
        m_ctx.planner.addChat(c.facts);
        return;
    }
    if (c.gone) {
        // Listed again after a NOT_FOUND: the store restores the contact, so read it again.
        c.gone = false;
        --m_gone;
        if (!c.done && !c.reading)
            m_ctx.planner.addChat(c.facts);
        return;
    }
    if (statusChanged && !c.facts.statusChanged) {
        c.facts.statusChanged = true;
        if (m_ctx.planner.hasChat(chatId))
            m_ctx.planner.addChat(c.facts);
    }
}

void ChatsStep::noteGone(const QString& chatId)
{
    Chat& c = chat(chatId);
    if (c.gone)
        return;
    c.gone = true;
    ++m_gone;
    m_ctx.planner.removeChat(chatId);
}

void ChatsStep::verify(const QString& chatId)
{
    Chat& c = chat(chatId);
    c.verifying = true;
    if (c.done) {
        settle(c, ChatVerdict::Alive);
        return;
    }
    if (c.gone) {
        settle(c, ChatVerdict::Gone);
        return;
    }
    if (c.reading)
        return; // the read under way answers
    // Read it now, ahead of the other chats: the contacts pass waits for the answer.
    m_ctx.planner.removeChat(chatId);
    m_ctx.planner.addStructural(WorkItem{WorkKind::ChatMessages, 1, chatId, QString(), false});
}

void ChatsStep::startPlan(Chat& c)
{
    ChatReadPlan plan;
    plan.round = m_ctx.roundId;
    if (c.resume && c.resume->round == m_ctx.roundId && !c.resume->done) {
        plan = *c.resume; // the same round was interrupted mid-chat
    } else if (!c.facts.historyComplete) {
        plan.firstRead = true;
        // A first read interrupted in an earlier round continues where it stopped: new messages
        // only push older ones to later pages, so the pages after the checkpoint hold the rest.
        if (c.resume && c.resume->firstRead && !c.resume->done)
            plan.nextPage = c.resume->nextPage;
    } else {
        plan.until = incrementalUntil(c.facts.newestMessageAt, c.oldestPendingAt, m_ctx.settings.messageSettleSecs);
    }
    c.resume.reset();
    c.plan = plan;
    c.reading = true;
    ++m_reading;
}

void ChatsStep::issue(const WorkItem& item)
{
    Chat& c = chat(item.id);
    if (c.done || c.gone)
        return;
    if (!c.reading)
        startPlan(c);
    const QString chatId = item.id;
    const int page = c.plan.nextPage;
    const int limit = m_ctx.settings.messagesPageSize;
    m_ctx.request<api::MessagesPage>(
        item.focus,
        [&](api::CallOptions options, api::Callback<api::MessagesPage> done) {
            return m_ctx.client.fetchMessages(chatId, page, limit, api::MessageSort::Newest, std::move(done), options);
        },
        [this, chatId, page](Result<api::MessagesPage> result) { onPage(chatId, page, std::move(result)); });
}

void ChatsStep::onPage(const QString& chatId, int page, Result<api::MessagesPage> result)
{
    Chat& c = chat(chatId);
    if (!result.ok()) {
        if (result.error().kind == Error::Kind::NotFound) {
            onNotFound(c);
            return;
        }
        if (!m_ctx.absorb(result.error()))
            return;
        if (!c.failed) {
            c.failed = true;
            ++m_ctx.summary.chatsFailed;
        }
        c.reading = false;
        --m_reading;
        c.resume = c.plan; // a second attempt in this round continues at the page that failed
        m_ctx.warn(
            QStringLiteral("%1 The chat stays unread and the next round reads it again.").arg(result.error().message));
        settle(c, ChatVerdict::Unknown);
        return;
    }

    const api::MessagesPage& messages = result.value();
    if ((!messages.skipped.isEmpty() || !messages.fieldIssues.isEmpty()) &&
        c.refetches < m_ctx.settings.damagedPageRefetches) {
        ++c.refetches;
        qCDebug(lcSync).noquote() << "Page" << page << "of chat" << chatId
                                  << "had unreadable records; reading it again";
        m_ctx.planner.addContinuation(WorkItem{WorkKind::ChatMessages, page, chatId, QString(), false});
        return;
    }
    c.refetches = 0;

    MessagesPageFacts facts;
    facts.page = page;
    facts.limit = m_ctx.settings.messagesPageSize;
    facts.items = int(messages.items.size() + messages.skipped.size());
    facts.total = messages.info.total.value_or(-1);
    for (const api::Message& m : messages.items) {
        if (m.timestamp.isValid() && (!facts.oldestOnPage.isValid() || m.timestamp < facts.oldestOnPage))
            facts.oldestOnPage = m.timestamp;
    }
    const bool more = needsNextPage(c.plan, facts);

    ChatReadPlan next = c.plan;
    if (more) {
        next.nextPage = page + 1;
    } else {
        next = ChatReadPlan{};
        next.round = m_ctx.roundId;
        next.done = true;
    }
    store::MessagesPageContext context;
    context.passId = m_ctx.roundId;
    context.reachedOldest = !more && isLastPage(facts);
    context.progress.checkpoint = store::Checkpoint{ChatReadPlan::checkpointKey(chatId), next.encode()};
    context.progress.skipped = skippedEntries(messages.skipped, messagesEndpoint(chatId));

    auto written = m_messages.writeMessagesPage(chatId, messages.items, context);
    if (!written.ok()) {
        m_ctx.storeFailed(written.error());
        return;
    }
    m_ctx.summary.messagesAdded += written->inserted;
    m_ctx.summary.messagesUpdated += written->updated;
    m_ctx.summary.messagesSkipped += written->skipped;
    m_ctx.summary.skipped += written->skipped;
    if (page == 1)
        ++m_chatsWithPages;
    if (page > 1)
        ++m_extraPages;

    c.plan = next;
    if (more) {
        m_ctx.planner.addContinuation(WorkItem{WorkKind::ChatMessages, page + 1, chatId, QString(), false});
        return;
    }
    c.reading = false;
    --m_reading;
    c.done = true;
    ++m_done;
    ++m_ctx.summary.chatsRead;
    if (c.failed) {
        c.failed = false;
        --m_ctx.summary.chatsFailed;
    }
    settle(c, ChatVerdict::Alive);
}

void ChatsStep::onNotFound(Chat& c)
{
    if (c.reading) {
        c.reading = false;
        --m_reading;
    }
    if (c.failed) {
        c.failed = false; // gone is an answer, not a failure
        --m_ctx.summary.chatsFailed;
    }
    const QString chatId = c.facts.chatId;
    if (!c.gone) {
        c.gone = true;
        ++m_gone;
    }
    if (claimGone && claimGone(chatId)) {
        settle(c, ChatVerdict::Gone);
        return;
    }
    ChatReadPlan done;
    done.round = m_ctx.roundId;
    done.done = true;
    store::PageProgress progress;
    progress.checkpoint = store::Checkpoint{ChatReadPlan::checkpointKey(chatId), done.encode()};
    store::ContactRepository contacts(m_ctx.db);
    auto marked = contacts.markContactGone(chatId, m_ctx.now(), progress);
    if (!marked.ok()) {
        m_ctx.storeFailed(marked.error());
        return;
    }
    if (marked.value()) {
        ++m_ctx.summary.contactsDeleted;
        qCInfo(lcSync).noquote() << "Chat" << chatId << "answered NOT_FOUND: the contact is gone";
    }
    settle(c, ChatVerdict::Gone);
}

void ChatsStep::settle(Chat& c, ChatVerdict verdict)
{
    if (!c.verifying)
        return;
    c.verifying = false;
    if (onVerified)
        onVerified(c.facts.chatId, verdict);
}

double ChatsStep::extraPagesPerChat() const
{
    return m_chatsWithPages > 0 ? double(m_extraPages) / double(m_chatsWithPages) : 0.0;
}

} // namespace crmlens::sync
