#include "ui/dashboards/MetricDefinitions.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

namespace crmlens::ui {

namespace {

struct Definition
{
    const char* key;
    const char* text;
};

// METRICS.md, one line per metric. QT_TRANSLATE_NOOP keeps them in the translation catalogue;
// metricDefinition() translates at call time so a language switch needs no restart of the table.
constexpr Definition kDefinitions[] = {
    // Executive
    {"executive.total_contacts",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Contacts created before the end of the period and not deleted before it.")},
    {"executive.new_contacts",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Contacts created in the period, including those deleted since.")},
    {"executive.new_contacts_prev",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Contacts created in the previous period of the same length.")},
    {"executive.growth_rate_pct",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "(Total at the end − total at the start of the period) ÷ total at the start × 100.")},
    {"executive.churned_contacts",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Distinct contacts deleted in the period or moved from an active to an inactive status in it.")},
    {"executive.churn_rate_pct",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Churned contacts ÷ total contacts at the start of the period × 100.")},
    {"executive.active_campaigns",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Campaigns whose status is scheduled, active or in progress now.")},
    {"executive.contact_growth",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Per month: new contacts, and the total at the month's end (or the period's end if earlier).")},
    {"executive.top_campaigns",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "The 10 completed campaigns scheduled in the period with the highest reply rate.")},
    {"executive.source_distribution",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Contacts created in the period by their 'source' custom field.")},
    {"executive.response_rate_pct",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Answered inbound turns ÷ inbound turns started in the period × 100.")},
    {"executive.churn_tracked_since",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Churn is known from the first complete contact sync on; earlier deletions were never seen.")},
    {"executive.contacts_without_creation_time",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Contacts alive at the end of the period whose creation time is unknown or "
                                            "taken from when they were first seen.")},
    // Campaigns
    {"campaigns.campaigns",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Every campaign scheduled (or, unscheduled, created) in the period, from its report.")},
    {"campaigns.total_recipients", QT_TRANSLATE_NOOP("MetricDefinitions", "Recipients in the campaign's report.")},
    {"campaigns.delivered", QT_TRANSLATE_NOOP("MetricDefinitions", "Messages the report counts as delivered.")},
    {"campaigns.read", QT_TRANSLATE_NOOP("MetricDefinitions", "Messages the report counts as read.")},
    {"campaigns.replied", QT_TRANSLATE_NOOP("MetricDefinitions", "Recipients the report counts as having replied.")},
    {"campaigns.failed", QT_TRANSLATE_NOOP("MetricDefinitions", "Messages the report counts as failed.")},
    {"campaigns.delivery_rate_pct", QT_TRANSLATE_NOOP("MetricDefinitions", "Delivered ÷ total recipients × 100.")},
    {"campaigns.read_rate_pct", QT_TRANSLATE_NOOP("MetricDefinitions", "Read ÷ delivered × 100.")},
    {"campaigns.reply_rate_pct", QT_TRANSLATE_NOOP("MetricDefinitions", "Replied ÷ delivered × 100.")},
    {"campaigns.failure_rate_pct", QT_TRANSLATE_NOOP("MetricDefinitions", "Failed ÷ total recipients × 100.")},
    {"campaigns.funnel",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Recipients, delivered, read and replied, summed over the period's campaigns.")},
    {"campaigns.send_time_heatmap",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Read rate of completed campaigns by weekday and hour of their scheduled time.")},
    {"campaigns.templates",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "The period's campaigns grouped by template: summed counts and the four rates.")},
    {"campaigns.ab_tests",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Campaigns grouped as variants (by name marker or by you); two-proportion z-test on replies ÷ "
                       "delivered of the two largest variants; a winner when p < 0.05.")},
    {"campaigns.p_value",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Two-sided p-value of a two-proportion z-test (pooled variance) on replied ÷ delivered.")},
    {"campaigns.roi",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Attributed revenue ÷ cost, where cost = recipients × cost per message and "
                                            "revenue is that of contacts who replied to the campaign.")},
    {"campaigns.cost",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Total recipients × the cost per message set in Settings.")},
    {"campaigns.attributed_revenue",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Sum of the revenue field over the distinct contacts who replied to a template message of the campaign.")},
    // Engagement
    {"engagement.response_rate_pct",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Answered inbound turns ÷ inbound turns started in the period × 100.")},
    {"engagement.sla_met_pct",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Turns answered within the SLA ÷ turns started in the period × 100.")},
    {"engagement.avg_response_time_s",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Mean time from the start of an inbound turn to the first operator reply, "
                                            "over answered turns started in the period.")},
    {"engagement.median_response_time_s",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Median (nearest rank) response time over answered turns started in the period.")},
    {"engagement.p90_response_time_s",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "90th percentile (nearest rank) response time over answered turns started in the period.")},
    {"engagement.avg_first_response_time_s",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Mean response time of the first turn of conversations started in the period.")},
    {"engagement.median_first_response_time_s",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Median (nearest rank) first response time of conversations started in the period.")},
    {"engagement.response_time_histogram",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Answered turns started in the period by response time: under 1 min, 1–5 "
                                            "min, 5–30 min, 30–60 min, over 1 h.")},
    {"engagement.messages_per_conversation",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Messages of the conversations started in the period ÷ those conversations.")},
    {"engagement.inbound_outbound_ratio",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Inbound messages ÷ outbound messages in the period.")},
    {"engagement.message_volume",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Inbound and outbound messages per day of the period.")},
    {"engagement.peak_hours",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Inbound messages in the period by hour of day (workspace time zone).")},
    {"engagement.activity_heatmap",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Inbound messages in the period by weekday and hour (workspace time zone).")},
    {"engagement.conversation_status",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Contacts alive at the end of the period by their current status.")},
    {"engagement.operators",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Per operator: chats assigned and resolved, replies sent, turns answered, "
                                            "response and resolution times, CSAT.")},
    {"engagement.chats_assigned",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Contacts alive at the end of the period assigned to the operator.")},
    {"engagement.chats_resolved",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Assigned chats whose status is resolved, done or closed.")},
    {"engagement.messages_sent", QT_TRANSLATE_NOOP("MetricDefinitions", "The operator's replies in the period.")},
    {"engagement.turns_answered",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Inbound turns started in the period that the operator answered first.")},
    {"engagement.avg_resolution_time_s",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Over resolved chats whose last conversation started in the period: its "
                                            "last inbound message or reply − its start.")},
    {"engagement.csat_avg",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Mean of the numeric 'csat' field (1–5) of the operator's assigned chats.")},
    {"engagement.keywords",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "The 50 most frequent words (3+ letters, stop words removed) in inbound messages of the period.")},
    // Segmentation
    {"segmentation.segment_distribution",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Contacts alive at the end of the period per value of the chosen custom field.")},
    {"segmentation.segment_growth",
     QT_TRANSLATE_NOOP("MetricDefinitions", "New contacts per month and value of the chosen custom field.")},
    {"segmentation.segment_engagement",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Per value: contacts, inbound and outbound messages in the period, inbound per contact, response rate.")},
    {"segmentation.countries",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Contacts alive at the end of the period by the country of their WhatsApp number (ZZ: unknown).")},
    {"segmentation.lead_score_distribution",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Scored contacts by lead score in bands of ten.")},
    // Leads
    {"leads.score",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Recency + engagement + responsiveness + profile, rounded half up; 70 or more is hot.")},
    {"leads.recency",
     QT_TRANSLATE_NOOP("MetricDefinitions", "30 × (1 − days since the last inbound message ÷ 30), at least 0.")},
    {"leads.engagement",
     QT_TRANSLATE_NOOP("MetricDefinitions", "30 × min(1, inbound messages in the last 30 days ÷ 10).")},
    {"leads.responsiveness",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "20 × the share of template messages of the last 90 days replied to; 10 when none were received.")},
    {"leads.profile", QT_TRANSLATE_NOOP("MetricDefinitions",
                                        "By lead stage: qualified 10, proposal 20, won 20, lost 0, other or none 5.")},
    {"leads.hot", QT_TRANSLATE_NOOP("MetricDefinitions", "A lead score of 70 or more.")},
    // At risk
    {"at_risk.days_since_last_inbound",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Days since the contact's last inbound message.")},
    {"at_risk.health_score",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "100 − whole days since the last inbound message − 10 per risk indicator, at least 0.")},
    {"at_risk.risk_indicators",
     QT_TRANSLATE_NOOP("MetricDefinitions", "No reply to the last 3 campaigns, last delivery failed, activity dropped "
                                            "by half, open chat unanswered for 24 h.")},
    {"at_risk.recommended_action",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "The first that applies: re-engage campaign, verify number, operator follow-up, else check-in message.")},
    {"at_risk.list",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Active contacts with an inbound message, whose last one is more than 30 days old.")},
    // Anomalies
    {"anomalies",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Days whose value differs from the median of the previous 28 days by more than 3 × 1.4826 × MAD.")},
};

Q_LOGGING_CATEGORY(lcDefinitions, "crmlens.ui.definitions")

} // namespace

QString metricDefinition(const char* key)
{
    static const QHash<QByteArray, const char*> byKey = [] {
        QHash<QByteArray, const char*> table;
        for (const Definition& d : kDefinitions)
            table.insert(QByteArray(d.key), d.text);
        return table;
    }();
    const auto it = byKey.constFind(QByteArray(key));
    if (it == byKey.constEnd()) {
        qCWarning(lcDefinitions) << "no definition for metric" << key;
        return {};
    }
    return QCoreApplication::translate("MetricDefinitions", *it);
}

} // namespace crmlens::ui
