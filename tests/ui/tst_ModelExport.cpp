#include "ui/models/ModelExport.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace crmlens::ui;

class TestModelExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvFieldQuotesPerRfc4180_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Amina") << QStringLiteral("Amina");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("1,234") << QStringLiteral("\"1,234\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("spaces stay bare") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
    }

    void csvFieldQuotesPerRfc4180()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(modelexport::csvField(field), expected);
    }

    void tablesAsTsvAndCsv()
    {
        const QList<QStringList> table = {{QStringLiteral("Name"), QStringLiteral("Note")},
                                          {QStringLiteral("Amina"), QStringLiteral("a\tb\nc")},
                                          {QStringLiteral("O'Neil, Jr"), QString()}};
        QCOMPARE(modelexport::toTsv(table), QStringLiteral("Name\tNote\nAmina\ta b c\nO'Neil, Jr\t\n"));
        QCOMPARE(modelexport::toCsv(table), QStringLiteral("Name,Note\r\nAmina,\"a\tb\nc\"\r\n\"O'Neil, Jr\",\r\n"));
    }

    void fileNameParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("operator") << QStringLiteral("Operator: diego@acme.co")
                                  << QStringLiteral("operator-diego-acme-co");
        QTest::newRow("slashes") << QStringLiteral("../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("accents kept") << QStringLiteral("José Núñez") << QStringLiteral("josé-núñez");
        QTest::newRow("nothing usable") << QStringLiteral("  ::  ") << QString();
    }

    void fileNameParts()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(modelexport::fileNamePart(text), expected);
    }

    void selectedRowsFollowTheViewOrderAndColumns()
    {
        QStandardItemModel model(4, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        for (int r = 0; r < 4; ++r) {
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(QStringLiteral("%1%2").arg(r).arg(c)));
        }
        QTableView view;
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setColumnHidden(1, true);
        view.horizontalHeader()->moveSection(2, 0); // C shown first

        QCOMPARE(modelexport::selectedRows(view, false), QList<int>());
        QCOMPARE(modelexport::selectedRows(view, true), QList<int>({0, 1, 2, 3}));
        view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.selectionModel()->select(model.index(0, 2), QItemSelectionModel::Select); // one cell of row 0
        QCOMPARE(modelexport::selectedRows(view, true), QList<int>({0, 2}));
        QCOMPARE(modelexport::visibleColumns(view), QList<int>({2, 0}));

        const QList<QStringList> table = modelexport::tableRows(model, {0, 2}, {2, 0}, modelexport::Values::Display);
        QCOMPARE(table.size(), 3);
        QCOMPARE(table.at(0), QStringList({QStringLiteral("C"), QStringLiteral("A")}));
        QCOMPARE(table.at(1), QStringList({QStringLiteral("02"), QStringLiteral("00")}));
        QCOMPARE(table.at(2), QStringList({QStringLiteral("22"), QStringLiteral("20")}));
    }
};

QTEST_MAIN(TestModelExport)
#include "tst_ModelExport.moc"
