#include "core/store/CampaignRepository.h"
#include "core/store/CheckpointRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/CustomFieldRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SkippedRecordRepository.h"
#include "core/store/StoreStats.h"
#include "core/store/SyncPassRepository.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::TempStore;

// Checkpoints, the skipped log, custom field definitions and the store's own figures.
class tst_StoreBookkeeping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkpoints();
    void skippedRecordsAreSummarised();
    void customFieldDefinitions();
    void countsPerTable();
    void freshnessPerKind();
};

void tst_StoreBookkeeping::checkpoints()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CheckpointRepository checkpoints(s.db());
    QVERIFY(!checkpoints.value(QStringLiteral("contacts.pass.1.page")).value().has_value());
    QVERIFY(!checkpoints.set(QStringLiteral("contacts.pass.1.page"), QStringLiteral("3")).isError());
    QVERIFY(!checkpoints.set(QStringLiteral("contacts.pass.1.page"), QStringLiteral("4")).isError());
    QVERIFY(!checkpoints.set(QStringLiteral("contacts.pass.1.total"), QStringLiteral("150")).isError());
    QVERIFY(!checkpoints.set(QStringLiteral("contacts.pass.10.page"), QStringLiteral("1")).isError());
    QVERIFY(!checkpoints.set(QStringLiteral("contacts_pass%"), QStringLiteral("")).isError());
    QCOMPARE(checkpoints.value(QStringLiteral("contacts.pass.1.page")).value().value_or(QString()),
             QStringLiteral("4"));
    QCOMPARE(checkpoints.value(QStringLiteral("contacts_pass%")).value().value_or(QStringLiteral("x")), QString());

    const QMap<QString, QString> pass1 = checkpoints.withPrefix(QStringLiteral("contacts.pass.1.")).value();
    QCOMPARE(pass1.keys(),
             (QStringList{QStringLiteral("contacts.pass.1.page"), QStringLiteral("contacts.pass.1.total")}));
    QCOMPARE(checkpoints.withPrefix(QStringLiteral("contacts_")).value().size(), 1); // no LIKE wildcards
    QVERIFY(!checkpoints.remove(QStringLiteral("contacts.pass.1.total")).isError());
    QCOMPARE(checkpoints.withPrefix(QStringLiteral("contacts.pass.1.")).value().size(), 1);
    QVERIFY(checkpoints.set(QString(), QStringLiteral("v")).isError());
}

void tst_StoreBookkeeping::skippedRecordsAreSummarised()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SkippedRecordRepository skipped(s.db());
    const QDateTime first = s.clock().nowUtc();
    QVERIFY(
        !skipped
             .record({{QStringLiteral("/crm/chat"), QStringLiteral("contact"), QString(), QStringLiteral("no chat_id")},
                      {QStringLiteral("/crm/chat"), QStringLiteral("contact"), QStringLiteral("chat_7"),
                       QStringLiteral("unparseable created_at")}})
             .isError());
    s.clock().advanceMs(60000);
    QVERIFY(
        !skipped
             .record({{QStringLiteral("/crm/chat"), QStringLiteral("contact"), QString(), QStringLiteral("no chat_id")},
                      {QStringLiteral("/crm/chat/c1/messages"), QStringLiteral("message"), QStringLiteral("m1"),
                       QStringLiteral("no usable timestamp")}})
             .isError());
    QVERIFY(!skipped.record({}).isError());

    const QList<SkippedSummaryRow> summary = skipped.summary().value();
    QCOMPARE(summary.size(), 3);
    QCOMPARE(summary[0].kind, QStringLiteral("contact"));
    QCOMPARE(summary[0].reason, QStringLiteral("no chat_id"));
    QCOMPARE(summary[0].count, qint64(2));
    QCOMPARE(summary[0].lastAt, s.clock().nowUtc());

    const QList<SkippedRecord> recent = skipped.recent(10).value();
    QCOMPARE(recent.size(), 4);
    QCOMPARE(recent.last().at, first);
    QCOMPARE(recent.last().reason, QStringLiteral("no chat_id")); // newest first; ties by insertion order
    QVERIFY(recent.last().remoteId.isNull());
    QCOMPARE(recent.first().remoteId, QStringLiteral("m1"));
    int withoutId = 0;
    for (const SkippedRecord& r : recent)
        withoutId += r.remoteId.isNull() ? 1 : 0;
    QCOMPARE(withoutId, 2);
}

void tst_StoreBookkeeping::customFieldDefinitions()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    CustomFieldRepository fields(s.db());
    const QList<api::CustomFieldDefinition> first{
        {QStringLiteral("cf_001"), QStringLiteral("company"), QStringLiteral("string"), false},
        {QStringLiteral("cf_002"), QStringLiteral("csat"), QStringLiteral("number"), true},
        {QString(), QStringLiteral("nameless id"), QString(), false}};
    auto written = fields.writeDefinitions(first);
    QVERIFY(written.ok());
    QCOMPARE(written.value().inserted, 2);
    QCOMPARE(written.value().skipped, 1);

    s.clock().advanceMs(60000);
    auto second =
        fields.writeDefinitions({{QStringLiteral("cf_002"), QStringLiteral("csat"), QStringLiteral("number"), true}});
    QVERIFY(second.ok());
    QCOMPARE(second.value().updated, 1);
    const QList<StoredFieldDefinition> all = fields.definitions().value();
    QCOMPARE(all.size(), 2); // the dropped definition is kept, marked removed
    QCOMPARE(all[0].name, QStringLiteral("company"));
    QCOMPARE(all[0].removedAt, s.clock().nowUtc());
    QVERIFY(!all[1].removedAt.isValid());
    QVERIFY(all[1].required);
    QCOMPARE(all[1].type, QStringLiteral("number"));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM skipped_records")), qint64(1));
}

void tst_StoreBookkeeping::countsPerTable()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    QCOMPARE(StoreStats(s.db()).counts().value().contacts, qint64(0));

    SyncPassRepository passes(s.db());
    ContactRepository contacts(s.db());
    const qint64 pass = passes.beginPass(kContactsPass).value().id;
    QVERIFY(contacts
                .writeContactsPage(pass, {test::makeContact(QStringLiteral("a"), QStringLiteral("open"),
                                                            QStringLiteral("amina@acme.co.ke"),
                                                            {{QStringLiteral("source"), QStringLiteral("web")}}),
                                          test::makeContact(QStringLiteral("b"))})
                .ok());
    QVERIFY(!contacts.completeContactPass(pass, 1.0).value().refused);
    const qint64 second = passes.beginPass(kContactsPass).value().id;
    QVERIFY(
        contacts.writeContactsPage(second, {test::makeContact(QStringLiteral("a"), QStringLiteral("closed"))}).ok());
    QVERIFY(!contacts.completeContactPass(second, 1.0).value().refused);
    QVERIFY(MessageRepository(s.db())
                .writeMessagesPage(QStringLiteral("a"), {test::makeMessage(QStringLiteral("m1"), s.clock().nowUtc()),
                                                         test::makeMessage(QStringLiteral("m2"), s.clock().nowUtc())})
                .ok());

    const TableCounts c = StoreStats(s.db()).counts().value();
    QCOMPARE(c.contacts, qint64(2));
    QCOMPARE(c.aliveContacts, qint64(1));
    QCOMPARE(c.deletedContacts, qint64(1));
    QCOMPARE(c.contactChanges, qint64(3)); // status, operator removed, field removed
    QCOMPARE(c.customFieldValues, qint64(0));
    QCOMPARE(c.operators, qint64(1));
    QCOMPARE(c.messages, qint64(2));
    QCOMPARE(c.chatsRead, qint64(1));
    QCOMPARE(c.syncPasses, qint64(2));
    QCOMPARE(c.campaigns, qint64(0));
    QCOMPARE(c.skippedRecords, qint64(0));
}

void tst_StoreBookkeeping::freshnessPerKind()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    StoreStats stats(s.db());
    QVERIFY(stats.freshness().value().isEmpty());
    QVERIFY(!stats.messagesReadAt().value().isValid());

    SyncPassRepository passes(s.db());
    const QDateTime firstStart = s.clock().nowUtc();
    const qint64 first = passes.beginPass(kCampaignsPass).value().id;
    s.clock().advanceMs(1000);
    QVERIFY(CampaignRepository(s.db()).writeCampaignsPage(first, {}).ok());
    const QDateTime firstPage = s.clock().nowUtc();
    s.clock().advanceMs(1000);
    QVERIFY(!passes.finishPass(first).isError());
    const QDateTime firstEnd = s.clock().nowUtc();
    s.clock().advanceMs(60000);
    const QDateTime runningStart = s.clock().nowUtc();
    QVERIFY(passes.beginPass(kCampaignsPass).ok());
    const QDateTime contactsStart = s.clock().nowUtc();
    QVERIFY(passes.beginPass(kContactsPass).ok());
    QVERIFY(MessageRepository(s.db()).writeMessagesPage(QStringLiteral("a"), {}).ok());

    const QList<Freshness> list = stats.freshness().value();
    QCOMPARE(list.size(), 2);
    const Freshness& campaigns = list[0];
    QCOMPARE(campaigns.kind, QStringLiteral("campaigns"));
    QCOMPARE(campaigns.lastPageAt, firstPage);
    QCOMPARE(campaigns.lastCompleteStartedAt, firstStart);
    QCOMPARE(campaigns.lastCompleteFinishedAt, firstEnd);
    QCOMPARE(campaigns.openPassStartedAt, runningStart);
    const Freshness& contacts = list[1];
    QCOMPARE(contacts.kind, QStringLiteral("contacts"));
    QVERIFY(!contacts.lastCompleteStartedAt.isValid()); // dashboards know contacts are not complete yet
    QCOMPARE(contacts.openPassStartedAt, contactsStart);
    QCOMPARE(stats.messagesReadAt().value(), s.clock().nowUtc());
}

QTEST_GUILESS_MAIN(tst_StoreBookkeeping)
#include "tst_StoreBookkeeping.moc"
