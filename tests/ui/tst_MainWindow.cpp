#include "ui/MainWindow.h"
#include "ui/ScreenshotWriter.h"
#include "ui/widgets/EmptyState.h"

#include <QImageReader>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasTheFourDashboardTabs()
    {
        MainWindow window;
        QTabWidget* tabs = window.tabs();
        QCOMPARE(tabs->count(), 4);
        const QStringList expected = {QStringLiteral("Executive"), QStringLiteral("Campaigns"),
                                      QStringLiteral("Engagement"), QStringLiteral("Segmentation")};
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->tabText(i), expected.at(i));
    }

    void dashboardsWithoutDataSaySoInsteadOfShowingFigures()
    {
        MainWindow window;
        QTabWidget* tabs = window.tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            auto* empty = qobject_cast<EmptyState*>(tabs->widget(i));
            QVERIFY2(empty, qPrintable(tabs->tabText(i)));
            QCOMPARE(empty->title(), QStringLiteral("No synced data yet"));
            QVERIFY(!empty->explanation().isEmpty());
            QVERIFY(!empty->accessibleName().isEmpty());
        }
    }

    void screenshotsCoverEveryTabAtTheRequestedSize()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QString error;
        const QStringList files = writeTabScreenshots(window, dir.path(), QStringLiteral("light"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 4);
        QVERIFY(files.first().endsWith(QStringLiteral("01-executive-light.png")));
        for (const QString& file : files) {
            QImageReader reader(file);
            QCOMPARE(reader.size(), QSize(1600, 1000));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
