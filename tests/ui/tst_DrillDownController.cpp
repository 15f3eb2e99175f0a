// A view's click reaches the metrics service and its answer the drill-down window, on a real
// store: the rows shown are the snapshot's figure, a row opens its transcript, and only the
// newest request is answered.
#include "ui/drilldown/DrillDownController.h"

#include "core/metrics/MetricsEngine.h"
#include "core/session/MetricsService.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimStoreWriter.h"
#include "core/store/Database.h"
#include "ui/dashboards/DashboardView.h"
#include "ui/drilldown/DrillDownWindow.h"
#include "ui/drilldown/TranscriptModel.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace crmlens;
using namespace crmlens::ui;
using metrics::DrillDownRequest;
using Target = DrillDownRequest::Target;

namespace {

// With CRMLENS_SHOT_DIR set, the window is saved there to look at, real data and all.
void saveShot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("CRMLENS_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A tab that only asks.
class ClickingView : public DashboardView
{
public:
    void showData(const session::DashboardData&) override {}
    QString title() const override { return QStringLiteral("Test"); }
    void click(const DrillDownRequest& request) { Q_EMIT drillDownRequested(request); }
};

DrillDownRequest ask(Target target, const QString& value = {})
{
    DrillDownRequest r;
    r.target = target;
    r.value = value;
    r.title = QStringLiteral("Test list");
    return r;
}

} // namespace

class tst_DrillDownController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aClickShowsTheRowsBehindTheFigure();
    void aRowOpensItsTranscript();
    void onlyTheNewestRequestIsAnswered();
    void aRefusedRequestShowsTheReason();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<session::MetricsService> m_service;
    session::DashboardData m_data;
    ClickingView m_view;
    std::unique_ptr<DrillDownController> m_controller;
};

void tst_DrillDownController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sim::GeneratorConfig config;
    config.seed = 5;
    config.contacts = 150;
    const sim::SimWorkspace ws = sim::generateWorkspace(config);
    m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Error written = sim::SimStoreWriter::writeNewStore(m_path, ws);
    QVERIFY2(!written.isError(), qPrintable(written.message));

    m_service = std::make_unique<session::MetricsService>(m_path);
    QSignalSpy ready(m_service.get(), &session::MetricsService::snapshotReady);
    m_service->launch();
    metrics::MetricsQuery query;
    query.zone = QTimeZone(QByteArrayLiteral("Africa/Nairobi"));
    query.period = metrics::Period::preset(metrics::Period::Preset::Last30Days,
                                           QDateTime::fromSecsSinceEpoch(ws.now, query.zone).date());
    m_service->setQuery(query);
    QVERIFY(ready.wait(20000));
    m_data = ready.first().first().value<session::DashboardData>();
    QVERIFY(m_data.snapshot->executive.totalContacts > 50);

    m_controller = std::make_unique<DrillDownController>(m_service.get());
    m_controller->addView(&m_view);
}

void tst_DrillDownController::cleanupTestCase()
{
    m_controller.reset();
    m_service->shutdown();
}

void tst_DrillDownController::aClickShowsTheRowsBehindTheFigure()
{
    DrillDownWindow* window = m_controller->window();
    m_view.click(ask(Target::AliveContacts));
    QVERIFY(window->isVisible());
    QVERIFY(window->page() == DrillDownWindow::Page::Loading || window->page() == DrillDownWindow::Page::List);
    QTRY_COMPARE_WITH_TIMEOUT(window->page(), DrillDownWindow::Page::List, 20000);
    QCOMPARE(qint64(window->table()->model()->rowCount()), m_data.snapshot->executive.totalContacts);

    DrillDownRequest hour = ask(Target::PeakHour);
    hour.hour = 20;
    m_view.click(hour);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentRequest().target, Target::PeakHour, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window->page(), DrillDownWindow::Page::List, 20000);
    QCOMPARE(qint64(window->table()->model()->rowCount()), m_data.snapshot->engagement.peakHours[20]);
    saveShot(window, QStringLiteral("real-peak-hour"));
}

void tst_DrillDownController::aRowOpensItsTranscript()
{
    DrillDownWindow* window = m_controller->window();
    m_view.click(ask(Target::AtRisk));
    QTRY_COMPARE_WITH_TIMEOUT(window->page(), DrillDownWindow::Page::List, 20000);
    QCOMPARE(window->table()->model()->rowCount(), int(m_data.snapshot->atRisk.size()));
    saveShot(window, QStringLiteral("real-at-risk"));
    const QString chatId = m_data.snapshot->atRisk.first().chatId;
    window->openRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(window->page(), DrillDownWindow::Page::Transcript, 20000);
    saveShot(window, QStringLiteral("real-transcript"));

    auto db = store::Database::open(m_path);
    QVERIFY(db.ok());
    QSqlQuery stored(db.value()->connection());
    stored.prepare(QStringLiteral("SELECT message_id FROM messages WHERE chat_id = ? ORDER BY ts, message_id"));
    stored.addBindValue(chatId);
    QVERIFY(stored.exec());
    QStringList expected;
    while (stored.next())
        expected << stored.value(0).toString();
    QStringList shown;
    const TranscriptModel* model = window->transcriptModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r).data(TranscriptModel::MessageIdRole).toString();
        if (!id.isEmpty())
            shown << id;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shown, expected);
    window->backToList();
    QCOMPARE(window->page(), DrillDownWindow::Page::List);
}

void tst_DrillDownController::onlyTheNewestRequestIsAnswered()
{
    DrillDownWindow* window = m_controller->window();
    m_view.click(ask(Target::AliveContacts));
    m_view.click(ask(Target::NewContacts));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isWaiting(), 20000);
    QCoreApplication::processEvents();
    QCOMPARE(window->currentRequest().target, Target::NewContacts);
    QCOMPARE(window->page(), DrillDownWindow::Page::List);
    QCOMPARE(qint64(window->table()->model()->rowCount()), m_data.snapshot->executive.newContacts);
}

void tst_DrillDownController::aRefusedRequestShowsTheReason()
{
    DrillDownWindow* window = m_controller->window();
    DrillDownRequest bad = ask(Target::PeakHour);
    bad.hour = 31;
    m_view.click(bad);
    QTRY_COMPARE_WITH_TIMEOUT(window->page(), DrillDownWindow::Page::Error, 20000);
    saveShot(window, QStringLiteral("real-error"));
    QVERIFY(!m_controller->isWaiting());
}

QTEST_MAIN(tst_DrillDownController)
#include "tst_DrillDownController.moc"
