#include "core/sync/SyncPlanner.h"

#include <QTest>

using namespace crmlens;
using namespace crmlens::sync;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795608000, Qt::UTC);

ChatFacts neverRead(const QString& id, qint64 createdDaysAgo)
{
    ChatFacts f;
    f.chatId = id;
    f.createdAt = kNow.addDays(-createdDaysAgo);
    return f;
}

ChatFacts read(const QString& id, qint64 readHoursAgo, qint64 newestHoursAgo)
{
    ChatFacts f;
    f.chatId = id;
    f.createdAt = kNow.addDays(-100);
    f.lastReadAt = kNow.addSecs(-readHoursAgo * 3600);
    f.newestMessageAt = kNow.addSecs(-newestHoursAgo * 3600);
    f.historyComplete = true;
    return f;
}

WorkItem work(WorkKind kind, int page = 0, const QString& id = QString())
{
    WorkItem item;
    item.kind = kind;
    item.page = page;
    item.id = id;
    return item;
}

QStringList drain(SyncPlanner& planner)
{
    QStringList order;
    while (auto item = planner.next()) {
        QString label = workKindName(item->kind);
        if (item->page > 0)
            label += QStringLiteral(" %1").arg(item->page);
        if (!item->id.isEmpty())
            label += QStringLiteral(" ") + item->id;
        if (item->focus)
            label += QStringLiteral(" !");
        order << label;
    }
    return order;
}

} // namespace

class tst_SyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiers_data();
    void tiers();
    void chatsAreOrderedByValue();
    void structureComesBeforeChatsAndContinuationsBeforeNewChats();
    void focusGoesFirstAndIsSentAhead();
    void focusKindPromotesStructure();
    void rankingAgainReplacesTheOldPlace();
    void removedChatsAreNotServed();
};

void tst_SyncPlanner::tiers_data()
{
    QTest::addColumn<ChatFacts>("facts");
    QTest::addColumn<int>("tier");

    QTest::newRow("never read") << neverRead(QStringLiteral("a"), 3) << int(ChatTier::NeverRead);
    ChatFacts interrupted = read(QStringLiteral("b"), 1, 1);
    interrupted.historyComplete = false;
    QTest::newRow("first read interrupted") << interrupted << int(ChatTier::NeverRead);
    QTest::newRow("message an hour ago") << read(QStringLiteral("c"), 5, 1) << int(ChatTier::Active);
    QTest::newRow("message 47 h ago") << read(QStringLiteral("d"), 5, 47) << int(ChatTier::Active);
    QTest::newRow("message 49 h ago") << read(QStringLiteral("e"), 5, 49) << int(ChatTier::Tail);
    ChatFacts changed = read(QStringLiteral("f"), 5, 500);
    changed.statusChanged = true;
    QTest::newRow("status changed in this pass") << changed << int(ChatTier::Active);
    ChatFacts pending = read(QStringLiteral("g"), 5, 500);
    pending.pendingOutbound = true;
    QTest::newRow("outbound status still moving") << pending << int(ChatTier::Active);
    QTest::newRow("quiet for months") << read(QStringLiteral("h"), 5, 2000) << int(ChatTier::Tail);
}

void tst_SyncPlanner::tiers()
{
    QFETCH(ChatFacts, facts);
    QFETCH(int, tier);
    SyncPlanner planner(48 * 3600);
    planner.setNow(kNow);
    QCOMPARE(int(planner.tierOf(facts)), tier);
    SyncFocus focus;
    focus.chatIds.insert(facts.chatId);
    planner.setFocus(focus);
    QCOMPARE(planner.tierOf(facts), ChatTier::Focus);
}

void tst_SyncPlanner::chatsAreOrderedByValue()
{
    SyncPlanner planner(48 * 3600);
    planner.setNow(kNow);
    planner.addChat(read(QStringLiteral("tail-read-long-ago"), 300, 900));
    planner.addChat(read(QStringLiteral("tail-read-recently"), 2, 900));
    planner.addChat(read(QStringLiteral("active-older"), 1, 30));
    planner.addChat(read(QStringLiteral("active-newest"), 1, 2));
    ChatFacts changed = read(QStringLiteral("active-status-changed"), 1, 900);
    changed.statusChanged = true;
    planner.addChat(changed);
    planner.addChat(neverRead(QStringLiteral("new-older"), 20));
    planner.addChat(neverRead(QStringLiteral("new-newest"), 1));
    ChatFacts unknownAge = neverRead(QStringLiteral("new-unknown-age"), 0);
    unknownAge.createdAt = QDateTime();
    planner.addChat(unknownAge);

    const QStringList expected = {QStringLiteral("new-newest"),         QStringLiteral("new-older"),
                                  QStringLiteral("new-unknown-age"),    QStringLiteral("active-status-changed"),
                                  QStringLiteral("active-newest"),      QStringLiteral("active-older"),
                                  QStringLiteral("tail-read-long-ago"), QStringLiteral("tail-read-recently")};
    QCOMPARE(planner.chatOrder(), expected);
    QCOMPARE(planner.chatCount(ChatTier::NeverRead), 3);
    QCOMPARE(planner.chatCount(ChatTier::Active), 3);
    QCOMPARE(planner.chatCount(ChatTier::Tail), 2);

    QStringList served;
    while (auto item = planner.next()) {
        QCOMPARE(item->kind, WorkKind::ChatMessages);
        QCOMPARE(item->page, 1);
        QVERIFY(!item->focus);
        served << item->id;
    }
    QCOMPARE(served, expected);
    QVERIFY(planner.isEmpty());
}

void tst_SyncPlanner::structureComesBeforeChatsAndContinuationsBeforeNewChats()
{
    SyncPlanner planner;
    planner.setNow(kNow);
    planner.addChat(neverRead(QStringLiteral("c1"), 1));
    planner.addStructural(work(WorkKind::FieldDefinitions));
    planner.addStructural(work(WorkKind::ContactsPage, 1));
    planner.addStructural(work(WorkKind::CampaignsPage, 1));
    planner.addContinuation(work(WorkKind::ChatMessages, 2, QStringLiteral("c0")));
    planner.addStructural(work(WorkKind::CampaignReport, 0, QStringLiteral("camp_1")));
    planner.addChat(neverRead(QStringLiteral("c2"), 2));

    const QStringList expected = {QStringLiteral("custom field definitions"), QStringLiteral("contacts page 1"),
                                  QStringLiteral("campaigns page 1"),         QStringLiteral("campaign report camp_1"),
                                  QStringLiteral("chat messages 2 c0"),       QStringLiteral("chat messages 1 c1"),
                                  QStringLiteral("chat messages 1 c2")};
    QCOMPARE(drain(planner), expected);
}

void tst_SyncPlanner::focusGoesFirstAndIsSentAhead()
{
    SyncPlanner planner;
    planner.setNow(kNow);
    planner.addStructural(work(WorkKind::ContactsPage, 3));
    planner.addChat(neverRead(QStringLiteral("new"), 1));
    planner.addChat(read(QStringLiteral("looked-at"), 500, 5000));
    planner.addContinuation(work(WorkKind::ChatMessages, 2, QStringLiteral("other")));
    planner.addContinuation(work(WorkKind::ChatMessages, 4, QStringLiteral("looked-at-too")));

    SyncFocus focus;
    focus.chatIds = {QStringLiteral("looked-at"), QStringLiteral("looked-at-too")};
    planner.setFocus(focus);

    const QStringList expected = {QStringLiteral("chat messages 4 looked-at-too !"),
                                  QStringLiteral("chat messages 1 looked-at !"), QStringLiteral("contacts page 3"),
                                  QStringLiteral("chat messages 2 other"), QStringLiteral("chat messages 1 new")};
    QCOMPARE(drain(planner), expected);
}

void tst_SyncPlanner::focusKindPromotesStructure()
{
    SyncPlanner planner;
    planner.setNow(kNow);
    planner.addStructural(work(WorkKind::ContactsPage, 2));
    planner.addStructural(work(WorkKind::CampaignReport, 0, QStringLiteral("camp_9")));
    planner.addStructural(work(WorkKind::ChatCustomFields, 0, QStringLiteral("chat_1")));
    SyncFocus focus;
    focus.kind = SyncFocus::Kind::Campaigns;
    planner.setFocus(focus);
    QCOMPARE(drain(planner), (QStringList{QStringLiteral("campaign report camp_9 !"), QStringLiteral("contacts page 2"),
                                          QStringLiteral("chat custom fields chat_1")}));

    planner.addStructural(work(WorkKind::CampaignsPage, 1));
    planner.addStructural(work(WorkKind::ChatCustomFields, 0, QStringLiteral("chat_2")));
    focus.kind = SyncFocus::Kind::Contacts;
    planner.setFocus(focus);
    QCOMPARE(drain(planner),
             (QStringList{QStringLiteral("chat custom fields chat_2 !"), QStringLiteral("campaigns page 1")}));
}

void tst_SyncPlanner::rankingAgainReplacesTheOldPlace()
{
    SyncPlanner planner;
    planner.setNow(kNow);
    planner.addChat(read(QStringLiteral("a"), 10, 1000));
    planner.addChat(read(QStringLiteral("b"), 20, 1000));
    QCOMPARE(planner.chatOrder(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    ChatFacts a = read(QStringLiteral("a"), 10, 1000);
    a.statusChanged = true;
    planner.addChat(a);
    QCOMPARE(planner.chatCount(), 2);
    QCOMPARE(planner.chatOrder(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void tst_SyncPlanner::removedChatsAreNotServed()
{
    SyncPlanner planner;
    planner.setNow(kNow);
    planner.addChat(neverRead(QStringLiteral("gone"), 1));
    planner.addChat(neverRead(QStringLiteral("kept"), 2));
    QVERIFY(planner.removeChat(QStringLiteral("gone")));
    QVERIFY(!planner.removeChat(QStringLiteral("gone")));
    QVERIFY(!planner.hasChat(QStringLiteral("gone")));
    QCOMPARE(drain(planner), QStringList{QStringLiteral("chat messages 1 kept")});
}

QTEST_GUILESS_MAIN(tst_SyncPlanner)
#include "tst_SyncPlanner.moc"
