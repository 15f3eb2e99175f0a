#include "core/sim/SimWorkspace.h"

#include <algorithm>

namespace crmlens::sim {
namespace {

constexpr std::int64_t kReplyWindowSecs = 72 * 3600;

std::int64_t sendStart(const SimCampaign& c)
{
    return c.scheduledAt != 0 ? c.scheduledAt : c.createdAt;
}

} // namespace

bool SimWorkspace::contactVisible(const SimContact& c, std::int64_t t) const
{
    return c.createdAt <= t && (c.deletedAt == 0 || t < c.deletedAt);
}

QString SimWorkspace::contactStatusAt(const SimContact& c, std::int64_t t) const
{
    if (c.statusChangedAt != 0 && t >= c.statusChangedAt && !c.statusAfter.isEmpty())
        return c.statusAfter;
    return c.status;
}

bool SimWorkspace::messageVisible(const SimMessage& m, std::int64_t t) const
{
    return m.visibleAt <= t;
}

MessageStatus SimWorkspace::messageStatusAt(const SimMessage& m, std::int64_t t) const
{
    if (m.direction == Direction::Inbound)
        return MessageStatus::Received;
    if (m.failed)
        return MessageStatus::Failed;
    if (m.readAt != 0 && m.readAt <= t)
        return MessageStatus::Read;
    if (m.deliveredAt != 0 && m.deliveredAt <= t)
        return MessageStatus::Delivered;
    return MessageStatus::Sent;
}

QString SimWorkspace::campaignStatusAt(const SimCampaign& c, std::int64_t t) const
{
    if (c.finalStatus == QLatin1String("draft"))
        return c.finalStatus;
    if (c.finishedAt != 0 && t >= c.finishedAt)
        return c.finalStatus;
    if (t >= sendStart(c) && c.finalStatus != QLatin1String("scheduled"))
        return QStringLiteral("in_progress");
    return c.scheduledAt != 0 ? QStringLiteral("scheduled") : QStringLiteral("draft");
}

bool SimWorkspace::campaignVisible(const SimCampaign& c, std::int64_t t) const
{
    return c.createdAt <= t;
}

SimReport SimWorkspace::reportAt(const SimCampaign& c, std::int64_t t) const
{
    SimReport report;
    std::vector<std::uint32_t> repliers;
    for (const std::uint32_t index : c.messages) {
        const SimMessage& m = messages[index];
        if (m.timestamp > t)
            continue;
        ++report.totalRecipients;
        if (m.failed) {
            ++report.failed;
            continue;
        }
        const bool read = m.readAt != 0 && m.readAt <= t;
        if (read || (m.deliveredAt != 0 && m.deliveredAt <= t))
            ++report.delivered;
        if (read)
            ++report.read;

        // A reply is an inbound message strictly after the template and at most 72 h after it.
        const std::int64_t limit = std::min(m.timestamp + kReplyWindowSecs, t);
        const auto& chat = contacts[m.contact].messages;
        auto it = std::upper_bound(chat.begin(), chat.end(), m.timestamp,
                                   [this](std::int64_t ts, std::uint32_t i) { return ts < messages[i].timestamp; });
        for (; it != chat.end() && messages[*it].timestamp <= limit; ++it) {
            if (messages[*it].direction == Direction::Inbound) {
                repliers.push_back(m.contact);
                break;
            }
        }
    }
    std::sort(repliers.begin(), repliers.end());
    report.replied = std::unique(repliers.begin(), repliers.end()) - repliers.begin();
    return report;
}

QString SimWorkspace::messageId(const SimMessage& m) const
{
    // Zero-padded so that ordering ids as text agrees with ordering them as numbers.
    return QStringLiteral("msg_%1").arg(m.id, 8, 10, QLatin1Char('0'));
}

QString SimWorkspace::messageContent(const SimMessage& m) const
{
    const SimContact& contact = contacts[m.contact];
    if (m.type == MessageType::Template) {
        if (m.campaign >= 0) {
            const SimCampaign& campaign = campaigns[static_cast<std::size_t>(m.campaign)];
            return campaignTemplateText(campaign.messageTemplate, firstName(contact), campaign.pitch, m.textVariant);
        }
        return automationTemplateText(static_cast<Automation>(m.topic), firstName(contact), companyName, m.textVariant);
    }

    const auto topic = static_cast<Topic>(m.topic);
    const bool inbound = m.direction == Direction::Inbound;
    bool hasText = true;
    switch (m.type) {
    case MessageType::Text:
    case MessageType::Template:
        break;
    case MessageType::Audio:
        hasText = false;
        break;
    case MessageType::Image:
    case MessageType::Document:
    case MessageType::Video:
        // Captions are optional: contacts often send a bare photo, operators usually explain theirs.
        hasText = ((m.textVariant >> 8) % 5) < (inbound ? 2 : 3);
        break;
    }
    if (!hasText)
        return {};
    return inbound ? inboundText(topic, m.textVariant, contact.language)
                   : operatorText(topic, m.textVariant, contact.language, firstName(contact));
}

std::vector<std::uint32_t> SimWorkspace::contactOrderAt(std::int64_t t) const
{
    std::vector<std::uint32_t> order;
    order.reserve(contacts.size());
    for (std::size_t i = contacts.size(); i-- > 0;) {
        if (contactVisible(contacts[i], t))
            order.push_back(static_cast<std::uint32_t>(i));
    }
    // Generated workspaces keep contacts in creation order, so this is a check, not a sort.
    const auto newerFirst = [this](std::uint32_t a, std::uint32_t b) {
        return contacts[a].createdAt != contacts[b].createdAt ? contacts[a].createdAt > contacts[b].createdAt : a > b;
    };
    if (!std::is_sorted(order.begin(), order.end(), newerFirst))
        std::sort(order.begin(), order.end(), newerFirst);
    return order;
}

const SimCustomField* SimWorkspace::customField(const QString& name) const
{
    const auto it = std::find_if(customFields.begin(), customFields.end(),
                                 [&name](const SimCustomField& f) { return f.name == name; });
    return it == customFields.end() ? nullptr : &*it;
}

QString SimWorkspace::fieldValue(const SimContact& c, const QString& fieldName) const
{
    const SimCustomField* field = customField(fieldName);
    if (field == nullptr)
        return {};
    const qsizetype index = field - customFields.data();
    return index < c.fieldValues.size() ? c.fieldValues.at(index) : QString();
}

QString SimWorkspace::firstName(const SimContact& c) const
{
    const QStringList words = c.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (std::any_of(word.begin(), word.end(), [](QChar ch) { return ch.isLetter(); }))
            return word;
    }
    return {};
}

QString messageTypeName(MessageType t)
{
    switch (t) {
    case MessageType::Text:
        return QStringLiteral("text");
    case MessageType::Image:
        return QStringLiteral("image");
    case MessageType::Document:
        return QStringLiteral("document");
    case MessageType::Audio:
        return QStringLiteral("audio");
    case MessageType::Video:
        return QStringLiteral("video");
    case MessageType::Template:
        return QStringLiteral("template");
    }
    return {};
}

QString messageStatusName(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Received:
        return QStringLiteral("received");
    case MessageStatus::Sent:
        return QStringLiteral("sent");
    case MessageStatus::Delivered:
        return QStringLiteral("delivered");
    case MessageStatus::Read:
        return QStringLiteral("read");
    case MessageStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace crmlens::sim
