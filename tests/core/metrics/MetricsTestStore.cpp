#include "tests/core/metrics/MetricsTestStore.h"

#include "core/store/CampaignRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SyncPassRepository.h"

#include <QTest>

namespace crmlens::test {

namespace {

void require(const Error& err, const char* what)
{
    if (err.isError())
        qFatal("%s: %s", what, qPrintable(err.message));
}

} // namespace

MetricsTestStore::MetricsTestStore()
{
    require(m_store.open(), "opening the store");
}

void MetricsTestStore::advanceTo(const QString& iso)
{
    const qint64 target = utc(iso).toMSecsSinceEpoch();
    const qint64 now = m_store.clock().nowUtc().toMSecsSinceEpoch();
    if (target < now)
        qFatal("the clock cannot go back to %s", qPrintable(iso));
    m_store.clock().advanceMs(target - now);
}

void MetricsTestStore::contactsPass(const QList<api::Contact>& contacts, bool complete)
{
    store::SyncPassRepository passes(db());
    auto pass = passes.beginPass(store::kContactsPass);
    require(pass.error(), "beginning a contacts pass");
    store::ContactRepository repo(db());
    if (!contacts.isEmpty())
        require(repo.writeContactsPage(pass->id, contacts).error(), "writing contacts");
    if (complete) {
        auto done = repo.completeContactPass(pass->id, 1.0);
        require(done.error(), "completing a contacts pass");
    } else {
        require(passes.abandonPass(pass->id), "ending a contacts pass");
    }
}

void MetricsTestStore::messages(const QString& chatId, const QList<api::Message>& list)
{
    require(store::MessageRepository(db()).writeMessagesPage(chatId, list).error(), "writing messages");
}

void MetricsTestStore::campaign(const api::Campaign& c, const std::optional<api::CampaignReport>& r)
{
    store::SyncPassRepository passes(db());
    auto pass = passes.beginPass(store::kCampaignsPass);
    require(pass.error(), "beginning a campaigns pass");
    store::CampaignRepository repo(db());
    require(repo.writeCampaignsPage(pass->id, {c}).error(), "writing a campaign");
    require(passes.finishPass(pass->id), "finishing a campaigns pass");
    if (r)
        require(repo.recordReport(*r), "recording a report");
}

metrics::MetricsEngine& MetricsTestStore::engine()
{
    if (!m_engine)
        m_engine = std::make_unique<metrics::MetricsEngine>(db());
    return *m_engine;
}

metrics::MetricsSnapshot MetricsTestStore::compute(const metrics::MetricsQuery& query)
{
    auto snapshot = engine().compute(query);
    if (!snapshot)
        qFatal("computing metrics: %s", qPrintable(snapshot.error().message));
    return snapshot.value();
}

api::Contact contact(const QString& chatId, const QString& createdIso, const QString& status,
                     const QString& operatorName, const FieldList& fields, const QString& number)
{
    api::Contact c = makeContact(chatId, status, operatorName, fields);
    c.whatsappNumber = number;
    if (!createdIso.isEmpty())
        c.createdAt = utc(createdIso);
    return c;
}

api::Message inbound(const QString& id, const QString& iso, const QString& content)
{
    api::Message m = makeMessage(id, utc(iso), QStringLiteral("inbound"), QStringLiteral("received"));
    m.content = content;
    return m;
}

api::Message reply(const QString& id, const QString& iso, const QString& operatorName)
{
    api::Message m = makeMessage(id, utc(iso), QStringLiteral("outbound"), QStringLiteral("read"));
    m.content = QStringLiteral("operator reply");
    m.operatorName = operatorName;
    return m;
}

api::Message templateSend(const QString& id, const QString& iso, const QString& status, const QString& campaignId)
{
    api::Message m = makeMessage(id, utc(iso), QStringLiteral("outbound"), status);
    m.type = QStringLiteral("template");
    m.content = QStringLiteral("campaign text");
    m.campaignId = campaignId;
    return m;
}

api::Campaign campaign(const QString& id, const QString& name, const QString& status, const QString& scheduledIso,
                       const QString& createdIso, const QString& templateName)
{
    api::Campaign c;
    c.campaignId = id;
    c.name = name;
    c.status = status;
    c.createdAt = utc(createdIso);
    if (!scheduledIso.isEmpty())
        c.scheduledAt = utc(scheduledIso);
    c.templateName = templateName;
    return c;
}

api::CampaignReport report(const QString& id, qint64 total, qint64 delivered, qint64 read, qint64 replied,
                           qint64 failed)
{
    return api::CampaignReport{id, QString(), total, delivered, read, replied, failed};
}

metrics::MetricsQuery periodQuery(const QString& from, const QString& to, const QString& zone)
{
    metrics::MetricsQuery q;
    q.period = metrics::Period{QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate)};
    q.zone = QTimeZone(zone.toUtf8());
    return q;
}

} // namespace crmlens::test
