#include "ui/dashboards/AtRiskView.h"
#include "ui/models/AtRiskTableModel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MetricFormat.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;
using Target = metrics::DrillDownRequest::Target;

namespace {

session::DashboardData riskData(bool withRows)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->asOf = QDateTime(QDate(2026, 11, 25), QTime(21, 0), Qt::UTC);
    snapshot->period = {QDate(2026, 10, 27), QDate(2026, 11, 26)};
    if (withRows) {
        snapshot->atRisk = {
            {QStringLiteral("chat_1"),
             95.2,
             0,
             {QStringLiteral("no_reply_last_3_campaigns")},
             QStringLiteral("re-engage campaign")},
            {QStringLiteral("chat_2"),
             35.0,
             55,
             {QStringLiteral("last_delivery_failed")},
             QStringLiteral("verify number")},
            {QStringLiteral("chat_3"), 31.5, 69, {}, QStringLiteral("check-in message")},
        };
    }
    auto directory = std::make_shared<session::ContactDirectory>();
    session::ContactSummary c;
    c.chatId = QStringLiteral("chat_2");
    c.name = QStringLiteral("Wanjiru");
    directory->insert(c);
    session::DashboardData data;
    data.snapshot = snapshot;
    data.contacts = directory;
    data.query.period = snapshot->period;
    data.partial = false;
    data.empty = false;
    return data;
}

} // namespace

class TestAtRiskView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<metrics::DrillDownRequest>(); }

    void leastHealthyFirstWithIndicatorFilter()
    {
        AtRiskView view;
        view.showData(riskData(true));
        QTableView* table = view.table();
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, 0).data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_1"));
        QCOMPARE(table->model()->index(2, AtRiskTableModel::Health).data().toString(), format::count(69));
        QCOMPARE(view.countText(), QStringLiteral("3 contacts at risk"));

        QComboBox* filter = view.indicatorFilter();
        QCOMPARE(filter->count(), 1 + AtRiskTableModel::indicatorKeys().size());
        filter->setCurrentIndex(filter->findData(QStringLiteral("last_delivery_failed")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, AtRiskTableModel::Name).data().toString(), QStringLiteral("Wanjiru"));
        QCOMPARE(table->model()->index(0, AtRiskTableModel::Action).data().toString(),
                 QStringLiteral("Verify the number"));
        QCOMPARE(view.countText(), QStringLiteral("1 of 3 contacts at risk"));
        QVERIFY(
            view.suggestedFileName().startsWith(QStringLiteral("at-risk_2026-10-27_2026-11-25_last-delivery-failed")));
        filter->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void doubleClickOpensTheContactAndExportWritesCsv()
    {
        AtRiskView view;
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showData(riskData(true));
        QSignalSpy spy(&view, &DashboardView::drillDownRequested);
        QTableView* table = view.table();
        const QPoint centre = table->visualRect(table->model()->index(1, 0)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(spy.size(), 1);
        const auto request = spy.at(0).at(0).value<metrics::DrillDownRequest>();
        QCOMPARE(request.target, Target::Contact);
        QCOMPARE(request.value, QStringLiteral("chat_2"));

        // The clicked row is selected: the export writes it alone.
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("risk.csv"));
        QVERIFY(view.exportSelection(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList records = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(0).startsWith(QStringLiteral("Name,Number,Health,Days silent,")));
        QVERIFY2(records.at(1).startsWith(QStringLiteral("Wanjiru,,55,35,Last delivery failed,Verify the number")),
                 qPrintable(records.at(1)));
    }

    void emptyListSaysWhy()
    {
        AtRiskView view;
        view.showData(riskData(false));
        QVERIFY(view.isShowingEmptyState());
        QCOMPARE(view.emptyState()->title(), QStringLiteral("No contact is at risk"));
        QVERIFY(view.emptyState()->explanation().contains(QStringLiteral("30 days")));
        view.showData(riskData(true));
        QVERIFY(!view.isShowingEmptyState());
    }
};

QTEST_MAIN(TestAtRiskView)
#include "tst_AtRiskView.moc"
