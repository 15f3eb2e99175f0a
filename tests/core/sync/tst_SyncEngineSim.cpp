#include "SyncTestRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace crmlens;
using namespace crmlens::test;

// The sync engine against the simulator without faults: two syncs with time moving in between
// leave the store equal to the CRM, the first one spending exactly the requests the data needs;
// a cancelled round leaves a consistent store and the next one continues without reading a page
// twice; the focus is read first; watch rounds follow the cadence.
namespace {

int pagesFor(qint64 records, int pageSize)
{
    return int(std::max<qint64>(1, (records + pageSize - 1) / pageSize));
}

// What a first sync of the dump's workspace needs at the least, per endpoint.
struct Minimum
{
    int contactPages = 0;
    int campaignPages = 0;
    int reports = 0;
    int chats = 0;
    int extraMessagePages = 0;

    int messages() const { return chats + extraMessagePages; }
};

Minimum minimumFor(const QJsonObject& dump)
{
    Minimum m;
    const QJsonArray contacts = dump.value(QLatin1String("contacts")).toArray();
    const QJsonArray campaigns = dump.value(QLatin1String("campaigns")).toArray();
    m.contactPages = pagesFor(contacts.size(), 100);
    m.campaignPages = pagesFor(campaigns.size(), 100);
    m.reports = int(campaigns.size());
    m.chats = int(contacts.size());
    for (const QJsonValue& c : contacts)
        m.extraMessagePages += pagesFor(c.toObject().value(QLatin1String("messages")).toArray().size(), 100) - 1;
    return m;
}

void printCounts(const char* label, RecordingTransport& t, const sync::SyncSummary& s)
{
    qInfo("%s: %d requests (%s %d, %s %d, %s %d, %s %d, %s %d, %s %d, %s %d) in %.2f s; %lld chats read, "
          "%lld messages added, %lld updated, contacts +%lld ~%lld -%lld; mean answer time %.1f ms",
          label, t.sent(), qPrintable(endpointName(Endpoint::Contacts)), t.sent(Endpoint::Contacts),
          qPrintable(endpointName(Endpoint::Messages)), t.sent(Endpoint::Messages),
          qPrintable(endpointName(Endpoint::ChatFields)), t.sent(Endpoint::ChatFields),
          qPrintable(endpointName(Endpoint::Definitions)), t.sent(Endpoint::Definitions),
          qPrintable(endpointName(Endpoint::Campaigns)), t.sent(Endpoint::Campaigns),
          qPrintable(endpointName(Endpoint::Report)), t.sent(Endpoint::Report),
          qPrintable(endpointName(Endpoint::Search)), t.sent(Endpoint::Search), s.seconds, s.chatsRead, s.messagesAdded,
          s.messagesUpdated, s.contactsAdded, s.contactsChanged, s.contactsDeleted, t.meanLatencyMs());
}

// Messages of the living contacts (the dump's count also holds those of contacts deleted before
// the first sync, which no client can read).
qint64 messagesOf(const QJsonObject& dump)
{
    qint64 n = 0;
    for (const QJsonValue& c : dump.value(QLatin1String("contacts")).toArray())
        n += c.toObject().value(QLatin1String("messages")).toArray().size();
    return n;
}

QSet<QString> ids(const QJsonArray& contacts)
{
    QSet<QString> set;
    for (const QJsonValue& c : contacts)
        set.insert(c.toObject().value(QLatin1String("chat_id")).toString());
    return set;
}

} // namespace

Q_DECLARE_METATYPE(crmlens::sim::Tenant)

class tst_SyncEngineSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSyncsMatchTheCrm_data();
    void twoSyncsMatchTheCrm();
    void cancelledRoundContinuesWithoutRereading_data();
    void cancelledRoundContinuesWithoutRereading();
    void customFieldsLeftOutOfTheListAreReadPerChat();
    void focusIsReadFirst();
    void watchRoundsFollowTheCadence();
    void keepsThePaceUnderARateLimit();
};

void tst_SyncEngineSim::twoSyncsMatchTheCrm_data()
{
    QTest::addColumn<sim::Tenant>("tenant");
    QTest::addColumn<int>("lag");
    QTest::newRow("chatnation") << sim::Tenant::ChatNation << 0;
    QTest::newRow("voll, messages listed 30-60 s late") << sim::Tenant::Voll << 60;
}

void tst_SyncEngineSim::twoSyncsMatchTheCrm()
{
    QFETCH(sim::Tenant, tenant);
    QFETCH(int, lag);
    RigOptions options;
    options.tenant = tenant;
    options.contacts = 400;
    options.lagMinSecs = lag / 2;
    options.lagMaxSecs = lag;
    SyncRig rig(options);
    QVERIFY(rig.isListening());

    // --- first sync: everything, and not one request more than the data needs ---
    const SyncRun first = rig.sync();
    QVERIFY(first.stopped);
    QVERIFY2(!first.failure, first.failure ? qPrintable(first.failure->message) : "");
    QVERIFY(first.summary);
    printCounts("first sync", rig.transport(), *first.summary);
    for (const QString& w : first.warnings)
        qInfo("warning: %s", qPrintable(w));
    QVERIFY(first.summary->complete);
    QVERIFY(first.summary->contactsPassComplete);
    QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
    QVERIFY2(rig.consistencyProblems().isEmpty(), qPrintable(rig.consistencyProblems().join(QLatin1Char('\n'))));

    const QJsonObject before = rig.dump();
    const Minimum min = minimumFor(before);
    RecordingTransport& t = rig.transport();
    QCOMPARE(t.sent(Endpoint::Definitions), 1);
    QCOMPARE(t.sent(Endpoint::Contacts), min.contactPages);
    QCOMPARE(t.sent(Endpoint::Campaigns), min.campaignPages);
    QCOMPARE(t.sent(Endpoint::Report), min.reports);
    QCOMPARE(t.sent(Endpoint::Messages), min.messages());
    QCOMPARE(t.sent(Endpoint::ChatFields), t.contactsWithoutFields()); // only for contacts listed without them
    QCOMPARE(t.sent(Endpoint::Search), 0);
    const int minimum =
        1 + min.contactPages + min.campaignPages + min.reports + min.messages() + t.contactsWithoutFields();
    QCOMPARE(t.sent(), minimum);
    QCOMPARE(first.summary->requests, qint64(minimum));
    QCOMPARE(first.summary->retries, qint64(0));
    QCOMPARE(first.summary->chatsRead, qint64(min.chats));
    QCOMPARE(first.summary->contactsAdded, qint64(min.chats));
    QVERIFY(first.summary->messagesAdded > 0);
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM messages")), messagesOf(before));

    // --- time moves: new, changed and deleted contacts, new messages, status upgrades ---
    const qint64 hours = 20;
    QVERIFY(rig.advance(hours * 3600));
    const QJsonObject after = rig.dump();
    const QSet<QString> aliveBefore = ids(before.value(QLatin1String("contacts")).toArray());
    const QSet<QString> aliveAfter = ids(after.value(QLatin1String("contacts")).toArray());
    const qint64 added = (aliveAfter - aliveBefore).size();
    const qint64 deleted = (aliveBefore - aliveAfter).size();
    const qint64 newMessages =
        after.value(QLatin1String("counts")).toObject().value(QLatin1String("messages")).toInteger() -
        before.value(QLatin1String("counts")).toObject().value(QLatin1String("messages")).toInteger();
    qInfo("after %lld h: %lld contacts added, %lld deleted, %lld new messages", hours, added, deleted, newMessages);
    QVERIFY2(added > 0 && deleted > 0 && newMessages > 0, "the simulator should have moved");
    QVERIFY2(!rig.differences().isEmpty(), "the store should be behind the CRM now");

    // --- second sync: the store catches up exactly ---
    t.reset();
    const SyncRun second = rig.sync();
    QVERIFY(second.stopped);
    QVERIFY2(!second.failure, second.failure ? qPrintable(second.failure->message) : "");
    printCounts("second sync", t, *second.summary);
    for (const QString& w : second.warnings)
        qInfo("warning: %s", qPrintable(w));
    QVERIFY(second.summary->complete);
    diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
    QVERIFY2(rig.consistencyProblems().isEmpty(), qPrintable(rig.consistencyProblems().join(QLatin1Char('\n'))));
    QCOMPARE(second.summary->contactsAdded, added);
    QCOMPARE(second.summary->contactsDeleted, deleted);
    QVERIFY(second.summary->messagesAdded >= newMessages);
    QVERIFY(second.summary->messagesUpdated > 0); // status upgrades landed
    // One read per living chat, one check per contact gone; further pages only where needed.
    QCOMPARE(t.sent(Endpoint::Contacts), pagesFor(aliveAfter.size(), 100));
    QVERIFY(t.sent(Endpoint::Messages) >= aliveAfter.size() + deleted);
    QVERIFY2(t.sent(Endpoint::Messages) <= (aliveAfter.size() + deleted) * 105 / 100,
             qPrintable(QString::number(t.sent(Endpoint::Messages))));
    QCOMPARE(t.sent(Endpoint::Definitions), 0); // read daily, not every round

    // History and deletions carry the start of the pass that saw them.
    const qint64 passStart = rig.scalar(QStringLiteral("SELECT max(started_at) FROM sync_passes WHERE kind = "
                                                       "'contacts' AND complete = 1"));
    QVERIFY(rig.scalar(QStringLiteral("SELECT count(*) FROM contact_history")) > 0);
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contact_history WHERE changed_at <> %1").arg(passStart)),
             qint64(0));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at = %1").arg(passStart)), deleted);
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contact_deletions WHERE reason = "
                                       "'missing_from_complete_pass'")),
             deleted);
}

void tst_SyncEngineSim::cancelledRoundContinuesWithoutRereading_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("cancelAfter");
    QTest::newRow("in the contacts pass") << int(Endpoint::Contacts) << 2;
    QTest::newRow("among the chats") << int(Endpoint::Messages) << 150;
}

void tst_SyncEngineSim::cancelledRoundContinuesWithoutRereading()
{
    QFETCH(int, endpoint);
    QFETCH(int, cancelAfter);
    RigOptions options;
    options.contacts = 350;
    options.messagesPerContact = 30; // long histories: first reads of several pages get interrupted
    SyncRig rig(options);
    QVERIFY(rig.isListening());

    int answers = 0;
    rig.transport().afterAnswer = [&](const QUrl& url, const api::HttpResponse&) {
        if (int(endpointOf(url)) == endpoint && ++answers == cancelAfter)
            QMetaObject::invokeMethod(&rig.engine(), &sync::SyncEngine::cancel, Qt::QueuedConnection);
    };
    const SyncRun cancelled = rig.sync();
    QVERIFY(cancelled.stopped);
    QVERIFY(cancelled.summary);
    QVERIFY(cancelled.summary->cancelled);
    QVERIFY(!cancelled.summary->complete);
    QVERIFY2(rig.consistencyProblems().isEmpty(), qPrintable(rig.consistencyProblems().join(QLatin1Char('\n'))));
    QVERIFY(!rig.differences().isEmpty());
    const QList<QString> beforeRestart = rig.transport().answeredOk();
    qInfo("cancelled after %d answers, %lld messages stored", int(beforeRestart.size()),
          rig.scalar(QStringLiteral("SELECT count(*) FROM messages")));

    // A new process on the same file: the round continues from its checkpoints.
    rig.transport().afterAnswer = nullptr;
    rig.restart();
    const SyncRun resumed = rig.sync();
    QVERIFY(resumed.stopped);
    QVERIFY2(!resumed.failure, resumed.failure ? qPrintable(resumed.failure->message) : "");
    QVERIFY(resumed.summary->complete);
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
    QVERIFY2(rig.consistencyProblems().isEmpty(), qPrintable(rig.consistencyProblems().join(QLatin1Char('\n'))));

    // One round, one contacts pass, and no page read twice across the two runs.
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'messages'")), qint64(1));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'contacts'")), qint64(1));
    const QList<QString> all = rig.transport().answeredOk();
    QSet<QString> seen;
    QStringList twice;
    for (const QString& url : all) {
        if (seen.contains(url))
            twice << url;
        seen.insert(url);
    }
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QLatin1Char('\n'))));
    qInfo("resumed run: %lld requests, %d pages answered in both runs", resumed.summary->requests, int(all.size()));
}

void tst_SyncEngineSim::customFieldsLeftOutOfTheListAreReadPerChat()
{
    RigOptions options;
    options.contacts = 220;
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    // A tenant whose contact list never carries custom fields.
    rig.transport().rewrite = [](const QUrl& url, api::HttpResponse& response) {
        if (endpointOf(url) != Endpoint::Contacts || response.status != 200)
            return;
        QJsonObject root = QJsonDocument::fromJson(response.body).object();
        QJsonArray data = root.value(QLatin1String("data")).toArray();
        for (qsizetype i = 0; i < data.size(); ++i) {
            QJsonObject record = data[i].toObject();
            record.remove(QLatin1String("custom_fields"));
            data[i] = record;
        }
        root.insert(QLatin1String("data"), data);
        response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    };

    const SyncRun first = rig.sync();
    QVERIFY(first.summary->complete);
    const qint64 alive = rig.dump().value(QLatin1String("contacts")).toArray().size();
    QCOMPARE(rig.transport().sent(Endpoint::ChatFields), int(alive));
    QCOMPARE(first.summary->chatCustomFieldsRead, alive);
    QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));

    // Later rounds read them again only for new contacts and contacts that changed.
    QVERIFY(rig.advance(20 * 3600));
    rig.transport().reset();
    const SyncRun second = rig.sync();
    QVERIFY(second.summary->complete);
    qInfo("second round: %d custom field reads for %lld new and %lld changed contacts",
          rig.transport().sent(Endpoint::ChatFields), second.summary->contactsAdded, second.summary->contactsChanged);
    QVERIFY(rig.transport().sent(Endpoint::ChatFields) >= second.summary->contactsAdded);
    QVERIFY(rig.transport().sent(Endpoint::ChatFields) <=
            second.summary->contactsAdded + second.summary->contactsChanged);
    QVERIFY(rig.transport().sent(Endpoint::ChatFields) < alive / 2);
    diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void tst_SyncEngineSim::focusIsReadFirst()
{
    RigOptions options;
    options.contacts = 250;
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    QVERIFY(rig.sync().summary->complete);

    // The oldest contacts: without a focus, read last among the quiet chats.
    const QJsonArray contacts = rig.dump().value(QLatin1String("contacts")).toArray();
    sync::SyncFocus focus;
    for (qsizetype i = contacts.size() - 3; i < contacts.size(); ++i)
        focus.chatIds.insert(contacts[i].toObject().value(QLatin1String("chat_id")).toString());
    rig.engine().setFocus(focus);
    rig.transport().reset();
    QVERIFY(rig.advance(600));
    const SyncRun run = rig.sync();
    QVERIFY(run.summary->complete);
    const QList<QString> sent = rig.transport().sentUrls();
    QVERIFY(sent.size() > 3);
    for (int i = 0; i < 3; ++i) {
        const QString chat = sent[i].section(QLatin1Char('/'), 3, 3);
        QVERIFY2(sent[i].contains(QLatin1String("/messages")) && focus.chatIds.contains(chat), qPrintable(sent[i]));
    }
}

void tst_SyncEngineSim::watchRoundsFollowTheCadence()
{
    RigOptions options;
    options.contacts = 200;
    options.settings.messagesIntervalSecs = 0; // the next round at once
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    int contactPagesInRoundTwo = -1;
    int messagesInRoundTwo = -1;
    int roundsSeen = 0;
    QObject::connect(&rig.engine(), &sync::SyncEngine::finished, &rig.engine(), [&](const sync::SyncSummary&) {
        if (++roundsSeen == 1) {
            rig.transport().reset();
        } else if (roundsSeen == 2) {
            contactPagesInRoundTwo = rig.transport().sent(Endpoint::Contacts);
            messagesInRoundTwo = rig.transport().sent(Endpoint::Messages);
        }
    });
    sync::SyncOptions watch;
    watch.watch = true;
    watch.maxRounds = 2;
    const SyncRun run = rig.sync(watch);
    QVERIFY(run.stopped);
    QCOMPARE(run.rounds, 2);
    QVERIFY(run.summary->complete);
    // The contacts pass is due every 15 minutes, not on every round; every chat is read each round.
    QCOMPARE(contactPagesInRoundTwo, 0);
    QCOMPARE(messagesInRoundTwo, int(rig.dump().value(QLatin1String("contacts")).toArray().size()));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'contacts'")), qint64(1));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'messages' AND complete = 1")),
             qint64(2));
}

void tst_SyncEngineSim::keepsThePaceUnderARateLimit()
{
    // The CRM allows 1,200 requests a minute. The pipeline keeps the client's pacer fed, so the
    // rate it reaches is the pacer's own (it aims a few percent below the limit); the figures are
    // printed, not asserted, since they depend on the machine's load.
    RigOptions options;
    options.contacts = 350;
    options.rateLimitPerMinute = 1200;
    SyncRig rig(options);
    QVERIFY(rig.isListening());
    const SyncRun run = rig.sync();
    QVERIFY(run.summary);
    QVERIFY(run.summary->complete);
    QCOMPARE(run.summary->rateLimited, qint64(0)); // paced, never refused
    QCOMPARE(run.summary->retries, qint64(0));
    const double perMinute = double(run.summary->requests) / run.summary->seconds * 60.0;
    qInfo("rate limited first sync: %lld requests in %.1f s = %.0f per minute, %.1f%% of the 1200 allowed",
          run.summary->requests, run.summary->seconds, perMinute, perMinute / 12.0);
    const QList<qint64>& at = rig.transport().sentAtMs();
    qint64 late = 0;
    int lateSends = 0;
    for (qsizetype i = 1; i < at.size(); ++i) {
        const qint64 gap = at[i] - at[i - 1];
        if (gap > 52) {
            late += gap - 52;
            ++lateSends;
        }
    }
    qInfo("sends: %d over %lld ms; %d gaps longer than the pacer's 52 ms add %lld ms", int(at.size()),
          at.isEmpty() ? 0 : at.last() - at.first(), lateSends, late);
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_SyncEngineSim)
#include "tst_SyncEngineSim.moc"
