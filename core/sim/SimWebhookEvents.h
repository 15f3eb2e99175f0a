#pragma once

#include "core/sim/SimWorkspace.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace crmlens::sim {

// The webhook events of the workspace's future, in time order, and their Meta-format bodies.
// An inbound message is a `messages` event when it happens (webhooks do not wait for the
// messages endpoint's lag); an outbound message shows up as `statuses` events: sent when it is
// written, then delivered and read, or failed.
class SimWebhookEvents
{
public:
    enum class Kind : std::uint8_t { Message, Sent, Delivered, Read, Failed };
    struct Event
    {
        std::int64_t time = 0;
        std::uint32_t message = 0; // index into SimWorkspace::messages
        Kind kind = Kind::Message;
    };

    // Every event strictly after `after`, for contacts that exist when it happens.
    SimWebhookEvents(const SimWorkspace& workspace, std::int64_t after);

    // Events with time ≤ now not yet taken, at most `max` of them.
    std::vector<Event> takeDue(std::int64_t now, std::size_t max);
    std::size_t remaining() const { return m_events.size() - m_next; }

    // {"object":"whatsapp_business_account","entry":[{"id":…,"changes":[…one per event…]}]}
    QByteArray payload(const std::vector<Event>& events) const;
    // "sha256=<hex HMAC-SHA256 of body under secret>", the X-Hub-Signature-256 value.
    static QByteArray signature(const QByteArray& secret, const QByteArray& body);

    static constexpr const char* kBusinessAccountId = "102290129340398";
    static constexpr const char* kPhoneNumberId = "106540352242922";
    static constexpr const char* kDisplayPhoneNumber = "254700000000";

private:
    const SimWorkspace& m_ws;
    std::vector<Event> m_events;
    std::size_t m_next = 0;
};

} // namespace crmlens::sim
