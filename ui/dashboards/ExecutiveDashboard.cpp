#include "ui/dashboards/ExecutiveDashboard.h"

#include "ui/charts/BarChart.h"
#include "ui/charts/GaugeWidget.h"
#include "ui/charts/LineChart.h"
#include "ui/charts/PieChart.h"
#include "ui/dashboards/DashboardPage.h"
#include "ui/dashboards/MetricDefinitions.h"
#include "ui/dashboards/MonthLabels.h"
#include "ui/models/TableProxyModel.h"
#include "ui/models/TopCampaignsModel.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/MetricFormat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace crmlens::ui {

using Target = metrics::DrillDownRequest::Target;

namespace {

struct CardSpec
{
    const char* key;
    const char* title;
};

constexpr CardSpec kCards[] = {
    {"executive.total_contacts", QT_TRANSLATE_NOOP("crmlens::ui::ExecutiveDashboard", "Total contacts")},
    {"executive.new_contacts", QT_TRANSLATE_NOOP("crmlens::ui::ExecutiveDashboard", "New contacts")},
    {"executive.growth_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::ExecutiveDashboard", "Growth")},
    {"executive.churn_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::ExecutiveDashboard", "Churn")},
    {"executive.active_campaigns", QT_TRANSLATE_NOOP("crmlens::ui::ExecutiveDashboard", "Active campaigns")},
};

QString comparisonText(const QString& delta)
{
    return ExecutiveDashboard::tr("%1 vs previous period").arg(delta);
}

} // namespace

ExecutiveDashboard::ExecutiveDashboard(QWidget* parent)
    : DashboardView(parent), m_page(new DashboardPage(this)), m_response(new GaugeWidget(this)),
      m_growth(new LineChart(this)), m_newContacts(new BarChart(this)), m_sources(new PieChart(this)),
      m_topModel(new TopCampaignsModel(this)), m_topProxy(new TableProxyModel(this)), m_topTable(new QTableView(this)),
      m_notes(new QLabel(this))
{
    setAccessibleName(tr("Executive dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    buildCards();

    m_response->setTitle(tr("Response rate"));
    m_response->setDefinition(metricDefinition("executive.response_rate_pct"));
    m_response->setAccessibleName(tr("Response rate"));

    m_growth->setTitle(tr("Contacts over the last 12 months"));
    m_growth->setDefinition(metricDefinition("executive.contact_growth"));
    m_newContacts->setTitle(tr("New contacts per month"));
    m_newContacts->setDefinition(metricDefinition("executive.contact_growth"));
    m_newContacts->setValueLabels(true);
    connect(m_newContacts, &BarChart::barClicked, this, [this](int, int index) {
        if (!m_data.isValid() || index < 0 || index >= m_data.snapshot->executive.contactGrowth.size())
            return;
        metrics::DrillDownRequest request;
        request.target = Target::NewContacts;
        request.month = m_data.snapshot->executive.contactGrowth.at(index).month;
        request.title = tr("Contacts created in %1").arg(monthLabel(request.month));
        Q_EMIT drillDownRequested(request);
    });
    m_sources->setTitle(tr("Where new contacts come from"));
    m_sources->setDefinition(metricDefinition("executive.source_distribution"));
    m_sources->setDonut(true);
    m_sources->setEmptyText(tr("No contact was created in this period."));
    connect(m_sources, &PieChart::sliceClicked, this, [this](int index) {
        if (index < 0 || index >= m_sourceNames.size())
            return;
        const QString source = m_sourceNames.at(index);
        requestDrillDown(Target::Source, source, tr("Contacts from source “%1”").arg(source));
    });

    m_topProxy->setSourceModel(m_topModel);
    m_topProxy->setSortRole(KeyedTableModel::SortRole);
    m_topTable->setModel(m_topProxy);
    m_topTable->setAccessibleName(tr("Top campaigns"));
    m_topTable->setToolTip(metricDefinition("executive.top_campaigns"));
    m_topTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topTable->setSortingEnabled(true);
    m_topTable->sortByColumn(TopCampaignsModel::Rank, Qt::AscendingOrder);
    m_topTable->verticalHeader()->hide();
    m_topTable->horizontalHeader()->setSectionResizeMode(TopCampaignsModel::Campaign, QHeaderView::Stretch);
    m_topTable->setMinimumHeight(260);
    const auto openCampaign = [this](const QModelIndex& index) {
        const QString id = index.data(KeyedTableModel::KeyRole).toString();
        if (!id.isEmpty())
            requestDrillDown(
                Target::CampaignRecipients, id,
                tr("Recipients of %1").arg(index.siblingAtColumn(TopCampaignsModel::Campaign).data().toString()));
    };
    connect(m_topTable, &QTableView::activated, this, openCampaign);

    auto* topBox = new QWidget(this);
    auto* topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* topTitle = new QLabel(tr("Top campaigns by reply rate"), topBox);
    QFont bold = topTitle->font();
    bold.setBold(true);
    topTitle->setFont(bold);
    topTitle->setToolTip(metricDefinition("executive.top_campaigns"));
    topLayout->addWidget(topTitle);
    topLayout->addWidget(m_topTable);

    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Notes on the figures"));
    m_notes->setForegroundRole(QPalette::PlaceholderText);

    QGridLayout* grid = m_page->grid();
    grid->addWidget(m_response, 1, 0, 1, 2);
    grid->addWidget(m_growth, 1, 2, 1, 4);
    grid->addWidget(m_newContacts, 2, 0, 1, 3);
    grid->addWidget(m_sources, 2, 3, 1, 3);
    grid->addWidget(topBox, 3, 0, 1, 6);
    grid->addWidget(m_notes, 4, 0, 1, 6);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowMinimumHeight(1, 260);
    grid->setRowMinimumHeight(2, 300);
}

QString ExecutiveDashboard::title() const
{
    return tr("Executive");
}

KpiCard* ExecutiveDashboard::card(const QString& jsonKey) const
{
    return m_cards.value(jsonKey);
}

void ExecutiveDashboard::buildCards()
{
    int column = 0;
    for (const CardSpec& spec : kCards) {
        auto* card = new KpiCard(tr(spec.title), this);
        card->setDefinition(metricDefinition(spec.key));
        m_cards.insert(QString::fromLatin1(spec.key), card);
        m_page->grid()->addWidget(card, 0, column, 1, column == 4 ? 2 : 1);
        ++column;
    }
    const auto clickable = [this](const char* key, Target target, const QString& title) {
        KpiCard* c = m_cards.value(QString::fromLatin1(key));
        c->setClickable(true);
        connect(c, &KpiCard::clicked, this, [this, target, title] { requestDrillDown(target, {}, title); });
    };
    clickable("executive.total_contacts", Target::AliveContacts, tr("All contacts at the end of the period"));
    clickable("executive.new_contacts", Target::NewContacts, tr("Contacts created in the period"));
    clickable("executive.churn_rate_pct", Target::ChurnedContacts, tr("Contacts churned in the period"));
}

void ExecutiveDashboard::requestDrillDown(Target target, const QString& value, const QString& title)
{
    metrics::DrillDownRequest request;
    request.target = target;
    request.value = value;
    request.stage = target == Target::CampaignRecipients ? QStringLiteral("recipients") : QString();
    request.title = title;
    Q_EMIT drillDownRequested(request);
}

void ExecutiveDashboard::showData(const session::DashboardData& shown)
{
    m_data = shown;
    m_page->showState(shown);
    if (!shown.isValid())
        return;
    const metrics::ExecutiveSection& e = shown.snapshot->executive;
    const metrics::KpiComparison& k = shown.snapshot->kpis;
    const bool compare = shown.comparePrevious;
    for (KpiCard* c : std::as_const(m_cards))
        c->setPartial(shown.partial);

    KpiCard* total = m_cards.value(QStringLiteral("executive.total_contacts"));
    total->setValue(format::count(e.totalContacts));
    total->setComparison(compare ? comparisonText(format::deltaPercent(k.totalContacts.value, k.totalContacts.previous))
                                 : QString(),
                         KpiCard::trendOf(k.totalContacts.value, k.totalContacts.previous, true));

    KpiCard* fresh = m_cards.value(QStringLiteral("executive.new_contacts"));
    fresh->setValue(format::count(e.newContacts));
    fresh->setComparison(compare ? tr("%1 vs %2 in the previous period")
                                       .arg(format::deltaPercent(double(e.newContacts), double(e.newContactsPrev)),
                                            format::count(e.newContactsPrev))
                                 : QString(),
                         KpiCard::trendOf(double(e.newContacts), double(e.newContactsPrev), true));

    KpiCard* growth = m_cards.value(QStringLiteral("executive.growth_rate_pct"));
    growth->setValue(format::percent(e.growthRatePct));
    growth->setComparison(compare ? comparisonText(format::deltaPoints(k.growthRatePct.value, k.growthRatePct.previous))
                                  : QString(),
                          KpiCard::trendOf(k.growthRatePct.value, k.growthRatePct.previous, true));

    KpiCard* churn = m_cards.value(QStringLiteral("executive.churn_rate_pct"));
    churn->setValue(format::percent(e.churnRatePct));
    QString churnLine = tr("%n contact(s) churned", nullptr, int(e.churnedContacts));
    if (compare)
        churnLine +=
            QStringLiteral(" · ") + comparisonText(format::deltaPoints(k.churnRatePct.value, k.churnRatePct.previous));
    churn->setComparison(churnLine, compare ? KpiCard::trendOf(k.churnRatePct.value, k.churnRatePct.previous, false)
                                            : KpiCard::Trend::Neutral);

    KpiCard* active = m_cards.value(QStringLiteral("executive.active_campaigns"));
    active->setValue(format::count(e.activeCampaigns));
    active->setComparison(tr("scheduled, active or in progress now"));

    m_response->setValue(e.responseRatePct);
    m_response->setSubtitle(
        compare ? comparisonText(format::deltaPoints(k.responseRatePct.value, k.responseRatePct.previous)) : QString());

    QStringList months;
    ChartSeries totals{tr("Total contacts"), {}};
    ChartSeries news{tr("New contacts"), {}};
    for (const metrics::MonthGrowth& m : e.contactGrowth) {
        months << monthLabel(m.month);
        totals.values << std::optional<double>(double(m.total));
        news.values << std::optional<double>(double(m.newContacts));
    }
    m_growth->setData(months, {totals});
    m_newContacts->setData(months, {news});

    QList<NamedValue> sources;
    m_sourceNames.clear();
    for (const auto& [name, count] : e.sourceDistribution) {
        sources << NamedValue{name, double(count)};
        m_sourceNames << name;
    }
    m_sources->setData(sources);

    m_topModel->refresh(shown);

    QStringList notes;
    notes << (e.churnTrackedSince.isValid()
                  ? tr("Churn is tracked since %1, the first complete contact sync.")
                        .arg(format::day(e.churnTrackedSince))
                  : tr("Churn is tracked from the first complete contact sync on; it has not finished yet."));
    if (e.contactsWithoutCreationTime > 0)
        notes << tr("%n contact(s) have no creation time from the CRM: they count from when they were first seen.",
                    nullptr, int(e.contactsWithoutCreationTime));
    m_notes->setText(notes.join(QLatin1Char(' ')));
}

} // namespace crmlens::ui
