#include "ui/models/AbTestModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

Q_DECLARE_METATYPE(crmlens::metrics::AbTest)

namespace {

metrics::AbVariant variant(const QString& name, QStringList ids, qint64 delivered, qint64 replied)
{
    return {name, std::move(ids), delivered, replied,
            delivered > 0 ? metrics::Ratio(100.0 * replied / delivered) : std::nullopt};
}

metrics::AbTest test(const QString& group, QList<metrics::AbVariant> variants, metrics::Ratio p, const QString& winner)
{
    return {group, std::move(variants), p, winner};
}

session::DashboardData dataWith(QList<metrics::AbTest> tests)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    metrics::CampaignRow named;
    named.campaignId = QStringLiteral("camp_1");
    named.name = QStringLiteral("Promo [A]");
    snapshot->campaigns.campaigns = {named};
    snapshot->campaigns.abTests = std::move(tests);
    session::DashboardData data;
    data.snapshot = snapshot;
    return data;
}

} // namespace

class TestAbTestModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdictInPlainWords_data()
    {
        QTest::addColumn<metrics::AbTest>("abTest");
        QTest::addColumn<QString>("expected");

        QTest::newRow("winner") << test(QStringLiteral("Promo"),
                                        {variant(QStringLiteral("A"), {}, 1000, 110),
                                         variant(QStringLiteral("B"), {}, 1000, 182)},
                                        0.003, QStringLiteral("B"))
                                << QStringLiteral("B wins: 18.2% vs 11.0% replies (p = 0.003)");
        QTest::newRow("no difference") << test(QStringLiteral("Promo"),
                                               {variant(QStringLiteral("A"), {}, 100, 11),
                                                variant(QStringLiteral("B"), {}, 100, 15)},
                                               0.21, QString())
                                       << QStringLiteral("No significant difference yet (p = 0.21)");
        QTest::newRow("no p-value") << test(QStringLiteral("Promo"),
                                            {variant(QStringLiteral("A"), {}, 0, 0),
                                             variant(QStringLiteral("B"), {}, 10, 1)},
                                            std::nullopt, QString())
                                    << QStringLiteral("Not enough data");
        QTest::newRow("tiny p") << test(QStringLiteral("Promo"),
                                        {variant(QStringLiteral("A"), {}, 5000, 1000),
                                         variant(QStringLiteral("B"), {}, 5000, 500)},
                                        1e-9, QStringLiteral("A"))
                                << QStringLiteral("A wins: 20.0% vs 10.0% replies (p < 0.001)");
        QTest::newRow("just under 0.05 never reads 0.05")
            << test(QStringLiteral("Promo"),
                    {variant(QStringLiteral("A"), {}, 400, 60), variant(QStringLiteral("B"), {}, 400, 42)}, 0.0499,
                    QStringLiteral("A"))
            << QStringLiteral("A wins: 15.0% vs 10.5% replies (p < 0.05)");
        // Three variants: the comparison is between the two with most delivered messages.
        QTest::newRow("third variant ignored")
            << test(QStringLiteral("Promo"),
                    {variant(QStringLiteral("A"), {}, 800, 80), variant(QStringLiteral("B"), {}, 50, 40),
                     variant(QStringLiteral("C"), {}, 900, 180)},
                    0.0001, QStringLiteral("C"))
            << QStringLiteral("C wins: 20.0% vs 10.0% replies (p < 0.001)");
    }

    void verdictInPlainWords()
    {
        QFETCH(metrics::AbTest, abTest);
        QFETCH(QString, expected);
        QCOMPARE(AbTestModel::verdict(abTest), expected);
    }

    void comparedVariantsTieToTheEarlierLetter()
    {
        const metrics::AbTest t =
            test(QStringLiteral("G"),
                 {variant(QStringLiteral("C"), {}, 100, 1), variant(QStringLiteral("B"), {}, 100, 2),
                  variant(QStringLiteral("A"), {}, 10, 3)},
                 std::nullopt, QString());
        const QList<const metrics::AbVariant*> compared = AbTestModel::comparedVariants(t);
        QCOMPARE(compared.size(), 2);
        QCOMPARE(compared.at(0)->variant, QStringLiteral("B"));
        QCOMPARE(compared.at(1)->variant, QStringLiteral("C"));
    }

    void rowsPerVariantAgainstTheSnapshot()
    {
        AbTestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const session::DashboardData first = dataWith(
            {test(QStringLiteral("Promo"),
                  {variant(QStringLiteral("A"), {QStringLiteral("camp_1")}, 1000, 110),
                   variant(QStringLiteral("B"), {QStringLiteral("camp_2"), QStringLiteral("camp_3")}, 1000, 182)},
                  0.003, QStringLiteral("B"))});
        model.refresh(first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.groupCount(), 1);
        for (const metrics::AbVariant& v : first.snapshot->campaigns.abTests.first().variants) {
            const int row = model.rowOf(AbTestModel::rowKey(QStringLiteral("Promo"), v.variant));
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, AbTestModel::Group).data().toString(), QStringLiteral("Promo"));
            QCOMPARE(model.index(row, AbTestModel::Variant).data().toString(), v.variant);
            QCOMPARE(model.index(row, AbTestModel::Campaigns).data().toString(), format::count(v.campaignIds.size()));
            QCOMPARE(model.index(row, AbTestModel::Delivered).data().toString(), format::count(v.delivered));
            QCOMPARE(model.index(row, AbTestModel::Replied).data().toString(), format::count(v.replied));
            QCOMPARE(model.index(row, AbTestModel::ReplyRate).data().toString(), format::percent(v.replyRatePct));
            QCOMPARE(model.index(row, AbTestModel::PValue).data().toString(), QStringLiteral("0.003"));
            QCOMPARE(model.index(row, AbTestModel::PValue).data(KeyedTableModel::SortRole).toDouble(), 0.003);
            QCOMPARE(model.index(row, AbTestModel::Verdict).data().toString(),
                     QStringLiteral("B wins: 18.2% vs 11.0% replies (p = 0.003)"));
        }
        // Campaign names (where the snapshot has them) in the tooltip of the campaigns cell.
        QCOMPARE(model.index(0, AbTestModel::Campaigns).data(Qt::ToolTipRole).toString(), QStringLiteral("Promo [A]"));

        const QPersistentModelIndex b = model.index(1, AbTestModel::Verdict);
        const session::DashboardData second = dataWith(
            {test(QStringLiteral("Welcome"),
                  {variant(QStringLiteral("A"), {QStringLiteral("camp_7")}, 0, 0),
                   variant(QStringLiteral("B"), {QStringLiteral("camp_8")}, 20, 2)},
                  std::nullopt, QString()),
             test(QStringLiteral("Promo"),
                  {variant(QStringLiteral("A"), {QStringLiteral("camp_1")}, 1200, 130),
                   variant(QStringLiteral("B"), {QStringLiteral("camp_2"), QStringLiteral("camp_3")}, 1200, 150)},
                  0.21, QString())});
        model.refresh(second);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.groupCount(), 2);
        QVERIFY(b.isValid());
        QCOMPARE(b.data().toString(), QStringLiteral("No significant difference yet (p = 0.21)"));
        QCOMPARE(model
                     .index(model.rowOf(AbTestModel::rowKey(QStringLiteral("Welcome"), QStringLiteral("A"))),
                            AbTestModel::Verdict)
                     .data()
                     .toString(),
                 QStringLiteral("Not enough data"));
        QCOMPARE(model
                     .index(model.rowOf(AbTestModel::rowKey(QStringLiteral("Welcome"), QStringLiteral("A"))),
                            AbTestModel::PValue)
                     .data()
                     .toString(),
                 format::dash());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestAbTestModel)
#include "tst_AbTestModel.moc"
