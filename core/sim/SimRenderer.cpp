#include "core/sim/SimRenderer.h"

#include "core/sim/SimRenderWriter.h"

#include <algorithm>
#include <array>
#include <limits>

namespace crmlens::sim {

namespace {

// Field numbers for SimRenderer::omitsEmpty().
constexpr unsigned kFieldName = 0;
constexpr unsigned kFieldOperator = 1;
constexpr unsigned kFieldCustomFields = 2;

const char* badTimestamp(std::uint64_t salt)
{
    static constexpr std::array<const char*, 5> kBad{"not a date", "2026-13-45T25:61:00Z", "16/01/2026 08:00", "",
                                                     "0000-00-00T00:00:00Z"};
    return kBad[salt % kBad.size()];
}

// The position of the damaged record's id when it is sent as a number: distinct per record.
std::int64_t numericId(std::uint64_t salt)
{
    return 90000 + static_cast<std::int64_t>(salt % 10000);
}

void writePagination(SimRenderWriter& w, int page, int limit, std::int64_t total)
{
    w.key("pagination");
    w.beginObject();
    w.member("page", page);
    w.member("limit", limit);
    w.member("total", total);
    w.endObject();
}

// [from, to) of a page over `total` items; empty past the end.
std::pair<std::size_t, std::size_t> pageSpan(std::size_t total, int page, int limit)
{
    const auto from = static_cast<std::size_t>(page - 1) * static_cast<std::size_t>(limit);
    if (from >= total)
        return {total, total};
    return {from, std::min(total, from + static_cast<std::size_t>(limit))};
}

std::optional<SimDamagePlan> planFor(std::optional<std::uint64_t> salt, std::size_t records)
{
    if (!salt)
        return std::nullopt;
    return SimFaults::damagePlan(*salt, static_cast<int>(records));
}

} // namespace

SimRenderer::SimRenderer(const SimWorkspace& workspace, Tenant tenant) : m_ws(workspace), m_tenant(tenant)
{
    m_contactByChatId.reserve(static_cast<qsizetype>(m_ws.contacts.size()));
    m_contactEvents.reserve(m_ws.contacts.size() * 2);
    for (std::uint32_t i = 0; i < m_ws.contacts.size(); ++i) {
        const SimContact& c = m_ws.contacts[i];
        m_contactByChatId.insert(c.chatId, i);
        m_contactEvents.push_back(c.createdAt);
        if (c.deletedAt != 0)
            m_contactEvents.push_back(c.deletedAt);
    }
    std::sort(m_contactEvents.begin(), m_contactEvents.end());
    for (std::uint32_t i = 0; i < m_ws.campaigns.size(); ++i)
        m_campaignById.insert(m_ws.campaigns[i].campaignId, i);
}

std::optional<std::uint32_t> SimRenderer::findContact(const QString& chatId) const
{
    const auto it = m_contactByChatId.constFind(chatId);
    if (it == m_contactByChatId.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<std::uint32_t> SimRenderer::findCampaign(const QString& campaignId) const
{
    const auto it = m_campaignById.constFind(campaignId);
    if (it == m_campaignById.constEnd())
        return std::nullopt;
    return it.value();
}

const std::vector<std::uint32_t>& SimRenderer::contactOrder(std::int64_t t)
{
    if (m_orderValid && t >= m_orderFrom && t < m_orderUntil)
        return m_order;
    m_order = m_ws.contactOrderAt(t);
    m_orderFrom = t;
    const auto next = std::upper_bound(m_contactEvents.begin(), m_contactEvents.end(), t);
    m_orderUntil = next == m_contactEvents.end() ? std::numeric_limits<std::int64_t>::max() : *next;
    m_orderValid = true;
    return m_order;
}

bool SimRenderer::omitsEmpty(std::uint32_t contact, unsigned field) const
{
    return (simMix(m_ws.seed ^ (std::uint64_t{contact} * 0x9E3779B97F4A7C15ULL)) >> field) & 1U;
}

void SimRenderer::writeContact(SimRenderWriter& w, std::uint32_t index, std::int64_t t, RecordDamage damage) const
{
    const SimContact& c = m_ws.contacts[index];
    const bool voll = m_tenant == Tenant::Voll;
    const std::uint64_t salt = simMix(index + 1);
    w.beginObject();
    if (damage == RecordDamage::WrongTypes)
        w.member("chat_id", numericId(salt));
    else if (damage != RecordDamage::MissingId)
        w.member("chat_id", c.chatId);
    w.member(voll ? "whatsapp" : "whatsapp_number", c.whatsappNumber);
    if (damage == RecordDamage::WrongTypes) {
        w.member("email", false);
    } else if (c.email.isEmpty()) {
        w.nullMember("email");
    } else {
        w.member("email", c.email);
    }
    const char* nameKey = voll ? "chat_name" : "name";
    if (damage == RecordDamage::WrongTypes)
        w.member(nameKey, static_cast<std::int64_t>(salt % 1000));
    else if (!c.name.isEmpty())
        w.member(nameKey, c.name);
    else if (!omitsEmpty(index, kFieldName))
        w.nullMember(nameKey);
    if (damage == RecordDamage::BadTimestamp)
        w.member("created_at", badTimestamp(salt));
    else if (c.sendsCreatedAt)
        w.timestampMember("created_at", c.createdAt);
    w.member("status", m_ws.contactStatusAt(c, t));
    if (c.operatorIndex >= 0 && static_cast<std::size_t>(c.operatorIndex) < m_ws.operators.size())
        w.member("chat_operator", m_ws.operators[static_cast<std::size_t>(c.operatorIndex)].email);
    else if (!omitsEmpty(index, kFieldOperator))
        w.nullMember("chat_operator");

    bool anyField = false;
    for (const QString& v : c.fieldValues)
        anyField = anyField || !v.isEmpty();
    if (damage == RecordDamage::WrongTypes) {
        w.member("custom_fields", "n/a");
    } else if (anyField || !omitsEmpty(index, kFieldCustomFields)) {
        w.key("custom_fields");
        voll ? w.beginArray() : w.beginObject();
        const qsizetype n = std::min<qsizetype>(c.fieldValues.size(), static_cast<qsizetype>(m_ws.customFields.size()));
        for (qsizetype f = 0; f < n; ++f) {
            const QString& v = c.fieldValues[f];
            if (v.isEmpty())
                continue;
            const SimCustomField& def = m_ws.customFields[static_cast<std::size_t>(f)];
            if (voll) {
                w.beginObject();
                w.member("id", def.id);
                w.member("value", v);
                w.endObject();
            } else {
                w.key(def.name);
                w.value(v);
            }
        }
        voll ? w.endArray() : w.endObject();
    }
    w.endObject();
}

QByteArray SimRenderer::contactsPage(std::int64_t t, int page, int limit, std::optional<std::uint64_t> damageSalt)
{
    const std::vector<std::uint32_t>& order = contactOrder(t);
    const auto [from, to] = pageSpan(order.size(), page, limit);
    const std::optional<SimDamagePlan> damage = planFor(damageSalt, to - from);
    SimRenderWriter w;
    w.buffer().reserve(static_cast<qsizetype>(256 + (to - from) * 320));
    w.beginObject();
    w.member("success", true);
    w.key("data");
    w.beginArray();
    for (std::size_t i = from; i < to; ++i) {
        const RecordDamage d = damage ? damage->at(static_cast<int>(i - from)) : RecordDamage::None;
        writeContact(w, order[i], t, d);
    }
    w.endArray();
    writePagination(w, page, limit, static_cast<std::int64_t>(order.size()));
    w.endObject();
    return w.take();
}

QString SimRenderer::digitsOnly(const QString& number)
{
    QString out;
    out.reserve(number.size());
    for (const QChar ch : number) {
        if (ch.isDigit())
            out.append(ch);
    }
    return out;
}

const char* SimRenderer::tenantName(Tenant tenant)
{
    return tenant == Tenant::Voll ? "voll" : "chatnation";
}

std::optional<Tenant> SimRenderer::parseTenant(const QString& name)
{
    if (name == QLatin1String("chatnation"))
        return Tenant::ChatNation;
    if (name == QLatin1String("voll"))
        return Tenant::Voll;
    return std::nullopt;
}

std::optional<SimRenderer::SearchField> SimRenderer::parseSearchField(const QString& name)
{
    if (name == QLatin1String("email"))
        return SearchField::Email;
    if (name == QLatin1String("whatsapp_number"))
        return SearchField::WhatsappNumber;
    if (name == QLatin1String("name"))
        return SearchField::Name;
    return std::nullopt;
}

std::optional<SimRenderer::SearchCondition> SimRenderer::parseSearchCondition(const QString& name)
{
    if (name == QLatin1String("contains"))
        return SearchCondition::Contains;
    if (name == QLatin1String("equal to"))
        return SearchCondition::EqualTo;
    if (name == QLatin1String("starts with"))
        return SearchCondition::StartsWith;
    if (name == QLatin1String("ends with"))
        return SearchCondition::EndsWith;
    return std::nullopt;
}

bool SimRenderer::matches(const SimContact& c, SearchField field, SearchCondition condition,
                          const QString& needle) const
{
    // Numbers match on their digits, so "+254 712…" finds "254712…"; text ignores case.
    QString hay;
    switch (field) {
    case SearchField::Email:
        hay = c.email;
        break;
    case SearchField::Name:
        hay = c.name;
        break;
    case SearchField::WhatsappNumber:
        hay = digitsOnly(c.whatsappNumber);
        break;
    }
    if (hay.isEmpty())
        return false;
    switch (condition) {
    case SearchCondition::Contains:
        return hay.contains(needle, Qt::CaseInsensitive);
    case SearchCondition::EqualTo:
        return hay.compare(needle, Qt::CaseInsensitive) == 0;
    case SearchCondition::StartsWith:
        return hay.startsWith(needle, Qt::CaseInsensitive);
    case SearchCondition::EndsWith:
        return hay.endsWith(needle, Qt::CaseInsensitive);
    }
    return false;
}

std::optional<QByteArray> SimRenderer::searchContacts(std::int64_t t, SearchField field, SearchCondition condition,
                                                      const QString& value)
{
    const QString needle = field == SearchField::WhatsappNumber ? digitsOnly(value) : value.trimmed();
    if (needle.isEmpty())
        return std::nullopt;
    SimRenderWriter w;
    // The variant tenant answers a search with a bare array.
    const bool bare = m_tenant == Tenant::Voll;
    if (!bare) {
        w.beginObject();
        w.member("success", true);
        w.key("data");
    }
    w.beginArray();
    int found = 0;
    for (const std::uint32_t index : contactOrder(t)) {
        if (!matches(m_ws.contacts[index], field, condition, needle))
            continue;
        writeContact(w, index, t, RecordDamage::None);
        ++found;
    }
    w.endArray();
    if (!bare)
        w.endObject();
    if (found == 0)
        return std::nullopt;
    return w.take();
}

std::optional<QByteArray> SimRenderer::chatCustomFields(std::int64_t t, const QString& chatId)
{
    const auto index = findContact(chatId);
    if (!index || !m_ws.contactVisible(m_ws.contacts[*index], t))
        return std::nullopt;
    const SimContact& c = m_ws.contacts[*index];
    SimRenderWriter w;
    w.beginObject();
    w.member("success", true);
    w.key("data");
    w.beginArray();
    const qsizetype n = std::min<qsizetype>(c.fieldValues.size(), static_cast<qsizetype>(m_ws.customFields.size()));
    for (qsizetype f = 0; f < n; ++f) {
        if (c.fieldValues[f].isEmpty())
            continue;
        const SimCustomField& def = m_ws.customFields[static_cast<std::size_t>(f)];
        w.beginObject();
        w.member("field_id", def.id);
        w.member("field_name", def.name);
        w.member("field_type", def.type);
        w.member("value", c.fieldValues[f]);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray SimRenderer::customFieldDefinitions() const
{
    SimRenderWriter w;
    w.beginObject();
    w.member("success", true);
    w.key("data");
    w.beginArray();
    for (const SimCustomField& def : m_ws.customFields) {
        w.beginObject();
        w.member("custom_field_id", def.id);
        w.member("name", def.name);
        w.member("type", def.type);
        w.member("required", false);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

void SimRenderer::writeMessage(SimRenderWriter& w, const SimMessage& m, std::int64_t t, RecordDamage damage,
                               std::uint64_t salt) const
{
    w.beginObject();
    if (damage == RecordDamage::WrongTypes)
        w.member("message_id", numericId(salt));
    else if (damage != RecordDamage::MissingId)
        w.member("message_id", m_ws.messageId(m));
    w.member("type", messageTypeName(m.type));
    if (damage == RecordDamage::WrongTypes) {
        w.key("content");
        w.beginObject();
        w.member("text", m_ws.messageContent(m));
        w.endObject();
    } else {
        w.member("content", m_ws.messageContent(m));
    }
    w.member("direction", m.direction == Direction::Inbound ? "inbound" : "outbound");
    if (damage == RecordDamage::WrongTypes)
        w.member("status", static_cast<int>(m_ws.messageStatusAt(m, t)));
    else
        w.member("status", messageStatusName(m_ws.messageStatusAt(m, t)));
    if (damage == RecordDamage::BadTimestamp)
        w.member("timestamp", badTimestamp(salt));
    else
        w.timestampMember("timestamp", m.timestamp);
    w.endObject();
}

std::optional<QByteArray> SimRenderer::messagesPage(std::int64_t t, const QString& chatId, int page, int limit,
                                                    bool newestFirst, std::optional<std::uint64_t> damageSalt)
{
    const auto index = findContact(chatId);
    if (!index || !m_ws.contactVisible(m_ws.contacts[*index], t))
        return std::nullopt;
    const SimContact& c = m_ws.contacts[*index];
    std::vector<std::uint32_t> visible;
    visible.reserve(c.messages.size());
    for (const std::uint32_t mi : c.messages) {
        if (m_ws.messageVisible(m_ws.messages[mi], t))
            visible.push_back(mi);
    }
    if (newestFirst)
        std::reverse(visible.begin(), visible.end());
    const auto [from, to] = pageSpan(visible.size(), page, limit);
    const std::optional<SimDamagePlan> damage = planFor(damageSalt, to - from);

    SimRenderWriter w;
    w.buffer().reserve(static_cast<qsizetype>(256 + (to - from) * 200));
    w.beginObject();
    w.member("success", true);
    w.key("data");
    w.beginObject();
    w.key("messages");
    w.beginArray();
    for (std::size_t i = from; i < to; ++i) {
        const SimMessage& m = m_ws.messages[visible[i]];
        const RecordDamage d = damage ? damage->at(static_cast<int>(i - from)) : RecordDamage::None;
        writeMessage(w, m, t, d, damage ? simMix(damage->salt + i) : 0);
    }
    w.endArray();
    writePagination(w, page, limit, static_cast<std::int64_t>(visible.size()));
    w.endObject();
    w.endObject();
    return w.take();
}

std::vector<std::uint32_t> SimRenderer::campaignOrder(std::int64_t t) const
{
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < m_ws.campaigns.size(); ++i) {
        if (m_ws.campaignVisible(m_ws.campaigns[i], t))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
        const std::int64_t ca = m_ws.campaigns[a].createdAt;
        const std::int64_t cb = m_ws.campaigns[b].createdAt;
        return ca != cb ? ca > cb : a > b;
    });
    return order;
}

void SimRenderer::writeCampaign(SimRenderWriter& w, std::uint32_t index, std::int64_t t, RecordDamage damage,
                                std::uint64_t salt) const
{
    const SimCampaign& c = m_ws.campaigns[index];
    const bool voll = m_tenant == Tenant::Voll;
    w.beginObject();
    if (damage == RecordDamage::WrongTypes)
        w.member("campaign_id", numericId(salt));
    else if (damage != RecordDamage::MissingId)
        w.member("campaign_id", c.campaignId);
    w.member(voll ? "title" : "name", c.name);
    w.member("status", m_ws.campaignStatusAt(c, t));
    if (damage == RecordDamage::BadTimestamp)
        w.member("created_at", badTimestamp(salt));
    else
        w.timestampMember("created_at", c.createdAt);
    if (c.scheduledAt != 0)
        w.timestampMember("scheduled_at", c.scheduledAt);
    else
        w.nullMember("scheduled_at");
    const char* totalKey = voll ? "total_receivers" : "total_recipients";
    if (damage == RecordDamage::WrongTypes)
        w.member(totalKey, "many");
    else
        w.member(totalKey, static_cast<std::int64_t>(c.messages.size()));
    if (!c.templateName.isEmpty())
        w.member("template_name", c.templateName);
    if (!c.templateLanguage.isEmpty())
        w.member("template_language", c.templateLanguage);
    w.endObject();
}

QByteArray SimRenderer::campaignsPage(std::int64_t t, int page, int limit, std::optional<std::uint64_t> damageSalt)
{
    const std::vector<std::uint32_t> order = campaignOrder(t);
    const auto [from, to] = pageSpan(order.size(), page, limit);
    const std::optional<SimDamagePlan> damage = planFor(damageSalt, to - from);
    SimRenderWriter w;
    w.beginObject();
    w.member("success", true);
    w.key("data");
    w.beginArray();
    for (std::size_t i = from; i < to; ++i) {
        const RecordDamage d = damage ? damage->at(static_cast<int>(i - from)) : RecordDamage::None;
        writeCampaign(w, order[i], t, d, damage ? simMix(damage->salt + i) : 0);
    }
    w.endArray();
    w.member("count", static_cast<std::int64_t>(order.size()));
    w.member("page", page);
    w.member("rows", limit);
    w.endObject();
    return w.take();
}

QString SimRenderer::rateText(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0)
        return QStringLiteral("0%");
    // Tenths of a percent, rounded half up in integers so the text never shows binary noise.
    const std::int64_t tenths = (part * 2000 + whole) / (2 * whole);
    if (tenths % 10 == 0)
        return QString::number(tenths / 10) + QLatin1Char('%');
    return QString::number(tenths / 10) + QLatin1Char('.') + QString::number(tenths % 10) + QLatin1Char('%');
}

std::optional<QByteArray> SimRenderer::campaignReport(std::int64_t t, const QString& campaignId)
{
    const auto index = findCampaign(campaignId);
    if (!index || !m_ws.campaignVisible(m_ws.campaigns[*index], t))
        return std::nullopt;
    const SimCampaign& c = m_ws.campaigns[*index];
    const SimReport r = m_ws.reportAt(c, t);
    SimRenderWriter w;
    w.beginObject();
    w.member("success", true);
    w.member("campaign_id", c.campaignId);
    w.member("name", c.name);
    w.key("metrics");
    w.beginObject();
    w.member("total_recipients", r.totalRecipients);
    w.member("delivered", r.delivered);
    w.member("read", r.read);
    w.member("replied", r.replied);
    w.member("failed", r.failed);
    w.endObject();
    // As the CRM computes them: delivery over recipients, read and reply over delivered.
    w.member("delivery_rate", rateText(r.delivered, r.totalRecipients));
    w.member("read_rate", rateText(r.read, r.delivered));
    w.member("reply_rate", rateText(r.replied, r.delivered));
    w.endObject();
    return w.take();
}

} // namespace crmlens::sim
