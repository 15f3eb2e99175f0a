#pragma once

#include "core/sim/SimFaults.h"
#include "core/sim/SimWorkspace.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace crmlens::sim {

class SimRenderWriter;

// Renders the workspace, viewed at a time t, as the bodies of the CRM's read endpoints, in the
// tenant's field names and shapes (crm-api.md). Written for speed: JSON goes straight into a
// buffer, contacts are found by chat_id through a hash, and the newest-first contact order is
// cached until the next creation or deletion on the timeline.
class SimRenderer
{
public:
    enum class SearchField { Email, WhatsappNumber, Name };
    enum class SearchCondition { Contains, EqualTo, StartsWith, EndsWith };

    SimRenderer(const SimWorkspace& workspace, Tenant tenant);

    const SimWorkspace& workspace() const { return m_ws; }
    Tenant tenant() const { return m_tenant; }

    // The contact with this chat_id, whether or not it exists at any given time.
    std::optional<std::uint32_t> findContact(const QString& chatId) const;
    std::optional<std::uint32_t> findCampaign(const QString& campaignId) const;
    // Contacts the list shows at t, newest first (cached; valid until the clock passes the next
    // creation or deletion).
    const std::vector<std::uint32_t>& contactOrder(std::int64_t t);

    // List pages take the salt of a bad-records fault: some records of the page are then damaged
    // (SimFaults::damagePlan): no id, an unparseable timestamp, or an id and fields of the wrong
    // JSON type (the id becomes a number).
    // GET /crm/chat — `page` ≥ 1, 1 ≤ `limit` ≤ 100.
    QByteArray contactsPage(std::int64_t t, int page, int limit,
                            std::optional<std::uint64_t> damageSalt = std::nullopt);
    // GET /crm/chat/search — nullopt when nothing matches (the CRM answers 404).
    std::optional<QByteArray> searchContacts(std::int64_t t, SearchField field, SearchCondition condition,
                                             const QString& value);
    // GET /crm/chat/setting/{chat_id}/custom-field — nullopt for an unknown or deleted chat.
    std::optional<QByteArray> chatCustomFields(std::int64_t t, const QString& chatId);
    // GET /crm/setting/custom-field
    QByteArray customFieldDefinitions() const;
    // GET /crm/chat/{chat_id}/messages — nullopt for an unknown or deleted chat.
    std::optional<QByteArray> messagesPage(std::int64_t t, const QString& chatId, int page, int limit, bool newestFirst,
                                           std::optional<std::uint64_t> damageSalt = std::nullopt);
    // GET /crm/campaign
    QByteArray campaignsPage(std::int64_t t, int page, int limit,
                             std::optional<std::uint64_t> damageSalt = std::nullopt);
    // GET /crm/campaign/{campaign_id}/report — nullopt for an unknown campaign.
    std::optional<QByteArray> campaignReport(std::int64_t t, const QString& campaignId);

    // Campaigns visible at t, newest first.
    std::vector<std::uint32_t> campaignOrder(std::int64_t t) const;

    static const char* tenantName(Tenant tenant);
    static std::optional<Tenant> parseTenant(const QString& name);
    static std::optional<SearchField> parseSearchField(const QString& name);
    static std::optional<SearchCondition> parseSearchCondition(const QString& name);
    // "98%", "76.5%": one decimal at most, none when it is zero; "0%" for an empty denominator.
    static QString rateText(std::int64_t part, std::int64_t whole);
    // The number without '+', spaces or dashes: what webhooks call wa_id.
    static QString digitsOnly(const QString& number);

private:
    void writeContact(SimRenderWriter& w, std::uint32_t index, std::int64_t t, RecordDamage damage) const;
    void writeMessage(SimRenderWriter& w, const SimMessage& m, std::int64_t t, RecordDamage damage,
                      std::uint64_t salt) const;
    void writeCampaign(SimRenderWriter& w, std::uint32_t index, std::int64_t t, RecordDamage damage,
                       std::uint64_t salt) const;
    // Per-contact choice between leaving an empty optional field out and sending null.
    bool omitsEmpty(std::uint32_t contact, unsigned field) const;
    bool matches(const SimContact& c, SearchField field, SearchCondition condition, const QString& needle) const;

    const SimWorkspace& m_ws;
    Tenant m_tenant;
    QHash<QString, std::uint32_t> m_contactByChatId;
    QHash<QString, std::uint32_t> m_campaignById;
    std::vector<std::int64_t> m_contactEvents; // every createdAt and deletedAt, sorted

    std::vector<std::uint32_t> m_order;
    bool m_orderValid = false;
    std::int64_t m_orderFrom = 0;
    std::int64_t m_orderUntil = 0;
};

} // namespace crmlens::sim
