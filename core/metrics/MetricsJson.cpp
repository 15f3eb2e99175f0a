#include "core/metrics/MetricsJson.h"

#include "core/metrics/JsonWriter.h"

namespace crmlens::metrics {

namespace {

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void countObject(JsonWriter& w, const CountByName& rows)
{
    w.beginObject();
    for (const auto& [name, count] : rows) {
        w.key(name);
        w.value(count);
    }
    w.endObject();
}

void rateMembers(JsonWriter& w, const CampaignRates& r)
{
    w.key(QStringLiteral("delivery_rate_pct")).value(r.deliveryRatePct);
    w.key(QStringLiteral("read_rate_pct")).value(r.readRatePct);
    w.key(QStringLiteral("reply_rate_pct")).value(r.replyRatePct);
    w.key(QStringLiteral("failure_rate_pct")).value(r.failureRatePct);
}

void writeExecutive(JsonWriter& w, const ExecutiveSection& e)
{
    w.beginObject();
    w.key(QStringLiteral("total_contacts")).value(e.totalContacts);
    w.key(QStringLiteral("new_contacts")).value(e.newContacts);
    w.key(QStringLiteral("new_contacts_prev")).value(e.newContactsPrev);
    w.key(QStringLiteral("growth_rate_pct")).value(e.growthRatePct);
    w.key(QStringLiteral("churned_contacts")).value(e.churnedContacts);
    w.key(QStringLiteral("churn_rate_pct")).value(e.churnRatePct);
    w.key(QStringLiteral("active_campaigns")).value(e.activeCampaigns);
    w.key(QStringLiteral("contact_growth"));
    w.beginArray();
    for (const MonthGrowth& m : e.contactGrowth) {
        w.beginObject();
        w.key(QStringLiteral("month")).value(m.month);
        w.key(QStringLiteral("new")).value(m.newContacts);
        w.key(QStringLiteral("total")).value(m.total);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("top_campaigns"));
    w.beginArray();
    for (const RankedCampaign& c : e.topCampaigns) {
        w.beginObject();
        w.key(QStringLiteral("campaign_id")).value(c.campaignId);
        w.key(QStringLiteral("reply_rate_pct")).value(c.replyRatePct);
        w.key(QStringLiteral("total_recipients")).value(c.totalRecipients);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("source_distribution"));
    countObject(w, e.sourceDistribution);
    w.key(QStringLiteral("response_rate_pct")).value(e.responseRatePct);
    w.key(QStringLiteral("churn_tracked_since")).value(day(e.churnTrackedSince));
    w.key(QStringLiteral("contacts_without_creation_time")).value(e.contactsWithoutCreationTime);
    w.endObject();
}

void writeCampaigns(JsonWriter& w, const CampaignSection& c)
{
    w.beginObject();
    w.key(QStringLiteral("campaigns"));
    w.beginArray();
    for (const CampaignRow& row : c.campaigns) {
        w.beginObject();
        w.key(QStringLiteral("campaign_id")).value(row.campaignId);
        w.key(QStringLiteral("name")).value(row.name);
        w.key(QStringLiteral("status")).value(row.status);
        w.key(QStringLiteral("total_recipients")).value(row.counts.totalRecipients);
        w.key(QStringLiteral("delivered")).value(row.counts.delivered);
        w.key(QStringLiteral("read")).value(row.counts.read);
        w.key(QStringLiteral("replied")).value(row.counts.replied);
        w.key(QStringLiteral("failed")).value(row.counts.failed);
        rateMembers(w, row.rates);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("funnel"));
    w.beginObject();
    w.key(QStringLiteral("total_recipients")).value(c.funnel.totalRecipients);
    w.key(QStringLiteral("delivered")).value(c.funnel.delivered);
    w.key(QStringLiteral("read")).value(c.funnel.read);
    w.key(QStringLiteral("replied")).value(c.funnel.replied);
    w.endObject();
    w.key(QStringLiteral("overall"));
    w.beginObject();
    rateMembers(w, c.overall);
    w.endObject();
    w.key(QStringLiteral("send_time_heatmap"));
    w.beginArray();
    for (const SendTimeCell& cell : c.sendTimeHeatmap) {
        w.beginObject();
        w.key(QStringLiteral("weekday")).value(cell.weekday);
        w.key(QStringLiteral("hour")).value(cell.hour);
        w.key(QStringLiteral("campaigns")).value(cell.campaigns);
        w.key(QStringLiteral("delivered")).value(cell.delivered);
        w.key(QStringLiteral("read")).value(cell.read);
        w.key(QStringLiteral("read_rate_pct")).value(cell.readRatePct);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("templates"));
    w.beginArray();
    for (const TemplateRow& t : c.templates) {
        w.beginObject();
        w.key(QStringLiteral("template_name")).value(t.templateName);
        w.key(QStringLiteral("total_recipients")).value(t.counts.totalRecipients);
        w.key(QStringLiteral("delivered")).value(t.counts.delivered);
        w.key(QStringLiteral("read")).value(t.counts.read);
        w.key(QStringLiteral("replied")).value(t.counts.replied);
        w.key(QStringLiteral("failed")).value(t.counts.failed);
        w.key(QStringLiteral("campaigns")).value(t.campaigns);
        rateMembers(w, t.rates);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("ab_tests"));
    w.beginArray();
    for (const AbTest& test : c.abTests) {
        w.beginObject();
        w.key(QStringLiteral("group")).value(test.group);
        w.key(QStringLiteral("variants"));
        w.beginArray();
        for (const AbVariant& v : test.variants) {
            w.beginObject();
            w.key(QStringLiteral("variant")).value(v.variant);
            w.key(QStringLiteral("campaign_ids"));
            w.beginArray();
            for (const QString& id : v.campaignIds)
                w.value(id);
            w.endArray();
            w.key(QStringLiteral("delivered")).value(v.delivered);
            w.key(QStringLiteral("replied")).value(v.replied);
            w.key(QStringLiteral("reply_rate_pct")).value(v.replyRatePct);
            w.endObject();
        }
        w.endArray();
        w.key(QStringLiteral("p_value")).value(test.pValue);
        w.key(QStringLiteral("winner")).value(test.winner);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("roi"));
    w.beginArray();
    for (const RoiRow& r : c.roi) {
        w.beginObject();
        w.key(QStringLiteral("campaign_id")).value(r.campaignId);
        w.key(QStringLiteral("cost")).value(r.cost);
        w.key(QStringLiteral("attributed_revenue")).value(r.attributedRevenue);
        w.key(QStringLiteral("roi")).value(r.roi);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeEngagement(JsonWriter& w, const EngagementSection& e)
{
    const ResponseFigures& f = e.figures;
    w.beginObject();
    w.key(QStringLiteral("response_rate_pct")).value(f.responseRatePct);
    w.key(QStringLiteral("sla_met_pct")).value(f.slaMetPct);
    w.key(QStringLiteral("avg_response_time_s")).value(f.avgResponseTimeS);
    w.key(QStringLiteral("median_response_time_s")).value(f.medianResponseTimeS);
    w.key(QStringLiteral("p90_response_time_s")).value(f.p90ResponseTimeS);
    w.key(QStringLiteral("avg_first_response_time_s")).value(f.avgFirstResponseTimeS);
    w.key(QStringLiteral("median_first_response_time_s")).value(f.medianFirstResponseTimeS);
    w.key(QStringLiteral("response_time_histogram"));
    w.beginObject();
    for (const HistogramBucket& b : e.responseTimeHistogram) {
        w.key(b.name);
        w.beginObject();
        w.key(QStringLiteral("count")).value(b.count);
        w.key(QStringLiteral("pct")).value(b.pct);
        w.endObject();
    }
    w.endObject();
    w.key(QStringLiteral("messages_per_conversation")).value(f.messagesPerConversation);
    w.key(QStringLiteral("inbound_outbound_ratio")).value(f.inboundOutboundRatio);
    w.key(QStringLiteral("message_volume"));
    w.beginArray();
    for (const DayVolume& d : e.messageVolume) {
        w.beginObject();
        w.key(QStringLiteral("day")).value(day(d.day));
        w.key(QStringLiteral("inbound")).value(d.inbound);
        w.key(QStringLiteral("outbound")).value(d.outbound);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("peak_hours"));
    w.beginArray();
    for (qint64 n : e.peakHours)
        w.value(n);
    w.endArray();
    w.key(QStringLiteral("activity_heatmap"));
    w.beginArray();
    for (const auto& row : e.activityHeatmap) {
        w.beginArray();
        for (qint64 n : row)
            w.value(n);
        w.endArray();
    }
    w.endArray();
    w.key(QStringLiteral("conversation_status"));
    countObject(w, e.conversationStatus);
    w.key(QStringLiteral("operators"));
    w.beginArray();
    for (const OperatorRow& o : e.operators) {
        w.beginObject();
        w.key(QStringLiteral("operator")).value(o.operatorName);
        w.key(QStringLiteral("chats_assigned")).value(o.chatsAssigned);
        w.key(QStringLiteral("chats_resolved")).value(o.chatsResolved);
        w.key(QStringLiteral("messages_sent")).value(o.messagesSent);
        w.key(QStringLiteral("turns_answered")).value(o.turnsAnswered);
        w.key(QStringLiteral("avg_response_time_s")).value(o.avgResponseTimeS);
        w.key(QStringLiteral("median_response_time_s")).value(o.medianResponseTimeS);
        w.key(QStringLiteral("avg_resolution_time_s")).value(o.avgResolutionTimeS);
        w.key(QStringLiteral("csat_avg")).value(o.csatAvg);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("keywords"));
    w.beginArray();
    for (const KeywordCount& k : e.keywords) {
        w.beginObject();
        w.key(QStringLiteral("token")).value(k.token);
        w.key(QStringLiteral("count")).value(k.count);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeSegmentation(JsonWriter& w, const SegmentationSection& s)
{
    w.beginObject();
    w.key(QStringLiteral("key")).value(s.key);
    w.key(QStringLiteral("segment_distribution"));
    countObject(w, s.segmentDistribution);
    w.key(QStringLiteral("segment_growth"));
    w.beginArray();
    for (const SegmentGrowthRow& g : s.segmentGrowth) {
        w.beginObject();
        w.key(QStringLiteral("month")).value(g.month);
        w.key(QStringLiteral("value")).value(g.value);
        w.key(QStringLiteral("new")).value(g.newContacts);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("segment_engagement"));
    w.beginArray();
    for (const SegmentEngagementRow& r : s.segmentEngagement) {
        w.beginObject();
        w.key(QStringLiteral("value")).value(r.value);
        w.key(QStringLiteral("contacts")).value(r.contacts);
        w.key(QStringLiteral("inbound")).value(r.inbound);
        w.key(QStringLiteral("outbound")).value(r.outbound);
        w.key(QStringLiteral("inbound_per_contact")).value(r.inboundPerContact);
        w.key(QStringLiteral("response_rate_pct")).value(r.responseRatePct);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("countries"));
    countObject(w, s.countries);
    w.key(QStringLiteral("lead_score_distribution"));
    countObject(w, s.leadScoreDistribution);
    w.endObject();
}

} // namespace

QString MetricsJson::isoUtc(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() != 0 ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

QByteArray MetricsJson::write(const MetricsSnapshot& s)
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("period"));
    w.beginObject();
    w.key(QStringLiteral("from")).value(day(s.period.from));
    w.key(QStringLiteral("to")).value(day(s.period.to));
    w.endObject();
    w.key(QStringLiteral("timezone")).value(s.timezone);
    w.key(QStringLiteral("as_of")).value(isoUtc(s.asOf));
    w.key(QStringLiteral("executive"));
    writeExecutive(w, s.executive);
    w.key(QStringLiteral("campaigns"));
    writeCampaigns(w, s.campaigns);
    w.key(QStringLiteral("engagement"));
    writeEngagement(w, s.engagement);
    w.key(QStringLiteral("segmentation"));
    writeSegmentation(w, s.segmentation);
    w.key(QStringLiteral("leads"));
    w.beginArray();
    for (const LeadRow& l : s.leads) {
        w.beginObject();
        w.key(QStringLiteral("chat_id")).value(l.chatId);
        w.key(QStringLiteral("score")).value(l.score);
        w.key(QStringLiteral("recency")).value(l.recency);
        w.key(QStringLiteral("engagement")).value(l.engagement);
        w.key(QStringLiteral("responsiveness")).value(l.responsiveness);
        w.key(QStringLiteral("profile")).value(l.profile);
        w.key(QStringLiteral("hot")).value(l.hot);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("at_risk"));
    w.beginArray();
    for (const AtRiskRow& r : s.atRisk) {
        w.beginObject();
        w.key(QStringLiteral("chat_id")).value(r.chatId);
        w.key(QStringLiteral("days_since_last_inbound")).value(r.daysSinceLastInbound);
        w.key(QStringLiteral("health_score")).value(r.healthScore);
        w.key(QStringLiteral("risk_indicators"));
        w.beginArray();
        for (const QString& indicator : r.riskIndicators)
            w.value(indicator);
        w.endArray();
        w.key(QStringLiteral("recommended_action")).value(r.recommendedAction);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("anomalies"));
    w.beginArray();
    for (const Anomaly& a : s.anomalies) {
        w.beginObject();
        w.key(QStringLiteral("metric")).value(a.metric);
        w.key(QStringLiteral("day")).value(day(a.day));
        if (a.integral)
            w.key(QStringLiteral("value")).value(qint64(a.value));
        else
            w.key(QStringLiteral("value")).value(a.value);
        w.key(QStringLiteral("expected")).value(a.expected);
        w.key(QStringLiteral("direction")).value(a.direction);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

} // namespace crmlens::metrics
