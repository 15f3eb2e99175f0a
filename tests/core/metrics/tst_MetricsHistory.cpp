#include "core/metrics/MetricsEngine.h"
#include "core/metrics/MetricsJson.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimRenderDump.h"
#include "core/sim/SimRenderer.h"
#include "tests/core/metrics/DumpLoader.h"
#include "tests/core/metrics/IndependentFigures.h"
#include "tests/core/metrics/MetricsTestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace crmlens;
using namespace crmlens::test;
namespace ind = crmlens::test::independent;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Africa/Nairobi"));

QString iso(std::int64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

// Two sync rounds twelve days apart, loaded from the simulator's dumps at those instants: the
// contact figures that depend on what the store saw when (deletions, status history, creation
// times taken from first sight) against the same figures worked out from the two dumps.
class tst_MetricsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactFiguresFollowTheStoresHistory();
};

void tst_MetricsHistory::contactFiguresFollowTheStoresHistory()
{
    sim::GeneratorConfig config;
    config.seed = 21;
    config.contacts = 500;
    config.days = 90;
    config.messagesPerContact = 10;
    const sim::SimWorkspace ws = sim::generateWorkspace(config);
    sim::SimRenderer renderer(ws, sim::Tenant::ChatNation);
    const std::int64_t t1 = ws.now - 12 * 86400;
    const std::int64_t t2 = ws.now;

    MetricsTestStore s;
    s.advanceTo(iso(t1));
    const QJsonObject first = QJsonDocument::fromJson(sim::SimRenderDump::dump(renderer, t1)).object();
    QVERIFY(!loadDump(s.db(), first).isError());
    s.advanceTo(iso(t2));
    const QJsonObject second = QJsonDocument::fromJson(sim::SimRenderDump::dump(renderer, t2)).object();
    QVERIFY(!loadDump(s.db(), second).isError());

    const ind::Dump d1 = ind::parse(first);
    const ind::Dump d2 = ind::parse(second);
    QHash<QString, const ind::Contact*> before, after;
    for (const ind::Contact& c : d1.contacts)
        before.insert(c.chatId, &c);
    for (const ind::Contact& c : d2.contacts)
        after.insert(c.chatId, &c);

    const QDate today = QDateTime::fromSecsSinceEpoch(t2, kZone).date();
    const QDate from = today.addDays(-29);
    const QDate to = today.addDays(1);
    const qint64 fromMs = ind::midnight(from, kZone);
    const qint64 toMs = ind::midnight(to, kZone);
    const qint64 t2Ms = t2 * 1000;

    // Every contact the store has seen, with the creation time it stands for (INT64_MIN: unknown).
    QHash<QString, qint64> created;
    QSet<QString> deleted;
    for (const ind::Contact& c : d1.contacts)
        created.insert(c.chatId, c.sendsCreatedAt ? c.createdAt : std::numeric_limits<qint64>::min());
    for (const ind::Contact& c : d2.contacts) {
        if (!created.contains(c.chatId))
            created.insert(c.chatId, c.sendsCreatedAt ? c.createdAt : t2Ms); // first seen by the later pass
    }
    for (const ind::Contact& c : d1.contacts) {
        if (!after.contains(c.chatId))
            deleted.insert(c.chatId);
    }
    static const QStringList inactive{QStringLiteral("inactive"), QStringLiteral("blocked"),
                                      QStringLiteral("opted_out"), QStringLiteral("unsubscribed")};
    QSet<QString> churned = deleted;
    qint64 statusChurn = 0;
    for (const ind::Contact& c : d2.contacts) {
        const ind::Contact* old = before.value(c.chatId);
        if (old && !inactive.contains(old->status) && inactive.contains(c.status)) {
            churned.insert(c.chatId);
            ++statusChurn;
        }
    }
    qint64 total = 0, totalAtFrom = 0, newContacts = 0, withoutCreation = 0, newThisMonth = 0;
    const qint64 monthStart = ind::midnight(QDate(today.year(), today.month(), 1), kZone);
    for (auto it = created.constBegin(); it != created.constEnd(); ++it) {
        const qint64 c = it.value();
        const ind::Contact* now = after.value(it.key());
        const bool alive = now != nullptr;
        if (alive && c < toMs)
            ++total;
        // Deletions happened at t2, after `from`: every contact seen counts at `from` if created by then.
        if (c < fromMs)
            ++totalAtFrom;
        if (c != std::numeric_limits<qint64>::min() && c >= fromMs && c < toMs)
            ++newContacts;
        if (c != std::numeric_limits<qint64>::min() && c >= monthStart && c < toMs)
            ++newThisMonth;
        if (now && !now->sendsCreatedAt)
            ++withoutCreation;
    }
    qint64 inbound = 0;
    for (const ind::Contact& c : d2.contacts) {
        for (const ind::Message& m : c.messages)
            inbound += (m.inbound() && m.ts >= fromMs && m.ts < toMs) ? 1 : 0;
    }
    for (const ind::Contact& c : d1.contacts) {
        if (!deleted.contains(c.chatId))
            continue;
        for (const ind::Message& m : c.messages)
            inbound += (m.inbound() && m.ts >= fromMs && m.ts < toMs) ? 1 : 0;
    }
    QVERIFY2(!deleted.isEmpty() && statusChurn > 0, "the workspace should lose contacts between the passes");

    metrics::MetricsQuery query;
    query.period = metrics::Period{from, to};
    query.zone = kZone;
    const metrics::MetricsSnapshot snap = s.compute(query);
    const QJsonObject doc = QJsonDocument::fromJson(metrics::MetricsJson::write(snap)).object();
    const QJsonObject exec = doc.value(QLatin1String("executive")).toObject();
    QCOMPARE(exec.value(QLatin1String("total_contacts")).toInteger(), total);
    QCOMPARE(exec.value(QLatin1String("new_contacts")).toInteger(), newContacts);
    QCOMPARE(exec.value(QLatin1String("churned_contacts")).toInteger(), qint64(churned.size()));
    QCOMPARE(exec.value(QLatin1String("churn_rate_pct")).toDouble(), double(churned.size()) / totalAtFrom * 100.0);
    QCOMPARE(exec.value(QLatin1String("growth_rate_pct")).toDouble(),
             double(total - totalAtFrom) / double(totalAtFrom) * 100.0);
    QCOMPARE(exec.value(QLatin1String("contacts_without_creation_time")).toInteger(), withoutCreation);
    QCOMPARE(exec.value(QLatin1String("churn_tracked_since")).toString(),
             QDateTime::fromSecsSinceEpoch(t1, kZone).date().toString(Qt::ISODate));
    const QJsonObject lastMonth = exec.value(QLatin1String("contact_growth")).toArray().last().toObject();
    QCOMPARE(lastMonth.value(QLatin1String("new")).toInteger(), newThisMonth);
    QCOMPARE(lastMonth.value(QLatin1String("total")).toInteger(), total);
    // Deleted contacts' messages still count.
    QCOMPARE(snap.engagement.figures.inbound, inbound);

    QHash<QString, qint64> statuses;
    for (const ind::Contact& c : d2.contacts)
        ++statuses[c.status];
    const QJsonObject statusDoc =
        doc.value(QLatin1String("engagement")).toObject().value(QLatin1String("conversation_status")).toObject();
    QCOMPARE(statusDoc.size(), statuses.size());
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        QCOMPARE(statusDoc.value(it.key()).toInteger(), it.value());
    qInfo("%lld alive, %lld deleted between the passes, %lld churned by status, %lld without creation time", total,
          qint64(deleted.size()), statusChurn, withoutCreation);
}

QTEST_GUILESS_MAIN(tst_MetricsHistory)
#include "tst_MetricsHistory.moc"
