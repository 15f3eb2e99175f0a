// The main window with a real workspace: a store written from a generated CRM, opened offline,
// its figures computed on the metrics thread and shown in the tabs.
#include "core/metrics/MetricsEngine.h"
#include "core/session/MetricsService.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimStoreWriter.h"
#include "core/store/Database.h"
#include "core/sync/SyncTypes.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotWriter.h"
#include "ui/charts/BarChart.h"
#include "ui/dashboards/DashboardView.h"
#include "ui/dashboards/ExecutiveDashboard.h"
#include "ui/dashboards/SegmentationDashboard.h"
#include "ui/dashboards/StandardViews.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/MetricFormat.h"
#include "ui/workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QImageReader>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

const QTimeZone kZone("Africa/Nairobi");

// The figures the engine gives for `query` on its own connection: what the window must show.
metrics::MetricsSnapshot expectedFor(const QString& path, const metrics::MetricsQuery& query)
{
    auto db = store::Database::open(path);
    if (!db)
        qFatal("cannot open the test store");
    metrics::MetricsEngine engine(*db.value());
    auto snapshot = engine.compute(query);
    if (!snapshot)
        qFatal("cannot compute the expected figures");
    return std::move(snapshot).value();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // Opens the test store offline in `window` and waits for the first figures.
    std::unique_ptr<Workspace> open(MainWindow& window)
    {
        WorkspaceConfig config;
        config.connection.databasePath = m_path;
        config.queryDefaults.zone = kZone;
        auto workspace = std::make_unique<Workspace>(config, &window);
        QSignalSpy shown(workspace.get(), &Workspace::snapshotShown);
        workspace->start();
        if (!shown.wait(30000))
            qFatal("no snapshot reached the window");
        return workspace;
    }

private Q_SLOTS:
    void initTestCase()
    {
        session::registerSessionMetaTypes();
        sync::registerSyncMetaTypes();
        QVERIFY(m_dir.isValid());
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("store.sqlite"));
        sim::GeneratorConfig config;
        config.seed = 11;
        config.contacts = 400;
        config.now = QDateTime::currentSecsSinceEpoch();
        const Error e = sim::SimStoreWriter::writeNewStore(m_path, sim::generateWorkspace(config));
        QVERIFY2(!e.isError(), qPrintable(e.message));
    }

    void hasTheSixTabsInOrder()
    {
        MainWindow window;
        addStandardViews(window);
        const QStringList expected = {QStringLiteral("Executive"),  QStringLiteral("Campaigns"),
                                      QStringLiteral("Engagement"), QStringLiteral("Segmentation"),
                                      QStringLiteral("Leads"),      QStringLiteral("At risk")};
        QStringList titles;
        for (int i = 0; i < window.tabs()->count(); ++i)
            titles << window.tabs()->tabText(i);
        QCOMPARE(titles, expected);
        for (DashboardView* view : window.views())
            QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->title()));
    }

    void executiveCardsShowTheEnginesFigures()
    {
        MainWindow window;
        addStandardViews(window);
        auto workspace = open(window);
        const session::DashboardData& shown = window.data();
        QVERIFY(shown.isValid());
        QVERIFY(!shown.empty);
        const metrics::MetricsSnapshot expected = expectedFor(m_path, shown.query);
        QVERIFY(expected.executive.totalContacts > 0);

        auto* executive = qobject_cast<ExecutiveDashboard*>(window.views().first());
        QVERIFY(executive);
        QCOMPARE(executive->card(QStringLiteral("executive.total_contacts"))->value(),
                 format::count(expected.executive.totalContacts));
        QCOMPARE(executive->card(QStringLiteral("executive.new_contacts"))->value(),
                 format::count(expected.executive.newContacts));
        QCOMPARE(executive->card(QStringLiteral("executive.churn_rate_pct"))->value(),
                 format::percent(expected.executive.churnRatePct));
        QCOMPARE(executive->card(QStringLiteral("executive.active_campaigns"))->value(),
                 format::count(expected.executive.activeCampaigns));
        QCOMPARE(executive->newContactsChart()->categories().size(), expected.executive.contactGrowth.size());
        for (int i = 0; i < expected.executive.contactGrowth.size(); ++i)
            QCOMPARE(executive->newContactsChart()->value(0, i),
                     double(expected.executive.contactGrowth[i].newContacts));
    }

    void growthBarsAndCardsAskForTheContactsBehindThem()
    {
        MainWindow window;
        addStandardViews(window);
        auto workspace = open(window);
        auto* executive = qobject_cast<ExecutiveDashboard*>(window.views().first());
        QVERIFY(executive);
        QSignalSpy asked(executive, &DashboardView::drillDownRequested);
        const auto& growth = window.data().snapshot->executive.contactGrowth;
        QVERIFY(!growth.isEmpty());
        // The chart's own mapping of a click to a bar is tested with the charts.
        Q_EMIT executive->newContactsChart()->barClicked(0, int(growth.size()) - 1);
        QCOMPARE(asked.size(), 1);
        auto request = asked.takeFirst().at(0).value<metrics::DrillDownRequest>();
        QCOMPARE(request.target, metrics::DrillDownRequest::Target::NewContacts);
        QCOMPARE(request.month, growth.last().month);

        Q_EMIT executive->card(QStringLiteral("executive.churn_rate_pct"))->clicked();
        QCOMPARE(asked.size(), 1);
        request = asked.takeFirst().at(0).value<metrics::DrillDownRequest>();
        QCOMPARE(request.target, metrics::DrillDownRequest::Target::ChurnedContacts);
    }

    void aFilterChangeRecomputesOffTheUiThreadAndNarrowsTheFigures()
    {
        MainWindow window;
        addStandardViews(window);
        auto workspace = open(window);
        const qint64 before = window.data().snapshot->executive.totalContacts;
        QVERIFY(!window.data().countries.isEmpty());

        FilterState state = window.filterBar()->state();
        state.filter.country = window.data().countries.first();
        QSignalSpy shown(workspace.get(), &Workspace::snapshotShown);
        window.filterBar()->setState(state);
        Q_EMIT window.filterBar()->changed(state);
        QVERIFY(shown.wait(30000));

        const session::DashboardData& data = window.data();
        QCOMPARE(data.query.filter.country, state.filter.country);
        const metrics::MetricsSnapshot expected = expectedFor(m_path, data.query);
        QCOMPARE(data.snapshot->executive.totalContacts, expected.executive.totalContacts);
        QVERIFY(expected.executive.totalContacts < before);
        QVERIFY2(data.filterSummary.contains(state.filter.country), qPrintable(data.filterSummary));
    }

    void segmentationChartsFollowTheSnapshotAndItsKeyChooser()
    {
        MainWindow window;
        addStandardViews(window);
        auto workspace = open(window);
        SegmentationDashboard* segmentation = nullptr;
        for (DashboardView* view : window.views()) {
            if (auto* s = qobject_cast<SegmentationDashboard*>(view))
                segmentation = s;
        }
        QVERIFY(segmentation);
        // Views off screen catch up when their tab is shown.
        window.tabs()->setCurrentWidget(segmentation);
        const metrics::MetricsSnapshot expected = expectedFor(m_path, window.data().query);
        const auto& distribution = expected.segmentation.segmentDistribution;
        QCOMPARE(segmentation->distributionChart()->categories().size(), distribution.size());
        for (int i = 0; i < distribution.size(); ++i)
            QCOMPARE(segmentation->distributionChart()->value(0, i), double(distribution[i].second));

        // Choosing another field asks for a new segmentation through the workspace.
        const int other = segmentation->keyChooser()->findText(QStringLiteral("lead_stage"));
        QVERIFY(other >= 0);
        QSignalSpy shown(workspace.get(), &Workspace::snapshotShown);
        segmentation->keyChooser()->setCurrentIndex(other);
        QVERIFY(shown.wait(30000));
        QCOMPARE(window.data().snapshot->segmentation.key, QStringLiteral("lead_stage"));
        QCOMPARE(segmentation->keyChooser()->currentText(), QStringLiteral("lead_stage"));
    }

    void screenshotsCoverEveryTabAtTheRequestedSize()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        addStandardViews(window);
        auto workspace = open(window);
        window.resize(1600, 1000);
        window.show();
        QString error;
        const QStringList files = writeTabScreenshots(window, dir.path(), QStringLiteral("light"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), window.tabs()->count());
        QVERIFY(files.first().endsWith(QStringLiteral("01-executive-light.png")));
        for (const QString& file : files) {
            QImageReader reader(file);
            QCOMPARE(reader.size(), QSize(1600, 1000));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
