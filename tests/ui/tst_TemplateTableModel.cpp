#include "ui/models/TemplateTableModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

metrics::TemplateRow templateRow(const QString& name, qint64 campaigns, qint64 total, qint64 delivered, qint64 read,
                                 qint64 replied, qint64 failed)
{
    metrics::TemplateRow t;
    t.templateName = name;
    t.campaigns = campaigns;
    t.counts = {total, delivered, read, replied, failed};
    auto pct = [](qint64 num, qint64 den) { return den > 0 ? metrics::Ratio(100.0 * num / den) : std::nullopt; };
    t.rates = {pct(delivered, total), pct(read, delivered), pct(replied, delivered), pct(failed, total)};
    return t;
}

session::DashboardData dataWith(QList<metrics::TemplateRow> templates)
{
    auto snapshot = std::make_shared<metrics::MetricsSnapshot>();
    snapshot->campaigns.templates = std::move(templates);
    session::DashboardData data;
    data.snapshot = snapshot;
    return data;
}

void compareWithSnapshot(const TemplateTableModel& model, const session::DashboardData& data)
{
    QCOMPARE(model.rowCount(), data.snapshot->campaigns.templates.size());
    for (const metrics::TemplateRow& t : data.snapshot->campaigns.templates) {
        const int row = model.rowOf(t.templateName);
        QVERIFY(row >= 0);
        auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(TemplateTableModel::Template), t.templateName);
        QCOMPARE(text(TemplateTableModel::Campaigns), format::count(t.campaigns));
        QCOMPARE(text(TemplateTableModel::Recipients), format::count(t.counts.totalRecipients));
        QCOMPARE(text(TemplateTableModel::Delivered), format::count(t.counts.delivered));
        QCOMPARE(text(TemplateTableModel::Read), format::count(t.counts.read));
        QCOMPARE(text(TemplateTableModel::Replied), format::count(t.counts.replied));
        QCOMPARE(text(TemplateTableModel::Failed), format::count(t.counts.failed));
        QCOMPARE(text(TemplateTableModel::DeliveryRate), format::percent(t.rates.deliveryRatePct));
        QCOMPARE(text(TemplateTableModel::ReadRate), format::percent(t.rates.readRatePct));
        QCOMPARE(text(TemplateTableModel::ReplyRate), format::percent(t.rates.replyRatePct));
        QCOMPARE(text(TemplateTableModel::FailureRate), format::percent(t.rates.failureRatePct));
    }
}

} // namespace

class TestTemplateTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAndRefreshesTheTemplates()
    {
        TemplateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const session::DashboardData first =
            dataWith({templateRow(QStringLiteral("feedback_request"), 1, 123, 118, 87, 14, 5),
                      templateRow(QStringLiteral("(unknown)"), 2, 0, 0, 0, 0, 0)});
        model.refresh(first);
        compareWithSnapshot(model, first);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("(unknown)")), TemplateTableModel::ReadRate).data(),
                 QVariant(format::dash()));
        QVERIFY(!model.index(model.rowOf(QStringLiteral("(unknown)")), TemplateTableModel::ReadRate)
                     .data(KeyedTableModel::SortRole)
                     .isValid());

        const QPersistentModelIndex kept = model.index(model.rowOf(QStringLiteral("feedback_request")), 0);
        const session::DashboardData second =
            dataWith({templateRow(QStringLiteral("promo"), 3, 900, 880, 700, 80, 20),
                      templateRow(QStringLiteral("feedback_request"), 2, 300, 290, 200, 30, 10)});
        model.refresh(second);
        compareWithSnapshot(model, second);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("feedback_request"));
        QCOMPARE(model.index(kept.row(), TemplateTableModel::Recipients).data().toString(), format::count(300));
    }

    void headersCarryDefinitions()
    {
        TemplateTableModel model;
        QCOMPARE(model.columnCount(), TemplateTableModel::FailureRate + 1);
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(TemplateTableModel::ReplyRate, Qt::Horizontal).toString(),
                 QStringLiteral("Reply rate"));
        QCOMPARE(model.headerData(TemplateTableModel::Recipients, Qt::Horizontal).toString(),
                 QStringLiteral("Recipients"));
    }
};

QTEST_MAIN(TestTemplateTableModel)
#include "tst_TemplateTableModel.moc"
