#include "ui/dashboards/CampaignsDashboard.h"

#include "ui/charts/FunnelWidget.h"
#include "ui/charts/HeatmapWidget.h"
#include "ui/dashboards/DashboardPage.h"
#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/AbTestModel.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/models/TemplateTableModel.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/MetricFormat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace crmlens::ui {

using Target = metrics::DrillDownRequest::Target;

namespace {

struct CardSpec
{
    const char* key;
    const char* title;
    const char* stage; // the funnel stage behind the rate, for its drill-down
    bool higherIsBetter;
};

constexpr CardSpec kCards[] = {
    {"campaigns.delivery_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::CampaignsDashboard", "Delivery rate"), "delivered",
     true},
    {"campaigns.read_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::CampaignsDashboard", "Read rate"), "read", true},
    {"campaigns.reply_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::CampaignsDashboard", "Reply rate"), "replied", true},
    {"campaigns.failure_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::CampaignsDashboard", "Failure rate"), "failed",
     false},
};

const metrics::Kpi& kpiOf(const metrics::KpiComparison& k, const QString& key)
{
    if (key == QLatin1String("campaigns.delivery_rate_pct"))
        return k.campaignDeliveryRatePct;
    if (key == QLatin1String("campaigns.read_rate_pct"))
        return k.campaignReadRatePct;
    if (key == QLatin1String("campaigns.reply_rate_pct"))
        return k.campaignReplyRatePct;
    return k.campaignFailureRatePct;
}

QString hourLabel(int hour)
{
    return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
}

} // namespace

CampaignsDashboard::CampaignsDashboard(QWidget* parent)
    : DashboardView(parent), m_page(new DashboardPage(this)), m_funnel(new FunnelWidget(this)),
      m_sendTimes(new HeatmapWidget(this)), m_campaignModel(new CampaignTableModel(this)),
      m_campaignProxy(new TableProxyModel(this)), m_campaignTable(nullptr), m_campaignNote(new QLabel(this)),
      m_roi(new QLabel(this)), m_templateModel(new TemplateTableModel(this)),
      m_templateProxy(new TableProxyModel(this)), m_templateTable(nullptr), m_templateNote(new QLabel(this)),
      m_abModel(new AbTestModel(this)), m_abProxy(new TableProxyModel(this)), m_abTable(nullptr),
      m_abNote(new QLabel(this))
{
    setAccessibleName(tr("Campaigns dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    m_page->setEmptyText(tr("No synced data yet"),
                         tr("Campaign delivery, read and reply rates, templates and A/B results appear here once "
                            "campaign reports have been synced."));
    buildCards();

    m_funnel->setTitle(tr("Delivery funnel"));
    m_funnel->setDefinition(metricDefinition("campaigns.funnel"));
    m_funnel->setAccessibleName(tr("Delivery funnel"));
    m_funnel->setEmptyText(tr("No campaign was scheduled in this period."));
    connect(m_funnel, &FunnelWidget::stageClicked, this, [this](int index) {
        const QStringList stages = funnelStageNames();
        if (index < 0 || index >= stages.size())
            return;
        const QList<FunnelWidget::Stage> shown = m_funnel->stages();
        const QString label = index < shown.size() ? shown.at(index).label : stages.at(index);
        requestDrillDown(Target::FunnelStage, QString(), stages.at(index),
                         tr("Campaign recipients: %1").arg(label.toLower()));
    });

    m_sendTimes->setTitle(tr("Read rate by send time"));
    m_sendTimes->setSubtitle(tr("Completed campaigns by the weekday and hour they were scheduled"));
    m_sendTimes->setDefinition(metricDefinition("campaigns.send_time_heatmap"));
    m_sendTimes->setAccessibleName(tr("Read rate by send time"));
    m_sendTimes->setEmptyText(tr("No completed campaign was scheduled in this period."));
    m_sendTimes->setCellTextFormatter([](int, int, const std::optional<double>& value) {
        return value ? QLocale().toString(*value, 'f', 0) : QString();
    });
    // A cell has no list of its own to open (its rows would be several campaigns' recipients), so
    // its tooltip names the campaigns instead.
    m_sendTimes->setToolTipFormatter(
        [this](int row, int column, const std::optional<double>&) { return sendTimeToolTip(row, column); });

    m_campaignTable = makeTable(m_campaignModel, m_campaignProxy, tr("Campaign performance"));
    m_campaignTable->setMinimumHeight(280);
    connect(m_campaignTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(KeyedTableModel::KeyRole).toString();
        requestDrillDown(Target::CampaignRecipients, id, QStringLiteral("recipients"),
                         tr("Recipients of %1").arg(index.siblingAtColumn(CampaignTableModel::Name).data().toString()));
    });

    m_templateTable = makeTable(m_templateModel, m_templateProxy, tr("Templates"));
    m_templateTable->setMinimumHeight(180);
    m_templateTable->sortByColumn(TemplateTableModel::ReplyRate, Qt::DescendingOrder);
    connect(m_templateTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString name = index.data(KeyedTableModel::KeyRole).toString();
        requestDrillDown(Target::Template, name, QStringLiteral("recipients"),
                         tr("Recipients of campaigns using template %1").arg(name));
    });

    m_abTable = makeTable(m_abModel, m_abProxy, tr("A/B tests"));
    m_abTable->setMinimumHeight(160);
    connect(m_abTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        // A variant of one campaign opens its recipients; a variant of several has no single list
        // (the campaigns cell's tooltip names them, and each is a row of the performance grid).
        const QStringList ids = m_abModel->campaignIds(index.data(KeyedTableModel::KeyRole).toString());
        if (ids.size() != 1)
            return;
        const QString name = m_campaignModel->campaignName(ids.first());
        requestDrillDown(Target::CampaignRecipients, ids.first(), QStringLiteral("recipients"),
                         tr("Recipients of %1").arg(name.isEmpty() ? ids.first() : name));
    });

    for (QLabel* note : {m_campaignNote, m_templateNote, m_abNote, m_roi}) {
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    m_roi->setAccessibleName(tr("Return on investment"));
    m_roi->setToolTip(metricDefinition("campaigns.roi"));
    m_campaignNote->setText(tr("No campaign was scheduled in this period."));
    m_templateNote->setText(tr("No campaign was scheduled in this period."));
    m_abNote->setText(tr("No A/B test in this period. Campaigns whose names differ only by a variant marker at the "
                         "end ([A], (B), - C, _D or “variant E”) are compared here."));

    QGridLayout* grid = m_page->grid();
    grid->addWidget(m_funnel, 1, 0, 1, 2);
    grid->addWidget(m_sendTimes, 1, 2, 1, 2);
    grid->addWidget(
        section(tr("Campaign performance"), metricDefinition("campaigns.campaigns"), m_campaignTable, m_campaignNote),
        2, 0, 1, 4);
    grid->addWidget(m_roi, 3, 0, 1, 4);
    grid->addWidget(section(tr("Templates"), metricDefinition("campaigns.templates"), m_templateTable, m_templateNote),
                    4, 0, 1, 4);
    grid->addWidget(section(tr("A/B tests"), metricDefinition("campaigns.ab_tests"), m_abTable, m_abNote), 5, 0, 1, 4);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowMinimumHeight(1, 300);
}

QString CampaignsDashboard::title() const
{
    return tr("Campaigns");
}

QStringList CampaignsDashboard::funnelStageNames()
{
    return {QStringLiteral("recipients"), QStringLiteral("delivered"), QStringLiteral("read"),
            QStringLiteral("replied")};
}

KpiCard* CampaignsDashboard::card(const QString& jsonKey) const
{
    return m_cards.value(jsonKey);
}

void CampaignsDashboard::buildCards()
{
    int column = 0;
    for (const CardSpec& spec : kCards) {
        auto* card = new KpiCard(tr(spec.title), this);
        card->setDefinition(metricDefinition(spec.key));
        card->setClickable(true);
        const QString stage = QString::fromLatin1(spec.stage);
        const QString title = tr(spec.title);
        connect(card, &KpiCard::clicked, this, [this, stage, title] {
            requestDrillDown(Target::FunnelStage, QString(), stage,
                             tr("Campaign recipients behind the %1").arg(title.toLower()));
        });
        m_cards.insert(QString::fromLatin1(spec.key), card);
        m_page->grid()->addWidget(card, 0, column++);
    }
}

QTableView* CampaignsDashboard::makeTable(KeyedTableModel* model, TableProxyModel* proxy, const QString& name)
{
    proxy->setSourceModel(model);
    auto* table = new QTableView(this);
    table->setModel(proxy);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // Source order (the period's campaigns by start) until the user picks a column.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    return table;
}

QWidget* CampaignsDashboard::section(const QString& title, const QString& definition, QWidget* body, QLabel* note)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(title, box);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setToolTip(definition);
    heading->setBuddy(body);
    layout->addWidget(heading);
    if (note)
        layout->addWidget(note);
    layout->addWidget(body, 1);
    return box;
}

void CampaignsDashboard::requestDrillDown(Target target, const QString& value, const QString& stage,
                                          const QString& title)
{
    metrics::DrillDownRequest request;
    request.target = target;
    request.value = value;
    request.stage = stage;
    request.title = title;
    Q_EMIT drillDownRequested(request);
}

void CampaignsDashboard::showData(const session::DashboardData& shown)
{
    m_data = shown;
    m_page->showState(shown);
    if (!shown.isValid())
        return;
    const metrics::CampaignSection& c = shown.snapshot->campaigns;
    showCards(shown);

    m_funnel->setStages(c.campaigns.isEmpty() ? QList<FunnelWidget::Stage>()
                                              : QList<FunnelWidget::Stage>{
                                                    {tr("Recipients"), c.funnel.totalRecipients},
                                                    {tr("Delivered"), c.funnel.delivered},
                                                    {tr("Read"), c.funnel.read},
                                                    {tr("Replied"), c.funnel.replied},
                                                });
    m_campaignModel->refresh(shown);
    m_templateModel->refresh(shown);
    m_abModel->refresh(shown);
    showSendTimes(shown);
    showRoi(shown);
    showTableNotes();
    fitColumns();
}

void CampaignsDashboard::fitColumns()
{
    // Widths follow the contents when a table first has rows or gains or loses columns (ROI);
    // otherwise they are the user's.
    for (QTableView* table : {m_campaignTable, m_templateTable, m_abTable}) {
        const int columns = table->model()->columnCount();
        if (table->model()->rowCount() == 0 || m_fittedColumns.value(table) == columns)
            continue;
        table->resizeColumnsToContents();
        m_fittedColumns.insert(table, columns);
    }
}

void CampaignsDashboard::showCards(const session::DashboardData& shown)
{
    const metrics::CampaignRates& overall = shown.snapshot->campaigns.overall;
    const QHash<QString, metrics::Ratio> values = {
        {QStringLiteral("campaigns.delivery_rate_pct"), overall.deliveryRatePct},
        {QStringLiteral("campaigns.read_rate_pct"), overall.readRatePct},
        {QStringLiteral("campaigns.reply_rate_pct"), overall.replyRatePct},
        {QStringLiteral("campaigns.failure_rate_pct"), overall.failureRatePct},
    };
    for (const CardSpec& spec : kCards) {
        const QString key = QString::fromLatin1(spec.key);
        KpiCard* card = m_cards.value(key);
        const metrics::Kpi& kpi = kpiOf(shown.snapshot->kpis, key);
        card->setPartial(shown.partial);
        card->setValue(format::percent(values.value(key)));
        if (shown.comparePrevious) {
            const QString text = kpi.previous ? tr("%1 vs previous period (%2)")
                                                    .arg(format::deltaPoints(values.value(key), kpi.previous),
                                                         format::percent(kpi.previous))
                                              : tr("no campaigns in the previous period");
            card->setComparison(text, KpiCard::trendOf(values.value(key), kpi.previous, spec.higherIsBetter));
        } else {
            card->setComparison(QString());
        }
    }
}

void CampaignsDashboard::showSendTimes(const session::DashboardData& shown)
{
    m_cells.clear();
    for (const metrics::SendTimeCell& cell : shown.snapshot->campaigns.sendTimeHeatmap)
        m_cells.insert(cell.weekday * 24 + cell.hour, cell);
    if (m_cells.isEmpty()) {
        m_sendTimes->setData({}, {}, {});
        return;
    }
    const QLocale locale;
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        days << locale.dayName(day, QLocale::ShortFormat);
    QStringList hours;
    for (int hour = 0; hour < 24; ++hour)
        hours << hourLabel(hour);
    QList<QList<std::optional<double>>> values(7, QList<std::optional<double>>(24));
    for (const metrics::SendTimeCell& cell : std::as_const(m_cells)) {
        if (cell.weekday >= 0 && cell.weekday < 7 && cell.hour >= 0 && cell.hour < 24)
            values[cell.weekday][cell.hour] = cell.readRatePct;
    }
    m_sendTimes->setData(days, hours, values);
}

QString CampaignsDashboard::sendTimeToolTip(int weekday, int hour) const
{
    const QString when =
        tr("%1 %2:00–%3:00")
            .arg(QLocale().dayName(weekday + 1, QLocale::LongFormat), hourLabel(hour), hourLabel((hour + 1) % 24));
    const auto it = m_cells.constFind(weekday * 24 + hour);
    if (it == m_cells.constEnd())
        return tr("%1: no completed campaign was scheduled at this time.").arg(when);
    const metrics::SendTimeCell& cell = *it;
    QStringList lines;
    lines << tr("%1: read rate %2").arg(when, format::percent(cell.readRatePct));
    lines << tr("%1 delivered, %2 read").arg(format::count(cell.delivered), format::count(cell.read));
    lines << (cell.campaigns == 1 ? tr("1 campaign:") : tr("%1 campaigns:").arg(format::count(cell.campaigns)));
    for (const QString& id : cell.campaignIds) {
        const QString name = m_campaignModel->campaignName(id);
        lines << QStringLiteral("• ") + (name.isEmpty() ? id : name);
    }
    return lines.join(QLatin1Char('\n'));
}

void CampaignsDashboard::showRoi(const session::DashboardData& shown)
{
    if (shown.query.costPerMessage <= 0) {
        m_roi->setText(tr("Set a cost per message in Settings to see ROI."));
        return;
    }
    m_roi->setText(tr("Cost, attributed revenue and ROI of each campaign are in the last columns of the grid, at "
                      "%1 per message.")
                       .arg(QLocale().toString(shown.query.costPerMessage, 'g', 6)));
}

void CampaignsDashboard::showTableNotes()
{
    m_campaignNote->setVisible(m_campaignModel->rowCount() == 0);
    m_campaignTable->setVisible(m_campaignModel->rowCount() > 0);
    m_templateNote->setVisible(m_templateModel->rowCount() == 0);
    m_templateTable->setVisible(m_templateModel->rowCount() > 0);
    m_abNote->setVisible(m_abModel->rowCount() == 0);
    m_abTable->setVisible(m_abModel->rowCount() > 0);
}

QString CampaignsDashboard::roiText() const
{
    return m_roi->text();
}

} // namespace crmlens::ui
