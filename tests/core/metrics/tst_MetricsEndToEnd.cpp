#include "core/metrics/KeywordTokenizer.h"
#include "core/metrics/MetricsEngine.h"
#include "core/metrics/MetricsJson.h"
#include "tests/core/metrics/IndependentFigures.h"
#include "tests/core/sync/SyncTestRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace crmlens;
using namespace crmlens::test;
namespace ind = crmlens::test::independent;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Africa/Nairobi"));
constexpr qint64 kDay = 86400000;

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 = %2, expected %3")                             \
                                                        .arg(QLatin1String(#actual))                                   \
                                                        .arg(actual, 0, 'g', 17)                                       \
                                                        .arg(expected, 0, 'g', 17)))

double number(const QJsonValue& v)
{
    return v.toDouble();
}

// A response-time figure: null in the document when the list is empty.
void compareOptional(const QJsonValue& actual, const QList<double>& values, bool median, double p)
{
    if (values.isEmpty()) {
        QVERIFY(actual.isNull());
        return;
    }
    double expected = 0;
    if (median) {
        expected = ind::nearestRank(values, p);
    } else {
        for (double v : values)
            expected += v;
        expected /= double(values.size());
    }
    COMPARE_NEAR(number(actual), expected);
}

} // namespace

class tst_MetricsEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncedSimulatorMatchesTheRawData_data();
    void syncedSimulatorMatchesTheRawData();
};

void tst_MetricsEndToEnd::syncedSimulatorMatchesTheRawData_data()
{
    QTest::addColumn<sim::Tenant>("tenant");
    QTest::newRow("chatnation") << sim::Tenant::ChatNation;
    QTest::newRow("voll") << sim::Tenant::Voll;
}

void tst_MetricsEndToEnd::syncedSimulatorMatchesTheRawData()
{
    QFETCH(sim::Tenant, tenant);
    RigOptions options;
    options.tenant = tenant;
    options.seed = 11;
    options.contacts = 260;
    options.days = 75;
    options.messagesPerContact = 14;
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    const SyncRun run = rig.sync();
    QVERIFY2(!run.failure, run.failure ? qPrintable(run.failure->message) : "");
    QVERIFY(run.summary && run.summary->complete);
    QVERIFY2(rig.differences().isEmpty(), qPrintable(rig.differences().join(u'\n')));

    const ind::Dump dump = ind::parse(rig.dump());
    const QDate today = QDateTime::fromMSecsSinceEpoch(dump.now, kZone).date();
    const QDate from = today.addDays(-29);
    const QDate to = today.addDays(1);
    const qint64 fromMs = ind::midnight(from, kZone);
    const qint64 toMs = ind::midnight(to, kZone);
    const qint64 asOf = toMs;

    metrics::MetricsQuery query;
    query.period = metrics::Period{from, to};
    query.zone = kZone;
    query.costPerMessage = 0.25;
    metrics::MetricsEngine engine(rig.db());
    auto snapshot = engine.compute(query);
    QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().message));
    const QJsonObject doc = QJsonDocument::fromJson(metrics::MetricsJson::write(snapshot.value())).object();
    QVERIFY(!doc.isEmpty());
    QCOMPARE(doc.value(QLatin1String("period")).toObject().value(QLatin1String("from")).toString(),
             from.toString(Qt::ISODate));
    QCOMPARE(doc.value(QLatin1String("as_of")).toString(),
             QDateTime::fromMSecsSinceEpoch(asOf, Qt::UTC).toString(Qt::ISODate));

    // --- contacts: one complete pass saw every living contact; those without created_at are
    // unknown (before any period), the others count from their creation ---
    const QJsonObject exec = doc.value(QLatin1String("executive")).toObject();
    qint64 total = 0, newContacts = 0, newPrev = 0, unknown = 0, totalAtFrom = 0;
    QHash<QString, qint64> sources, segments, statuses;
    for (const ind::Contact& c : dump.contacts) {
        const bool known = c.sendsCreatedAt;
        if (!known || c.createdAt < toMs) {
            ++total;
            ++segments[c.fields.value(QStringLiteral("source"), QStringLiteral("(none)"))];
            ++statuses[c.status.isEmpty() ? QStringLiteral("(none)") : c.status];
        }
        if (!known || c.createdAt < fromMs)
            ++totalAtFrom;
        unknown += known ? 0 : 1;
        if (known && c.createdAt >= fromMs && c.createdAt < toMs) {
            ++newContacts;
            ++sources[c.fields.value(QStringLiteral("source"), QStringLiteral("(none)"))];
        }
        if (known && c.createdAt >= fromMs - 30 * kDay && c.createdAt < fromMs)
            ++newPrev;
    }
    QCOMPARE(exec.value(QLatin1String("total_contacts")).toInteger(), total);
    QCOMPARE(exec.value(QLatin1String("new_contacts")).toInteger(), newContacts);
    QCOMPARE(exec.value(QLatin1String("new_contacts_prev")).toInteger(), newPrev);
    QCOMPARE(exec.value(QLatin1String("contacts_without_creation_time")).toInteger(), unknown);
    COMPARE_NEAR(number(exec.value(QLatin1String("growth_rate_pct"))),
                 double(total - totalAtFrom) / double(totalAtFrom) * 100.0);
    QCOMPARE(exec.value(QLatin1String("churned_contacts")).toInteger(), qint64(0)); // one pass: no history yet
    const QJsonObject sourceDoc = exec.value(QLatin1String("source_distribution")).toObject();
    QCOMPARE(sourceDoc.size(), sources.size());
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
        QCOMPARE(sourceDoc.value(it.key()).toInteger(), it.value());
    const QJsonObject segmentation = doc.value(QLatin1String("segmentation")).toObject();
    const QJsonObject segmentDoc = segmentation.value(QLatin1String("segment_distribution")).toObject();
    QCOMPARE(segmentDoc.size(), segments.size());
    for (auto it = segments.constBegin(); it != segments.constEnd(); ++it)
        QCOMPARE(segmentDoc.value(it.key()).toInteger(), it.value());
    const QJsonObject engagement = doc.value(QLatin1String("engagement")).toObject();
    const QJsonObject statusDoc = engagement.value(QLatin1String("conversation_status")).toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        QCOMPARE(statusDoc.value(it.key()).toInteger(), it.value());

    // Countries: the simulator knows each number's country.
    QHash<QString, qint64> countries;
    for (const sim::SimContact& c : rig.workspace().contacts) {
        for (const ind::Contact& alive : dump.contacts) {
            if (alive.chatId == c.chatId)
                ++countries[c.country];
        }
    }
    const QJsonObject countryDoc = segmentation.value(QLatin1String("countries")).toObject();
    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it)
        QCOMPARE(countryDoc.value(it.key()).toInteger(), it.value());

    // --- turns, conversations, messages of the period ---
    qint64 started = 0, answered = 0, sla = 0, inbound = 0, outbound = 0, conversations = 0, conversationMessages = 0;
    QList<double> responseTimes, firstResponses;
    QHash<QString, qint64> volumeIn, volumeOut;
    QList<qint64> hours(24, 0);
    QHash<QString, qint64> operatorTurns, operatorSent;
    for (const ind::Contact& c : dump.contacts) {
        const QString op = c.operatorName.isEmpty() ? QStringLiteral("(unassigned)") : c.operatorName;
        for (const ind::Turn& t : ind::turnsOf(c)) {
            if (t.start < fromMs || t.start >= toMs)
                continue;
            ++started;
            if (t.response >= 0) {
                ++answered;
                responseTimes << double(t.response - t.start) / 1000.0;
                sla += t.response - t.start <= 300000 ? 1 : 0;
                ++operatorTurns[op];
            }
        }
        for (const ind::Conversation& cv : ind::conversationsOf(c)) {
            if (cv.start < fromMs || cv.start >= toMs)
                continue;
            ++conversations;
            conversationMessages += cv.messages;
            if (cv.firstResponse >= 0)
                firstResponses << double(cv.firstResponse) / 1000.0;
        }
        for (const ind::Message& m : c.messages) {
            if (m.ts < fromMs || m.ts >= toMs)
                continue;
            if (m.inbound()) {
                ++inbound;
                ++volumeIn[ind::localDay(m.ts, kZone)];
                ++hours[QDateTime::fromMSecsSinceEpoch(m.ts, kZone).time().hour()];
            } else if (m.direction == QLatin1String("outbound")) {
                ++outbound;
                ++volumeOut[ind::localDay(m.ts, kZone)];
                if (m.operatorReply())
                    ++operatorSent[op];
            }
        }
    }
    QVERIFY(started > 50);
    COMPARE_NEAR(number(engagement.value(QLatin1String("response_rate_pct"))), double(answered) / started * 100.0);
    COMPARE_NEAR(number(exec.value(QLatin1String("response_rate_pct"))), double(answered) / started * 100.0);
    COMPARE_NEAR(number(engagement.value(QLatin1String("sla_met_pct"))), double(sla) / started * 100.0);
    compareOptional(engagement.value(QLatin1String("avg_response_time_s")), responseTimes, false, 0);
    compareOptional(engagement.value(QLatin1String("median_response_time_s")), responseTimes, true, 0.5);
    compareOptional(engagement.value(QLatin1String("p90_response_time_s")), responseTimes, true, 0.9);
    compareOptional(engagement.value(QLatin1String("avg_first_response_time_s")), firstResponses, false, 0);
    compareOptional(engagement.value(QLatin1String("median_first_response_time_s")), firstResponses, true, 0.5);
    COMPARE_NEAR(number(engagement.value(QLatin1String("messages_per_conversation"))),
                 double(conversationMessages) / double(conversations));
    COMPARE_NEAR(number(engagement.value(QLatin1String("inbound_outbound_ratio"))), double(inbound) / double(outbound));
    const QJsonArray volume = engagement.value(QLatin1String("message_volume")).toArray();
    QCOMPARE(volume.size(), 30);
    for (const QJsonValue& v : volume) {
        const QString day = v.toObject().value(QLatin1String("day")).toString();
        QCOMPARE(v.toObject().value(QLatin1String("inbound")).toInteger(), volumeIn.value(day));
        QCOMPARE(v.toObject().value(QLatin1String("outbound")).toInteger(), volumeOut.value(day));
    }
    const QJsonArray peak = engagement.value(QLatin1String("peak_hours")).toArray();
    QCOMPARE(peak.size(), 24);
    for (int h = 0; h < 24; ++h)
        QCOMPARE(peak[h].toInteger(), hours[h]);
    for (const QJsonValue& v : engagement.value(QLatin1String("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("operator")).toString();
        QCOMPARE(o.value(QLatin1String("turns_answered")).toInteger(), operatorTurns.value(name));
        QCOMPARE(o.value(QLatin1String("messages_sent")).toInteger(), operatorSent.value(name));
    }

    // --- keywords: each listed count exact, nothing more frequent left out, no stop word ---
    const QHash<QString, qint64> words = ind::keywordCounts(dump.contacts, fromMs, toMs);
    const QJsonArray keywords = engagement.value(QLatin1String("keywords")).toArray();
    QCOMPARE(keywords.size(), 50);
    QSet<QString> listed;
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (const QJsonValue& v : keywords) {
        const QString token = v.toObject().value(QLatin1String("token")).toString();
        QCOMPARE(v.toObject().value(QLatin1String("count")).toInteger(), words.value(token));
        listed.insert(token);
        lowest = std::min(lowest, words.value(token));
    }
    for (const char* stop : {"the",  "and",  "was", "what", "any", "for", "with", "when", "this", "you", "que",
                             "para", "como", "los", "las",  "del", "uma", "por",  "kwa",  "yang", "dan"})
        QVERIFY(!listed.contains(QString::fromLatin1(stop)));
    for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
        if (!listed.contains(it.key()) && !metrics::StopWords::all().contains(it.key()))
            QVERIFY2(it.value() <= lowest, qPrintable(it.key()));
    }

    // --- campaigns of the period and ROI ---
    const QJsonObject campaigns = doc.value(QLatin1String("campaigns")).toObject();
    QHash<QString, const ind::Campaign*> inPeriod;
    qint64 delivered = 0, recipients = 0;
    for (const ind::Campaign& c : dump.campaigns) {
        if (c.start() >= fromMs && c.start() < toMs) {
            inPeriod.insert(c.id, &c);
            delivered += c.delivered;
            recipients += c.total;
        }
    }
    QVERIFY(inPeriod.size() >= 3);
    const QJsonArray campaignList = campaigns.value(QLatin1String("campaigns")).toArray();
    QCOMPARE(campaignList.size(), inPeriod.size());
    for (const QJsonValue& v : campaignList) {
        const ind::Campaign* c = inPeriod.value(v.toObject().value(QLatin1String("campaign_id")).toString());
        QVERIFY(c);
        QCOMPARE(v.toObject().value(QLatin1String("replied")).toInteger(), c->replied);
        QCOMPARE(v.toObject().value(QLatin1String("read")).toInteger(), c->read);
    }
    const QJsonObject funnel = campaigns.value(QLatin1String("funnel")).toObject();
    QCOMPARE(funnel.value(QLatin1String("delivered")).toInteger(), delivered);
    COMPARE_NEAR(number(campaigns.value(QLatin1String("overall")).toObject().value(QLatin1String("delivery_rate_pct"))),
                 double(delivered) / double(recipients) * 100.0);
    // The API sends no campaign_id on messages: attribution goes by time.
    const QHash<QString, double> revenue = ind::attributedRevenue(dump.contacts, dump.campaigns, asOf, false);
    double anyRevenue = 0;
    for (const QJsonValue& v : campaigns.value(QLatin1String("roi")).toArray()) {
        const QJsonObject r = v.toObject();
        const ind::Campaign* c = inPeriod.value(r.value(QLatin1String("campaign_id")).toString());
        QVERIFY(c);
        const double expected = revenue.value(c->id);
        anyRevenue += expected;
        COMPARE_NEAR(number(r.value(QLatin1String("attributed_revenue"))), expected);
        COMPARE_NEAR(number(r.value(QLatin1String("cost"))), double(c->total) * 0.25);
    }
    QVERIFY(anyRevenue > 0);

    // --- leads: every living contact, each factor ---
    const QJsonArray leads = doc.value(QLatin1String("leads")).toArray();
    QCOMPARE(leads.size(), dump.contacts.size());
    QHash<QString, const ind::Contact*> byId;
    for (const ind::Contact& c : dump.contacts)
        byId.insert(c.chatId, &c);
    int previousScore = 101;
    for (const QJsonValue& v : leads) {
        const QJsonObject l = v.toObject();
        const ind::Contact* c = byId.value(l.value(QLatin1String("chat_id")).toString());
        QVERIFY(c);
        const ind::Lead expected = ind::leadOf(*c, asOf);
        QCOMPARE(l.value(QLatin1String("score")).toInt(), expected.score);
        COMPARE_NEAR(number(l.value(QLatin1String("recency"))), expected.recency);
        COMPARE_NEAR(number(l.value(QLatin1String("engagement"))), expected.engagement);
        COMPARE_NEAR(number(l.value(QLatin1String("responsiveness"))), expected.responsiveness);
        COMPARE_NEAR(number(l.value(QLatin1String("profile"))), expected.profile);
        QCOMPARE(l.value(QLatin1String("hot")).toBool(), expected.score >= 70);
        QVERIFY(expected.score <= previousScore);
        previousScore = expected.score;
    }

    // --- at risk: every contact, its health, indicators and action, in order ---
    QList<QPair<int, QString>> expectedOrder;
    QHash<QString, ind::Risk> risks;
    for (const ind::Contact& c : dump.contacts) {
        if (const auto risk = ind::riskOf(c, asOf)) {
            risks.insert(c.chatId, *risk);
            expectedOrder.append({risk->health, c.chatId});
        }
    }
    std::sort(expectedOrder.begin(), expectedOrder.end());
    const QJsonArray atRiskDoc = doc.value(QLatin1String("at_risk")).toArray();
    QCOMPARE(atRiskDoc.size(), expectedOrder.size());
    QSet<QString> indicatorsSeen;
    for (qsizetype i = 0; i < atRiskDoc.size(); ++i) {
        const QJsonObject r = atRiskDoc[i].toObject();
        const QString chat = r.value(QLatin1String("chat_id")).toString();
        QCOMPARE(chat, expectedOrder[i].second);
        const ind::Risk& risk = risks[chat];
        QCOMPARE(r.value(QLatin1String("health_score")).toInt(), risk.health);
        COMPARE_NEAR(number(r.value(QLatin1String("days_since_last_inbound"))), risk.days);
        QStringList indicators;
        for (const QJsonValue& x : r.value(QLatin1String("risk_indicators")).toArray())
            indicators << x.toString();
        QCOMPARE(indicators, risk.indicators);
        QCOMPARE(r.value(QLatin1String("recommended_action")).toString(), risk.action);
        for (const QString& x : indicators)
            indicatorsSeen.insert(x);
    }
    const qint64 atRiskCount = atRiskDoc.size();

    qInfo("%lld contacts, %lld turns started, %lld inbound, %lld conversations, %lld keywords checked, "
          "%lld campaigns, %lld leads, %lld at risk, revenue %.2f",
          qint64(dump.contacts.size()), started, inbound, conversations, qint64(words.size()), qint64(inPeriod.size()),
          qint64(leads.size()), atRiskCount, anyRevenue);
    qInfo("risk indicators seen: %s", qPrintable(QStringList(indicatorsSeen.values()).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_MetricsEndToEnd)
#include "tst_MetricsEndToEnd.moc"
