#include "ui/models/KeyedTableModel.h"
#include "ui/models/TableProxyModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace crmlens::ui;

namespace {

// A keyed model whose rows are (key, optional value): enough to exercise the row diff and the
// proxy's sorting without any metric.
class ValueModel : public KeyedTableModel
{
public:
    ValueModel()
    {
        setColumns({{QStringLiteral("Key"), QStringLiteral("the key"), false},
                    {QStringLiteral("Value"), QStringLiteral("the value"), true}});
    }

    void set(const QList<QPair<QString, std::optional<double>>>& rows)
    {
        QHash<QString, std::optional<double>> next;
        QStringList order;
        for (const auto& [key, value] : rows) {
            next.insert(key, value);
            order.append(key);
        }
        replaceRows(order, [&] { m_values = next; });
    }

    void setColumnCount(int count)
    {
        QList<Column> columns = {{QStringLiteral("Key"), QStringLiteral("the key"), false},
                                 {QStringLiteral("Value"), QStringLiteral("the value"), true}};
        for (int c = 2; c < count; ++c)
            columns.append({QStringLiteral("Extra %1").arg(c), QStringLiteral("extra"), true});
        setColumns(columns.mid(0, count));
    }

protected:
    QVariant cellData(const QString& key, int column, int role) const override
    {
        const std::optional<double> value = m_values.value(key);
        if (role == SearchRole)
            return key.toLower();
        if (role == TagsRole)
            return value && *value >= 10 ? QStringList{QStringLiteral("big")} : QStringList();
        if (column == 0)
            return role == Qt::DisplayRole || role == SortRole ? QVariant(key) : QVariant();
        if (role == Qt::DisplayRole)
            return value ? QString::number(*value) : QStringLiteral("–");
        if (role == SortRole)
            return value ? QVariant(*value) : QVariant();
        return {};
    }

private:
    QHash<QString, std::optional<double>> m_values;
};

QList<QPair<QString, std::optional<double>>> rowsOf(const QStringList& keys)
{
    QList<QPair<QString, std::optional<double>>> rows;
    for (const QString& key : keys)
        rows.append({key, double(key.size())});
    return rows;
}

QStringList keysShown(const QAbstractItemModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(KeyedTableModel::KeyRole).toString());
    return keys;
}

QStringList selectedKeys(const QItemSelectionModel& selection)
{
    QStringList keys;
    for (const QModelIndex& index : selection.selectedRows())
        keys.append(index.data(KeyedTableModel::KeyRole).toString());
    keys.sort();
    return keys;
}

QStringList split(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestKeyedTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaceKeepsRowsByKey_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<int>("removals");
        QTest::addColumn<int>("insertions");

        QTest::newRow("same keys") << split("a,b,c") << split("a,b,c") << split("b") << 0 << 0;
        QTest::newRow("reordered") << split("a,b,c,d") << split("d,c,b,a") << split("a,c") << 0 << 0;
        QTest::newRow("one removed") << split("a,b,c") << split("a,c") << split("a,c") << 1 << 0;
        QTest::newRow("selected removed") << split("a,b,c") << split("a,c") << split("b,c") << 1 << 0;
        QTest::newRow("scattered removals") << split("a,b,c,d,e,f") << split("b,d,f") << split("d") << 1 << 0;
        QTest::newRow("added in the middle") << split("a,c") << split("a,b,c,d") << split("c") << 0 << 1;
        QTest::newRow("removed, added, reordered") << split("a,b,c,d") << split("e,d,a,f") << split("a,b,d") << 1 << 1;
        QTest::newRow("all replaced") << split("a,b") << split("x,y,z") << split("a") << 1 << 1;
        QTest::newRow("to empty") << split("a,b") << QStringList() << split("b") << 1 << 0;
        QTest::newRow("from empty") << QStringList() << split("a,b") << QStringList() << 0 << 1;
        QTest::newRow("duplicates kept once") << split("a") << split("b,a,b") << split("a") << 0 << 1;
    }

    void replaceKeepsRowsByKey()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QStringList, selected);
        QFETCH(int, removals);
        QFETCH(int, insertions);

        ValueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set(rowsOf(before));
        QCOMPARE(model.keys(), before);

        // The selection lives on a proxy, as in the views.
        TableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        for (const QString& key : selected) {
            const QModelIndex source = model.index(model.rowOf(key), 0);
            selection.select(proxy.mapFromSource(source), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QPersistentModelIndex current;
        if (!selected.isEmpty()) {
            current = model.index(model.rowOf(selected.first()), 1);
            selection.setCurrentIndex(proxy.mapFromSource(current), QItemSelectionModel::NoUpdate);
        }

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<QPair<QString, std::optional<double>>> next = rowsOf(after);
        model.set(next);

        QStringList expectedOrder;
        for (const QString& key : after) {
            if (!expectedOrder.contains(key))
                expectedOrder.append(key);
        }
        QCOMPARE(model.keys(), expectedOrder);
        QCOMPARE(keysShown(model), expectedOrder);
        QCOMPARE(removed.size(), removals);
        QCOMPARE(inserted.size(), insertions);
        QCOMPARE(reset.size(), 0);

        QStringList stillSelected;
        for (const QString& key : selected) {
            if (expectedOrder.contains(key))
                stillSelected.append(key);
        }
        stillSelected.sort();
        QCOMPARE(selectedKeys(selection), stillSelected);
        if (!selected.isEmpty()) {
            if (expectedOrder.contains(selected.first())) {
                QVERIFY(current.isValid());
                QCOMPARE(current.data(KeyedTableModel::KeyRole).toString(), selected.first());
                QCOMPARE(current.column(), 1);
                QCOMPARE(selection.currentIndex().data(KeyedTableModel::KeyRole).toString(), selected.first());
            } else {
                QVERIFY(!current.isValid());
            }
        }
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.keyAt(row)), row);
    }

    void changedValuesAreReportedAndResorted()
    {
        ValueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set({{QStringLiteral("a"), 1.0}, {QStringLiteral("b"), 2.0}, {QStringLiteral("c"), 3.0}});
        TableProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(keysShown(proxy), split("c,b,a"));
        QItemSelectionModel selection(&proxy);
        selection.select(proxy.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selectedKeys(selection), split("a"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.set({{QStringLiteral("a"), 9.0}, {QStringLiteral("b"), 2.0}, {QStringLiteral("c"), 3.0}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("9"));
        QCOMPARE(keysShown(proxy), split("a,c,b"));
        QCOMPARE(selectedKeys(selection), split("a"));
    }

    void columnsGrowAndShrinkAtTheEnd()
    {
        ValueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set(rowsOf(split("a,b")));
        QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
        model.setColumnCount(5);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
        model.setColumnCount(2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("the value"));
    }

    void missingValuesSortLastBothWays_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ascending") << int(Qt::AscendingOrder) << split("nine,dix,ten,hundred,gone,none");
        QTest::newRow("descending") << int(Qt::DescendingOrder) << split("hundred,dix,ten,nine,gone,none");
    }

    void missingValuesSortLastBothWays()
    {
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        ValueModel model;
        model.set({{QStringLiteral("none"), std::nullopt},
                   {QStringLiteral("ten"), 10.0},
                   {QStringLiteral("dix"), 10.0},
                   {QStringLiteral("gone"), std::nullopt},
                   {QStringLiteral("nine"), 9.0},
                   {QStringLiteral("hundred"), 100.0}});
        TableProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(1, Qt::SortOrder(order));
        // Numbers numerically (100 after 9 and 10), missing ones last, ties by key in ascending order.
        QCOMPARE(keysShown(proxy), expected);
    }

    void searchMatchesEveryWordAndTagsFilter()
    {
        ValueModel model;
        model.set({{QStringLiteral("Maria Lopez"), 12.0},
                   {QStringLiteral("Mario Kart"), 3.0},
                   {QStringLiteral("Lopez Shop"), 40.0}});
        TableProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("  LOPEZ  "));
        QCOMPARE(keysShown(proxy), QStringList({QStringLiteral("Lopez Shop"), QStringLiteral("Maria Lopez")}));
        proxy.setSearchText(QStringLiteral("mari lop"));
        QCOMPARE(keysShown(proxy), QStringList({QStringLiteral("Maria Lopez")}));
        proxy.setSearchText(QString());
        proxy.setRequiredTag(QStringLiteral("big"));
        QCOMPARE(keysShown(proxy), QStringList({QStringLiteral("Lopez Shop"), QStringLiteral("Maria Lopez")}));
        proxy.setSearchText(QStringLiteral("shop"));
        QCOMPARE(keysShown(proxy), QStringList({QStringLiteral("Lopez Shop")}));
        proxy.setRequiredTag(QString());
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestKeyedTableModel)
#include "tst_KeyedTableModel.moc"
