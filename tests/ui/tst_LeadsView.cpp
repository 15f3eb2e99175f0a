#include "ui/dashboards/LeadsView.h"
#include "ui/models/LeadsTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MetricFormat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;
using Target = metrics::DrillDownRequest::Target;

namespace {

// n leads with scores n-1 … 0 (every fifth one hot), names "Lead <i>", some with a comma.
session::DashboardData leadsData(int n, int firstScore = 100)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    auto directory = std::make_shared<session::ContactDirectory>();
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("chat_%1").arg(i, 4, 10, QLatin1Char('0'));
        const int score = qMax(0, firstScore - i);
        snapshot->leads.append({id, score, 10.5, 20, 10, 5, i % 5 == 0});
        session::ContactSummary c;
        c.chatId = id;
        c.name = i == 1 ? QStringLiteral("Otieno, \"Brian\"") : QStringLiteral("Lead %1").arg(i);
        c.whatsappNumber = QStringLiteral("+2547120%1").arg(i, 5, 10, QLatin1Char('0'));
        c.leadStage = QStringLiteral("qualified");
        directory->insert(c);
    }
    snapshot->period = {QDate(2026, 10, 27), QDate(2026, 11, 26)};
    session::DashboardData data;
    data.snapshot = snapshot;
    data.contacts = directory;
    data.query.period = snapshot->period;
    data.partial = false;
    data.empty = false;
    return data;
}

QString keyAt(const QTableView& table, int row)
{
    return table.model()->index(row, 0).data(KeyedTableModel::KeyRole).toString();
}

} // namespace

class TestLeadsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<metrics::DrillDownRequest>(); }

    void listsEveryLeadBestFirstWithCounts()
    {
        LeadsView view;
        view.showData(leadsData(12));
        QVERIFY(!view.isShowingEmptyState());
        QCOMPARE(view.table()->model()->rowCount(), 12);
        QCOMPARE(keyAt(*view.table(), 0), QStringLiteral("chat_0000"));
        QCOMPARE(view.table()->model()->index(0, LeadsTableModel::Score).data().toString(), format::count(100));
        QCOMPARE(view.countText(), QStringLiteral("12 contacts · 3 hot"));
        QCOMPARE(view.title(), QStringLiteral("Leads"));
        QVERIFY(!view.searchBox()->accessibleName().isEmpty());
        QVERIFY(!view.hotOnlyToggle()->accessibleName().isEmpty());
    }

    void searchAndHotOnlyNarrowTheList()
    {
        LeadsView view;
        view.showData(leadsData(12));
        view.searchBox()->setText(QStringLiteral("otieno"));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        QCOMPARE(keyAt(*view.table(), 0), QStringLiteral("chat_0001"));
        QCOMPARE(view.countText(), QStringLiteral("1 of 12 contacts · 0 hot"));
        view.searchBox()->setText(QStringLiteral("chat_001"));
        QCOMPARE(view.table()->model()->rowCount(), 2); // chat_0010, chat_0011
        view.searchBox()->clear();
        view.hotOnlyToggle()->setChecked(true);
        QCOMPARE(view.table()->model()->rowCount(), 3);
        QCOMPARE(view.countText(), QStringLiteral("3 of 12 contacts · 3 hot"));
        QVERIFY(view.suggestedFileName().startsWith(QStringLiteral("leads_2026-10-27_2026-11-25_hot")));
        QVERIFY(view.suggestedFileName().endsWith(QStringLiteral(".csv")));
    }

    void copyPutsTheSelectionWithItsHeaderOnTheClipboard()
    {
        LeadsView view;
        view.show();
        view.showData(leadsData(6));
        QTableView* table = view.table();
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Name\tNumber\tScore\t")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Otieno, \"Brian\"\t+254712000001\t99\t")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Lead 3\t")));
        QCOMPARE(lines.at(1).count(QLatin1Char('\t')), lines.at(0).count(QLatin1Char('\t')));
    }

    void exportWritesRfc4180Csv()
    {
        LeadsView view;
        view.showData(leadsData(4));
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(view.suggestedFileName());
        QString error;
        // Nothing selected: every shown row.
        QVERIFY2(view.exportSelection(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList records = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 5);
        QVERIFY(records.at(0).startsWith(QStringLiteral("Name,Number,Score,Recency,")));
        QVERIFY2(records.at(2).startsWith(QStringLiteral("\"Otieno, \"\"Brian\"\"\",+254712000001,99,10.5,")),
                 qPrintable(records.at(2)));
        // No comment line: the first record is the header.
        QVERIFY(!csv.startsWith(QLatin1Char('#')));
    }

    void enterAndDoubleClickOpenTheContact()
    {
        LeadsView view;
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showData(leadsData(5));
        QSignalSpy spy(&view, &DashboardView::drillDownRequested);
        QTableView* table = view.table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        auto request = spy.at(0).at(0).value<metrics::DrillDownRequest>();
        QCOMPARE(request.target, Target::Contact);
        QCOMPARE(request.value, QStringLiteral("chat_0002"));
        QVERIFY(request.title.contains(QStringLiteral("Lead 2")));

        const QPoint centre = table->visualRect(table->model()->index(4, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<metrics::DrillDownRequest>().value, QStringLiteral("chat_0004"));
    }

    void refreshKeepsSelectionAndScroll()
    {
        LeadsView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showData(leadsData(300));
        QTableView* table = view.table();
        table->selectionModel()->select(table->model()->index(150, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(table->model()->index(150, 0), QAbstractItemView::PositionAtTop);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // New scores: every lead one point up, and lead 0 gone.
        session::DashboardData next = leadsData(300, 101);
        auto snapshot = std::make_shared<metrics::MetricsSnapshot>(*next.snapshot);
        snapshot->leads.removeFirst();
        next.snapshot = snapshot;
        view.showData(next);
        QCOMPARE(table->model()->rowCount(), 299);
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_0150"));
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
    }

    void emptyAndPartialStates()
    {
        LeadsView view;
        QVERIFY(view.isShowingEmptyState());
        session::DashboardData nothing;
        view.showData(nothing);
        QVERIFY(view.isShowingEmptyState());
        QCOMPARE(view.emptyState()->title(), QStringLiteral("No synced data yet"));

        session::DashboardData none = leadsData(0);
        view.showData(none);
        QVERIFY(view.isShowingEmptyState());
        QCOMPARE(view.emptyState()->title(), QStringLiteral("No contacts to score"));
        QVERIFY(!view.emptyState()->explanation().isEmpty());
        QVERIFY(!view.isPartialBannerShown());

        session::DashboardData partial = leadsData(3);
        partial.partial = true;
        view.showData(partial);
        QVERIFY(!view.isShowingEmptyState());
        QVERIFY(view.isPartialBannerShown());
    }
};

QTEST_MAIN(TestLeadsView)
#include "tst_LeadsView.moc"
