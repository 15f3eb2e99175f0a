#include "core/store/CheckpointRepository.h"
#include "core/store/ContactReader.h"
#include "core/store/ContactRepository.h"
#include "core/store/CustomFieldRepository.h"
#include "core/store/OperatorRepository.h"
#include "core/store/StoreErrors.h"
#include "core/store/SyncPassRepository.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QSqlQuery>
#include <QTest>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::FieldList;
using crmlens::test::makeContact;
using crmlens::test::TempStore;

namespace {

constexpr qint64 kHour = 3600 * 1000;

qint64 beginContactsPass(TempStore& s)
{
    auto pass = SyncPassRepository(s.db()).beginPass(kContactsPass);
    if (!pass)
        qFatal("cannot begin a pass: %s", qPrintable(pass.error().message));
    return pass.value().id;
}

StoredContact loadContact(TempStore& s, const QString& chatId)
{
    auto c = ContactReader(s.db()).contact(chatId);
    if (!c || !c.value())
        qFatal("contact %s missing", qPrintable(chatId));
    return *c.value();
}

QList<ContactChange> historyOf(TempStore& s, const QString& chatId)
{
    return ContactReader(s.db()).history(chatId).value();
}

qint64 rows(TempStore& s, const char* table)
{
    return test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
}

QList<api::Contact> threeContacts()
{
    return {makeContact(QStringLiteral("chat_1"), QStringLiteral("open"), QStringLiteral("amina@acme.co.ke"),
                        {{QStringLiteral("source"), QStringLiteral("instagram")},
                         {QStringLiteral("lead_stage"), QStringLiteral("qualified")}}),
            makeContact(QStringLiteral("chat_2"), QStringLiteral("resolved"), QString(),
                        {{QStringLiteral("source"), QStringLiteral("website")}}),
            makeContact(QStringLiteral("chat_3"), QStringLiteral("pending"))};
}

// A failure inside the page's transaction, after some of its rows were written.
void installFailingTrigger(TempStore& s, const QString& table, const QString& condition)
{
    QSqlQuery q(s.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_page BEFORE INSERT ON main.%1 WHEN %2 BEGIN "
                                  "SELECT RAISE(ABORT, 'injected failure'); END")
                       .arg(table, condition)));
}

} // namespace

class tst_ContactRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSightRecordsPassAndNoHistory();
    void samePageTwiceChangesNothing();
    void changesAreRecorded_data();
    void changesAreRecorded();
    void changesAreDatedByThePassThatSawThem();
    void contactWithoutCustomFieldsKeepsStoredOnes();
    void firstSightOfFieldsThroughChatEndpointRecordsNoHistory();
    void idOnlyFieldsResolveThroughDefinitions();
    void repeatedContactInAPageCountsOnce();
    void recordWithoutChatIdIsSkippedAndLogged();
    void writesNeedAnOpenContactsPass();
    void deletionOnlyThroughACompletePass();
    void deletionCapRefusesAndChangesNothing();
    void firstCompletePassIsRemembered();
    void deletedContactKeepsFieldsAndComesBack();
    void notFoundMarksContactGone();
    void pageRowsAndCheckpointLandTogether_data();
    void pageRowsAndCheckpointLandTogether();
    void readers();
    void operatorsAreLearnedFromContacts();
};

void tst_ContactRepository::firstSightRecordsPassAndNoHistory()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const QDateTime passStart = s.clock().nowUtc();
    const qint64 pass = beginContactsPass(s);
    s.clock().advanceMs(5 * 60 * 1000); // the page is written minutes after the pass started

    QList<api::Contact> page = threeContacts();
    page[0].createdAt = test::utc(QStringLiteral("2026-01-10T09:00:00Z"));
    auto written = ContactRepository(s.db()).writeContactsPage(pass, page);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(written.value().inserted, 3);
    QCOMPARE(written.value().historyRecorded, 0);

    const StoredContact c1 = loadContact(s, QStringLiteral("chat_1"));
    QCOMPARE(c1.firstSeenAt, passStart);
    QCOMPARE(c1.firstSeenPassId, pass);
    QCOMPARE(c1.lastSeenPassId, pass);
    QCOMPARE(c1.createdAt, test::utc(QStringLiteral("2026-01-10T09:00:00Z")));
    QCOMPARE(c1.status, QStringLiteral("open"));
    QCOMPARE(c1.operatorName, QStringLiteral("amina@acme.co.ke"));
    QCOMPARE(c1.customFields.value(QStringLiteral("source")), QStringLiteral("instagram"));
    QVERIFY(!c1.inFirstCompletePass); // only known once the pass completes
    QVERIFY(!loadContact(s, QStringLiteral("chat_2")).createdAt.isValid());
    QCOMPARE(rows(s, "contact_history"), qint64(0));
    QCOMPARE(SyncPassRepository(s.db()).pass(pass).value()->records, qint64(3));
}

void tst_ContactRepository::samePageTwiceChangesNothing()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const qint64 pass = beginContactsPass(s);
    ContactRepository contacts(s.db());
    QVERIFY(contacts.writeContactsPage(pass, threeContacts()).ok());
    const qint64 fieldRows = rows(s, "contact_custom_fields");
    const StoredContact before = loadContact(s, QStringLiteral("chat_1"));

    s.clock().advanceMs(kHour);
    auto again = contacts.writeContactsPage(pass, threeContacts());
    QVERIFY(again.ok());
    QCOMPARE(again.value().inserted, 0);
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().unchanged, 3);
    QCOMPARE(rows(s, "contacts"), qint64(3));
    QCOMPARE(rows(s, "contact_custom_fields"), fieldRows);
    QCOMPARE(rows(s, "contact_history"), qint64(0));
    QCOMPARE(rows(s, "operators"), qint64(1));
    const StoredContact after = loadContact(s, QStringLiteral("chat_1"));
    QCOMPARE(after.customFields, before.customFields);
    QCOMPARE(after.firstSeenAt, before.firstSeenAt);

    // And in a later pass as well.
    QVERIFY(!ContactRepository(s.db()).completeContactPass(pass, 0.5).value().refused);
    const qint64 second = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(second, threeContacts()).ok());
    QCOMPARE(rows(s, "contact_history"), qint64(0));
    QCOMPARE(loadContact(s, QStringLiteral("chat_1")).firstSeenPassId, pass);
    QCOMPARE(loadContact(s, QStringLiteral("chat_1")).lastSeenPassId, second);
}

void tst_ContactRepository::changesAreRecorded_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<FieldList>("fields");
    QTest::addColumn<QStringList>("expected"); // "field|key|old|new", null values as "~"

    const FieldList base{{QStringLiteral("source"), QStringLiteral("instagram")},
                         {QStringLiteral("lead_stage"), QStringLiteral("qualified")}};
    const QString op = QStringLiteral("amina@acme.co.ke");
    QTest::newRow("nothing changed") << QStringLiteral("open") << op << base << QStringList();
    QTest::newRow("whitespace only") << QStringLiteral(" open ") << op << base << QStringList();
    QTest::newRow("status") << QStringLiteral("inactive") << op << base
                            << QStringList{QStringLiteral("status||open|inactive")};
    QTest::newRow("operator reassigned") << QStringLiteral("open") << QStringLiteral("brian@acme.co.ke") << base
                                         << QStringList{QStringLiteral("operator||amina@acme.co.ke|brian@acme.co.ke")};
    QTest::newRow("operator removed") << QStringLiteral("open") << QString() << base
                                      << QStringList{QStringLiteral("operator||amina@acme.co.ke|~")};
    QTest::newRow("field value") << QStringLiteral("open") << op
                                 << FieldList{{QStringLiteral("source"), QStringLiteral("instagram")},
                                              {QStringLiteral("lead_stage"), QStringLiteral("won")}}
                                 << QStringList{QStringLiteral("custom_field|lead_stage|qualified|won")};
    QTest::newRow("field added") << QStringLiteral("open") << op
                                 << (FieldList(base) << qMakePair(QStringLiteral("csat"), QStringLiteral("5")))
                                 << QStringList{QStringLiteral("custom_field|csat|~|5")};
    QTest::newRow("field emptied") << QStringLiteral("open") << op
                                   << FieldList{{QStringLiteral("source"), QStringLiteral("instagram")},
                                                {QStringLiteral("lead_stage"), QStringLiteral("  ")}}
                                   << QStringList{QStringLiteral("custom_field|lead_stage|qualified|~")};
    QTest::newRow("everything") << QStringLiteral("blocked") << QStringLiteral("brian@acme.co.ke")
                                << FieldList{{QStringLiteral("source"), QStringLiteral("facebook")}}
                                << QStringList{QStringLiteral("status||open|blocked"),
                                               QStringLiteral("operator||amina@acme.co.ke|brian@acme.co.ke"),
                                               QStringLiteral("custom_field|lead_stage|qualified|~"),
                                               QStringLiteral("custom_field|source|instagram|facebook")};
}

void tst_ContactRepository::changesAreRecorded()
{
    QFETCH(QString, status);
    QFETCH(QString, operatorName);
    QFETCH(FieldList, fields);
    QFETCH(QStringList, expected);

    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 first = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(first, {threeContacts().first()}).ok());
    QVERIFY(!contacts.completeContactPass(first, 1.0).value().refused);

    s.clock().advanceMs(kHour);
    const qint64 second = beginContactsPass(s);
    auto written =
        contacts.writeContactsPage(second, {makeContact(QStringLiteral("chat_1"), status, operatorName, fields)});
    QVERIFY(written.ok());
    QCOMPARE(written.value().historyRecorded, int(expected.size()));
    QCOMPARE(written.value().updated + written.value().unchanged, 1);
    QCOMPARE(written.value().updated, expected.isEmpty() ? 0 : 1);

    QStringList actual;
    for (const ContactChange& c : historyOf(s, QStringLiteral("chat_1"))) {
        auto show = [](const QString& v) { return v.isNull() ? QStringLiteral("~") : v; };
        actual << QStringList{c.field, c.key, show(c.oldValue), show(c.newValue)}.join(QLatin1Char('|'));
        QCOMPARE(c.passId, second);
    }
    QCOMPARE(actual, expected);
    const StoredContact stored = loadContact(s, QStringLiteral("chat_1"));
    QCOMPARE(stored.status, status.trimmed());
}

void tst_ContactRepository::changesAreDatedByThePassThatSawThem()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 first = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(first, threeContacts()).ok());
    QVERIFY(!contacts.completeContactPass(first, 1.0).value().refused);

    s.clock().advanceMs(24 * kHour);
    const QDateTime secondStart = s.clock().nowUtc();
    const qint64 second = beginContactsPass(s);
    s.clock().advanceMs(2 * kHour); // a long pass: the page comes two hours in
    const QDateTime writtenAt = s.clock().nowUtc();
    QVERIFY(
        contacts.writeContactsPage(second, {makeContact(QStringLiteral("chat_3"), QStringLiteral("inactive"))}).ok());

    const QList<ContactChange> history = historyOf(s, QStringLiteral("chat_3"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].changedAt, secondStart);
    QCOMPARE(history[0].recordedAt, writtenAt);

    // The churn query of a period sees it in the period of the pass start only.
    ContactReader reader(s.db());
    QCOMPARE(reader.changes(QStringLiteral("status"), secondStart, secondStart.addSecs(1)).value().size(), 1);
    QCOMPARE(reader.changes(QStringLiteral("status"), secondStart.addSecs(1), writtenAt.addSecs(1)).value().size(), 0);
    QCOMPARE(reader.changes(QStringLiteral("operator"), secondStart, writtenAt).value().size(), 0);
}

void tst_ContactRepository::contactWithoutCustomFieldsKeepsStoredOnes()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 pass = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(pass, threeContacts()).ok());
    api::Contact withoutFields = threeContacts().first();
    withoutFields.customFields.clear();
    withoutFields.customFieldsPresent = false;
    auto written = contacts.writeContactsPage(pass, {withoutFields});
    QVERIFY(written.ok());
    QCOMPARE(written.value().unchanged, 1);
    QCOMPARE(loadContact(s, QStringLiteral("chat_1")).customFields.size(), 2);
    QCOMPARE(rows(s, "contact_history"), qint64(0));
}

void tst_ContactRepository::firstSightOfFieldsThroughChatEndpointRecordsNoHistory()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 pass = beginContactsPass(s);
    api::Contact bare = makeContact(QStringLiteral("chat_9"));
    bare.customFields.clear();
    bare.customFieldsPresent = false;
    QVERIFY(contacts.writeContactsPage(pass, {bare}).ok());
    QVERIFY(!loadContact(s, QStringLiteral("chat_9")).customFieldsSeen);

    const QList<api::CustomFieldValue> fields{
        {QStringLiteral("field_123"), QStringLiteral("company"), QStringLiteral("Acme Inc")}};
    auto first = contacts.writeChatCustomFields(pass, QStringLiteral("chat_9"), fields);
    QVERIFY(first.ok());
    QCOMPARE(first.value().historyRecorded, 0);
    QVERIFY(loadContact(s, QStringLiteral("chat_9")).customFieldsSeen);
    QCOMPARE(loadContact(s, QStringLiteral("chat_9")).customFields.value(QStringLiteral("company")),
             QStringLiteral("Acme Inc"));

    auto changed = contacts.writeChatCustomFields(
        pass, QStringLiteral("chat_9"),
        {{QStringLiteral("field_123"), QStringLiteral("company"), QStringLiteral("Acme Ltd")}});
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().historyRecorded, 1);
    QCOMPARE(historyOf(s, QStringLiteral("chat_9")).first().oldValue, QStringLiteral("Acme Inc"));

    auto unknown = contacts.writeChatCustomFields(pass, QStringLiteral("chat_nobody"), fields);
    QVERIFY(!unknown.ok());
}

void tst_ContactRepository::idOnlyFieldsResolveThroughDefinitions()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 pass = beginContactsPass(s);
    api::Contact variant = makeContact(QStringLiteral("c-9001"));
    variant.customFields = {{QStringLiteral("cf_001"), QString(), QStringLiteral("facebook")},
                            {QStringLiteral("cf_002"), QString(), QStringLiteral("proposal")}};

    // Before the definitions are known the id stands in for the name…
    QVERIFY(contacts.writeContactsPage(pass, {variant}).ok());
    QCOMPARE(loadContact(s, QStringLiteral("c-9001")).customFields.value(QStringLiteral("cf_001")),
             QStringLiteral("facebook"));

    // …and is renamed when they arrive, so segments see one key.
    const QList<api::CustomFieldDefinition> definitions{
        {QStringLiteral("cf_001"), QStringLiteral("source"), QStringLiteral("string"), false},
        {QStringLiteral("cf_002"), QStringLiteral("lead_stage"), QStringLiteral("string"), false}};
    QVERIFY(CustomFieldRepository(s.db()).writeDefinitions(definitions).ok());
    const QMap<QString, QString> renamed = loadContact(s, QStringLiteral("c-9001")).customFields;
    QCOMPARE(renamed.value(QStringLiteral("source")), QStringLiteral("facebook"));
    QCOMPARE(renamed.value(QStringLiteral("lead_stage")), QStringLiteral("proposal"));
    QVERIFY(!renamed.contains(QStringLiteral("cf_001")));

    // The same page again now resolves to the names: no spurious change.
    auto again = contacts.writeContactsPage(pass, {variant});
    QVERIFY(again.ok());
    QCOMPARE(again.value().historyRecorded, 0);
    QCOMPARE(ContactReader(s.db()).chatsWithField(QStringLiteral("source"), QStringLiteral("facebook")).value(),
             QStringList{QStringLiteral("c-9001")});
}

void tst_ContactRepository::repeatedContactInAPageCountsOnce()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const qint64 pass = beginContactsPass(s);
    QList<api::Contact> page = threeContacts();
    page << makeContact(QStringLiteral("chat_1"), QStringLiteral("assigned"), QStringLiteral("amina@acme.co.ke"));
    auto written = ContactRepository(s.db()).writeContactsPage(pass, page);
    QVERIFY(written.ok());
    QCOMPARE(written.value().inserted, 3);
    QCOMPARE(loadContact(s, QStringLiteral("chat_1")).status, QStringLiteral("assigned")); // the last one wins
    QCOMPARE(rows(s, "contact_history"), qint64(0));
}

void tst_ContactRepository::recordWithoutChatIdIsSkippedAndLogged()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const qint64 pass = beginContactsPass(s);
    QList<api::Contact> page = threeContacts();
    page << makeContact(QStringLiteral("  "));
    PageProgress progress;
    progress.skipped << SkippedEntry{QStringLiteral("/crm/chat"), QStringLiteral("contact"), QStringLiteral("chat_x"),
                                     QStringLiteral("unparseable created_at")};
    auto written = ContactRepository(s.db()).writeContactsPage(pass, page, progress);
    QVERIFY(written.ok());
    QCOMPARE(written.value().inserted, 3);
    QCOMPARE(written.value().skipped, 2);
    QCOMPARE(rows(s, "skipped_records"), qint64(2));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM skipped_records WHERE remote_id IS NULL "
                                                 "AND reason = 'no chat_id' AND pass_id = %1")
                                      .arg(pass)),
             qint64(1));
    QCOMPARE(SyncPassRepository(s.db()).pass(pass).value()->skipped, qint64(2));
}

void tst_ContactRepository::writesNeedAnOpenContactsPass()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    QVERIFY(!contacts.writeContactsPage(999, threeContacts()).ok());
    auto campaignsPass = SyncPassRepository(s.db()).beginPass(kCampaignsPass);
    QVERIFY(!contacts.writeContactsPage(campaignsPass.value().id, threeContacts()).ok());
    const qint64 pass = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(pass, threeContacts()).ok());
    QVERIFY(!contacts.completeContactPass(pass, 1.0).value().refused);
    auto late = contacts.writeContactsPage(pass, threeContacts());
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(QStringLiteral("already ended")));
    QCOMPARE(rows(s, "contacts"), qint64(3));
}

void tst_ContactRepository::deletionOnlyThroughACompletePass()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    SyncPassRepository passes(s.db());
    const qint64 first = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(first, threeContacts()).ok());
    QVERIFY(!contacts.completeContactPass(first, 1.0).value().refused);

    s.clock().advanceMs(24 * kHour);
    const QDateTime secondStart = s.clock().nowUtc();
    const qint64 second = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(second, threeContacts().mid(0, 2)).ok());
    // A pass that has not completed proves nothing: the contact could be on a page not yet read.
    QVERIFY(!loadContact(s, QStringLiteral("chat_3")).isDeleted());
    QVERIFY(!passes.abandonPass(second).isError());
    QVERIFY(!loadContact(s, QStringLiteral("chat_3")).isDeleted());

    s.clock().advanceMs(24 * kHour);
    const QDateTime thirdStart = s.clock().nowUtc();
    const qint64 third = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(third, threeContacts().mid(0, 2)).ok());
    s.clock().advanceMs(kHour);
    auto completion = contacts.completeContactPass(third, 0.5);
    QVERIFY(completion.ok());
    QCOMPARE(completion.value().aliveBefore, qint64(3));
    QCOMPARE(completion.value().missing, qint64(1));
    QCOMPARE(completion.value().deleted, qint64(1));
    QVERIFY(!completion.value().refused);
    QVERIFY(!completion.value().firstCompletePass);

    const StoredContact gone = loadContact(s, QStringLiteral("chat_3"));
    QVERIFY(gone.isDeleted());
    QCOMPARE(gone.deletedAt, thirdStart); // the start of the pass, not when it finished
    QCOMPARE(gone.deletedPassId, third);
    QVERIFY(secondStart < thirdStart);
    QVERIFY(!loadContact(s, QStringLiteral("chat_1")).isDeleted());
    const QList<ContactDeletion> log = ContactReader(s.db()).deletions(QStringLiteral("chat_3")).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].reason, QStringLiteral("missing_from_complete_pass"));
    QCOMPARE(log[0].passId, third);
    const auto closed = passes.pass(third).value();
    QVERIFY(closed->complete);
    QCOMPARE(closed->deleted, qint64(1));
}

void tst_ContactRepository::deletionCapRefusesAndChangesNothing()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 first = beginContactsPass(s);
    QList<api::Contact> ten;
    for (int i = 0; i < 10; ++i)
        ten << makeContact(QStringLiteral("chat_%1").arg(i));
    QVERIFY(contacts.writeContactsPage(first, ten).ok());
    QVERIFY(!contacts.completeContactPass(first, 0.2).value().refused);

    const qint64 second = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(second, ten.mid(0, 7)).ok()); // 3 of 10 missing: 30 %
    auto refused = contacts.completeContactPass(second, 0.2);
    QVERIFY(refused.ok());
    QVERIFY(refused.value().refused);
    QCOMPARE(refused.value().missing, qint64(3));
    QCOMPARE(refused.value().deleted, qint64(0));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")),
             qint64(0));
    QCOMPARE(rows(s, "contact_deletions"), qint64(0));
    QVERIFY(SyncPassRepository(s.db()).pass(second).value()->isOpen());

    // Exactly at the cap is allowed.
    auto allowed = contacts.completeContactPass(second, 0.3);
    QVERIFY(allowed.ok());
    QVERIFY(!allowed.value().refused);
    QCOMPARE(allowed.value().deleted, qint64(3));
}

void tst_ContactRepository::firstCompletePassIsRemembered()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    SyncPassRepository passes(s.db());

    const qint64 abandoned = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(abandoned, {makeContact(QStringLiteral("chat_a"))}).ok());
    QVERIFY(!passes.abandonPass(abandoned).isError());

    s.clock().advanceMs(kHour);
    const qint64 first = beginContactsPass(s);
    QVERIFY(
        contacts
            .writeContactsPage(first, {makeContact(QStringLiteral("chat_a")), makeContact(QStringLiteral("chat_b"))})
            .ok());
    auto completion = contacts.completeContactPass(first, 1.0);
    QVERIFY(completion.value().firstCompletePass);

    s.clock().advanceMs(kHour);
    const QDateTime laterStart = s.clock().nowUtc();
    const qint64 later = beginContactsPass(s);
    QVERIFY(contacts
                .writeContactsPage(later, {makeContact(QStringLiteral("chat_a")), makeContact(QStringLiteral("chat_b")),
                                           makeContact(QStringLiteral("chat_c"))})
                .ok());
    QVERIFY(!contacts.completeContactPass(later, 1.0).value().firstCompletePass);

    QVERIFY(loadContact(s, QStringLiteral("chat_a")).inFirstCompletePass);
    QCOMPARE(loadContact(s, QStringLiteral("chat_a")).firstSeenPassId, abandoned);
    QVERIFY(loadContact(s, QStringLiteral("chat_b")).inFirstCompletePass);
    const StoredContact c = loadContact(s, QStringLiteral("chat_c"));
    QVERIFY(!c.inFirstCompletePass); // new at the time it was first seen
    QCOMPARE(c.firstSeenAt, laterStart);
    QCOMPARE(passes.firstCompletePass(kContactsPass).value()->id, first);
    QCOMPARE(passes.lastCompletePass(kContactsPass).value()->id, later);
}

void tst_ContactRepository::deletedContactKeepsFieldsAndComesBack()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 first = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(first, threeContacts()).ok());
    QVERIFY(!contacts.completeContactPass(first, 1.0).value().refused);
    const qint64 second = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(second, threeContacts().mid(1)).ok());
    QVERIFY(!contacts.completeContactPass(second, 1.0).value().refused);

    const StoredContact gone = loadContact(s, QStringLiteral("chat_1"));
    QVERIFY(gone.isDeleted());
    QCOMPARE(gone.customFields.value(QStringLiteral("source")), QStringLiteral("instagram"));
    QCOMPARE(gone.operatorName, QStringLiteral("amina@acme.co.ke"));
    QCOMPARE(gone.status, QStringLiteral("open"));

    s.clock().advanceMs(kHour);
    const QDateTime thirdStart = s.clock().nowUtc();
    const qint64 third = beginContactsPass(s);
    auto back = contacts.writeContactsPage(third, threeContacts());
    QVERIFY(back.ok());
    QCOMPARE(back.value().restored, 1);
    QVERIFY(!loadContact(s, QStringLiteral("chat_1")).isDeleted());
    const QList<ContactDeletion> log = ContactReader(s.db()).deletions(QStringLiteral("chat_1")).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].restoredAt, thirdStart);
}

void tst_ContactRepository::notFoundMarksContactGone()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 pass = beginContactsPass(s);
    QVERIFY(contacts.writeContactsPage(pass, threeContacts()).ok());
    const QDateTime at = s.clock().nowUtc().addSecs(600);
    QCOMPARE(contacts.markContactGone(QStringLiteral("chat_2"), at).value(), true);
    QCOMPARE(contacts.markContactGone(QStringLiteral("chat_2"), at.addSecs(60)).value(), false); // already gone
    QCOMPARE(contacts.markContactGone(QStringLiteral("chat_nobody"), at).value(), false);
    const StoredContact gone = loadContact(s, QStringLiteral("chat_2"));
    QCOMPARE(gone.deletedAt, at);
    QCOMPARE(gone.deletedPassId, qint64(0));
    QCOMPARE(ContactReader(s.db()).deletions(QStringLiteral("chat_2")).value().first().reason,
             QStringLiteral("not_found"));
}

void tst_ContactRepository::pageRowsAndCheckpointLandTogether_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("condition");
    QTest::newRow("failure on the checkpoint") << QStringLiteral("checkpoints") << QStringLiteral("1");
    QTest::newRow("failure on the third contact")
        << QStringLiteral("contacts") << QStringLiteral("NEW.chat_id = 'chat_3'");
    QTest::newRow("failure on a history row") << QStringLiteral("contact_history") << QStringLiteral("1");
}

void tst_ContactRepository::pageRowsAndCheckpointLandTogether()
{
    QFETCH(QString, table);
    QFETCH(QString, condition);
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    CheckpointRepository checkpoints(s.db());
    const qint64 first = beginContactsPass(s);
    PageProgress page0;
    page0.checkpoint = {QStringLiteral("contacts.page"), QStringLiteral("0")};
    QVERIFY(contacts.writeContactsPage(first, {makeContact(QStringLiteral("chat_1"))}, page0).ok());

    installFailingTrigger(s, table, condition);
    QList<api::Contact> page = threeContacts(); // chat_1 changes: it needs a history row
    PageProgress page1;
    page1.checkpoint = {QStringLiteral("contacts.page"), QStringLiteral("1")};
    page1.skipped << SkippedEntry{QStringLiteral("/crm/chat"), QStringLiteral("contact"), QStringLiteral("x"),
                                  QStringLiteral("bad")};
    auto failed = contacts.writeContactsPage(first, page, page1);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Storage);

    QCOMPARE(checkpoints.value(QStringLiteral("contacts.page")).value().value_or(QString()), QStringLiteral("0"));
    QCOMPARE(rows(s, "contacts"), qint64(1));
    QCOMPARE(rows(s, "contact_history"), qint64(0));
    QCOMPARE(rows(s, "contact_custom_fields"), qint64(0));
    QCOMPARE(rows(s, "skipped_records"), qint64(0));
    QCOMPARE(rows(s, "operators"), qint64(0));
    QCOMPARE(loadContact(s, QStringLiteral("chat_1")).operatorName, QString());
    QCOMPARE(SyncPassRepository(s.db()).pass(first).value()->pages, qint64(1));
}

void tst_ContactRepository::readers()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const qint64 pass = beginContactsPass(s);
    QList<api::Contact> page = threeContacts();
    page[1].whatsappNumber = QStringLiteral("+971 50 123 4567");
    QVERIFY(ContactRepository(s.db()).writeContactsPage(pass, page).ok());
    ContactReader reader(s.db());
    QCOMPARE(reader.chatIdForPhone(QStringLiteral("971501234567")).value(), QStringLiteral("chat_2"));
    QCOMPARE(reader.chatIdForPhone(QStringLiteral("+971-50-123-4567")).value(), QStringLiteral("chat_2"));
    QVERIFY(reader.chatIdForPhone(QStringLiteral("254000")).value().isNull());
    QVERIFY(reader.chatIdForPhone(QStringLiteral("")).value().isNull());
    QCOMPARE(reader.chatsWithField(QStringLiteral("source"), QStringLiteral("website")).value(),
             QStringList{QStringLiteral("chat_2")});
    QVERIFY(reader.chatsWithField(QStringLiteral("source"), QStringLiteral("tiktok")).value().isEmpty());
    QVERIFY(!reader.contact(QStringLiteral("chat_nobody")).value().has_value());
    QVERIFY(reader.history(QStringLiteral("chat_nobody")).value().isEmpty());
}

void tst_ContactRepository::operatorsAreLearnedFromContacts()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    ContactRepository contacts(s.db());
    const qint64 first = beginContactsPass(s);
    const QDateTime firstStart = s.clock().nowUtc();
    QVERIFY(contacts.writeContactsPage(first, threeContacts()).ok());
    QVERIFY(!contacts.completeContactPass(first, 1.0).value().refused);
    s.clock().advanceMs(kHour);
    const QDateTime secondStart = s.clock().nowUtc();
    const qint64 second = beginContactsPass(s);
    QVERIFY(contacts
                .writeContactsPage(
                    second,
                    {makeContact(QStringLiteral("chat_1"), QStringLiteral("open"), QStringLiteral("amina@acme.co.ke")),
                     makeContact(QStringLiteral("chat_2"), QStringLiteral("open"), QStringLiteral("brian@acme.co.ke")),
                     makeContact(QStringLiteral("chat_3"), QStringLiteral("open"), QStringLiteral("brian@acme.co.ke"))})
                .ok());
    const QList<StoredOperator> ops = OperatorRepository(s.db()).operators().value();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops[0].name, QStringLiteral("amina@acme.co.ke"));
    QCOMPARE(ops[0].firstSeenAt, firstStart);
    QCOMPARE(ops[0].lastSeenAt, secondStart);
    QCOMPARE(ops[0].assignedContacts, qint64(1));
    QCOMPARE(ops[1].name, QStringLiteral("brian@acme.co.ke"));
    QCOMPARE(ops[1].assignedContacts, qint64(2));
}

QTEST_GUILESS_MAIN(tst_ContactRepository)
#include "tst_ContactRepository.moc"
