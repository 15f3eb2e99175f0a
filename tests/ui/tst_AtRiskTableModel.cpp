#include "ui/models/AtRiskTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

metrics::AtRiskRow risk(const QString& id, double days, int health, QStringList indicators, const QString& action)
{
    return {id, days, health, std::move(indicators), action};
}

session::DashboardData dataWith(QList<metrics::AtRiskRow> rows)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->atRisk = std::move(rows);
    auto directory = std::make_shared<session::ContactDirectory>();
    session::ContactSummary amina;
    amina.chatId = QStringLiteral("chat_1");
    amina.name = QStringLiteral("Amina");
    amina.whatsappNumber = QStringLiteral("+254712000001");
    amina.operatorName = QStringLiteral("diego@acme.co.ke");
    directory->insert(amina);
    session::DashboardData data;
    data.snapshot = snapshot;
    data.contacts = directory;
    return data;
}

} // namespace

class TestAtRiskTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no reply") << QStringLiteral("no_reply_last_3_campaigns")
                                  << QStringLiteral("No reply to the last 3 campaigns");
        QTest::newRow("failed") << QStringLiteral("last_delivery_failed") << QStringLiteral("Last delivery failed");
        QTest::newRow("dropped") << QStringLiteral("activity_dropped")
                                 << QStringLiteral("Writes less than half as often as before");
        QTest::newRow("unanswered") << QStringLiteral("unanswered_open_chat")
                                    << QStringLiteral("Open chat waiting for an answer");
    }

    void plainWords()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(AtRiskTableModel::indicatorText(key), expected);
        QVERIFY(AtRiskTableModel::indicatorKeys().contains(key));
    }

    void actions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("re-engage") << QStringLiteral("re-engage campaign")
                                   << QStringLiteral("Re-engage with a campaign");
        QTest::newRow("verify") << QStringLiteral("verify number") << QStringLiteral("Verify the number");
        QTest::newRow("follow-up") << QStringLiteral("operator follow-up") << QStringLiteral("Operator follow-up");
        QTest::newRow("check-in") << QStringLiteral("check-in message") << QStringLiteral("Send a check-in message");
    }

    void actions()
    {
        QFETCH(QString, action);
        QFETCH(QString, expected);
        QCOMPARE(AtRiskTableModel::actionText(action), expected);
    }

    void rowsAgainstTheSnapshotAcrossARefresh()
    {
        AtRiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const session::DashboardData first =
            dataWith({risk(QStringLiteral("chat_1"), 124.55, 0, {}, QStringLiteral("check-in message")),
                      risk(QStringLiteral("chat_2"), 40.2, 40,
                           {QStringLiteral("no_reply_last_3_campaigns"), QStringLiteral("last_delivery_failed")},
                           QStringLiteral("re-engage campaign"))});
        model.refresh(first);
        QCOMPARE(model.rowCount(), 2);
        const int amina = model.rowOf(QStringLiteral("chat_1"));
        QCOMPARE(model.index(amina, AtRiskTableModel::Name).data().toString(), QStringLiteral("Amina"));
        QCOMPARE(model.index(amina, AtRiskTableModel::Number).data().toString(), QStringLiteral("+254712000001"));
        QCOMPARE(model.index(amina, AtRiskTableModel::Health).data().toString(), format::count(0));
        QCOMPARE(model.index(amina, AtRiskTableModel::DaysSilent).data().toString(), format::count(124));
        QCOMPARE(model.index(amina, AtRiskTableModel::DaysSilent).data(KeyedTableModel::SortRole).toDouble(), 124.55);
        QCOMPARE(model.index(amina, AtRiskTableModel::Action).data().toString(),
                 QStringLiteral("Send a check-in message"));
        QCOMPARE(model.index(amina, AtRiskTableModel::Operator).data().toString(), QStringLiteral("diego@acme.co.ke"));
        const int other = model.rowOf(QStringLiteral("chat_2"));
        QCOMPARE(model.index(other, AtRiskTableModel::Name).data().toString(), QStringLiteral("chat_2"));
        QCOMPARE(model.index(other, AtRiskTableModel::Indicators).data().toString(),
                 QStringLiteral("No reply to the last 3 campaigns; Last delivery failed"));
        QCOMPARE(model.index(other, 0).data(KeyedTableModel::TagsRole).toStringList(),
                 first.snapshot->atRisk.at(1).riskIndicators);

        TableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setRequiredTag(QStringLiteral("last_delivery_failed"));
        QCOMPARE(proxy.rowCount(), 1);

        const QPersistentModelIndex kept = model.index(other, AtRiskTableModel::Health);
        model.refresh(dataWith({risk(QStringLiteral("chat_2"), 41.2, 39, {QStringLiteral("activity_dropped")},
                                     QStringLiteral("check-in message")),
                                risk(QStringLiteral("chat_3"), 31, 69, {QStringLiteral("last_delivery_failed")},
                                     QStringLiteral("verify number"))}));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), format::count(39));
        QCOMPARE(model.rowOf(QStringLiteral("chat_1")), -1);
        // The filter follows the new indicators: chat_2 no longer failed, chat_3 did.
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_3"));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestAtRiskTableModel)
#include "tst_AtRiskTableModel.moc"
