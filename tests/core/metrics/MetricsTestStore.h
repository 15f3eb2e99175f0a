#pragma once

#include "core/api/ApiTypes.h"
#include "core/metrics/MetricsEngine.h"
#include "core/metrics/MetricsQuery.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace crmlens::test {

// A temporary store filled through the store's own repositories, the way the sync fills it, for
// hand-computed metric fixtures. Passes are dated by the store's clock: advanceTo() moves it.
class MetricsTestStore
{
public:
    MetricsTestStore();

    store::Database& db() { return m_store.db(); }
    QString path() const { return m_store.path(); }
    ManualClock& clock() { return m_store.clock(); }
    // Moves the clock forward to `iso` (it never goes back).
    void advanceTo(const QString& iso);

    // A contacts pass at the clock's time listing exactly `contacts`; a complete pass takes every
    // stored contact it does not list as deleted.
    void contactsPass(const QList<api::Contact>& contacts, bool complete = true);
    void messages(const QString& chatId, const QList<api::Message>& messages);
    void campaign(const api::Campaign& campaign, const std::optional<api::CampaignReport>& report);

    metrics::MetricsEngine& engine();
    metrics::MetricsSnapshot compute(const metrics::MetricsQuery& query);

private:
    TempStore m_store;
    std::unique_ptr<metrics::MetricsEngine> m_engine;
};

// Builders with the fields the metric tests vary.
api::Contact contact(const QString& chatId, const QString& createdIso, const QString& status = QStringLiteral("open"),
                     const QString& operatorName = {}, const FieldList& fields = {},
                     const QString& number = QStringLiteral("+254712000000"));
api::Message inbound(const QString& id, const QString& iso, const QString& content = QStringLiteral("hello there"));
api::Message reply(const QString& id, const QString& iso, const QString& operatorName = {});
api::Message templateSend(const QString& id, const QString& iso, const QString& status = QStringLiteral("delivered"),
                          const QString& campaignId = {});
api::Campaign campaign(const QString& id, const QString& name, const QString& status, const QString& scheduledIso,
                       const QString& createdIso = QStringLiteral("2026-01-01T00:00:00Z"),
                       const QString& templateName = {});
api::CampaignReport report(const QString& id, qint64 total, qint64 delivered, qint64 read, qint64 replied,
                           qint64 failed);

// A query for [from, to) in `zone`, the other settings at their defaults.
metrics::MetricsQuery periodQuery(const QString& from, const QString& to, const QString& zone = QStringLiteral("UTC"));

} // namespace crmlens::test
