#pragma once

#include <QByteArray>

#include <cstdint>

class QIODevice;

namespace crmlens::sim {

class SimRenderer;
class SimRenderWriter;

// The whole state of the tenant at a time, as one JSON document: what end-to-end tests compare
// a client's store with and what metric tests compute expected figures from. Unlike the API it
// holds everything, in one fixed shape whatever the tenant:
//   {"now", "now_unix", "tenant", "custom_fields": [{custom_field_id, name, type}],
//    "operators": [email], "counts": {contacts, deleted_contacts, messages, campaigns},
//    "contacts": [Contact] (alive at now, newest first),
//    "deleted_contacts": [Contact + deleted_at] (deleted at or before now),
//    "campaigns": [{campaign_id, name, status, created_at, scheduled_at, template_name,
//                   template_language, total_recipients, report: {total_recipients, delivered,
//                   read, replied, failed}}] (newest first)}
// Contact: {chat_id, whatsapp_number, name, email, created_at (always, even when the API omits
// it), sends_created_at, status, operator, custom_fields: {name: value}, messages: [{message_id,
// type, content, direction, status, timestamp, campaign_id?}] (listed at now, oldest first)}.
namespace SimRenderDump {

QByteArray dump(SimRenderer& renderer, std::int64_t t);
// Streams the dump to `out` in chunks (a large workspace never sits in memory twice).
bool writeDump(SimRenderer& renderer, std::int64_t t, QIODevice& out);
// GET /_sim/state: the clock and counts.
struct StateInfo
{
    std::int64_t now = 0;
    bool live = false;
    double speed = 1.0;
    std::int64_t requests = 0;
};
QByteArray state(SimRenderer& renderer, const StateInfo& info);

} // namespace SimRenderDump

} // namespace crmlens::sim
