#include "SyncTestRig.h"

#include "core/store/StoreErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace crmlens;
using namespace crmlens::test;

// What a round does when something it cannot retry away goes wrong: a rejected key, a contacts
// page that keeps failing, a chat that answers NOT_FOUND, a full disk. In every case the store
// stays consistent, nothing is deleted on incomplete evidence, and the next round completes.
namespace {

RigOptions smallWorkspace()
{
    RigOptions options;
    options.contacts = 260;
    options.seed = 11;
    return options;
}

api::HttpResponse jsonAnswer(int status, const QByteArray& body)
{
    api::HttpResponse response;
    response.status = status;
    response.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    response.body = body;
    return response;
}

qint64 deletedContacts(SyncRig& rig)
{
    return rig.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL"));
}

} // namespace

class tst_SyncEngineErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectedKeyStopsTheRoundAndDeletesNothing();
    void contactsPassFailingMidwayDeletesNothing();
    void failingChatStaysUnreadForTheNextRound();
    void notFoundMessagesMarkTheContactGone();
    void malformedRecordsAreLoggedCountedAndHoldDeletions();
    void fullDiskStopsCleanly();
};

void tst_SyncEngineErrors::rejectedKeyStopsTheRoundAndDeletesNothing()
{
    SyncRig rig(smallWorkspace());
    QVERIFY(rig.isListening());
    QVERIFY(rig.sync().summary->complete);
    QVERIFY(rig.advance(30 * 3600));
    const qint64 deletedBefore = deletedContacts(rig);

    rig.restart(QByteArrayLiteral("not-the-key"));
    rig.transport().reset();
    const SyncRun run = rig.sync();
    QVERIFY(run.stopped);
    QVERIFY(run.failure.has_value());
    QVERIFY(!run.summary.has_value());
    QCOMPARE(run.failure->kind, Error::Kind::Unauthorized);
    QCOMPARE(run.failure->httpStatus, 401);
    QVERIFY2(run.failure->message.contains(QLatin1String("API key was rejected")), qPrintable(run.failure->message));
    QVERIFY(!run.failure->message.contains(QLatin1String("not-the-key")));
    QCOMPARE(deletedContacts(rig), deletedBefore);
    // The round stopped at once instead of trying every chat with a key that cannot work.
    QVERIFY2(rig.transport().sent() < 20, qPrintable(QString::number(rig.transport().sent())));
    QVERIFY(rig.consistencyProblems().isEmpty());

    rig.restart();
    const SyncRun again = rig.sync();
    QVERIFY(again.summary->complete);
    QVERIFY(deletedContacts(rig) > deletedBefore);
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void tst_SyncEngineErrors::contactsPassFailingMidwayDeletesNothing()
{
    SyncRig rig(smallWorkspace());
    QVERIFY(rig.isListening());
    QVERIFY(rig.sync().summary->complete);
    QVERIFY(rig.advance(30 * 3600));
    const qint64 deletedBefore = deletedContacts(rig);

    // Page 2 of the contacts list fails every time; the client gives up after its retries.
    rig.transport().intercept = [](const api::HttpRequest& request) -> std::optional<api::HttpResponse> {
        if (endpointOf(request.url) == Endpoint::Contacts && request.url.query().contains(QLatin1String("page=2&")))
            return jsonAnswer(503, QByteArrayLiteral(R"({"success":false,"title":"Service Unavailable"})"));
        return std::nullopt;
    };
    rig.transport().reset();
    const SyncRun run = rig.sync();
    QVERIFY(run.stopped);
    QVERIFY(!run.failure);
    QVERIFY(run.summary);
    QVERIFY(!run.summary->complete);
    QVERIFY(!run.summary->contactsPassComplete);
    QVERIFY(run.summary->failedRequests >= 1);
    QVERIFY(!run.warnings.isEmpty());
    // The pass deleted nobody; only chats whose messages endpoint answered NOT_FOUND are gone, and
    // those are gone in the CRM too.
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contact_deletions WHERE reason = "
                                       "'missing_from_complete_pass'")),
             qint64(0));
    QCOMPARE(deletedContacts(rig), deletedBefore + run.summary->contactsDeleted);
    for (const QString& d : rig.differences(100000))
        QVERIFY2(!d.contains(QLatin1String("marked deleted")), qPrintable(d));
    QVERIFY(run.summary->chatsRead > 0); // the rest of the round went on
    QVERIFY(rig.consistencyProblems().isEmpty());
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'contacts' AND finished_at IS "
                                       "NULL")),
             qint64(1));

    // Page 2 answers again: the next round continues the open pass with that one page.
    rig.transport().intercept = nullptr;
    rig.transport().reset();
    const SyncRun next = rig.sync();
    QVERIFY(next.summary->complete);
    QCOMPARE(rig.transport().sent(Endpoint::Contacts), 1);
    QVERIFY(deletedContacts(rig) > deletedBefore);
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void tst_SyncEngineErrors::failingChatStaysUnreadForTheNextRound()
{
    SyncRig rig(smallWorkspace());
    QVERIFY(rig.isListening());
    const QString failing = rig.dump()
                                .value(QLatin1String("contacts"))
                                .toArray()
                                .at(7)
                                .toObject()
                                .value(QLatin1String("chat_id"))
                                .toString();
    const QString path = QStringLiteral("/crm/chat/%1/messages").arg(failing);
    rig.transport().intercept = [path](const api::HttpRequest& request) -> std::optional<api::HttpResponse> {
        if (request.url.path() == path)
            return jsonAnswer(500, QByteArrayLiteral(R"({"success":false,"title":"Internal Server Error"})"));
        return std::nullopt;
    };
    const SyncRun run = rig.sync();
    QVERIFY(run.stopped);
    QVERIFY(!run.failure);
    QCOMPARE(run.summary->chatsFailed, qint64(1));
    QVERIFY(!run.summary->complete);
    QVERIFY(run.summary->contactsPassComplete); // a chat's failure is not the list's
    QVERIFY(!run.warnings.isEmpty());
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM chat_sync_state WHERE chat_id = '%1'").arg(failing)),
             qint64(0));
    // The round ended, incomplete: the next one is a new round that reads every chat again.
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM sync_passes WHERE kind = 'messages' AND finished_at IS "
                                       "NOT NULL AND complete = 0")),
             qint64(1));

    rig.transport().intercept = nullptr;
    const SyncRun next = rig.sync();
    QVERIFY(next.summary->complete);
    QCOMPARE(next.summary->chatsFailed, qint64(0));
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void tst_SyncEngineErrors::notFoundMessagesMarkTheContactGone()
{
    SyncRig rig(smallWorkspace());
    QVERIFY(rig.isListening());
    const QString victim = rig.dump()
                               .value(QLatin1String("contacts"))
                               .toArray()
                               .at(5)
                               .toObject()
                               .value(QLatin1String("chat_id"))
                               .toString();
    const QString path = QStringLiteral("/crm/chat/%1/messages").arg(victim);
    rig.transport().intercept = [path](const api::HttpRequest& request) -> std::optional<api::HttpResponse> {
        if (request.url.path() == path)
            return jsonAnswer(
                404, QByteArrayLiteral(R"({"success":false,"error":{"code":"NOT_FOUND","message":"Chat not found"}})"));
        return std::nullopt;
    };
    const SyncRun run = rig.sync();
    QVERIFY(run.stopped);
    QVERIFY(!run.failure);
    QCOMPARE(run.summary->contactsDeleted, qint64(1));
    QCOMPARE(run.summary->chatsFailed, qint64(0));
    QCOMPARE(run.summary->chatsRead, qint64(rig.dump().value(QLatin1String("contacts")).toArray().size() - 1));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contact_deletions WHERE reason = 'not_found'")),
             qint64(1));
    QCOMPARE(deletedContacts(rig), qint64(1));

    // The chat answers again and the list still has it: the next round restores it.
    rig.transport().intercept = nullptr;
    const SyncRun next = rig.sync();
    QVERIFY(next.summary->complete);
    QCOMPARE(next.summary->contactsRestored, qint64(1));
    QCOMPARE(deletedContacts(rig), qint64(0));
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void tst_SyncEngineErrors::malformedRecordsAreLoggedCountedAndHoldDeletions()
{
    SyncRig rig(smallWorkspace());
    QVERIFY(rig.isListening());
    const QJsonArray contacts = rig.dump().value(QLatin1String("contacts")).toArray();
    // A chat with a few messages (not the first contact of the list, whose record is damaged too).
    qsizetype chatIndex = 1;
    while (contacts.at(chatIndex).toObject().value(QLatin1String("messages")).toArray().size() < 3)
        ++chatIndex;
    const QString damagedChat = contacts.at(chatIndex).toObject().value(QLatin1String("chat_id")).toString();
    const QString messagesPath = QStringLiteral("/crm/chat/%1/messages").arg(damagedChat);
    // A tenant with two records that can never be read: the first contact of page 1 has no id,
    // and one message of one chat has none either.
    rig.transport().rewrite = [messagesPath](const QUrl& url, api::HttpResponse& response) {
        if (response.status != 200)
            return;
        QJsonObject root = QJsonDocument::fromJson(response.body).object();
        if (endpointOf(url) == Endpoint::Contacts && url.query().startsWith(QLatin1String("page=1&"))) {
            QJsonArray data = root.value(QLatin1String("data")).toArray();
            QJsonObject first = data.at(0).toObject();
            first.remove(QLatin1String("chat_id"));
            data[0] = first;
            root.insert(QLatin1String("data"), data);
        } else if (url.path() == messagesPath && url.query().startsWith(QLatin1String("page=1&"))) {
            QJsonObject data = root.value(QLatin1String("data")).toObject();
            QJsonArray messages = data.value(QLatin1String("messages")).toArray();
            QJsonObject first = messages.at(0).toObject();
            first.remove(QLatin1String("message_id"));
            messages[0] = first;
            data.insert(QLatin1String("messages"), messages);
            root.insert(QLatin1String("data"), data);
        } else {
            return;
        }
        response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    };

    const SyncRun first = rig.sync();
    QVERIFY(first.summary);
    QCOMPARE(first.summary->contactsSkipped, qint64(1));
    QCOMPARE(first.summary->messagesSkipped, qint64(1));
    QCOMPARE(first.summary->skipped, qint64(2));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM skipped_records")), qint64(2));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM skipped_records WHERE kind = 'contact'")), qint64(1));
    // Each damaged page was asked for again (the damage is often passing) before its readable part was kept.
    const int refetches = sync::SyncSettings{}.damagedPageRefetches;
    QCOMPARE(rig.transport().sent(Endpoint::Contacts), 3 + refetches);
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contacts")), qint64(contacts.size() - 1));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE chat_id = '%1'").arg(damagedChat)),
             qint64(contacts.at(chatIndex).toObject().value(QLatin1String("messages")).toArray().size() - 1));

    // Contacts go missing while a record of the list stays unreadable: the pass deletes nobody.
    QVERIFY(rig.advance(30 * 3600));
    const SyncRun second = rig.sync();
    QVERIFY(second.summary);
    QVERIFY(second.summary->deletionsHeld);
    QVERIFY(!second.summary->complete);
    QVERIFY(!second.warnings.isEmpty());
    QCOMPARE(rig.scalar(QStringLiteral("SELECT count(*) FROM contact_deletions WHERE reason = "
                                       "'missing_from_complete_pass'")),
             qint64(0));
    QVERIFY(rig.consistencyProblems().isEmpty());
}

void tst_SyncEngineErrors::fullDiskStopsCleanly()
{
    SyncRig rig(smallWorkspace());
    QVERIFY(rig.isListening());
    QVERIFY(rig.sync().summary->complete);
    QVERIFY(rig.advance(48 * 3600));

    // The file may not grow any more: the first write that needs a new page fails as a full disk.
    const qint64 pages = rig.scalar(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QSqlQuery limit(rig.db().connection());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const SyncRun run = rig.sync();
    QVERIFY(run.stopped);
    QVERIFY(run.failure.has_value());
    QVERIFY2(store::isDiskFullError(*run.failure), qPrintable(run.failure->message));
    QVERIFY(!run.summary.has_value());
    QVERIFY2(rig.consistencyProblems().isEmpty(), qPrintable(rig.consistencyProblems().join(QLatin1Char('\n'))));

    // Space again (a new connection has no page limit): the next run continues and completes.
    rig.restart();
    const SyncRun next = rig.sync();
    QVERIFY(next.summary->complete);
    const QStringList diffs = rig.differences();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_SyncEngineErrors)
#include "tst_SyncEngineErrors.moc"
