#include "core/metrics/ChatFactsCodec.h"
#include "core/metrics/DerivedFacts.h"
#include "core/store/Database.h"
#include "core/store/MessageRepository.h"
#include "tests/core/metrics/MetricsTestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace crmlens;
using namespace crmlens::metrics;
using namespace crmlens::test;

namespace {

MetricsQuery march()
{
    return periodQuery(QStringLiteral("2026-03-01"), QStringLiteral("2026-04-01"));
}

void exec(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("%s failed", qPrintable(sql));
}

QList<api::Message> exchange(const QString& prefix, int day)
{
    const QString date = QStringLiteral("2026-03-%1T").arg(day, 2, 10, QLatin1Char('0'));
    return {inbound(prefix + QStringLiteral("_i"), date + QStringLiteral("10:00:00Z")),
            reply(prefix + QStringLiteral("_r"), date + QStringLiteral("10:01:00Z"))};
}

} // namespace

class tst_DerivedFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newMessagesAreDerivedBeforeComputing();
    void writesInTheSameMillisecondAreNotMissed();
    void syncHookOnAnotherConnection();
    void rebuildGivesTheSameFigures();
    void damagedOrOutdatedFactsAreDerivedAgain();
    void contactChangesReachTheCache();
    void unknownSegmentKeyIsRefused();
};

void tst_DerivedFacts::newMessagesAreDerivedBeforeComputing()
{
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z")),
                    contact(QStringLiteral("b"), QStringLiteral("2026-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a1"), 2));
    QCOMPARE(s.compute(march()).engagement.figures.turnsAnswered, qint64(1));
    QCOMPARE(s.engine().cache().lastRefresh().chatsDerived, 1);
    // Derivation leaves the connection's checkpoint setting as it found it.
    QCOMPARE(test::scalar(s.db(), QStringLiteral("PRAGMA wal_autocheckpoint")), qint64(1000));

    // Nothing changed: nothing is derived or read again.
    QCOMPARE(s.compute(march()).engagement.figures.turnsAnswered, qint64(1));
    QCOMPARE(s.engine().cache().lastRefresh().chatsDerived, 0);
    QCOMPARE(s.engine().cache().lastRefresh().factsLoaded, 0);

    s.clock().advanceMs(1000);
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a2"), 3));
    s.messages(QStringLiteral("b"), exchange(QStringLiteral("b1"), 3));
    QCOMPARE(s.compute(march()).engagement.figures.turnsAnswered, qint64(3));
    QCOMPARE(s.engine().cache().lastRefresh().chatsDerived, 2);
    QCOMPARE(s.engine().cache().lastRefresh().factsLoaded, 2);

    // A page that repeats what is known changes nothing.
    s.clock().advanceMs(1000);
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a2"), 3));
    s.compute(march());
    QCOMPARE(s.engine().cache().lastRefresh().chatsDerived, 0);
}

void tst_DerivedFacts::writesInTheSameMillisecondAreNotMissed()
{
    // The test clock stands still: every write carries the same time as the last refresh.
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a1"), 2));
    QCOMPARE(s.compute(march()).engagement.figures.inbound, qint64(1));
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a2"), 4));
    QCOMPARE(s.compute(march()).engagement.figures.inbound, qint64(2));
}

void tst_DerivedFacts::syncHookOnAnotherConnection()
{
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a1"), 2));
    QCOMPARE(s.compute(march()).engagement.figures.inbound, qint64(1));

    // The sync's thread has its own connection: it writes a page and derives the chat at once.
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-05T00:00:00Z"), Qt::ISODate));
    store::OpenOptions options;
    options.clock = &clock;
    auto other = store::Database::open(s.path(), options);
    QVERIFY(other.ok());
    QVERIFY(store::MessageRepository(*other.value())
                .writeMessagesPage(QStringLiteral("a"), exchange(QStringLiteral("a2"), 4))
                .ok());
    auto derived = DerivedFacts(*other.value()).refreshChats({QStringLiteral("a")});
    QVERIFY(derived.ok());
    QCOMPARE(derived.value(), 1);

    // The engine only reads the new facts.
    QCOMPARE(s.compute(march()).engagement.figures.inbound, qint64(2));
    QCOMPARE(s.engine().cache().lastRefresh().chatsDerived, 0);
    QCOMPARE(s.engine().cache().lastRefresh().factsLoaded, 1);
}

void tst_DerivedFacts::rebuildGivesTheSameFigures()
{
    MetricsTestStore s;
    QList<api::Contact> contacts;
    for (int i = 0; i < 5; ++i)
        contacts << contact(QStringLiteral("c%1").arg(i), QStringLiteral("2026-01-01T00:00:00Z"));
    s.contactsPass(contacts);
    for (int i = 0; i < 5; ++i) {
        QList<api::Message> page = exchange(QStringLiteral("c%1a").arg(i), 2 + i);
        page << inbound(QStringLiteral("c%1b").arg(i), QStringLiteral("2026-03-20T08:00:00Z"),
                        QStringLiteral("delivery delayed again"));
        s.messages(QStringLiteral("c%1").arg(i), page);
    }
    const MetricsSnapshot before = s.compute(march());
    auto rebuilt = s.engine().rebuildDerived();
    QVERIFY(rebuilt.ok());
    QCOMPARE(rebuilt.value(), 5);
    const MetricsSnapshot after = s.compute(march());
    QCOMPARE(after.engagement.figures.turnsStarted, before.engagement.figures.turnsStarted);
    QCOMPARE(after.engagement.figures.avgResponseTimeS, before.engagement.figures.avgResponseTimeS);
    QCOMPARE(after.engagement.keywords.size(), before.engagement.keywords.size());
    QCOMPARE(after.engagement.keywords.first().token,
             QStringLiteral("delayed")); // ties: code-point order; "again" is a stop word
    QCOMPARE(after.engagement.keywords.first().count, qint64(5));
}

void tst_DerivedFacts::damagedOrOutdatedFactsAreDerivedAgain()
{
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z")),
                    contact(QStringLiteral("b"), QStringLiteral("2026-01-01T00:00:00Z"))});
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a1"), 2));
    s.messages(QStringLiteral("b"), exchange(QStringLiteral("b1"), 2));
    QCOMPARE(s.compute(march()).engagement.figures.turnsAnswered, qint64(2));

    exec(s.db(), QStringLiteral("UPDATE derived_chat_facts SET facts = x'00ff' WHERE chat_id = 'a'"));
    exec(s.db(), QStringLiteral("UPDATE derived_chat_facts SET format = %1 WHERE chat_id = 'b'")
                     .arg(ChatFactsCodec::kFormat - 1));
    // A fresh engine (a new process) reads the store from scratch.
    MetricsEngine engine(s.db());
    auto snapshot = engine.compute(march());
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot.value().engagement.figures.turnsAnswered, qint64(2));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM derived_chat_facts WHERE format = %1")
                                      .arg(ChatFactsCodec::kFormat)),
             qint64(2));
}

void tst_DerivedFacts::contactChangesReachTheCache()
{
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("amina"))});
    s.messages(QStringLiteral("a"), exchange(QStringLiteral("a1"), 2));
    MetricsQuery q = march();
    q.filter.operatorName = QStringLiteral("amina");
    QCOMPARE(s.compute(q).engagement.figures.inbound, qint64(1));

    s.advanceTo(QStringLiteral("2026-03-10T00:00:00Z"));
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("open"),
                            QStringLiteral("baraka"))});
    QCOMPARE(s.compute(q).engagement.figures.inbound, qint64(0));
    q.filter.operatorName = QStringLiteral("baraka");
    QCOMPARE(s.compute(q).engagement.figures.inbound, qint64(1));
    QCOMPARE(s.engine().cache().lastRefresh().contactsLoaded, 0); // the filter change read nothing
}

void tst_DerivedFacts::unknownSegmentKeyIsRefused()
{
    MetricsTestStore s;
    s.contactsPass({contact(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("open"), {},
                            {{QStringLiteral("city"), QStringLiteral("Mombasa")}})});
    MetricsQuery q = march();
    q.segmentKey = QStringLiteral("colour");
    auto refused = s.engine().compute(q);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY(refused.error().message.contains(QStringLiteral("colour")));
    QVERIFY(refused.error().message.contains(QStringLiteral("city")));

    q.segmentKey = QStringLiteral("city");
    QVERIFY(s.engine().compute(q).ok());
    // The default key may be missing: everything is then "(none)".
    q.segmentKey = QStringLiteral("source");
    auto defaults = s.engine().compute(q);
    QVERIFY(defaults.ok());
    QCOMPARE(defaults.value().segmentation.segmentDistribution, (CountByName{{QStringLiteral("(none)"), 1}}));

    q.filter.segmentKey = QStringLiteral("colour");
    q.filter.segmentValue = QStringLiteral("red");
    QVERIFY(!s.engine().compute(q).ok());
}

QTEST_GUILESS_MAIN(tst_DerivedFacts)
#include "tst_DerivedFacts.moc"
