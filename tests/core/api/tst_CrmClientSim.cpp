#include "core/api/CrmClient.h"
#include "core/api/NetworkTransport.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimServer.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace crmlens;
using namespace crmlens::api;

// The client against an in-process simulator with its faults on: whatever the simulator does
// (5xx bursts, success:false, truncated bodies, slow and hanging replies, shifting pages, bad
// records), the client must answer every call exactly once, read what can be read, and say in
// plain words what it could not.
namespace {

const QByteArray kKey = QByteArrayLiteral("sim-client-test-key");

const sim::SimWorkspace& workspace()
{
    static const sim::SimWorkspace ws = [] {
        sim::GeneratorConfig config;
        config.seed = 7;
        config.contacts = 150;
        config.days = 20;
        config.campaigns = 4;
        config.messagesPerContact = 6;
        return sim::generateWorkspace(config);
    }();
    return ws;
}

// Reads the tenant the way a first sync does: every contacts page, messages of the first
// chats, their custom fields, the definitions, a search, the campaigns and their reports.
class Walk
{
public:
    explicit Walk(CrmClient& client) : m_client(client) {}

    void start()
    {
        contactsPage(1);
        ++m_outstanding;
        m_client.fetchCustomFieldDefinitions([this](Result<QList<CustomFieldDefinition>> r) { done(r); });
        ++m_outstanding;
        m_client.fetchCampaigns(1, 50, [this](Result<CampaignsPage> r) {
            if (r.ok()) {
                note(r.value());
                for (const Campaign& campaign : r->items) {
                    ++m_outstanding;
                    m_client.fetchCampaignReport(campaign.campaignId,
                                                 [this](Result<CampaignReport> report) { done(report); });
                }
            }
            done(r);
        });
    }

    bool finished() const { return m_outstanding == 0; }
    int calls() const { return m_calls; }
    int succeeded() const { return m_succeeded; }
    const QList<Error>& failures() const { return m_failures; }
    int skipped() const { return m_skipped; }
    int fieldIssues() const { return m_fieldIssues; }
    const QSet<QString>& chats() const { return m_chats; }
    qint64 listedTotal() const { return m_total; }
    int contactItems() const { return m_contactItems; }

private:
    static constexpr int kPageSize = 40;
    static constexpr int kChatsWithMessages = 20;
    static constexpr int kChatsWithFields = 5;

    void contactsPage(int page)
    {
        ++m_outstanding;
        m_client.fetchContacts(page, kPageSize, [this, page](Result<ContactsPage> r) {
            if (r.ok()) {
                note(r.value());
                m_contactItems += static_cast<int>(r->items.size());
                if (r->info.total)
                    m_total = *r->info.total;
                for (const Contact& contact : r->items)
                    newChat(contact);
                if (!r->items.isEmpty() && page < 20)
                    contactsPage(page + 1);
            }
            done(r);
        });
    }

    void newChat(const Contact& contact)
    {
        if (m_chats.contains(contact.chatId))
            return;
        m_chats.insert(contact.chatId);
        if (m_chats.size() == 1) {
            ++m_outstanding;
            m_client.searchContacts(
                SearchField::WhatsappNumber, contact.whatsappNumber, SearchCondition::EqualTo,
                [this](Result<QList<Contact>> r) { done(r); }, CallOptions{RequestPriority::High, 0});
        }
        if (m_chats.size() <= kChatsWithMessages) {
            ++m_outstanding;
            m_client.fetchMessages(contact.chatId, 1, 100, MessageSort::Newest, [this](Result<MessagesPage> r) {
                if (r.ok())
                    note(r.value());
                done(r);
            });
        }
        if (m_chats.size() <= kChatsWithFields) {
            ++m_outstanding;
            m_client.fetchChatCustomFields(contact.chatId, [this](Result<QList<CustomFieldValue>> r) { done(r); });
        }
    }

    // Records the parser left out, or kept with a field it could not read.
    template <typename T> void note(const Page<T>& page)
    {
        m_skipped += static_cast<int>(page.skipped.size());
        m_fieldIssues += static_cast<int>(page.fieldIssues.size());
    }

    template <typename T> void done(const Result<T>& result)
    {
        ++m_calls;
        --m_outstanding;
        if (result.ok())
            ++m_succeeded;
        else
            m_failures.append(result.error());
    }

    CrmClient& m_client;
    int m_outstanding = 0;
    int m_calls = 0;
    int m_succeeded = 0;
    int m_skipped = 0;
    int m_fieldIssues = 0;
    int m_contactItems = 0;
    qint64 m_total = -1;
    QList<Error> m_failures;
    QSet<QString> m_chats;
};

struct SimRig
{
    SimRig(sim::Tenant tenant, const QString& faults, double faultRate, int rateLimit, CrmClientConfig config)
        : simClock(sim::kDefaultGeneratorNow)
    {
        sim::SimServerConfig serverConfig;
        serverConfig.apiKey = kKey;
        serverConfig.tenant = tenant;
        serverConfig.rateLimitPerMinute = rateLimit;
        serverConfig.hangSeconds = 8;
        if (!faults.isEmpty()) {
            QString error;
            serverConfig.faults.kinds = sim::SimFaultConfig::parseKinds(faults, &error).value_or(0);
            serverConfig.faults.rate = faultRate;
            serverConfig.faults.seed = 11;
        }
        simClock.setEnd(workspace().endsAt);
        server = std::make_unique<sim::SimServer>(workspace(), simClock, serverConfig, realClock);
        listening = server->listen(0);
        client = std::make_unique<CrmClient>(ApiEndpoint::fromBaseUrl(server->baseUrl().toString()).value(),
                                             QString::fromLatin1(kKey), transport, realClock, std::move(config));
    }

    SystemClock realClock;
    sim::SimClock simClock;
    std::unique_ptr<sim::SimServer> server;
    bool listening = false;
    NetworkTransport transport;
    std::unique_ptr<CrmClient> client;
};

CrmClientConfig resilientConfig()
{
    CrmClientConfig config;
    config.requestTimeoutMs = 3000;
    config.maxConcurrent = 3;
    config.retry = RetryConfig{10, 10, 200, 10};
    config.pacing.limitPerMinute = 0;
    return config;
}

} // namespace

Q_DECLARE_METATYPE(crmlens::sim::Tenant)

class tst_CrmClientSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanRunReadsEverything_data();
    void cleanRunReadsEverything();
    void survivesFaults_data();
    void survivesFaults();
    void wrongKeyIsReportedOnce();
    void learnsTheRateLimitAndStaysUnderIt();
};

void tst_CrmClientSim::cleanRunReadsEverything_data()
{
    QTest::addColumn<sim::Tenant>("tenant");
    QTest::newRow("chatnation") << sim::Tenant::ChatNation;
    QTest::newRow("voll") << sim::Tenant::Voll;
}

void tst_CrmClientSim::cleanRunReadsEverything()
{
    QFETCH(sim::Tenant, tenant);
    SimRig rig(tenant, QString(), 0, 0, resilientConfig());
    QVERIFY(rig.listening);
    Walk walk(*rig.client);
    walk.start();
    QTRY_VERIFY_WITH_TIMEOUT(walk.finished(), 60000);
    for (const Error& e : walk.failures())
        qWarning("%s: %s", qPrintable(errorKindName(e.kind)), qPrintable(e.message));
    QCOMPARE(walk.failures().size(), 0);
    QVERIFY(walk.listedTotal() > 0);
    QCOMPARE(walk.chats().size(), walk.listedTotal()); // nothing skipped, nothing doubled
    QCOMPARE(walk.contactItems(), walk.listedTotal());
    QCOMPARE(walk.skipped(), 0);
    QCOMPARE(walk.fieldIssues(), 0);
    QCOMPARE(rig.client->stats().retries, qint64(0));
    QCOMPARE(rig.client->stats().succeeded, qint64(walk.calls()));
}

void tst_CrmClientSim::survivesFaults_data()
{
    QTest::addColumn<sim::Tenant>("tenant");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("expectRetries");
    const auto chatnation = sim::Tenant::ChatNation;
    QTest::newRow("5xx bursts") << chatnation << "5xx" << 0.15 << true;
    QTest::newRow("success:false") << chatnation << "success-false" << 0.15 << true;
    QTest::newRow("truncated bodies") << chatnation << "truncate" << 0.15 << true;
    QTest::newRow("hanging replies") << chatnation << "hang" << 0.15 << true;
    QTest::newRow("slow replies") << chatnation << "slow" << 0.15 << false;
    QTest::newRow("shifting pages") << chatnation << "shift" << 0.3 << false;
    // Only pages can carry bad records; a high rate makes sure some of them do.
    QTest::newRow("bad records") << chatnation << "bad-records" << 0.5 << false;
    QTest::newRow("bad records, voll") << sim::Tenant::Voll << "bad-records" << 0.5 << false;
    QTest::newRow("all, chatnation") << chatnation << "all" << 0.15 << true;
    QTest::newRow("all, voll") << sim::Tenant::Voll << "all" << 0.15 << true;
}

void tst_CrmClientSim::survivesFaults()
{
    QFETCH(sim::Tenant, tenant);
    QFETCH(QString, faults);
    QFETCH(double, rate);
    QFETCH(bool, expectRetries);
    SimRig rig(tenant, faults, rate, 0, resilientConfig());
    QVERIFY(rig.listening);
    Walk walk(*rig.client);
    walk.start();
    QTRY_VERIFY_WITH_TIMEOUT(walk.finished(), 240000);

    const ClientStats stats = rig.client->stats();
    qInfo("%d calls, %d read, %d not read, %d records skipped, %d fields unreadable, %lld retries, %lld timeouts",
          walk.calls(), walk.succeeded(), static_cast<int>(walk.failures().size()), walk.skipped(), walk.fieldIssues(),
          stats.retries, stats.timeouts);
    // What could not be read is said in words, with a kind a caller can act on.
    for (const Error& e : walk.failures()) {
        qInfo("not read: %s: %s", qPrintable(errorKindName(e.kind)), qPrintable(e.message));
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.kind != Error::Kind::None && e.kind != Error::Kind::Unauthorized);
        QVERIFY(!e.message.contains(QString::fromLatin1(kKey)));
    }
    QCOMPARE(stats.succeeded + stats.failed, qint64(walk.calls()));
    QCOMPARE(rig.client->pendingCount(), 0);
    // Retries absorb the faults: nearly everything is read.
    QVERIFY2(walk.succeeded() >= walk.calls() * 95 / 100, qPrintable(QString::number(walk.succeeded())));
    QVERIFY(!walk.chats().isEmpty());
    if (expectRetries)
        QVERIFY(stats.retries > 0);
    if (faults == QLatin1String("bad-records"))
        QVERIFY(walk.skipped() + walk.fieldIssues() > 0);
    if (faults == QLatin1String("hang"))
        QVERIFY(stats.timeouts > 0);
}

void tst_CrmClientSim::wrongKeyIsReportedOnce()
{
    SimRig rig(sim::Tenant::ChatNation, QString(), 0, 0, resilientConfig());
    rig.client->setApiKey(QStringLiteral("not-the-key"));
    std::optional<Result<ContactsPage>> got;
    rig.client->fetchContacts(1, 20, [&got](Result<ContactsPage> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QCOMPARE(got->error().kind, Error::Kind::Unauthorized);
    QCOMPARE(got->error().httpStatus, 401);
    QVERIFY2(got->error().message.startsWith(QLatin1String("The CRM rejected the API key (HTTP 401)")),
             qPrintable(got->error().message));
    QVERIFY(!got->error().message.contains(QLatin1String("not-the-key")));
    QCOMPARE(rig.client->stats().requestsSent, qint64(1));
}

void tst_CrmClientSim::learnsTheRateLimitAndStaysUnderIt()
{
    // The plan limit is not configured: the client learns it from the first answer's headers
    // and paces the rest, so the simulator never has to refuse anything.
    CrmClientConfig config = resilientConfig();
    config.maxConcurrent = 4;
    SimRig rig(sim::Tenant::ChatNation, QString(), 0, 240, config);
    QVERIFY(rig.listening);
    int answered = 0;
    for (int page = 1; page <= 10; ++page)
        rig.client->fetchContacts(page, 10, [&answered](Result<ContactsPage> r) { answered += r.ok() ? 1 : 100; });
    QTRY_VERIFY_WITH_TIMEOUT(answered >= 10, 60000);
    QCOMPARE(answered, 10);
    const PacerStats pacer = rig.client->pacerStats();
    QCOMPARE(pacer.limitPerMinute, 240);
    QVERIFY(pacer.limitLearned);
    QCOMPARE(pacer.rateLimitedCount, qint64(0));
    QCOMPARE(pacer.requestsSent, qint64(10));
    QVERIFY(pacer.requestsLeft >= 0 && pacer.requestsLeft <= 240 - 10);
}

QTEST_GUILESS_MAIN(tst_CrmClientSim)
#include "tst_CrmClientSim.moc"
