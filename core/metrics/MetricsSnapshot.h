#pragma once

#include "core/metrics/MetricsQuery.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The result of one computation, one struct per section of METRICS.md. Ratios are
// std::optional: empty when the denominator is 0 (shown as "–", written as null), never 0 or NaN.
namespace crmlens::metrics {

using Ratio = std::optional<double>;
using CountByName = QList<QPair<QString, qint64>>; // in the order they are shown

// A KPI of the period with the same KPI over the previous period.
struct Kpi
{
    Ratio value;
    Ratio previous;
};

struct MonthGrowth
{
    QString month; // "2026-11"
    qint64 newContacts = 0;
    qint64 total = 0;
};

struct RankedCampaign
{
    QString campaignId;
    double replyRatePct = 0;
    qint64 totalRecipients = 0;
};

struct ExecutiveSection
{
    qint64 totalContacts = 0;
    qint64 newContacts = 0;
    qint64 newContactsPrev = 0;
    Ratio growthRatePct;
    qint64 churnedContacts = 0;
    Ratio churnRatePct;
    qint64 activeCampaigns = 0;
    QList<MonthGrowth> contactGrowth;
    QList<RankedCampaign> topCampaigns;
    CountByName sourceDistribution;
    Ratio responseRatePct;
    QDate churnTrackedSince; // invalid: no complete contact pass yet
    qint64 contactsWithoutCreationTime = 0;
};

struct CampaignCounts
{
    qint64 totalRecipients = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    qint64 replied = 0;
    qint64 failed = 0;

    CampaignCounts& operator+=(const CampaignCounts& o)
    {
        totalRecipients += o.totalRecipients;
        delivered += o.delivered;
        read += o.read;
        replied += o.replied;
        failed += o.failed;
        return *this;
    }
};

struct CampaignRates
{
    Ratio deliveryRatePct;
    Ratio readRatePct;
    Ratio replyRatePct;
    Ratio failureRatePct;
};

struct CampaignRow
{
    QString campaignId;
    QString name;
    QString status;
    CampaignCounts counts;
    CampaignRates rates;
};

struct SendTimeCell
{
    int weekday = 0; // Monday = 0
    int hour = 0;
    qint64 campaigns = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    Ratio readRatePct;
    QStringList campaignIds; // the cell's campaigns, in start order (a cell has no drill-down: its tooltip lists them)
};

struct TemplateRow
{
    QString templateName;
    CampaignCounts counts;
    qint64 campaigns = 0;
    CampaignRates rates;
};

struct AbVariant
{
    QString variant;
    QStringList campaignIds;
    qint64 delivered = 0;
    qint64 replied = 0;
    Ratio replyRatePct;
};

struct AbTest
{
    QString group;
    QList<AbVariant> variants;
    Ratio pValue;
    QString winner; // null when no winner
};

struct RoiRow
{
    QString campaignId;
    double cost = 0;
    double attributedRevenue = 0;
    Ratio roi;
};

struct CampaignSection
{
    QList<CampaignRow> campaigns;
    CampaignCounts funnel;
    CampaignRates overall;
    QList<SendTimeCell> sendTimeHeatmap;
    QList<TemplateRow> templates;
    QList<AbTest> abTests;
    QList<RoiRow> roi;
};

struct HistogramBucket
{
    QString name; // "lt_1m", "1m_5m", "5m_30m", "30m_1h", "gt_1h"
    qint64 count = 0;
    Ratio pct;
};

struct DayVolume
{
    QDate day;
    qint64 inbound = 0;
    qint64 outbound = 0;
};

struct OperatorRow
{
    QString operatorName;
    qint64 chatsAssigned = 0;
    qint64 chatsResolved = 0;
    qint64 messagesSent = 0;
    qint64 turnsAnswered = 0;
    Ratio avgResponseTimeS;
    Ratio medianResponseTimeS;
    Ratio avgResolutionTimeS;
    Ratio csatAvg;
};

struct KeywordCount
{
    QString token;
    qint64 count = 0;
};

// The response-time figures of one set of turns and conversations (the period, or the previous
// period for comparisons).
struct ResponseFigures
{
    qint64 turnsStarted = 0;
    qint64 turnsAnswered = 0;
    Ratio responseRatePct;
    Ratio slaMetPct;
    Ratio avgResponseTimeS;
    Ratio medianResponseTimeS;
    Ratio p90ResponseTimeS;
    Ratio avgFirstResponseTimeS;
    Ratio medianFirstResponseTimeS;
    Ratio messagesPerConversation;
    Ratio inboundOutboundRatio;
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 conversations = 0;
};

struct EngagementSection
{
    ResponseFigures figures;
    QList<HistogramBucket> responseTimeHistogram;
    QList<DayVolume> messageVolume;
    std::array<qint64, 24> peakHours{};
    std::array<std::array<qint64, 24>, 7> activityHeatmap{};
    CountByName conversationStatus;
    QList<OperatorRow> operators;
    QList<KeywordCount> keywords;
};

struct SegmentGrowthRow
{
    QString month;
    QString value;
    qint64 newContacts = 0;
};

struct SegmentEngagementRow
{
    QString value;
    qint64 contacts = 0;
    qint64 inbound = 0;
    qint64 outbound = 0;
    Ratio inboundPerContact;
    Ratio responseRatePct;
};

struct SegmentationSection
{
    QString key;
    CountByName segmentDistribution;
    QList<SegmentGrowthRow> segmentGrowth;
    QList<SegmentEngagementRow> segmentEngagement;
    CountByName countries;
    CountByName leadScoreDistribution; // "90-100" first, down to "0-9"
};

struct LeadRow
{
    QString chatId;
    int score = 0;
    double recency = 0;
    double engagement = 0;
    double responsiveness = 0;
    double profile = 0;
    bool hot = false;
};

struct AtRiskRow
{
    QString chatId;
    double daysSinceLastInbound = 0;
    int healthScore = 0;
    QStringList riskIndicators;
    QString recommendedAction;
};

struct Anomaly
{
    QString metric;
    QDate day;
    double value = 0;
    bool integral = false; // a count (written without a fraction)
    double expected = 0;
    QString direction; // "up" | "down"
};

// Every KPI card of the dashboards with its previous-period value.
struct KpiComparison
{
    Kpi totalContacts;
    Kpi newContacts;
    Kpi growthRatePct;
    Kpi churnedContacts;
    Kpi churnRatePct;
    Kpi responseRatePct;
    Kpi slaMetPct;
    Kpi avgResponseTimeS;
    Kpi medianResponseTimeS;
    Kpi p90ResponseTimeS;
    Kpi avgFirstResponseTimeS;
    Kpi medianFirstResponseTimeS;
    Kpi messagesPerConversation;
    Kpi inboundOutboundRatio;
    Kpi inboundMessages;
    Kpi outboundMessages;
    Kpi conversations;
    Kpi campaignDeliveryRatePct;
    Kpi campaignReadRatePct;
    Kpi campaignReplyRatePct;
    Kpi campaignFailureRatePct;
};

struct MetricsSnapshot
{
    Period period;
    QString timezone;
    QDateTime asOf;
    ExecutiveSection executive;
    CampaignSection campaigns;
    EngagementSection engagement;
    SegmentationSection segmentation;
    QList<LeadRow> leads;
    QList<AtRiskRow> atRisk;
    QList<Anomaly> anomalies;
    KpiComparison kpis;
};

} // namespace crmlens::metrics
