#include "core/sim/SimWebhookEvents.h"

#include "core/sim/SimRenderWriter.h"
#include "core/sim/SimRenderer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace crmlens::sim {

namespace {

const char* statusName(SimWebhookEvents::Kind kind)
{
    switch (kind) {
    case SimWebhookEvents::Kind::Sent:
        return "sent";
    case SimWebhookEvents::Kind::Delivered:
        return "delivered";
    case SimWebhookEvents::Kind::Read:
        return "read";
    case SimWebhookEvents::Kind::Failed:
        return "failed";
    case SimWebhookEvents::Kind::Message:
        break;
    }
    return "";
}

const char* mimeType(MessageType type)
{
    switch (type) {
    case MessageType::Image:
        return "image/jpeg";
    case MessageType::Document:
        return "application/pdf";
    case MessageType::Audio:
        return "audio/ogg";
    case MessageType::Video:
        return "video/mp4";
    default:
        return "text/plain";
    }
}

} // namespace

SimWebhookEvents::SimWebhookEvents(const SimWorkspace& workspace, std::int64_t after) : m_ws(workspace)
{
    const auto add = [this, after](std::int64_t time, std::uint32_t index, Kind kind) {
        if (time <= after)
            return;
        const SimContact& contact = m_ws.contacts[m_ws.messages[index].contact];
        if (m_ws.contactVisible(contact, time))
            m_events.push_back(Event{time, index, kind});
    };
    for (std::uint32_t i = 0; i < m_ws.messages.size(); ++i) {
        const SimMessage& m = m_ws.messages[i];
        if (m.direction == Direction::Inbound) {
            add(m.timestamp, i, Kind::Message);
            continue;
        }
        add(m.timestamp, i, Kind::Sent);
        if (m.failed) {
            add(m.timestamp, i, Kind::Failed);
            continue;
        }
        if (m.deliveredAt != 0)
            add(m.deliveredAt, i, Kind::Delivered);
        if (m.readAt != 0)
            add(m.readAt, i, Kind::Read);
    }
    std::sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
        if (a.time != b.time)
            return a.time < b.time;
        if (a.message != b.message)
            return a.message < b.message;
        return a.kind < b.kind;
    });
}

std::vector<SimWebhookEvents::Event> SimWebhookEvents::takeDue(std::int64_t now, std::size_t max)
{
    std::vector<Event> due;
    while (m_next < m_events.size() && m_events[m_next].time <= now && due.size() < max)
        due.push_back(m_events[m_next++]);
    return due;
}

QByteArray SimWebhookEvents::payload(const std::vector<Event>& events) const
{
    SimRenderWriter w;
    w.beginObject();
    w.member("object", "whatsapp_business_account");
    w.key("entry");
    w.beginArray();
    w.beginObject();
    w.member("id", kBusinessAccountId);
    w.key("changes");
    w.beginArray();
    for (const Event& e : events) {
        const SimMessage& m = m_ws.messages[e.message];
        const SimContact& c = m_ws.contacts[m.contact];
        const QString waId = SimRenderer::digitsOnly(c.whatsappNumber);
        const QString unixTime = QString::number(e.time);
        w.beginObject();
        w.member("field", "messages");
        w.key("value");
        w.beginObject();
        w.member("messaging_product", "whatsapp");
        w.key("metadata");
        w.beginObject();
        w.member("display_phone_number", kDisplayPhoneNumber);
        w.member("phone_number_id", kPhoneNumberId);
        w.endObject();
        if (e.kind == Kind::Message) {
            w.key("contacts");
            w.beginArray();
            w.beginObject();
            w.key("profile");
            w.beginObject();
            w.member("name", c.name);
            w.endObject();
            w.member("wa_id", waId);
            w.endObject();
            w.endArray();
            w.key("messages");
            w.beginArray();
            w.beginObject();
            w.member("from", waId);
            w.member("id", m_ws.messageId(m));
            w.member("timestamp", unixTime);
            const QString type = messageTypeName(m.type);
            w.member("type", type);
            const QString content = m_ws.messageContent(m);
            if (m.type == MessageType::Text || m.type == MessageType::Template) {
                w.key("text");
                w.beginObject();
                w.member("body", content.isNull() ? QStringLiteral("") : content);
                w.endObject();
            } else {
                w.key(type);
                w.beginObject();
                w.member("id", QStringLiteral("media_") + QString::number(m.id));
                w.member("mime_type", mimeType(m.type));
                if (!content.isEmpty())
                    w.member("caption", content);
                w.endObject();
            }
            w.endObject();
            w.endArray();
        } else {
            w.key("statuses");
            w.beginArray();
            w.beginObject();
            w.member("id", m_ws.messageId(m));
            w.member("status", statusName(e.kind));
            w.member("timestamp", unixTime);
            w.member("recipient_id", waId);
            if (e.kind == Kind::Failed) {
                w.key("errors");
                w.beginArray();
                w.beginObject();
                w.member("code", 131026);
                w.member("title", "Message undeliverable");
                w.endObject();
                w.endArray();
            }
            w.endObject();
            w.endArray();
        }
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray SimWebhookEvents::signature(const QByteArray& secret, const QByteArray& body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace crmlens::sim
