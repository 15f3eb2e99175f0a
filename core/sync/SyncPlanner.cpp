#include "core/sync/SyncPlanner.h"

#include <algorithm>
#include <limits>

namespace crmlens::sync {

namespace {

constexpr qint64 kUnknownLast = std::numeric_limits<qint64>::max();

bool structuralFocus(WorkKind kind, SyncFocus::Kind focus)
{
    switch (focus) {
    case SyncFocus::Kind::Contacts:
        return kind == WorkKind::ContactsPage || kind == WorkKind::ChatCustomFields || kind == WorkKind::ContactLookup;
    case SyncFocus::Kind::Campaigns:
        return kind == WorkKind::CampaignsPage || kind == WorkKind::CampaignReport;
    case SyncFocus::Kind::None:
    case SyncFocus::Kind::Messages:
        break;
    }
    return false;
}

// Takes the first item of `queue` that `pick` accepts, preserving the order of the rest.
template <typename Pick> std::optional<WorkItem> takeFirst(std::deque<WorkItem>& queue, Pick pick)
{
    const auto it = std::find_if(queue.begin(), queue.end(), pick);
    if (it == queue.end())
        return std::nullopt;
    WorkItem item = std::move(*it);
    queue.erase(it);
    return item;
}

} // namespace

QString workKindName(WorkKind kind)
{
    switch (kind) {
    case WorkKind::FieldDefinitions:
        return QStringLiteral("custom field definitions");
    case WorkKind::ContactsPage:
        return QStringLiteral("contacts page");
    case WorkKind::CampaignsPage:
        return QStringLiteral("campaigns page");
    case WorkKind::CampaignReport:
        return QStringLiteral("campaign report");
    case WorkKind::ChatCustomFields:
        return QStringLiteral("chat custom fields");
    case WorkKind::ContactLookup:
        return QStringLiteral("contact lookup");
    case WorkKind::ChatMessages:
        return QStringLiteral("chat messages");
    }
    return QString();
}

SyncPlanner::SyncPlanner(qint64 activeChatSecs) : m_activeChatSecs(activeChatSecs) {}

void SyncPlanner::setFocus(const SyncFocus& focus)
{
    m_focus = focus;
    rekeyAll();
}

void SyncPlanner::addStructural(WorkItem item)
{
    m_structural.push_back(std::move(item));
}

void SyncPlanner::addContinuation(WorkItem item)
{
    m_continuations.push_back(std::move(item));
}

void SyncPlanner::addChat(const ChatFacts& facts)
{
    if (facts.chatId.isEmpty())
        return;
    removeChat(facts.chatId);
    const Key key = keyOf(facts);
    m_chats.insert(facts.chatId, facts);
    m_keys.insert(facts.chatId, key);
    m_order.insert(key);
}

bool SyncPlanner::removeChat(const QString& chatId)
{
    const auto it = m_keys.find(chatId);
    if (it == m_keys.end())
        return false;
    m_order.erase(it.value());
    m_keys.erase(it);
    m_chats.remove(chatId);
    return true;
}

bool SyncPlanner::itemIsFocused(const WorkItem& item) const
{
    if (item.kind == WorkKind::ChatMessages || item.kind == WorkKind::ChatCustomFields)
        return m_focus.chatIds.contains(item.id) || structuralFocus(item.kind, m_focus.kind);
    return structuralFocus(item.kind, m_focus.kind);
}

std::optional<WorkItem> SyncPlanner::next()
{
    const auto focused = [this](const WorkItem& item) { return itemIsFocused(item); };
    auto pick = [this](std::optional<WorkItem> item) {
        if (item)
            item->focus = itemIsFocused(*item);
        return item;
    };

    // 1. The focus: the next pages of focused chats, then focused chats, then focused structure.
    // (Scanned only while there is a focus: a tenant without inline custom fields queues one
    // structural item per contact.)
    if (!m_focus.isEmpty()) {
        if (auto item = takeFirst(m_continuations, focused))
            return pick(std::move(item));
        if (!m_order.empty() && std::get<0>(*m_order.begin()) == int(ChatTier::Focus)) {
            const QString chatId = std::get<2>(*m_order.begin());
            removeChat(chatId);
            return pick(WorkItem{WorkKind::ChatMessages, 1, chatId, QString(), true});
        }
        if (auto item = takeFirst(m_structural, focused))
            return pick(std::move(item));
    }
    // 2. Structure, 3. continuations, 4-6. chats by tier.
    if (!m_structural.empty()) {
        WorkItem item = std::move(m_structural.front());
        m_structural.pop_front();
        return pick(std::move(item));
    }
    if (!m_continuations.empty()) {
        WorkItem item = std::move(m_continuations.front());
        m_continuations.pop_front();
        return pick(std::move(item));
    }
    if (!m_order.empty()) {
        const QString chatId = std::get<2>(*m_order.begin());
        removeChat(chatId);
        return pick(WorkItem{WorkKind::ChatMessages, 1, chatId, QString(), false});
    }
    return std::nullopt;
}

int SyncPlanner::chatCount(ChatTier tier) const
{
    return int(
        std::count_if(m_order.begin(), m_order.end(), [tier](const Key& k) { return std::get<0>(k) == int(tier); }));
}

ChatTier SyncPlanner::tierOf(const ChatFacts& facts) const
{
    if (m_focus.chatIds.contains(facts.chatId))
        return ChatTier::Focus;
    if (!facts.lastReadAt.isValid() || !facts.historyComplete)
        return ChatTier::NeverRead;
    if (facts.statusChanged || facts.pendingOutbound)
        return ChatTier::Active;
    if (facts.newestMessageAt.isValid() && m_now.isValid() && facts.newestMessageAt.secsTo(m_now) <= m_activeChatSecs)
        return ChatTier::Active;
    return ChatTier::Tail;
}

SyncPlanner::Key SyncPlanner::keyOf(const ChatFacts& facts) const
{
    const ChatTier tier = tierOf(facts);
    qint64 rank = 0;
    switch (tier) {
    case ChatTier::Focus:
    case ChatTier::NeverRead:
        // Newest contacts first: they are what a dashboard of "this week" needs first.
        rank = facts.createdAt.isValid() ? -facts.createdAt.toMSecsSinceEpoch() : kUnknownLast;
        break;
    case ChatTier::Active: {
        // A status change seen now is the freshest activity there is; then the latest message.
        const qint64 newest = facts.newestMessageAt.isValid() ? facts.newestMessageAt.toMSecsSinceEpoch()
                                                              : std::numeric_limits<qint64>::min() / 2;
        const qint64 changed = facts.statusChanged && m_now.isValid() ? m_now.toMSecsSinceEpoch() : newest;
        rank = -std::max(newest, changed);
        break;
    }
    case ChatTier::Tail:
        // The chat read longest ago first.
        rank = facts.lastReadAt.isValid() ? facts.lastReadAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        break;
    }
    return {int(tier), rank, facts.chatId};
}

void SyncPlanner::rekeyAll()
{
    m_order.clear();
    for (auto it = m_chats.cbegin(); it != m_chats.cend(); ++it) {
        const Key key = keyOf(it.value());
        m_keys.insert(it.key(), key);
        m_order.insert(key);
    }
}

QStringList SyncPlanner::chatOrder() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_order.size()));
    for (const Key& key : m_order)
        ids << std::get<2>(key);
    return ids;
}

} // namespace crmlens::sync
