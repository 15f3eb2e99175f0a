#include "ui/dashboards/EngagementDashboard.h"

#include "ui/charts/BarChart.h"
#include "ui/charts/GaugeWidget.h"
#include "ui/charts/HeatmapWidget.h"
#include "ui/charts/LineChart.h"
#include "ui/charts/PieChart.h"
#include "ui/charts/WordCloudWidget.h"
#include "ui/dashboards/DashboardPage.h"
#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/OperatorTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/MetricFormat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace crmlens::ui {

using Target = metrics::DrillDownRequest::Target;

namespace {

enum class Kind { Percent, Duration, Number };

struct CardSpec
{
    const char* key;
    const char* title;
    metrics::Kpi metrics::KpiComparison::*kpi;
    Kind kind;
    // Which way is good; nullopt: neither (the inbound/outbound ratio only describes the traffic).
    std::optional<bool> higherIsBetter;
};

const CardSpec kCards[] = {
    {"engagement.response_rate_pct", QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Response rate"),
     &metrics::KpiComparison::responseRatePct, Kind::Percent, true},
    {"engagement.sla_met_pct", QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "SLA met"),
     &metrics::KpiComparison::slaMetPct, Kind::Percent, true},
    {"engagement.avg_response_time_s", QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Avg response time"),
     &metrics::KpiComparison::avgResponseTimeS, Kind::Duration, false},
    {"engagement.median_response_time_s", QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Median response time"),
     &metrics::KpiComparison::medianResponseTimeS, Kind::Duration, false},
    {"engagement.p90_response_time_s", QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "P90 response time"),
     &metrics::KpiComparison::p90ResponseTimeS, Kind::Duration, false},
    {"engagement.avg_first_response_time_s",
     QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Avg first response"),
     &metrics::KpiComparison::avgFirstResponseTimeS, Kind::Duration, false},
    {"engagement.median_first_response_time_s",
     QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Median first response"),
     &metrics::KpiComparison::medianFirstResponseTimeS, Kind::Duration, false},
    {"engagement.messages_per_conversation",
     QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Messages per conversation"),
     &metrics::KpiComparison::messagesPerConversation, Kind::Number, std::nullopt},
    {"engagement.inbound_outbound_ratio", QT_TRANSLATE_NOOP("crmlens::ui::EngagementDashboard", "Inbound : outbound"),
     &metrics::KpiComparison::inboundOutboundRatio, Kind::Number, std::nullopt},
};

constexpr int kCardColumns = 5;
constexpr int kGridColumns = 6;

QString formatted(Kind kind, const metrics::Ratio& value)
{
    switch (kind) {
    case Kind::Percent:
        return format::percent(value);
    case Kind::Duration:
        return format::duration(value);
    case Kind::Number:
        return format::number(value, 2);
    }
    return format::dash();
}

QString hourRange(int hour)
{
    return EngagementDashboard::tr("%1:00–%2:00")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
}

QString weekdayName(int weekday, QLocale::FormatType format)
{
    return QLocale().dayName(weekday + 1, format); // Monday = 0 here, 1 in QLocale
}

} // namespace

EngagementDashboard::EngagementDashboard(QWidget* parent)
    : DashboardView(parent), m_page(new DashboardPage(this)), m_volume(new LineChart(this)),
      m_histogram(new BarChart(this)), m_sla(new GaugeWidget(this)), m_peakHours(new BarChart(this)),
      m_heatmap(new HeatmapWidget(this)), m_operatorModel(new OperatorTableModel(this)),
      m_operatorProxy(new TableProxyModel(this)), m_operatorTable(new QTableView(this)), m_status(new PieChart(this)),
      m_keywords(new WordCloudWidget(this))
{
    setAccessibleName(tr("Engagement dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    buildCards();
    buildCharts();
}

QString EngagementDashboard::title() const
{
    return tr("Engagement");
}

KpiCard* EngagementDashboard::card(const QString& jsonKey) const
{
    return m_cards.value(jsonKey);
}

QStringList EngagementDashboard::cardKeys() const
{
    return m_cardKeys;
}

QString EngagementDashboard::bucketLabel(const QString& bucket)
{
    if (bucket == QLatin1String("lt_1m"))
        return tr("< 1 min");
    if (bucket == QLatin1String("1m_5m"))
        return tr("1–5 min");
    if (bucket == QLatin1String("5m_30m"))
        return tr("5–30 min");
    if (bucket == QLatin1String("30m_1h"))
        return tr("30–60 min");
    if (bucket == QLatin1String("gt_1h"))
        return tr("> 1 h");
    return bucket;
}

void EngagementDashboard::buildCards()
{
    auto* cards = new QWidget(this);
    auto* cardGrid = new QGridLayout(cards);
    cardGrid->setContentsMargins(0, 0, 0, 0);
    cardGrid->setSpacing(12);
    int i = 0;
    for (const CardSpec& spec : kCards) {
        auto* c = new KpiCard(tr(spec.title), cards);
        c->setDefinition(metricDefinition(spec.key));
        c->setAccessibleName(tr(spec.title));
        const QString key = QString::fromLatin1(spec.key);
        m_cards.insert(key, c);
        m_cardKeys << key;
        cardGrid->addWidget(c, i / kCardColumns, i % kCardColumns);
        ++i;
    }
    for (int column = 0; column < kCardColumns; ++column)
        cardGrid->setColumnStretch(column, 1);
    m_page->grid()->addWidget(cards, 0, 0, 1, kGridColumns);
}

void EngagementDashboard::buildCharts()
{
    m_volume->setTitle(tr("Messages per day"));
    m_volume->setDefinition(metricDefinition("engagement.message_volume"));
    connect(m_volume, &LineChart::pointClicked, this, [this](int series, int index) {
        if (index < 0 || index >= m_days.size())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::VolumeDay;
        r.day = m_days.at(index);
        r.stage = series == 0 ? QStringLiteral("inbound") : QStringLiteral("outbound");
        r.title = (series == 0 ? tr("Inbound messages on %1") : tr("Outbound messages on %1")).arg(format::day(r.day));
        emitRequest(r);
    });

    m_histogram->setTitle(tr("Response time"));
    m_histogram->setSubtitle(tr("Share of answered turns by time to the first reply"));
    m_histogram->setDefinition(metricDefinition("engagement.response_time_histogram"));
    m_histogram->setValueLabels(true, QStringLiteral("@value%"), 1);
    m_histogram->setEmptyText(tr("No turn was answered in this period."));
    connect(m_histogram, &BarChart::barClicked, this, [this](int, int index) {
        if (index < 0 || index >= m_buckets.size())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::ResponseBucket;
        r.value = m_buckets.at(index);
        r.title = tr("Replies answered in %1").arg(bucketLabel(r.value));
        emitRequest(r);
    });

    m_sla->setTitle(tr("Answered within the SLA"));
    m_sla->setDefinition(metricDefinition("engagement.sla_met_pct"));
    m_sla->setAccessibleName(tr("Answered within the SLA"));

    m_peakHours->setTitle(tr("Peak hours"));
    m_peakHours->setSubtitle(tr("Inbound messages by hour of day"));
    m_peakHours->setDefinition(metricDefinition("engagement.peak_hours"));
    connect(m_peakHours, &BarChart::barClicked, this, [this](int, int hour) {
        metrics::DrillDownRequest r;
        r.target = Target::PeakHour;
        r.hour = hour;
        r.title = tr("Inbound messages at %1").arg(hourRange(hour));
        emitRequest(r);
    });

    m_heatmap->setTitle(tr("Activity by weekday and hour"));
    m_heatmap->setSubtitle(tr("Inbound messages"));
    m_heatmap->setDefinition(metricDefinition("engagement.activity_heatmap"));
    m_heatmap->setToolTipFormatter([](int row, int column, const std::optional<double>& v) {
        return tr("%1 %2: %n inbound message(s)", nullptr, int(v.value_or(0)))
            .arg(weekdayName(row, QLocale::LongFormat), hourRange(column));
    });
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, [this](int row, int column) {
        metrics::DrillDownRequest r;
        r.target = Target::ActivityCell;
        r.weekday = row;
        r.hour = column;
        r.title = tr("Inbound messages on %1 at %2").arg(weekdayName(row, QLocale::LongFormat), hourRange(column));
        emitRequest(r);
    });

    m_operatorProxy->setSourceModel(m_operatorModel);
    m_operatorProxy->setSortRole(KeyedTableModel::SortRole);
    m_operatorTable->setModel(m_operatorProxy);
    m_operatorTable->setAccessibleName(tr("Operator leaderboard"));
    m_operatorTable->setToolTip(metricDefinition("engagement.operators"));
    m_operatorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operatorTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operatorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operatorTable->setSortingEnabled(true);
    m_operatorTable->sortByColumn(OperatorTableModel::TurnsAnswered, Qt::DescendingOrder);
    m_operatorTable->verticalHeader()->hide();
    m_operatorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_operatorTable->setMinimumHeight(220);
    connect(m_operatorTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString name = index.data(KeyedTableModel::KeyRole).toString();
        if (name.isEmpty())
            return;
        metrics::DrillDownRequest r;
        r.target = Target::Operator;
        r.value = name;
        r.title = tr("Contacts assigned to %1").arg(name);
        emitRequest(r);
    });
    auto* operators = new QWidget(this);
    auto* operatorLayout = new QVBoxLayout(operators);
    operatorLayout->setContentsMargins(8, 8, 8, 8);
    auto* operatorTitle = new QLabel(tr("Operator leaderboard"), operators);
    QFont bold = operatorTitle->font();
    bold.setBold(true);
    operatorTitle->setFont(bold);
    operatorTitle->setToolTip(metricDefinition("engagement.operators"));
    operatorTitle->setBuddy(m_operatorTable);
    operatorLayout->addWidget(operatorTitle);
    operatorLayout->addWidget(m_operatorTable);

    m_status->setTitle(tr("Conversation status"));
    m_status->setDefinition(metricDefinition("engagement.conversation_status"));
    m_status->setDonut(true);
    connect(m_status, &PieChart::sliceClicked, this, [this](int index) {
        if (index < 0 || index >= m_statuses.size())
            return; // "Other" folds several statuses: there is no single list behind it
        metrics::DrillDownRequest r;
        r.target = Target::ConversationStatus;
        r.value = m_statuses.at(index);
        r.title = tr("Contacts with status “%1”").arg(r.value);
        emitRequest(r);
    });

    m_keywords->setTitle(tr("What customers write about"));
    m_keywords->setDefinition(metricDefinition("engagement.keywords"));
    m_keywords->setToolTipFormatter([](const QString& word, double weight) {
        return tr("“%1”: %n inbound message(s)", nullptr, int(weight)).arg(word);
    });
    connect(m_keywords, &WordCloudWidget::wordClicked, this, [this](const QString& word) {
        metrics::DrillDownRequest r;
        r.target = Target::Keyword;
        r.value = word;
        r.title = tr("Inbound messages with “%1”").arg(word);
        emitRequest(r);
    });

    QGridLayout* grid = m_page->grid();
    grid->addWidget(m_volume, 1, 0, 1, kGridColumns);
    grid->addWidget(m_histogram, 2, 0, 1, 4);
    grid->addWidget(m_sla, 2, 4, 1, 2);
    grid->addWidget(m_peakHours, 3, 0, 1, 3);
    grid->addWidget(m_status, 3, 3, 1, 3);
    grid->addWidget(m_heatmap, 4, 0, 1, kGridColumns);
    grid->addWidget(operators, 5, 0, 1, kGridColumns);
    grid->addWidget(m_keywords, 6, 0, 1, kGridColumns);
    for (int column = 0; column < kGridColumns; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowMinimumHeight(1, 280);
    grid->setRowMinimumHeight(2, 280);
    grid->setRowMinimumHeight(3, 300);
    grid->setRowMinimumHeight(4, 300);
    grid->setRowMinimumHeight(6, 280);
}

void EngagementDashboard::emitRequest(metrics::DrillDownRequest request)
{
    Q_EMIT drillDownRequested(request);
}

void EngagementDashboard::showData(const session::DashboardData& shown)
{
    m_data = shown;
    m_page->showState(shown);
    if (!shown.isValid())
        return;
    showCards(shown);
    showCharts(*shown.snapshot);
    m_operatorModel->refresh(shown);
}

void EngagementDashboard::showCards(const session::DashboardData& shown)
{
    const metrics::KpiComparison& k = shown.snapshot->kpis;
    for (const CardSpec& spec : kCards) {
        KpiCard* c = m_cards.value(QString::fromLatin1(spec.key));
        const metrics::Kpi& kpi = k.*spec.kpi;
        c->setPartial(shown.partial);
        c->setValue(formatted(spec.kind, kpi.value));
        if (!shown.comparePrevious) {
            c->setComparison(QString());
            continue;
        }
        // Rates move in points; times and counts in percent of the previous figure.
        const QString delta = spec.kind == Kind::Percent ? format::deltaPoints(kpi.value, kpi.previous)
                                                         : format::deltaPercent(kpi.value, kpi.previous);
        const KpiCard::Trend trend = spec.higherIsBetter
                                         ? KpiCard::trendOf(kpi.value, kpi.previous, *spec.higherIsBetter)
                                         : KpiCard::Trend::Neutral;
        c->setComparison(tr("%1 vs previous period").arg(delta), trend);
    }
}

void EngagementDashboard::showCharts(const metrics::MetricsSnapshot& snapshot)
{
    const metrics::EngagementSection& e = snapshot.engagement;
    const QLocale locale;

    // Message volume: nothing to draw when no message was sent or received in the period.
    QStringList dayLabels;
    ChartSeries inbound{tr("Inbound"), {}};
    ChartSeries outbound{tr("Outbound"), {}};
    m_days.clear();
    qint64 messages = 0;
    for (const metrics::DayVolume& d : e.messageVolume) {
        m_days << d.day;
        dayLabels << locale.toString(d.day, QStringLiteral("d MMM"));
        inbound.values << std::optional<double>(double(d.inbound));
        outbound.values << std::optional<double>(double(d.outbound));
        messages += d.inbound + d.outbound;
    }
    m_volume->setToolTipFormatter([this](int series, int index, double value) {
        const QString day = index < m_days.size() ? format::day(m_days.at(index)) : QString();
        return (series == 0 ? tr("%1: %n inbound message(s)", nullptr, int(value))
                            : tr("%1: %n outbound message(s)", nullptr, int(value)))
            .arg(day);
    });
    m_volume->setData(messages > 0 ? dayLabels : QStringList(),
                      messages > 0 ? QList<ChartSeries>{inbound, outbound} : QList<ChartSeries>{});

    // Response-time histogram: bar heights are the shares, the tooltip adds the count.
    QStringList bucketLabels;
    ChartSeries shares{QString(), {}};
    QList<qint64> counts;
    m_buckets.clear();
    qint64 answered = 0;
    for (const metrics::HistogramBucket& b : e.responseTimeHistogram) {
        m_buckets << b.name;
        bucketLabels << bucketLabel(b.name);
        shares.values << b.pct;
        counts << b.count;
        answered += b.count;
    }
    m_histogram->setToolTipFormatter([this, counts](int, int index, double pct) {
        return tr("%1: %n turn(s), %2", nullptr, int(counts.value(index)))
            .arg(bucketLabel(m_buckets.value(index)), format::percent(pct));
    });
    m_histogram->setData(answered > 0 ? bucketLabels : QStringList(), {shares});

    const qint64 slaMinutes = m_data.query.slaSeconds / 60;
    m_sla->setValue(e.figures.slaMetPct);
    m_sla->setCaption(m_data.query.slaSeconds % 60 == 0
                          ? tr("first reply within %n min", nullptr, int(slaMinutes))
                          : tr("first reply within %n s", nullptr, int(m_data.query.slaSeconds)));
    m_sla->setSubtitle(m_data.comparePrevious ? tr("%1 vs previous period")
                                                    .arg(format::deltaPoints(snapshot.kpis.slaMetPct.value,
                                                                             snapshot.kpis.slaMetPct.previous))
                                              : QString());

    // Peak hours and the weekday × hour grid: inbound messages, zero is a real value.
    QStringList hours;
    ChartSeries perHour{QString(), {}};
    for (int h = 0; h < 24; ++h) {
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        perHour.values << std::optional<double>(double(e.peakHours.at(std::size_t(h))));
    }
    const qint64 inboundTotal = std::accumulate(e.peakHours.begin(), e.peakHours.end(), qint64(0));
    m_peakHours->setToolTipFormatter([](int, int hour, double value) {
        return tr("%1: %n inbound message(s)", nullptr, int(value)).arg(hourRange(hour));
    });
    m_peakHours->setData(inboundTotal > 0 ? hours : QStringList(), {perHour});

    QStringList weekdays;
    QList<QList<std::optional<double>>> cells;
    qint64 activity = 0;
    for (int d = 0; d < 7; ++d) {
        weekdays << weekdayName(d, QLocale::ShortFormat);
        QList<std::optional<double>> row;
        for (int h = 0; h < 24; ++h) {
            const qint64 v = e.activityHeatmap.at(std::size_t(d)).at(std::size_t(h));
            row << std::optional<double>(double(v));
            activity += v;
        }
        cells << row;
    }
    m_heatmap->setData(weekdays, hours, activity > 0 ? cells : QList<QList<std::optional<double>>>{});

    QList<NamedValue> statuses;
    m_statuses.clear();
    for (const auto& [status, count] : e.conversationStatus) {
        m_statuses << status;
        statuses << NamedValue{status, double(count)};
    }
    m_status->setData(statuses);

    QList<NamedValue> words;
    for (const metrics::KeywordCount& k : e.keywords)
        words << NamedValue{k.token, double(k.count)};
    m_keywords->setWords(words);
}

} // namespace crmlens::ui
