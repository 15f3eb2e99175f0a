// Drill-downs list exactly the rows behind each figure: on a realistic store written from a
// generated workspace, every target's row count equals the snapshot's number for that element.
#include "core/metrics/DrillDown.h"

#include "core/metrics/MetricsEngine.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimStoreWriter.h"
#include "core/store/Database.h"
#include "tests/core/metrics/MetricsTestStore.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace crmlens;
using metrics::DrillDownRequest;
using Target = DrillDownRequest::Target;

Q_DECLARE_METATYPE(crmlens::metrics::ContactFilter)

namespace {

const QTimeZone kZone(QByteArrayLiteral("Africa/Nairobi"));

DrillDownRequest request(Target target, const QString& value = {}, const QString& stage = {})
{
    DrillDownRequest r;
    r.target = target;
    r.value = value;
    r.stage = stage;
    return r;
}

} // namespace

class tst_DrillDown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rowsAddUpToTheFigure_data();
    void rowsAddUpToTheFigure();
    void messageRowsAreTheOnesTheElementNames();
    void keywordRowsHoldTheWord();
    void campaignRecipientsAreTheStoredReceivers();
    void filtersNarrowTheRows_data();
    void filtersNarrowTheRows();
    void transcriptIsTheWholeChatOldestFirst();
    void busyListsStopAtTheCap();
    void requestsTheQueryCannotAnswerAreRefused_data();
    void requestsTheQueryCannotAnswerAreRefused();
    void responsesAtTheSameInstantAreTold();

private:
    metrics::DrillDownResult run(const DrillDownRequest& r, const metrics::MetricsQuery& q, int cap = -1);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<metrics::MetricsEngine> m_engine;
    metrics::MetricsQuery m_query;
    metrics::MetricsSnapshot m_snapshot;
};

void tst_DrillDown::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sim::GeneratorConfig config;
    config.seed = 11;
    config.contacts = 300;
    const sim::SimWorkspace ws = sim::generateWorkspace(config);
    const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Error written = sim::SimStoreWriter::writeNewStore(path, ws);
    QVERIFY2(!written.isError(), qPrintable(written.message));
    auto db = store::Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_engine = std::make_unique<metrics::MetricsEngine>(*m_db);

    const QDate today = QDateTime::fromSecsSinceEpoch(ws.now, kZone).date();
    m_query.zone = kZone;
    m_query.period = metrics::Period::preset(metrics::Period::Preset::Last30Days, today);
    auto snapshot = m_engine->compute(m_query);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message));
    m_snapshot = snapshot.value();
    // The fixture must hold something to drill into, or every comparison below is 0 == 0.
    QVERIFY(m_snapshot.executive.totalContacts > 100);
    QVERIFY(m_snapshot.executive.newContacts > 0);
    QVERIFY(m_snapshot.executive.churnedContacts > 0);
    QVERIFY(m_snapshot.engagement.figures.inbound > 500);
    QVERIFY(!m_snapshot.atRisk.isEmpty());
    QVERIFY(!m_snapshot.campaigns.campaigns.isEmpty());
}

void tst_DrillDown::cleanupTestCase()
{
    m_engine.reset();
    m_db.reset();
}

metrics::DrillDownResult tst_DrillDown::run(const DrillDownRequest& r, const metrics::MetricsQuery& q, int cap)
{
    auto result = metrics::runDrillDown(*m_engine, *m_db, r, q, cap);
    if (!result) {
        qWarning() << result.error().message;
        return {};
    }
    return result.value();
}

void tst_DrillDown::rowsAddUpToTheFigure_data()
{
    QTest::addColumn<DrillDownRequest>("request");
    QTest::addColumn<qint64>("expected");
    const metrics::MetricsSnapshot& s = m_snapshot;
    const auto row = [](const QString& name, const DrillDownRequest& r, qint64 n) {
        QTest::newRow(qPrintable(name)) << r << n;
    };

    row(QStringLiteral("total_contacts"), request(Target::AliveContacts), s.executive.totalContacts);
    row(QStringLiteral("new_contacts"), request(Target::NewContacts), s.executive.newContacts);
    row(QStringLiteral("churned_contacts"), request(Target::ChurnedContacts), s.executive.churnedContacts);
    for (const metrics::MonthGrowth& g : s.executive.contactGrowth) {
        DrillDownRequest r = request(Target::NewContacts);
        r.month = g.month;
        row(QStringLiteral("contact growth ") + g.month, r, g.newContacts);
    }
    for (const auto& [value, n] : s.executive.sourceDistribution)
        row(QStringLiteral("source ") + value, request(Target::Source, value), n);
    for (const auto& [value, n] : s.segmentation.segmentDistribution)
        row(QStringLiteral("segment ") + value, request(Target::SegmentValue, value), n);
    for (const metrics::SegmentGrowthRow& g : s.segmentation.segmentGrowth) {
        DrillDownRequest r = request(Target::SegmentMonth, g.value);
        r.month = g.month;
        row(QStringLiteral("segment growth ") + g.month + u' ' + g.value, r, g.newContacts);
    }
    for (const auto& [value, n] : s.segmentation.countries)
        row(QStringLiteral("country ") + value, request(Target::Country, value), n);
    for (const auto& [band, n] : s.segmentation.leadScoreDistribution)
        row(QStringLiteral("lead band ") + band, request(Target::LeadBand, band), n);
    const qint64 hot = std::count_if(s.leads.begin(), s.leads.end(), [](const auto& l) { return l.hot; });
    row(QStringLiteral("hot leads"), request(Target::HotLeads), hot);
    row(QStringLiteral("at risk"), request(Target::AtRisk), qint64(s.atRisk.size()));
    for (const metrics::OperatorRow& op : s.engagement.operators)
        row(QStringLiteral("operator ") + op.operatorName, request(Target::Operator, op.operatorName),
            op.chatsAssigned);
    for (const auto& [status, n] : s.engagement.conversationStatus)
        row(QStringLiteral("status ") + status, request(Target::ConversationStatus, status), n);

    for (const metrics::DayVolume& v : s.engagement.messageVolume) {
        const QString day = v.day.toString(Qt::ISODate);
        DrillDownRequest r = request(Target::VolumeDay, {}, QStringLiteral("inbound"));
        r.day = v.day;
        row(QStringLiteral("inbound ") + day, r, v.inbound);
        r.stage = QStringLiteral("outbound");
        row(QStringLiteral("outbound ") + day, r, v.outbound);
        r.stage.clear();
        row(QStringLiteral("both ") + day, r, v.inbound + v.outbound);
    }
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; hour += 5) {
            DrillDownRequest r = request(Target::ActivityCell);
            r.weekday = weekday;
            r.hour = hour;
            row(QStringLiteral("cell %1 %2").arg(weekday).arg(hour), r,
                s.engagement.activityHeatmap[size_t(weekday)][size_t(hour)]);
        }
    }
    for (int hour = 0; hour < 24; ++hour) {
        DrillDownRequest r = request(Target::PeakHour);
        r.hour = hour;
        row(QStringLiteral("peak hour %1").arg(hour), r, s.engagement.peakHours[size_t(hour)]);
    }
    for (const metrics::HistogramBucket& b : s.engagement.responseTimeHistogram)
        row(QStringLiteral("response ") + b.name, request(Target::ResponseBucket, b.name), b.count);
    for (const metrics::KeywordCount& k : s.engagement.keywords)
        row(QStringLiteral("keyword ") + k.token, request(Target::Keyword, k.token), k.count);
}

void tst_DrillDown::rowsAddUpToTheFigure()
{
    QFETCH(DrillDownRequest, request);
    QFETCH(qint64, expected);
    auto result = metrics::runDrillDown(*m_engine, *m_db, request, m_query, -1);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const metrics::DrillDownResult& r = result.value();
    QCOMPARE(r.figure, expected);
    QVERIFY(!r.truncated);
    const qint64 listed = request.isMessageTarget() ? r.messages.size() : r.contacts.size();
    QCOMPARE(r.totalRows, listed);
    if (request.target != Target::Keyword)
        QCOMPARE(listed, expected);
    // Every row once.
    QSet<QString> keys;
    for (const auto& c : r.contacts)
        keys.insert(c.chatId);
    for (const auto& m : r.messages)
        keys.insert(m.chatId + u'/' + m.messageId);
    QCOMPARE(qint64(keys.size()), listed);
}

void tst_DrillDown::messageRowsAreTheOnesTheElementNames()
{
    const metrics::DayVolume busiest =
        *std::max_element(m_snapshot.engagement.messageVolume.begin(), m_snapshot.engagement.messageVolume.end(),
                          [](const auto& a, const auto& b) { return a.inbound + a.outbound < b.inbound + b.outbound; });
    DrillDownRequest day = request(Target::VolumeDay, {}, QStringLiteral("outbound"));
    day.day = busiest.day;
    const metrics::DrillDownResult outbound = run(day, m_query);
    QVERIFY(!outbound.messages.isEmpty());
    qint64 previous = 0;
    for (const metrics::DrillDownMessage& m : outbound.messages) {
        QCOMPARE(m.direction, QStringLiteral("outbound"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(m.timestampMs, kZone).date(), busiest.day);
        QVERIFY(m.timestampMs >= previous); // time order
        previous = m.timestampMs;
        QVERIFY(!m.contactName.isEmpty());
        QCOMPARE(m.automated, m.type == QLatin1String("template"));
    }

    DrillDownRequest peak = request(Target::PeakHour);
    peak.hour = 19;
    for (const metrics::DrillDownMessage& m : run(peak, m_query).messages) {
        QCOMPARE(m.direction, QStringLiteral("inbound"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(m.timestampMs, kZone).time().hour(), 19);
    }

    const metrics::DrillDownResult fast = run(request(Target::ResponseBucket, QStringLiteral("lt_1m")), m_query);
    const metrics::DrillDownResult slow = run(request(Target::ResponseBucket, QStringLiteral("gt_1h")), m_query);
    QVERIFY(!slow.messages.isEmpty());
    for (const auto* list : {&fast.messages, &slow.messages}) {
        for (const metrics::DrillDownMessage& m : *list) {
            QCOMPARE(m.direction, QStringLiteral("outbound"));
            QVERIFY(!m.automated);
        }
    }
}

void tst_DrillDown::keywordRowsHoldTheWord()
{
    QVERIFY(!m_snapshot.engagement.keywords.isEmpty());
    for (const metrics::KeywordCount& k : m_snapshot.engagement.keywords.mid(0, 10)) {
        const metrics::DrillDownResult r = run(request(Target::Keyword, k.token), m_query);
        QCOMPARE(r.figure, k.count);
        QVERIFY(qint64(r.messages.size()) <= k.count);
        QVERIFY(!r.messages.isEmpty());
        for (const metrics::DrillDownMessage& m : r.messages) {
            QCOMPARE(m.direction, QStringLiteral("inbound"));
            QVERIFY2(m.text.toLower().contains(k.token), qPrintable(m.text));
        }
    }
}

// The CRM's report counts need not match the store; the list must match what the store holds:
// contacts with a stored template message of the campaign, found here with SQL of its own.
void tst_DrillDown::campaignRecipientsAreTheStoredReceivers()
{
    QSqlQuery campaigns(m_db->connection());
    QVERIFY(campaigns.exec(QStringLiteral(
        "SELECT campaign_id, COALESCE(scheduled_at, created_at) AS start FROM campaigns "
        "WHERE status NOT IN ('draft', 'scheduled') AND start IS NOT NULL ORDER BY start, campaign_id")));
    QList<QPair<QString, qint64>> starts;
    while (campaigns.next())
        starts.append({campaigns.value(0).toString(), campaigns.value(1).toLongLong()});
    QVERIFY(!starts.isEmpty());

    QSqlQuery sends(m_db->connection());
    QVERIFY(
        sends.exec(QStringLiteral("SELECT chat_id, ts, status, campaign_id FROM messages "
                                  "WHERE direction = 'outbound' AND (type = 'template' OR campaign_id IS NOT NULL)")));
    QHash<QString, QSet<QString>> recipients;
    QHash<QString, QSet<QString>> failed;
    while (sends.next()) {
        const qint64 ts = sends.value(1).toLongLong();
        QString campaign = sends.value(3).toString();
        if (campaign.isEmpty()) {
            // The latest start at or before the send, at most 24 h before; equal starts: lowest id.
            qint64 best = std::numeric_limits<qint64>::min();
            for (const auto& [id, start] : starts) {
                if (start <= ts && ts - start <= 24 * 3600 * 1000LL && start > best) {
                    best = start;
                    campaign = id;
                }
            }
        }
        if (campaign.isEmpty())
            continue;
        recipients[campaign].insert(sends.value(0).toString());
        if (sends.value(2).toString() == QLatin1String("failed"))
            failed[campaign].insert(sends.value(0).toString());
    }

    int checked = 0;
    for (const metrics::CampaignRow& c : m_snapshot.campaigns.campaigns) {
        const auto chats = [&](const metrics::DrillDownResult& r) {
            QSet<QString> ids;
            for (const auto& contact : r.contacts)
                ids.insert(contact.chatId);
            return ids;
        };
        const QSet<QString> all =
            chats(run(request(Target::CampaignRecipients, c.campaignId, QStringLiteral("recipients")), m_query));
        QCOMPARE(all, recipients.value(c.campaignId));
        QCOMPARE(chats(run(request(Target::CampaignRecipients, c.campaignId, QStringLiteral("failed")), m_query)),
                 failed.value(c.campaignId));
        const QSet<QString> delivered =
            chats(run(request(Target::CampaignRecipients, c.campaignId, QStringLiteral("delivered")), m_query));
        const QSet<QString> read =
            chats(run(request(Target::CampaignRecipients, c.campaignId, QStringLiteral("read")), m_query));
        const QSet<QString> replied =
            chats(run(request(Target::CampaignRecipients, c.campaignId, QStringLiteral("replied")), m_query));
        QVERIFY(delivered.size() <= all.size() && all.contains(delivered));
        QVERIFY(delivered.contains(read));
        QVERIFY(all.contains(replied));
        checked += all.isEmpty() ? 0 : 1;
    }
    QVERIFY(checked > 0);

    // The funnel adds the period's campaigns: each recipient of a campaign is in it.
    const metrics::DrillDownResult funnel =
        run(request(Target::FunnelStage, {}, QStringLiteral("recipients")), m_query);
    QSet<QString> funnelChats;
    for (const auto& contact : funnel.contacts)
        funnelChats.insert(contact.chatId);
    for (const metrics::CampaignRow& c : m_snapshot.campaigns.campaigns)
        QVERIFY(funnelChats.contains(recipients.value(c.campaignId)));
}

void tst_DrillDown::filtersNarrowTheRows_data()
{
    QTest::addColumn<metrics::ContactFilter>("filter");
    const metrics::OperatorRow& op = m_snapshot.engagement.operators.first();
    metrics::ContactFilter byOperator;
    byOperator.operatorName = op.operatorName;
    QTest::newRow("operator") << byOperator;
    metrics::ContactFilter byCountry;
    byCountry.country = m_snapshot.segmentation.countries.first().first;
    QTest::newRow("country") << byCountry;
    metrics::ContactFilter bySegment;
    bySegment.segmentKey = QStringLiteral("source");
    bySegment.segmentValue = m_snapshot.segmentation.segmentDistribution.first().first;
    QTest::newRow("segment") << bySegment;
}

void tst_DrillDown::filtersNarrowTheRows()
{
    QFETCH(metrics::ContactFilter, filter);
    metrics::MetricsQuery q = m_query;
    q.filter = filter;
    auto snapshot = m_engine->compute(q);
    QVERIFY(snapshot.ok());
    const metrics::DrillDownResult alive = run(request(Target::AliveContacts), q);
    QCOMPARE(qint64(alive.contacts.size()), snapshot->executive.totalContacts);
    QVERIFY(qint64(alive.contacts.size()) < m_snapshot.executive.totalContacts);
    QVERIFY(!alive.contacts.isEmpty());
    for (const metrics::DrillDownContact& c : alive.contacts) {
        if (!filter.operatorName.isEmpty())
            QCOMPARE(c.operatorName, filter.operatorName);
        if (!filter.country.isEmpty())
            QCOMPARE(c.country, filter.country);
    }
    qint64 inboundAll = 0;
    for (int hour = 0; hour < 24; ++hour) {
        DrillDownRequest r = request(Target::PeakHour);
        r.hour = hour;
        const metrics::DrillDownResult hits = run(r, q);
        QCOMPARE(hits.totalRows, snapshot->engagement.peakHours[size_t(hour)]);
        inboundAll += hits.totalRows;
        for (const metrics::DrillDownMessage& m : hits.messages) {
            if (!filter.operatorName.isEmpty() || !filter.country.isEmpty()) {
                const metrics::DrillDownResult contact = run(request(Target::Contact, m.chatId), q);
                QCOMPARE(contact.contacts.size(), qsizetype(1));
                if (!filter.operatorName.isEmpty())
                    QCOMPARE(contact.contacts.first().operatorName, filter.operatorName);
                if (!filter.country.isEmpty())
                    QCOMPARE(contact.contacts.first().country, filter.country);
                break; // one transcript per hour is enough
            }
        }
    }
    QVERIFY(inboundAll < m_snapshot.engagement.figures.inbound);
    QCOMPARE(inboundAll, snapshot->engagement.figures.inbound);
}

void tst_DrillDown::transcriptIsTheWholeChatOldestFirst()
{
    const QString chatId = m_snapshot.atRisk.first().chatId;
    const metrics::DrillDownResult r = run(request(Target::Contact, chatId), m_query);
    QCOMPARE(r.contacts.size(), qsizetype(1));
    QCOMPARE(r.contacts.first().chatId, chatId);
    QVERIFY(!r.contacts.first().whatsappNumber.isEmpty());
    QSqlQuery stored(m_db->connection());
    stored.prepare(QStringLiteral("SELECT message_id FROM messages WHERE chat_id = ? ORDER BY ts, message_id"));
    stored.addBindValue(chatId);
    QVERIFY(stored.exec());
    QStringList ids;
    while (stored.next())
        ids << stored.value(0).toString();
    QVERIFY(!ids.isEmpty());
    QStringList listed;
    for (const metrics::DrillDownMessage& m : r.messages)
        listed << m.messageId;
    QCOMPARE(listed, ids);
    QCOMPARE(r.totalRows, qint64(ids.size()));
    QCOMPARE(r.contacts.first().lastActivityMs, r.messages.last().timestampMs);
}

void tst_DrillDown::busyListsStopAtTheCap()
{
    DrillDownRequest r = request(Target::PeakHour);
    r.hour = 19;
    const qint64 all = m_snapshot.engagement.peakHours[19];
    QVERIFY(all > 10);
    const metrics::DrillDownResult capped = run(r, m_query, 10);
    QVERIFY(capped.truncated);
    QCOMPARE(capped.messages.size(), qsizetype(10));
    QCOMPARE(capped.totalRows, all);
    QCOMPARE(capped.figure, all);
    // The earliest rows are the ones kept.
    const metrics::DrillDownResult full = run(r, m_query);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(capped.messages[i].messageId, full.messages[i].messageId);
}

void tst_DrillDown::requestsTheQueryCannotAnswerAreRefused_data()
{
    QTest::addColumn<DrillDownRequest>("request");
    QTest::addColumn<int>("kind");
    DrillDownRequest outside = request(Target::VolumeDay);
    outside.day = m_query.period.to;
    QTest::newRow("day after the period") << outside << int(Error::Kind::Validation);
    QTest::newRow("unknown bucket") << request(Target::ResponseBucket, QStringLiteral("2h_3h"))
                                    << int(Error::Kind::Validation);
    DrillDownRequest hour = request(Target::PeakHour);
    hour.hour = 24;
    QTest::newRow("hour 24") << hour << int(Error::Kind::Validation);
    DrillDownRequest farMonth = request(Target::NewContacts);
    farMonth.month = QStringLiteral("1999-01");
    QTest::newRow("month not on the growth chart") << farMonth << int(Error::Kind::Validation);
    QTest::newRow("unknown band") << request(Target::LeadBand, QStringLiteral("95-99")) << int(Error::Kind::Validation);
    QTest::newRow("unknown stage") << request(Target::FunnelStage, {}, QStringLiteral("clicked"))
                                   << int(Error::Kind::Validation);
    QTest::newRow("unknown campaign") << request(Target::CampaignRecipients, QStringLiteral("camp_nope"))
                                      << int(Error::Kind::NotFound);
    QTest::newRow("unknown chat") << request(Target::Contact, QStringLiteral("chat_nope"))
                                  << int(Error::Kind::NotFound);
}

void tst_DrillDown::requestsTheQueryCannotAnswerAreRefused()
{
    QFETCH(DrillDownRequest, request);
    QFETCH(int, kind);
    auto result = metrics::runDrillDown(*m_engine, *m_db, request, m_query);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY(!result.error().message.isEmpty());
}

// Turns answered in the very millisecond they started: the facts keep the response's time only,
// so the reply is told apart from the other messages of that instant by their order.
void tst_DrillDown::responsesAtTheSameInstantAreTold()
{
    test::MetricsTestStore store;
    store.advanceTo(QStringLiteral("2026-05-01T00:00:00Z"));
    store.contactsPass({test::contact(QStringLiteral("chat_a"), QStringLiteral("2026-01-01T00:00:00Z"))});
    store.messages(QStringLiteral("chat_a"),
                   {test::inbound(QStringLiteral("m1"), QStringLiteral("2026-04-10T10:00:00Z")),
                    test::reply(QStringLiteral("m2"), QStringLiteral("2026-04-10T10:00:00Z")),
                    test::inbound(QStringLiteral("m3"), QStringLiteral("2026-04-10T10:00:00Z")),
                    test::reply(QStringLiteral("m4"), QStringLiteral("2026-04-10T10:00:00Z")),
                    test::inbound(QStringLiteral("m5"), QStringLiteral("2026-04-10T11:00:00Z")),
                    test::reply(QStringLiteral("m6"), QStringLiteral("2026-04-10T11:00:30Z")),
                    test::reply(QStringLiteral("m7"), QStringLiteral("2026-04-10T11:00:30Z"))});
    const metrics::MetricsQuery q = test::periodQuery(QStringLiteral("2026-04-01"), QStringLiteral("2026-05-01"));
    const metrics::MetricsSnapshot s = store.compute(q);
    QCOMPARE(s.engagement.responseTimeHistogram.first().count, qint64(3));
    auto result =
        metrics::runDrillDown(store.engine(), store.db(), request(Target::ResponseBucket, QStringLiteral("lt_1m")), q);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QStringList ids;
    for (const metrics::DrillDownMessage& m : result->messages)
        ids << m.messageId;
    QCOMPARE(ids, (QStringList{QStringLiteral("m2"), QStringLiteral("m4"), QStringLiteral("m6")}));
}

QTEST_GUILESS_MAIN(tst_DrillDown)
#include "tst_DrillDown.moc"
