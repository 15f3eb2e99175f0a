#pragma once

#include "core/metrics/MetricsQuery.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// Drill-down: the contacts or messages behind one element of a view (a bar, a slice, a heatmap
// cell, a funnel stage, a table row, a KPI), under the same query the view was computed with.
// Each target names exactly the rows METRICS.md counts for that element, so a list's length
// equals the number the user clicked.
namespace crmlens::metrics {

struct DrillDownRequest
{
    enum class Target {
        // --- contacts ---
        AliveContacts,      // total contacts: alive at the end of the period (filters applied)
        NewContacts,        // created in the period
        ChurnedContacts,    // churned in the period
        Source,             // alive contacts with custom_fields.source == value
        SegmentValue,       // alive contacts with custom_fields[query.segmentKey] == value
        SegmentMonth,       // new contacts of `month` ("2026-11") with that segment value
        Country,            // alive contacts whose number resolves to region `value`
        LeadBand,           // contacts whose lead score falls in band `value` ("70-79")
        HotLeads,           // contacts at or above the hot threshold
        AtRisk,             // the at-risk list
        Operator,           // contacts assigned to operator `value`
        ConversationStatus, // contacts in the period's status distribution with status `value`
        CampaignRecipients, // recipients of campaign `value` at `stage`
        FunnelStage,        // recipients of every campaign in the period at `stage`
        Template,           // recipients of campaigns using template `value` at `stage`
        Contact,            // one contact (`value` = chat id), for its transcript
        // --- messages ---
        VolumeDay,          // messages of `day`, direction `stage` ("inbound", "outbound", "" both)
        ActivityCell,       // inbound messages at `weekday` × `hour` in the period
        PeakHour,           // inbound messages at `hour` in the period
        ResponseBucket,     // the replies of answered turns whose response time is in bucket `value`
        Keyword,            // inbound messages of the period containing token `value`
    };

    Target target = Target::AliveContacts;
    QString value;
    QString stage; // funnel stage: "recipients", "delivered", "read", "replied", "failed"
    QString month;
    QDate day;
    int weekday = -1; // Monday = 0
    int hour = -1;
    QString title; // plain words shown above the list, set by the view that asks

    bool isMessageTarget() const { return target >= Target::VolumeDay; }
};

struct DrillDownContact
{
    QString chatId;
    QString name;
    QString whatsappNumber;
    QString status;
    QString operatorName;
    QString country;
    qint64 lastActivityMs = 0; // 0: no message
};

struct DrillDownMessage
{
    QString chatId;
    QString messageId;
    QString contactName;
    qint64 timestampMs = 0;
    QString direction; // "inbound" | "outbound"
    QString type;
    QString status;
    QString text;
};

struct DrillDownResult
{
    DrillDownRequest request;
    MetricsQuery query;
    QList<DrillDownContact> contacts;
    QList<DrillDownMessage> messages;
};

} // namespace crmlens::metrics

Q_DECLARE_METATYPE(crmlens::metrics::DrillDownRequest)
Q_DECLARE_METATYPE(crmlens::metrics::DrillDownResult)
