#include "core/store/CheckpointRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SyncPassRepository.h"
#include "tests/core/store/StoreTestUtil.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <ctime>

using namespace crmlens;
using namespace crmlens::store;
using crmlens::test::makeMessage;
using crmlens::test::TempStore;

namespace {

const QString kChat = QStringLiteral("chat_abc123");

QDateTime at(int minutes)
{
    return test::utc(QStringLiteral("2026-01-16T08:00:00Z")).addSecs(qint64(minutes) * 60);
}

// The fixture page of crm-api.md, newest first as the API sends it.
QList<api::Message> fixturePage()
{
    QList<api::Message> page{
        makeMessage(QStringLiteral("wamid.HBgM3"), at(35), QStringLiteral("inbound")),
        makeMessage(QStringLiteral("wamid.HBgM2"), at(31), QStringLiteral("outbound"), QStringLiteral("read")),
        makeMessage(QStringLiteral("wamid.HBgM1"), at(0), QStringLiteral("outbound"), QStringLiteral("delivered")),
        makeMessage(QStringLiteral("wamid.HBgM0"), at(-778), QStringLiteral("inbound"))};
    page[2].type = QStringLiteral("template");
    page[3].type = QStringLiteral("image");
    page[3].content = QString();
    return page;
}

StoredMessage stored(TempStore& s, const QString& id)
{
    auto m = MessageRepository(s.db()).message(kChat, id);
    if (!m || !m.value())
        qFatal("message %s missing", qPrintable(id));
    return *m.value();
}

qint64 rowIdOf(TempStore& s, const QString& id)
{
    return test::scalar(
        s.db(), QStringLiteral("SELECT id FROM messages WHERE chat_id = '%1' AND message_id = '%2'").arg(kChat, id));
}

} // namespace

class tst_MessageRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageIsStoredAsSent();
    void samePageTwiceIsIdempotent();
    void statusChangesUpdateInPlace_data();
    void statusChangesUpdateInPlace();
    void webhookStatusesMoveForwardOnly();
    void partialRecordsDoNotEraseKnownFields();
    void chatStateFollowsThePages();
    void emptyPageStillMarksTheChatRead();
    void unusableMessagesAreSkippedAndLogged();
    void pageRowsAndCheckpointLandTogether();
    void passPagesAreCounted();
    void readsForTheSync();
    void bulkLoadThroughput();
};

void tst_MessageRepository::pageIsStoredAsSent()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    auto written = MessageRepository(s.db()).writeMessagesPage(kChat, fixturePage());
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(written.value().inserted, 4);
    QCOMPARE(written.value().updated, 0);

    const StoredMessage m = stored(s, QStringLiteral("wamid.HBgM1"));
    QCOMPARE(m.chatId, kChat);
    QCOMPARE(m.timestamp, at(0));
    QCOMPARE(m.direction, QStringLiteral("outbound"));
    QCOMPARE(m.type, QStringLiteral("template"));
    QCOMPARE(m.status, QStringLiteral("delivered"));
    QCOMPARE(m.firstSeenAt, s.clock().nowUtc());
    QVERIFY(stored(s, QStringLiteral("wamid.HBgM0")).content.isNull());

    const QList<StoredMessage> ordered = MessageRepository(s.db()).messagesOfChat(kChat).value();
    QCOMPARE(ordered.size(), 4);
    QCOMPARE(ordered.first().messageId, QStringLiteral("wamid.HBgM0"));
    QCOMPARE(ordered.last().messageId, QStringLiteral("wamid.HBgM3"));
}

void tst_MessageRepository::samePageTwiceIsIdempotent()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage()).ok());
    const qint64 rowId = rowIdOf(s, QStringLiteral("wamid.HBgM2"));
    s.clock().advanceMs(60000);
    auto again = messages.writeMessagesPage(kChat, fixturePage());
    QVERIFY(again.ok());
    QCOMPARE(again.value().inserted, 0);
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().unchanged, 4);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages")), qint64(4));
    QCOMPARE(rowIdOf(s, QStringLiteral("wamid.HBgM2")), rowId);
    QCOMPARE(stored(s, QStringLiteral("wamid.HBgM2")).updatedAt, stored(s, QStringLiteral("wamid.HBgM2")).firstSeenAt);
    QCOMPARE(messages.chatState(kChat).value()->messageCount, qint64(4));

    // Pages shift while paging: overlapping pages add only what is new.
    QList<api::Message> shifted = fixturePage().mid(2);
    shifted << makeMessage(QStringLiteral("wamid.older"), at(-900));
    auto overlap = messages.writeMessagesPage(kChat, shifted);
    QVERIFY(overlap.ok());
    QCOMPARE(overlap.value().inserted, 1);
    QCOMPARE(overlap.value().unchanged, 2);
    QCOMPARE(messages.chatState(kChat).value()->messageCount, qint64(5));
}

void tst_MessageRepository::statusChangesUpdateInPlace_data()
{
    QTest::addColumn<QStringList>("statuses"); // as successive pages show the message
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("updates");
    QTest::newRow("sent, delivered, read")
        << QStringList{QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}
        << QStringLiteral("read") << 2;
    QTest::newRow("read is never undone")
        << QStringList{QStringLiteral("read"), QStringLiteral("delivered"), QStringLiteral("sent")}
        << QStringLiteral("read") << 0;
    QTest::newRow("sent then failed") << QStringList{QStringLiteral("sent"), QStringLiteral("failed")}
                                      << QStringLiteral("failed") << 1;
    QTest::newRow("unknown statuses are kept as sent")
        << QStringList{QStringLiteral("sent"), QStringLiteral("queued_at_meta")} << QStringLiteral("queued_at_meta")
        << 1;
}

void tst_MessageRepository::statusChangesUpdateInPlace()
{
    QFETCH(QStringList, statuses);
    QFETCH(QString, expected);
    QFETCH(int, updates);
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    const QString id = QStringLiteral("wamid.status");
    const QDateTime firstSeen = s.clock().nowUtc();
    int updated = 0;
    qint64 rowId = 0;
    for (const QString& status : statuses) {
        auto written = messages.writeMessagesPage(kChat, {makeMessage(id, at(0), QStringLiteral("outbound"), status)});
        QVERIFY(written.ok());
        updated += written.value().updated;
        if (rowId == 0)
            rowId = rowIdOf(s, id);
        QCOMPARE(rowIdOf(s, id), rowId); // the same row, never a second one
        s.clock().advanceMs(60000);
    }
    QCOMPARE(updated, updates);
    const StoredMessage m = stored(s, id);
    QCOMPARE(m.status, expected);
    QCOMPARE(m.firstSeenAt, firstSeen);
    QCOMPARE(m.updatedAt > firstSeen, updates > 0);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages")), qint64(1));
}

void tst_MessageRepository::webhookStatusesMoveForwardOnly()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage()).ok());
    const QDateTime written = s.clock().nowUtc();
    s.clock().advanceMs(60000);

    QCOMPARE(messages.applyStatus(kChat, QStringLiteral("wamid.HBgM1"), QStringLiteral("read")).value(), true);
    const StoredMessage read = stored(s, QStringLiteral("wamid.HBgM1"));
    QCOMPARE(read.status, QStringLiteral("read"));
    QCOMPARE(read.updatedAt, s.clock().nowUtc());
    QCOMPARE(messages.chatState(kChat).value()->lastChangedAt, s.clock().nowUtc());

    // Repeated and late deliveries change nothing; unknown messages wait for the poll.
    QCOMPARE(messages.applyStatus(kChat, QStringLiteral("wamid.HBgM1"), QStringLiteral("read")).value(), false);
    QCOMPARE(messages.applyStatus(kChat, QStringLiteral("wamid.HBgM1"), QStringLiteral("delivered")).value(), false);
    QCOMPARE(messages.applyStatus(kChat, QStringLiteral("wamid.unknown"), QStringLiteral("read")).value(), false);
    QCOMPARE(messages.applyStatus(QStringLiteral("chat_other"), QStringLiteral("wamid.HBgM2"), QStringLiteral("read"))
                 .value(),
             false);
    QVERIFY(!messages.applyStatus(kChat, QStringLiteral("wamid.HBgM1"), QStringLiteral(" ")).ok());
    QCOMPARE(stored(s, QStringLiteral("wamid.HBgM1")).status, QStringLiteral("read"));
    QCOMPARE(stored(s, QStringLiteral("wamid.HBgM2")).updatedAt, written);

    // A later poll that still shows "delivered" does not undo the webhook.
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage()).ok());
    QCOMPARE(stored(s, QStringLiteral("wamid.HBgM1")).status, QStringLiteral("read"));
}

void tst_MessageRepository::partialRecordsDoNotEraseKnownFields()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage()).ok());
    api::Message partial =
        makeMessage(QStringLiteral("wamid.HBgM2"), at(31), QStringLiteral("outbound"), QStringLiteral("read"));
    partial.type = QString();
    partial.content = QString();
    auto written = messages.writeMessagesPage(kChat, {partial});
    QVERIFY(written.ok());
    QCOMPARE(written.value().unchanged, 1);
    const StoredMessage kept = stored(s, QStringLiteral("wamid.HBgM2"));
    QCOMPARE(kept.type, QStringLiteral("text"));
    QCOMPARE(kept.content, QStringLiteral("Habari wamid.HBgM2"));

    // Attribution a tenant sends later is added, and never removed by a page without it.
    partial.operatorName = QStringLiteral("amina@acme.co.ke");
    partial.campaignId = QStringLiteral("camp_001");
    QCOMPARE(messages.writeMessagesPage(kChat, {partial}).value().updated, 1);
    QCOMPARE(messages.writeMessagesPage(kChat, fixturePage()).value().updated, 0);
    const StoredMessage attributed = stored(s, QStringLiteral("wamid.HBgM2"));
    QCOMPARE(attributed.operatorName, QStringLiteral("amina@acme.co.ke"));
    QCOMPARE(attributed.campaignId, QStringLiteral("camp_001"));
}

void tst_MessageRepository::chatStateFollowsThePages()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    QVERIFY(!messages.chatState(kChat).value().has_value());

    QVERIFY(messages.writeMessagesPage(kChat, fixturePage().mid(0, 2)).ok()); // newest page first
    ChatSyncState state = *messages.chatState(kChat).value();
    QCOMPARE(state.newestMessageId, QStringLiteral("wamid.HBgM3"));
    QCOMPARE(state.newestMessageAt, at(35));
    QCOMPARE(state.oldestMessageAt, at(31));
    QVERIFY(!state.historyComplete);
    QCOMPARE(state.lastReadAt, s.clock().nowUtc());

    s.clock().advanceMs(60000);
    MessagesPageContext last;
    last.reachedOldest = true;
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage().mid(2), last).ok()); // the older, last page
    state = *messages.chatState(kChat).value();
    QCOMPARE(state.newestMessageId, QStringLiteral("wamid.HBgM3")); // an older page does not move it back
    QCOMPARE(state.oldestMessageAt, at(-778));
    QVERIFY(state.historyComplete);
    QCOMPARE(state.messageCount, qint64(4));
    QCOMPARE(state.lastReadAt, s.clock().nowUtc());

    // A later page without history flag keeps history_complete; a tie on time breaks by id.
    QVERIFY(messages.writeMessagesPage(kChat, {makeMessage(QStringLiteral("wamid.HBgM4"), at(35))}).ok());
    state = *messages.chatState(kChat).value();
    QCOMPARE(state.newestMessageId, QStringLiteral("wamid.HBgM4"));
    QVERIFY(state.historyComplete);
}

void tst_MessageRepository::emptyPageStillMarksTheChatRead()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    MessagesPageContext context;
    context.reachedOldest = true;
    auto written = messages.writeMessagesPage(QStringLiteral("chat_silent"), {}, context);
    QVERIFY(written.ok());
    const ChatSyncState state = *messages.chatState(QStringLiteral("chat_silent")).value();
    QCOMPARE(state.lastReadAt, s.clock().nowUtc());
    QVERIFY(state.historyComplete);
    QVERIFY(!state.newestMessageAt.isValid());
    QVERIFY(!state.lastChangedAt.isValid());
    QCOMPARE(state.messageCount, qint64(0));
}

void tst_MessageRepository::unusableMessagesAreSkippedAndLogged()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    QList<api::Message> page = fixturePage();
    page << makeMessage(QString(), at(1)) << makeMessage(QStringLiteral("wamid.notime"), QDateTime());
    auto written = MessageRepository(s.db()).writeMessagesPage(kChat, page);
    QVERIFY(written.ok());
    QCOMPARE(written.value().inserted, 4);
    QCOMPARE(written.value().skipped, 2);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM skipped_records WHERE kind = 'message' AND "
                                                 "endpoint = '/crm/chat/chat_abc123/messages'")),
             qint64(2));
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM skipped_records WHERE remote_id = "
                                                 "'wamid.notime'")),
             qint64(1));
}

void tst_MessageRepository::pageRowsAndCheckpointLandTogether()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    MessagesPageContext first;
    first.progress.checkpoint = {QStringLiteral("messages.chat_abc123.page"), QStringLiteral("1")};
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage().mid(0, 2), first).ok());

    // The chat state is written after the messages: failing there must take the messages with it.
    QSqlQuery q(s.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_page BEFORE UPDATE ON main.chat_sync_state BEGIN "
                                  "SELECT RAISE(ABORT, 'injected failure'); END")));
    MessagesPageContext second;
    second.progress.checkpoint = {QStringLiteral("messages.chat_abc123.page"), QStringLiteral("2")};
    auto failed = messages.writeMessagesPage(kChat, fixturePage().mid(2), second);
    QVERIFY(!failed.ok());
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages")), qint64(2));
    QCOMPARE(
        CheckpointRepository(s.db()).value(QStringLiteral("messages.chat_abc123.page")).value().value_or(QString()),
        QStringLiteral("1"));
    QCOMPARE(messages.chatState(kChat).value()->messageCount, qint64(2));
}

void tst_MessageRepository::passPagesAreCounted()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    SyncPassRepository passes(s.db());
    const qint64 pass = passes.beginPass(kMessagesPass).value().id;
    MessageRepository messages(s.db());
    MessagesPageContext context;
    context.passId = pass;
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage(), context).ok());
    QVERIFY(messages.writeMessagesPage(kChat, fixturePage(), context).ok());
    const SyncPass counted = *passes.pass(pass).value();
    QCOMPARE(counted.pages, qint64(2));
    QCOMPARE(counted.records, qint64(8));
    QCOMPARE(counted.inserted, qint64(4));
    QCOMPARE(counted.lastPageAt, s.clock().nowUtc());

    auto contactsPass = passes.beginPass(kContactsPass).value().id;
    context.passId = contactsPass; // not a messages pass
    QVERIFY(!messages.writeMessagesPage(kChat, fixturePage(), context).ok());
}

void tst_MessageRepository::readsForTheSync()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    const qint64 pass = SyncPassRepository(s.db()).beginPass(kContactsPass).value().id;
    api::Contact older = test::makeContact(QStringLiteral("chat_old"));
    older.createdAt = test::utc(QStringLiteral("2025-01-01T00:00:00Z"));
    api::Contact newer = test::makeContact(QStringLiteral("chat_new"));
    newer.createdAt = test::utc(QStringLiteral("2026-02-01T00:00:00Z"));
    QVERIFY(ContactRepository(s.db())
                .writeContactsPage(pass, {older, newer, test::makeContact(QStringLiteral("chat_read"))})
                .ok());

    MessageRepository messages(s.db());
    const QDateTime before = s.clock().nowUtc();
    QVERIFY(messages.writeMessagesPage(QStringLiteral("chat_read"), {makeMessage(QStringLiteral("r1"), at(10))}).ok());
    QVERIFY(messages
                .writeMessagesPage(QStringLiteral("chat_busy"), {makeMessage(QStringLiteral("b1"), at(50)),
                                                                 makeMessage(QStringLiteral("b2"), at(40))})
                .ok());
    s.clock().advanceMs(60000);
    const QDateTime later = s.clock().nowUtc();
    QVERIFY(messages.writeMessagesPage(QStringLiteral("chat_quiet"), {makeMessage(QStringLiteral("q1"), at(5))}).ok());
    QVERIFY(messages.writeMessagesPage(QStringLiteral("chat_read"), {makeMessage(QStringLiteral("r1"), at(10))}).ok());

    QCOMPARE(messages.knownMessageIds(QStringLiteral("chat_busy")).value(),
             (QSet<QString>{QStringLiteral("b1"), QStringLiteral("b2")}));
    QVERIFY(messages.knownMessageIds(QStringLiteral("chat_none")).value().isEmpty());

    QStringList byActivity;
    const QList<ChatSyncState> active = messages.chatsByLastActivity(10).value();
    for (const ChatSyncState& state : active)
        byActivity << state.chatId;
    QCOMPARE(byActivity,
             (QStringList{QStringLiteral("chat_busy"), QStringLiteral("chat_read"), QStringLiteral("chat_quiet")}));
    QCOMPARE(messages.chatsByLastActivity(1).value().size(), 1);

    // Never read: living contacts without a messages page, newest contacts first.
    QCOMPARE(messages.chatsNeverRead(10).value(),
             (QStringList{QStringLiteral("chat_new"), QStringLiteral("chat_old")}));
    QVERIFY(ContactRepository(s.db()).markContactGone(QStringLiteral("chat_new"), later).value());
    QCOMPARE(messages.chatsNeverRead(10).value(), QStringList{QStringLiteral("chat_old")});

    // Changed since: the repeat of r1 changed nothing, so chat_read is not among the later changes.
    QCOMPARE(messages.chatsChangedSince(later).value(), QStringList{QStringLiteral("chat_quiet")});
    QCOMPARE(messages.chatsChangedSince(before).value().size(), 3);
}

void tst_MessageRepository::bulkLoadThroughput()
{
    TempStore s;
    QVERIFY(!s.open().isError());
    MessageRepository messages(s.db());
    constexpr int kChats = 2000;
    constexpr int kPerPage = 100;
    const QDateTime start = test::utc(QStringLiteral("2025-06-01T00:00:00Z"));

    // Pages are built before timing so the figure is the store's, not the test's.
    QList<QList<api::Message>> pages;
    pages.reserve(kChats);
    for (int chat = 0; chat < kChats; ++chat) {
        QList<api::Message> page;
        page.reserve(kPerPage);
        for (int i = 0; i < kPerPage; ++i) {
            // WhatsApp ids carry no order: hash them so the index sees production's scatter.
            const QByteArray seed = QByteArray::number(chat) + '.' + QByteArray::number(i);
            const QString id = QStringLiteral("wamid.") +
                               QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toBase64());
            api::Message m = makeMessage(id, start.addSecs(qint64(chat) * 7 + qint64(i) * 60),
                                         i % 3 == 0 ? QStringLiteral("outbound") : QStringLiteral("inbound"),
                                         i % 3 == 0 ? QStringLiteral("delivered") : QStringLiteral("received"));
            if (i % 10 == 0)
                m.type = QStringLiteral("template");
            page << m;
        }
        pages << page;
    }

    // Wall time is what a user waits; CPU time says what one core does when the machine is shared.
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (int chat = 0; chat < kChats; ++chat) {
        MessagesPageContext context;
        context.progress.checkpoint = {QStringLiteral("bulk.chat"), QString::number(chat)};
        auto written = messages.writeMessagesPage(QStringLiteral("chat_%1").arg(chat), pages[chat], context);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(written.value().inserted, kPerPage);
    }
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());
    const qint64 cpuMs = std::max<qint64>(1, qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
    const qint64 total = qint64(kChats) * kPerPage;
    qDebug().noquote() << QStringLiteral("bulk load: %1 messages in %2 ms = %3 messages/s (CPU %4 ms = %5 "
                                         "messages/s per core; pages of %6, one transaction per page)")
                              .arg(total)
                              .arg(elapsedMs)
                              .arg(total * 1000 / elapsedMs)
                              .arg(cpuMs)
                              .arg(total * 1000 / cpuMs)
                              .arg(kPerPage);

    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM messages")), total);
    QCOMPARE(test::scalar(s.db(), QStringLiteral("SELECT count(DISTINCT chat_id) FROM messages")), qint64(kChats));
    QCOMPARE(messages.chatState(QStringLiteral("chat_1999")).value()->messageCount, qint64(kPerPage));
    QCOMPARE(CheckpointRepository(s.db()).value(QStringLiteral("bulk.chat")).value().value_or(QString()),
             QString::number(kChats - 1));
    QVERIFY(!s.db().integrityCheck().isError());
}

QTEST_GUILESS_MAIN(tst_MessageRepository)
#include "tst_MessageRepository.moc"
