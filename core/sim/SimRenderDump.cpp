#include "core/sim/SimRenderDump.h"

#include "core/sim/SimRenderWriter.h"
#include "core/sim/SimRenderer.h"

#include <QIODevice>

#include <algorithm>

namespace crmlens::sim::SimRenderDump {

namespace {

struct Counts
{
    std::int64_t contacts = 0;
    std::int64_t deleted = 0;
    std::int64_t messages = 0;
    std::int64_t campaigns = 0;
};

bool deletedBy(const SimWorkspace& ws, const SimContact& c, std::int64_t t)
{
    return c.deletedAt != 0 && c.deletedAt <= t && c.createdAt <= t && !ws.contactVisible(c, t);
}

std::int64_t visibleMessages(const SimWorkspace& ws, const SimContact& c, std::int64_t t)
{
    return std::count_if(c.messages.begin(), c.messages.end(),
                         [&](std::uint32_t mi) { return ws.messageVisible(ws.messages[mi], t); });
}

Counts countAt(SimRenderer& renderer, std::int64_t t)
{
    const SimWorkspace& ws = renderer.workspace();
    Counts counts;
    const auto& alive = renderer.contactOrder(t);
    counts.contacts = static_cast<std::int64_t>(alive.size());
    for (const std::uint32_t i : alive)
        counts.messages += visibleMessages(ws, ws.contacts[i], t);
    for (const SimContact& c : ws.contacts) {
        if (deletedBy(ws, c, t)) {
            ++counts.deleted;
            counts.messages += visibleMessages(ws, c, t);
        }
    }
    counts.campaigns = static_cast<std::int64_t>(renderer.campaignOrder(t).size());
    return counts;
}

void writeCounts(SimRenderWriter& w, const Counts& counts)
{
    w.key("counts");
    w.beginObject();
    w.member("contacts", counts.contacts);
    w.member("deleted_contacts", counts.deleted);
    w.member("messages", counts.messages);
    w.member("campaigns", counts.campaigns);
    w.endObject();
}

void writeContact(SimRenderWriter& w, const SimWorkspace& ws, const SimContact& c, std::int64_t t)
{
    // A deleted contact keeps the state it had when it was deleted.
    const std::int64_t asOf = c.deletedAt != 0 && c.deletedAt <= t ? c.deletedAt - 1 : t;
    w.beginObject();
    w.member("chat_id", c.chatId);
    w.member("whatsapp_number", c.whatsappNumber);
    w.member("name", c.name.isEmpty() ? QString() : c.name);
    w.member("email", c.email.isEmpty() ? QString() : c.email);
    w.timestampMember("created_at", c.createdAt);
    w.member("sends_created_at", c.sendsCreatedAt);
    w.member("status", ws.contactStatusAt(c, asOf));
    if (c.operatorIndex >= 0 && static_cast<std::size_t>(c.operatorIndex) < ws.operators.size())
        w.member("operator", ws.operators[static_cast<std::size_t>(c.operatorIndex)].email);
    else
        w.nullMember("operator");
    w.key("custom_fields");
    w.beginObject();
    const qsizetype n = std::min<qsizetype>(c.fieldValues.size(), static_cast<qsizetype>(ws.customFields.size()));
    for (qsizetype f = 0; f < n; ++f) {
        if (!c.fieldValues[f].isEmpty()) {
            w.key(ws.customFields[static_cast<std::size_t>(f)].name);
            w.value(c.fieldValues[f]);
        }
    }
    w.endObject();
    if (c.deletedAt != 0 && c.deletedAt <= t)
        w.timestampMember("deleted_at", c.deletedAt);
    w.key("messages");
    w.beginArray();
    for (const std::uint32_t mi : c.messages) {
        const SimMessage& m = ws.messages[mi];
        if (!ws.messageVisible(m, t))
            continue;
        w.beginObject();
        w.member("message_id", ws.messageId(m));
        w.member("type", messageTypeName(m.type));
        w.member("content", ws.messageContent(m));
        w.member("direction", m.direction == Direction::Inbound ? "inbound" : "outbound");
        w.member("status", messageStatusName(ws.messageStatusAt(m, t)));
        w.timestampMember("timestamp", m.timestamp);
        if (m.campaign >= 0 && static_cast<std::size_t>(m.campaign) < ws.campaigns.size())
            w.member("campaign_id", ws.campaigns[static_cast<std::size_t>(m.campaign)].campaignId);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeCampaign(SimRenderWriter& w, const SimWorkspace& ws, const SimCampaign& c, std::int64_t t)
{
    w.beginObject();
    w.member("campaign_id", c.campaignId);
    w.member("name", c.name);
    w.member("status", ws.campaignStatusAt(c, t));
    w.timestampMember("created_at", c.createdAt);
    if (c.scheduledAt != 0)
        w.timestampMember("scheduled_at", c.scheduledAt);
    else
        w.nullMember("scheduled_at");
    w.member("template_name", c.templateName.isEmpty() ? QString() : c.templateName);
    w.member("template_language", c.templateLanguage.isEmpty() ? QString() : c.templateLanguage);
    w.member("total_recipients", static_cast<std::int64_t>(c.messages.size()));
    const SimReport r = ws.reportAt(c, t);
    w.key("report");
    w.beginObject();
    w.member("total_recipients", r.totalRecipients);
    w.member("delivered", r.delivered);
    w.member("read", r.read);
    w.member("replied", r.replied);
    w.member("failed", r.failed);
    w.endObject();
    w.endObject();
}

void writeDumpTo(SimRenderWriter& w, SimRenderer& renderer, std::int64_t t)
{
    const SimWorkspace& ws = renderer.workspace();
    w.beginObject();
    w.member("success", true);
    w.timestampMember("now", t);
    w.member("now_unix", t);
    w.member("tenant", SimRenderer::tenantName(renderer.tenant()));
    w.key("custom_fields");
    w.beginArray();
    for (const SimCustomField& def : ws.customFields) {
        w.beginObject();
        w.member("custom_field_id", def.id);
        w.member("name", def.name);
        w.member("type", def.type);
        w.endObject();
    }
    w.endArray();
    w.key("operators");
    w.beginArray();
    for (const SimOperator& op : ws.operators)
        w.value(op.email);
    w.endArray();
    writeCounts(w, countAt(renderer, t));

    w.key("contacts");
    w.beginArray();
    for (const std::uint32_t i : renderer.contactOrder(t))
        writeContact(w, ws, ws.contacts[i], t);
    w.endArray();
    w.key("deleted_contacts");
    w.beginArray();
    for (const SimContact& c : ws.contacts) {
        if (deletedBy(ws, c, t))
            writeContact(w, ws, c, t);
    }
    w.endArray();
    w.key("campaigns");
    w.beginArray();
    for (const std::uint32_t i : renderer.campaignOrder(t))
        writeCampaign(w, ws, ws.campaigns[i], t);
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray dump(SimRenderer& renderer, std::int64_t t)
{
    SimRenderWriter w;
    writeDumpTo(w, renderer, t);
    return w.take();
}

bool writeDump(SimRenderer& renderer, std::int64_t t, QIODevice& out)
{
    SimRenderWriter w(&out);
    writeDumpTo(w, renderer, t);
    w.buffer().append('\n');
    return w.flush();
}

QByteArray state(SimRenderer& renderer, const StateInfo& info)
{
    const SimWorkspace& ws = renderer.workspace();
    SimRenderWriter w;
    w.beginObject();
    w.member("success", true);
    w.timestampMember("now", info.now);
    w.member("now_unix", info.now);
    w.member("live", info.live);
    w.member("speed", info.speed);
    w.member("tenant", SimRenderer::tenantName(renderer.tenant()));
    w.timestampMember("starts_at", ws.startsAt);
    w.timestampMember("ends_at", ws.endsAt);
    w.member("requests", info.requests);
    writeCounts(w, countAt(renderer, info.now));
    w.endObject();
    return w.take();
}

} // namespace crmlens::sim::SimRenderDump
