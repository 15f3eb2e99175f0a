// The drill-down window and its models: the rows of a result exactly, a transcript with every
// message in order, the states in between, and models that keep their invariants.
#include "ui/drilldown/DrillDownWindow.h"

#include "ui/drilldown/DrillDownContactModel.h"
#include "ui/drilldown/DrillDownMessageModel.h"
#include "ui/drilldown/TranscriptModel.h"
#include "ui/drilldown/TranscriptView.h"
#include "ui/models/KeyedTableModel.h"
#include "ui/theme/Theme.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace crmlens;
using namespace crmlens::ui;
using metrics::DrillDownContact;
using metrics::DrillDownMessage;
using metrics::DrillDownRequest;
using metrics::DrillDownResult;
using Target = DrillDownRequest::Target;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Africa/Nairobi"));

qint64 at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

DrillDownContact person(const QString& id, const QString& name, const QString& op = QStringLiteral("diego@acme.co"))
{
    DrillDownContact c;
    c.chatId = id;
    c.name = name;
    c.whatsappNumber = QStringLiteral("+2547120000") + id.right(2);
    c.status = QStringLiteral("open");
    c.operatorName = op;
    c.country = QStringLiteral("KE");
    c.lastActivityMs = at(QStringLiteral("2026-11-20T09:30:00Z"));
    return c;
}

DrillDownMessage message(const QString& chat, const QString& id, const QString& iso, bool inbound, const QString& text,
                         bool automated = false)
{
    DrillDownMessage m;
    m.chatId = chat;
    m.messageId = id;
    m.contactName = QStringLiteral("Amina Otieno");
    m.timestampMs = at(iso);
    m.direction = inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
    m.type = automated ? QStringLiteral("template") : QStringLiteral("text");
    m.status = inbound ? QStringLiteral("received") : QStringLiteral("read");
    m.text = text;
    m.automated = automated;
    m.operatorName = inbound || automated ? QString() : QStringLiteral("diego@acme.co");
    m.campaignId = automated ? QStringLiteral("camp_007") : QString();
    return m;
}

DrillDownResult contactsResult(const QList<DrillDownContact>& contacts)
{
    DrillDownResult r;
    r.request.target = Target::Operator;
    r.request.value = QStringLiteral("diego@acme.co");
    r.request.title = QStringLiteral("Chats assigned to diego@acme.co");
    r.query.period = metrics::Period{QDate(2026, 11, 1), QDate(2026, 12, 1)};
    r.query.zone = kZone;
    r.query.filter.country = QStringLiteral("KE");
    r.contacts = contacts;
    r.totalRows = contacts.size();
    r.figure = r.totalRows;
    return r;
}

QList<DrillDownContact> threePeople()
{
    return {person(QStringLiteral("chat_01"), QStringLiteral("Amina Otieno")),
            person(QStringLiteral("chat_02"), QStringLiteral("Brian Kip")),
            person(QStringLiteral("chat_03"), QString())};
}

QList<DrillDownMessage> conversation()
{
    const QString chat = QStringLiteral("chat_01");
    return {message(chat, QStringLiteral("m1"), QStringLiteral("2026-11-18T06:00:00Z"), false,
                    QStringLiteral("Karibu! Our November offers are here: 20% off every order this week."), true),
            message(chat, QStringLiteral("m2"), QStringLiteral("2026-11-18T07:12:00Z"), true,
                    QStringLiteral("Hello, is the offer valid for delivery to Kisumu?")),
            message(chat, QStringLiteral("m3"), QStringLiteral("2026-11-18T07:15:00Z"), false,
                    QStringLiteral("Yes, delivery to Kisumu takes two days and is free above KSh 2,000.")),
            message(chat, QStringLiteral("m4"), QStringLiteral("2026-11-19T16:40:00Z"), true,
                    QStringLiteral("Thank you. I ordered the blue one — when will it ship? Also can I change the "
                                   "address later if I am travelling that week?")),
            message(chat, QStringLiteral("m5"), QStringLiteral("2026-11-19T16:52:00Z"), false,
                    QStringLiteral("It ships tomorrow morning. Yes, reply here with the new address.")),
            message(chat, QStringLiteral("m6"), QStringLiteral("2026-11-20T09:30:00Z"), true, QString())};
}

DrillDownResult transcriptResult()
{
    DrillDownResult r;
    r.request.target = Target::Contact;
    r.request.value = QStringLiteral("chat_01");
    r.request.title = QStringLiteral("Conversation with Amina Otieno");
    r.query.period = metrics::Period{QDate(2026, 11, 1), QDate(2026, 12, 1)};
    r.query.zone = kZone;
    r.contacts = {person(QStringLiteral("chat_01"), QStringLiteral("Amina Otieno"))};
    r.messages = conversation();
    r.totalRows = r.messages.size();
    r.figure = r.totalRows;
    return r;
}

DrillDownResult messagesResult()
{
    DrillDownResult r;
    r.request.target = Target::PeakHour;
    r.request.hour = 10;
    r.request.title = QStringLiteral("Inbound messages at 10:00");
    r.query.period = metrics::Period{QDate(2026, 11, 1), QDate(2026, 12, 1)};
    r.query.zone = kZone;
    r.messages = conversation();
    r.messages[2].chatId = QStringLiteral("chat_02");
    r.messages[2].contactName = QStringLiteral("Brian Kip");
    r.totalRows = 40;
    r.figure = 40;
    r.truncated = true;
    return r;
}

QStringList keysOf(const QAbstractItemModel& model)
{
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys << model.index(r, 0).data(KeyedTableModel::KeyRole).toString();
    return keys;
}

} // namespace

class tst_DrillDownWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactModelKeepsItsInvariants();
    void messageModelKeepsItsInvariants();
    void transcriptModelHoldsEveryMessageInOrder();
    void showingContactsListsExactlyItsRows();
    void showingMessagesListsExactlyItsRowsAndSaysWhenCut();
    void searchNarrowsTheList();
    void aNewAnswerKeepsTheSelectedRow();
    void openingARowAsksForItsTranscript();
    void openingAMessageShowsItInItsChat();
    void failuresOfferToTryAgain();
    void copyAndCsvHoldTheShownRows();
    void bubblesSitOnTheirSide_data();
    void bubblesSitOnTheirSide();
};

void tst_DrillDownWindow::contactModelKeepsItsInvariants()
{
    DrillDownContactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContacts(threePeople(), kZone);
    QCOMPARE(keysOf(model),
             (QStringList{QStringLiteral("chat_01"), QStringLiteral("chat_02"), QStringLiteral("chat_03")}));
    QList<DrillDownContact> changed = {person(QStringLiteral("chat_04"), QStringLiteral("Chen")),
                                       person(QStringLiteral("chat_02"), QStringLiteral("Brian Kiprono")),
                                       person(QStringLiteral("chat_01"), QStringLiteral("Amina Otieno"))};
    changed[2].deleted = true;
    model.setContacts(changed, kZone);
    QCOMPARE(keysOf(model),
             (QStringList{QStringLiteral("chat_04"), QStringLiteral("chat_02"), QStringLiteral("chat_01")}));
    QCOMPARE(model.index(1, DrillDownContactModel::Name).data().toString(), QStringLiteral("Brian Kiprono"));
    QCOMPARE(model.index(2, DrillDownContactModel::Status).data().toString(), QStringLiteral("open (deleted)"));
    // No name: the number stands in.
    model.setContacts(threePeople(), kZone);
    QCOMPARE(model.index(2, DrillDownContactModel::Name).data().toString(), threePeople()[2].whatsappNumber);
    model.setContacts({}, kZone);
    QCOMPARE(model.rowCount(), 0);
}

void tst_DrillDownWindow::messageModelKeepsItsInvariants()
{
    DrillDownMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<DrillDownMessage> all = conversation();
    model.setMessages(all, kZone);
    QCOMPARE(model.rowCount(), int(all.size()));
    model.setMessages(all.mid(2), kZone);
    QCOMPARE(model.rowCount(), int(all.size() - 2));
    QCOMPARE(model.index(0, DrillDownMessageModel::Direction).data().toString(), QStringLiteral("Outbound"));
    model.setMessages(all, kZone);
    QCOMPARE(model.index(0, DrillDownMessageModel::Direction).data().toString(),
             QStringLiteral("Outbound (automated)"));
    // Times read in the workspace zone: 06:00 UTC is 09:00 in Nairobi.
    QVERIFY(model.index(0, DrillDownMessageModel::Time).data().toString().contains(QStringLiteral("09:00")) ||
            model.index(0, DrillDownMessageModel::Time).data().toString().contains(QStringLiteral("9:00")));
    QCOMPARE(model.index(5, DrillDownMessageModel::Text).data().toString(), QStringLiteral("(no text)"));
}

void tst_DrillDownWindow::transcriptModelHoldsEveryMessageInOrder()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<DrillDownMessage> all = conversation();
    model.setMessages(all, kZone);
    QStringList ids;
    int separators = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        if (i.data(TranscriptModel::KindRole).value<TranscriptModel::Kind>() == TranscriptModel::Kind::DaySeparator) {
            ++separators;
            continue;
        }
        ids << i.data(TranscriptModel::MessageIdRole).toString();
        QVERIFY(!i.data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m4"),
                               QStringLiteral("m5"), QStringLiteral("m6")}));
    QCOMPARE(separators, 3); // 18, 19 and 20 November in Nairobi
    QCOMPARE(model.data(model.index(1), TranscriptModel::MarkerRole).toString(), QStringLiteral("Campaign camp_007"));
    QVERIFY(model.data(model.index(2), TranscriptModel::MarkerRole).toString().isEmpty());
    QCOMPARE(model.rowOfMessage(QStringLiteral("m4")), 5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DrillDownWindow::showingContactsListsExactlyItsRows()
{
    DrillDownWindow window;
    QAbstractItemModelTester tester(window.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.showLoading(contactsResult({}).request);
    QCOMPARE(window.page(), DrillDownWindow::Page::Loading);
    window.showResult(contactsResult(threePeople()));
    QCOMPARE(window.page(), DrillDownWindow::Page::List);
    QCOMPARE(keysOf(*window.table()->model()),
             (QStringList{QStringLiteral("chat_01"), QStringLiteral("chat_02"), QStringLiteral("chat_03")}));
    QVERIFY2(window.countText().contains(QLatin1Char('3')), qPrintable(window.countText()));
    QVERIFY(window.filtersText().contains(QStringLiteral("country: KE")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Chats assigned to diego@acme.co")));

    window.showResult(contactsResult({}));
    QCOMPARE(window.table()->model()->rowCount(), 0);
    QVERIFY(window.countText().contains(QLatin1Char('0')));
}

void tst_DrillDownWindow::showingMessagesListsExactlyItsRowsAndSaysWhenCut()
{
    DrillDownWindow window;
    QAbstractItemModelTester tester(window.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.showResult(contactsResult(threePeople()));
    const DrillDownResult result = messagesResult();
    window.showResult(result);
    QCOMPARE(window.table()->model()->rowCount(), int(result.messages.size()));
    QStringList expected;
    for (const DrillDownMessage& m : result.messages)
        expected << DrillDownMessageModel::keyOf(m);
    QCOMPARE(keysOf(*window.table()->model()), expected);
    QVERIFY2(window.countText().contains(QStringLiteral("40")), qPrintable(window.countText()));
    QVERIFY2(window.noteText().contains(QStringLiteral("first 6 of 40")), qPrintable(window.noteText()));
}

void tst_DrillDownWindow::searchNarrowsTheList()
{
    DrillDownWindow window;
    window.showResult(contactsResult(threePeople()));
    window.setSearchText(QStringLiteral("brian"));
    QCOMPARE(keysOf(*window.table()->model()), QStringList{QStringLiteral("chat_02")});
    QVERIFY2(window.countText().startsWith(QLatin1Char('1')), qPrintable(window.countText()));
    window.setSearchText(QString());
    QCOMPARE(window.table()->model()->rowCount(), 3);
}

void tst_DrillDownWindow::aNewAnswerKeepsTheSelectedRow()
{
    DrillDownWindow window;
    window.showResult(contactsResult(threePeople()));
    QTableView* table = window.table();
    table->selectRow(1);
    QCOMPARE(table->currentIndex().data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_02"));
    QList<DrillDownContact> again = threePeople();
    again.prepend(person(QStringLiteral("chat_00"), QStringLiteral("Aaron")));
    window.showResult(contactsResult(again));
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->currentIndex().data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_02"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), qsizetype(1));
}

void tst_DrillDownWindow::openingARowAsksForItsTranscript()
{
    DrillDownWindow window;
    QSignalSpy asked(&window, &DrillDownWindow::drillDownRequested);
    window.showResult(contactsResult(threePeople()));
    window.openRow(0);
    QCOMPARE(asked.size(), 1);
    const auto request = asked.first().first().value<DrillDownRequest>();
    QCOMPARE(request.target, Target::Contact);
    QCOMPARE(request.value, QStringLiteral("chat_01"));
    QCOMPARE(window.page(), DrillDownWindow::Page::Loading);

    window.showResult(transcriptResult());
    QCOMPARE(window.page(), DrillDownWindow::Page::Transcript);
    QCOMPARE(window.transcriptModel()->messageCount(), int(conversation().size()));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Conversation with Amina Otieno")));

    // Escape goes back to the same list.
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(window.page(), DrillDownWindow::Page::List);
    QCOMPARE(window.table()->model()->rowCount(), 3);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Chats assigned")));

    // Enter on a row asks too.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.table()->setFocus();
    window.table()->setCurrentIndex(window.table()->model()->index(1, 0));
    QTest::keyClick(window.table(), Qt::Key_Return);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last().first().value<DrillDownRequest>().value, QStringLiteral("chat_02"));
}

void tst_DrillDownWindow::openingAMessageShowsItInItsChat()
{
    DrillDownWindow window;
    QSignalSpy asked(&window, &DrillDownWindow::drillDownRequested);
    window.showResult(messagesResult());
    window.openRow(3); // m4, chat_01
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<DrillDownRequest>().value, QStringLiteral("chat_01"));
    window.showResult(transcriptResult());
    const QModelIndex current = window.transcriptView()->currentIndex();
    QCOMPARE(current.data(TranscriptModel::MessageIdRole).toString(), QStringLiteral("m4"));
}

void tst_DrillDownWindow::failuresOfferToTryAgain()
{
    DrillDownWindow window;
    QSignalSpy asked(&window, &DrillDownWindow::drillDownRequested);
    const DrillDownRequest request = contactsResult({}).request;
    window.showLoading(request);
    window.showError(request, QStringLiteral("The store is locked."));
    QCOMPARE(window.page(), DrillDownWindow::Page::Error);
    bool clicked = false;
    for (QPushButton* button : window.findChildren<QPushButton*>()) {
        if (button->accessibleName() == QStringLiteral("Try again")) {
            button->click();
            clicked = true;
        }
    }
    QVERIFY(clicked);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<DrillDownRequest>(), request);
}

void tst_DrillDownWindow::copyAndCsvHoldTheShownRows()
{
    DrillDownWindow window;
    window.showResult(contactsResult(threePeople()));
    window.setSearchText(QStringLiteral("amina"));
    const QStringList csv = window.shownRowsAsCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), 2);
    QVERIFY(csv.first().startsWith(QStringLiteral("Name,Number,Status,Operator,Country,Last activity")));
    QVERIFY(csv.last().startsWith(QStringLiteral("Amina Otieno,")));
    QVERIFY(csv.last().contains(QStringLiteral("2026-11-20T09:30:00Z")));
    window.setSearchText(QString());
    const QStringList tsv = window.selectionAsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(tsv.size(), 4);
}

void tst_DrillDownWindow::bubblesSitOnTheirSide_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The contact's messages are painted on the left, the business's on the right, in either theme;
// with CRMLENS_SHOT_DIR set the renders are saved there to look at.
void tst_DrillDownWindow::bubblesSitOnTheirSide()
{
    QFETCH(bool, dark);
    DrillDownWindow window;
    window.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    window.resize(1000, 660);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString shots = qEnvironmentVariable("CRMLENS_SHOT_DIR");
    const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    if (!shots.isEmpty()) {
        window.showResult(contactsResult(threePeople()));
        QCoreApplication::processEvents();
        window.grab().save(QDir(shots).filePath(QStringLiteral("drilldown-contacts-%1.png").arg(theme)));
        window.showResult(messagesResult());
        QCoreApplication::processEvents();
        window.grab().save(QDir(shots).filePath(QStringLiteral("drilldown-messages-%1.png").arg(theme)));
    }
    window.showResult(transcriptResult());
    QCoreApplication::processEvents();
    TranscriptView* view = window.transcriptView();
    view->scrollToTop();
    QCoreApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    if (!shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("drilldown-transcript-%1.png").arg(theme)));
    const QColor base = view->palette().color(QPalette::Base);
    const auto filled = [&](int x, int y) { return image.pixelColor(x, y) != base; };
    const qreal dpr = image.devicePixelRatio();
    // Row 2 is m2 (inbound), row 3 m3 (a reply): sample just inside each side near the row's top.
    for (int row : {2, 3}) {
        const QRect r = view->visualRect(window.transcriptModel()->index(row));
        QVERIFY(r.isValid() && r.height() > 0);
        const int y = int((r.top() + view->fontMetrics().height() / 2 + 4) * dpr);
        const int leftX = int((view->fontMetrics().height() + 6) * dpr);
        const int rightX = int((r.width() - view->fontMetrics().height() - 6) * dpr);
        const bool inbound = row == 2;
        QVERIFY2(filled(leftX, y) == inbound, qPrintable(QStringLiteral("row %1 left side").arg(row)));
        QVERIFY2(filled(rightX, y) == !inbound, qPrintable(QStringLiteral("row %1 right side").arg(row)));
    }
}

QTEST_MAIN(tst_DrillDownWindow)
#include "tst_DrillDownWindow.moc"
