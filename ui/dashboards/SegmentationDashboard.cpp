#include "ui/dashboards/SegmentationDashboard.h"

#include "ui/charts/BarChart.h"
#include "ui/dashboards/DashboardPage.h"
#include "ui/dashboards/MetricDefinitions.h"
#include "ui/dashboards/MonthLabels.h"
#include "ui/models/SegmentEngagementModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace crmlens::ui {

using Target = metrics::DrillDownRequest::Target;

namespace {

QString valueLabel(const QString& value)
{
    return value == QLatin1String("(none)") ? SegmentationDashboard::tr("(no value)") : value;
}

} // namespace

SegmentationDashboard::SegmentationDashboard(QWidget* parent)
    : DashboardView(parent), m_page(new DashboardPage(this)), m_key(new QComboBox(this)),
      m_distribution(new BarChart(this)), m_growth(new BarChart(this)), m_countries(new BarChart(this)),
      m_leadScores(new BarChart(this)), m_model(new SegmentEngagementModel(this)), m_proxy(new TableProxyModel(this)),
      m_table(new QTableView(this))
{
    setAccessibleName(tr("Segmentation dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);

    auto* chooser = new QWidget(this);
    auto* chooserLayout = new QHBoxLayout(chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    auto* keyLabel = new QLabel(tr("Segment contacts by &field:"), chooser);
    keyLabel->setBuddy(m_key);
    m_key->setAccessibleName(tr("Segment field"));
    m_key->setMinimumContentsLength(14);
    chooserLayout->addWidget(keyLabel);
    chooserLayout->addWidget(m_key);
    chooserLayout->addStretch(1);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT segmentKeyChosen(m_key->currentText()); });

    m_distribution->setTitle(tr("Contacts per value"));
    m_distribution->setDefinition(metricDefinition("segmentation.segment_distribution"));
    m_distribution->setOrientation(BarChart::Orientation::Horizontal);
    m_distribution->setValueLabels(true);
    connect(m_distribution, &BarChart::barClicked, this, [this](int, int index) {
        if (index < 0 || index >= m_values.size())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::SegmentValue;
        r.value = m_values.at(index);
        r.title = tr("Contacts with %1 = %2").arg(m_data.query.segmentKey, valueLabel(r.value));
        request(r);
    });

    m_growth->setTitle(tr("New contacts per month and value"));
    m_growth->setDefinition(metricDefinition("segmentation.segment_growth"));
    m_growth->setStacked(true);
    connect(m_growth, &BarChart::barClicked, this, [this](int set, int index) {
        if (set < 0 || set >= m_growthValues.size() || index < 0 || index >= m_growthMonths.size())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::SegmentMonth;
        r.value = m_growthValues.at(set);
        r.month = m_growthMonths.at(index);
        r.title = tr("New contacts in %1 with %2 = %3")
                      .arg(monthLabel(r.month), m_data.query.segmentKey, valueLabel(r.value));
        request(r);
    });

    m_countries->setTitle(tr("Countries"));
    m_countries->setDefinition(metricDefinition("segmentation.countries"));
    m_countries->setValueLabels(true);
    m_countries->setToolTipFormatter([this](int, int index, double value) {
        const QString code = m_countryCodes.value(index);
        return tr("%1: %2 contacts")
            .arg(code.isEmpty() ? tr("Other countries") : format::country(code), format::count(qint64(value)));
    });
    connect(m_countries, &BarChart::barClicked, this, [this](int, int index) {
        if (index < 0 || index >= m_countryCodes.size() || m_countryCodes.at(index).isEmpty())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::Country;
        r.value = m_countryCodes.at(index);
        r.title = tr("Contacts in %1").arg(format::country(r.value));
        request(r);
    });

    m_leadScores->setTitle(tr("Lead scores"));
    m_leadScores->setDefinition(metricDefinition("segmentation.lead_score_distribution"));
    m_leadScores->setValueLabels(true);
    connect(m_leadScores, &BarChart::barClicked, this, [this](int, int index) {
        if (index < 0 || index >= m_bands.size())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::LeadBand;
        r.value = m_bands.at(index);
        r.title = tr("Contacts with a lead score of %1").arg(r.value);
        request(r);
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KeyedTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Engagement by segment"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentEngagementModel::Contacts, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentEngagementModel::Value, QHeaderView::Stretch);
    m_table->setMinimumHeight(220);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        metrics::DrillDownRequest r;
        r.target = Target::SegmentValue;
        r.value = index.data(KeyedTableModel::KeyRole).toString();
        r.title = tr("Contacts with %1 = %2").arg(m_data.query.segmentKey, valueLabel(r.value));
        request(r);
    });
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* tableTitle = new QLabel(tr("Engagement by value"), tableBox);
    QFont bold = tableTitle->font();
    bold.setBold(true);
    tableTitle->setFont(bold);
    tableTitle->setToolTip(metricDefinition("segmentation.segment_engagement"));
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(m_table);

    QGridLayout* grid = m_page->grid();
    grid->addWidget(chooser, 0, 0, 1, 2);
    grid->addWidget(m_distribution, 1, 0);
    grid->addWidget(m_growth, 1, 1);
    grid->addWidget(tableBox, 2, 0, 1, 2);
    grid->addWidget(m_countries, 3, 0);
    grid->addWidget(m_leadScores, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowMinimumHeight(1, 300);
    grid->setRowMinimumHeight(3, 320);
}

QString SegmentationDashboard::title() const
{
    return tr("Segmentation");
}

void SegmentationDashboard::request(metrics::DrillDownRequest request)
{
    Q_EMIT drillDownRequested(request);
}

void SegmentationDashboard::showData(const session::DashboardData& shown)
{
    m_data = shown;
    m_page->showState(shown);
    if (!shown.isValid())
        return;
    const metrics::SegmentationSection& s = shown.snapshot->segmentation;
    {
        const QSignalBlocker block(m_key);
        m_key->clear();
        QStringList keys = shown.fieldKeys;
        if (!keys.contains(s.key))
            keys.prepend(s.key);
        m_key->addItems(keys);
        m_key->setCurrentText(s.key);
    }

    m_values.clear();
    ChartSeries contacts{tr("Contacts"), {}};
    QStringList valueLabels;
    for (const auto& [value, count] : s.segmentDistribution) {
        m_values << value;
        valueLabels << valueLabel(value);
        contacts.values << std::optional<double>(double(count));
    }
    m_distribution->setData(valueLabels, {contacts});

    // Months as columns, one stacked set per value (a value absent in a month is 0 new contacts).
    m_growthMonths.clear();
    m_growthValues.clear();
    for (const metrics::SegmentGrowthRow& row : s.segmentGrowth) {
        if (!m_growthMonths.contains(row.month))
            m_growthMonths << row.month;
        if (!m_growthValues.contains(row.value))
            m_growthValues << row.value;
    }
    std::sort(m_growthMonths.begin(), m_growthMonths.end());
    QList<ChartSeries> sets;
    for (const QString& value : std::as_const(m_growthValues)) {
        ChartSeries set{valueLabel(value), QList<std::optional<double>>(m_growthMonths.size(), 0.0)};
        for (const metrics::SegmentGrowthRow& row : s.segmentGrowth) {
            if (row.value == value)
                set.values[m_growthMonths.indexOf(row.month)] = double(row.newContacts);
        }
        sets << set;
    }
    QStringList monthLabels;
    for (const QString& month : std::as_const(m_growthMonths))
        monthLabels << monthLabel(month);
    m_growth->setData(monthLabels, sets);

    m_countryCodes.clear();
    QStringList countryLabels;
    ChartSeries countries{tr("Contacts"), {}};
    qint64 other = 0;
    for (const auto& [code, count] : s.countries) {
        if (m_countryCodes.size() < kCountriesShown) {
            m_countryCodes << code;
            // Codes keep the axis readable; the tooltip names the country.
            countryLabels << code;
            countries.values << std::optional<double>(double(count));
        } else {
            other += count;
        }
    }
    if (other > 0) {
        m_countryCodes << QString(); // "Other" is many countries: nothing single to drill into
        countryLabels << tr("Other");
        countries.values << std::optional<double>(double(other));
    }
    m_countries->setData(countryLabels, {countries});

    // Lowest band first, as a distribution reads left to right.
    m_bands.clear();
    ChartSeries scored{tr("Contacts"), {}};
    for (auto it = s.leadScoreDistribution.crbegin(); it != s.leadScoreDistribution.crend(); ++it) {
        m_bands << it->first;
        scored.values << std::optional<double>(double(it->second));
    }
    m_leadScores->setData(m_bands, {scored});

    m_model->refresh(shown);
}

} // namespace crmlens::ui
