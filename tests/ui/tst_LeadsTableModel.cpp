#include "ui/models/LeadsTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

metrics::LeadRow lead(const QString& id, int score, double recency, double engagement, double responsiveness,
                      double profile)
{
    return {id, score, recency, engagement, responsiveness, profile, score >= 70};
}

session::ContactSummary contact(const QString& id, const QString& name, const QString& number, const QString& stage,
                                const QString& op, qint64 lastMs)
{
    session::ContactSummary c;
    c.chatId = id;
    c.name = name;
    c.whatsappNumber = number;
    c.leadStage = stage;
    c.operatorName = op;
    c.lastActivityMs = lastMs;
    return c;
}

session::DashboardData dataWith(QList<metrics::LeadRow> leads, const QList<session::ContactSummary>& contacts)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->leads = std::move(leads);
    auto directory = std::make_shared<session::ContactDirectory>();
    for (const session::ContactSummary& c : contacts)
        directory->insert(c);
    session::DashboardData data;
    data.snapshot = snapshot;
    data.contacts = directory;
    return data;
}

void compareWithSnapshot(const LeadsTableModel& model, const session::DashboardData& data)
{
    QCOMPARE(model.rowCount(), data.snapshot->leads.size());
    int hot = 0;
    for (const metrics::LeadRow& l : data.snapshot->leads) {
        const int row = model.rowOf(l.chatId);
        QVERIFY(row >= 0);
        const session::ContactSummary* c = data.contacts->find(l.chatId);
        auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(LeadsTableModel::Name), c && !c->name.isEmpty() ? c->name : l.chatId);
        QCOMPARE(text(LeadsTableModel::Number), c ? c->whatsappNumber : QString());
        QCOMPARE(text(LeadsTableModel::Score), format::count(l.score));
        QCOMPARE(text(LeadsTableModel::Recency), format::number(l.recency, 1));
        QCOMPARE(text(LeadsTableModel::Engagement), format::number(l.engagement, 1));
        QCOMPARE(text(LeadsTableModel::Responsiveness), format::number(l.responsiveness, 1));
        QCOMPARE(text(LeadsTableModel::Profile), format::number(l.profile, 1));
        QCOMPARE(text(LeadsTableModel::Hot).isEmpty(), !l.hot);
        QCOMPARE(text(LeadsTableModel::LeadStage), c ? c->leadStage : QString());
        QCOMPARE(text(LeadsTableModel::Operator), c ? c->operatorName : QString());
        QCOMPARE(text(LeadsTableModel::LastActivity), format::dateTime(c ? c->lastActivityMs : 0));
        QCOMPARE(model.index(row, LeadsTableModel::Recency).data(KeyedTableModel::SortRole).toDouble(), l.recency);
        QCOMPARE(model.index(row, 0).data(KeyedTableModel::TagsRole).toStringList().contains(LeadsTableModel::hotTag()),
                 l.hot);
        hot += l.hot ? 1 : 0;
    }
    QCOMPARE(model.hotCount(), hot);
}

} // namespace

class TestLeadsTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsJoinScoresWithTheDirectory()
    {
        LeadsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const session::DashboardData data = dataWith(
            {lead(QStringLiteral("chat_1"), 99, 29.42, 30, 20, 20), lead(QStringLiteral("chat_2"), 41, 3.5, 12, 10, 5),
             lead(QStringLiteral("chat_3"), 70, 20, 20, 10, 20)},
            {contact(QStringLiteral("chat_1"), QStringLiteral("Amina Njeri"), QStringLiteral("+254712000001"),
                     QStringLiteral("proposal"), QStringLiteral("diego@acme.co.ke"), 1795600000000),
             contact(QStringLiteral("chat_2"), QString(), QStringLiteral("+254712000002"), QString(), QString(), 0)});
        model.refresh(data);
        compareWithSnapshot(model, data);
        QCOMPARE(model.displayName(QStringLiteral("chat_1")), QStringLiteral("Amina Njeri"));
        QCOMPARE(model.displayName(QStringLiteral("chat_2")), QStringLiteral("chat_2"));
        // Without a last activity the cell sorts last (no value), as a missing ratio does.
        QVERIFY(!model.index(model.rowOf(QStringLiteral("chat_2")), LeadsTableModel::LastActivity)
                     .data(KeyedTableModel::SortRole)
                     .isValid());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    void searchAndHotFilterThroughTheProxy()
    {
        LeadsTableModel model;
        model.refresh(dataWith({lead(QStringLiteral("chat_1"), 99, 29, 30, 20, 20),
                                lead(QStringLiteral("chat_2"), 41, 3, 12, 10, 5),
                                lead(QStringLiteral("chat_3"), 75, 20, 20, 15, 20)},
                               {contact(QStringLiteral("chat_1"), QStringLiteral("Amina Njeri"),
                                        QStringLiteral("+254712000001"), QString(), QString(), 0),
                                contact(QStringLiteral("chat_2"), QStringLiteral("Brian Otieno"),
                                        QStringLiteral("+254733000002"), QString(), QString(), 0)}));
        TableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(LeadsTableModel::Score, Qt::DescendingOrder);
        auto keys = [&] {
            QStringList k;
            for (int r = 0; r < proxy.rowCount(); ++r)
                k.append(proxy.index(r, 0).data(KeyedTableModel::KeyRole).toString());
            return k;
        };
        QCOMPARE(keys(), QStringList({QStringLiteral("chat_1"), QStringLiteral("chat_3"), QStringLiteral("chat_2")}));
        proxy.setSearchText(QStringLiteral("otieno"));
        QCOMPARE(keys(), QStringList({QStringLiteral("chat_2")}));
        proxy.setSearchText(QStringLiteral("733"));
        QCOMPARE(keys(), QStringList({QStringLiteral("chat_2")}));
        proxy.setSearchText(QStringLiteral("CHAT_3"));
        QCOMPARE(keys(), QStringList({QStringLiteral("chat_3")}));
        proxy.setSearchText(QString());
        proxy.setRequiredTag(LeadsTableModel::hotTag());
        QCOMPARE(keys(), QStringList({QStringLiteral("chat_1"), QStringLiteral("chat_3")}));
    }

    void refreshKeepsTheSelectedLead()
    {
        LeadsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(LeadsTableModel::Score, Qt::DescendingOrder);
        const QList<session::ContactSummary> contacts = {
            contact(QStringLiteral("chat_1"), QStringLiteral("One"), QString(), QString(), QString(), 0),
            contact(QStringLiteral("chat_2"), QStringLiteral("Two"), QString(), QString(), QString(), 0)};
        model.refresh(
            dataWith({lead(QStringLiteral("chat_1"), 90, 1, 1, 1, 1), lead(QStringLiteral("chat_2"), 50, 1, 1, 1, 1),
                      lead(QStringLiteral("chat_3"), 40, 1, 1, 1, 1)},
                     contacts));
        QItemSelectionModel selection(&proxy);
        selection.select(proxy.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.selectedRows().first().data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_2"));

        const session::DashboardData next =
            dataWith({lead(QStringLiteral("chat_4"), 95, 1, 1, 1, 1), lead(QStringLiteral("chat_2"), 80, 2, 2, 2, 2),
                      lead(QStringLiteral("chat_1"), 30, 1, 1, 1, 1)},
                     contacts);
        model.refresh(next);
        compareWithSnapshot(model, next);
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(KeyedTableModel::KeyRole).toString(), QStringLiteral("chat_2"));
        QCOMPARE(selected.first().row(), 1); // behind chat_4 (95), ahead of chat_1 (30)
    }
};

QTEST_MAIN(TestLeadsTableModel)
#include "tst_LeadsTableModel.moc"
