#pragma once

#include "core/common/Result.h"
#include "core/metrics/MetricsQuery.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// Drill-down: the contacts or messages behind one element of a view (a bar, a slice, a heatmap
// cell, a funnel stage, a table row, a KPI), under the same query the view was computed with.
// Each target names exactly the rows METRICS.md counts for that element, so a list's length
// equals the number the user clicked (runDrillDown below says where it cannot).
namespace crmlens::store {
class Database;
}

namespace crmlens::metrics {

class MetricsEngine;

struct DrillDownRequest
{
    enum class Target {
        // --- contacts ---
        AliveContacts,      // total contacts: alive at the end of the period (filters applied)
        NewContacts,        // created in the period (or, with `month`, in that month of the growth chart)
        ChurnedContacts,    // churned in the period
        Source,             // contacts created in the period with custom_fields.source == value
        SegmentValue,       // alive contacts with custom_fields[query.segmentKey] == value
        SegmentMonth,       // new contacts of `month` ("2026-11") with that segment value
        Country,            // alive contacts whose number resolves to region `value`
        LeadBand,           // contacts whose lead score falls in band `value` ("70-79", "90-100")
        HotLeads,           // contacts at or above the hot threshold
        AtRisk,             // the at-risk list
        Operator,           // alive contacts assigned to operator `value` (chats_assigned)
        ConversationStatus, // alive contacts whose status is `value` ("(none)": no status)
        CampaignRecipients, // recipients of campaign `value` at `stage` (see runDrillDown)
        FunnelStage,        // recipients of every campaign in the period at `stage`
        Template,           // recipients of campaigns using template `value` at `stage`
        Contact,            // one contact (`value` = chat id), for its transcript
        // --- messages ---
        VolumeDay,      // messages of `day`, direction `stage` ("inbound", "outbound", "" both)
        ActivityCell,   // inbound messages at `weekday` × `hour` in the period
        PeakHour,       // inbound messages at `hour` in the period
        ResponseBucket, // the replies of answered turns whose response time is in bucket `value` ("lt_1m")
        Keyword,        // inbound messages of the period containing token `value`
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
    bool operator==(const DrillDownRequest&) const = default;
};

struct DrillDownContact
{
    QString chatId;
    QString name; // empty when the CRM sent none (or the chat has no contact record)
    QString whatsappNumber;
    QString status;
    QString operatorName;
    QString country;           // ISO 3166 region of the number, "ZZ" unknown
    qint64 lastActivityMs = 0; // newest message either way; 0: no message
    bool deleted = false;      // gone from the CRM (kept for the figures that still count it)
};

struct DrillDownMessage
{
    QString chatId;
    QString messageId;
    QString contactName;
    qint64 timestampMs = 0;
    QString direction; // "inbound" | "outbound" (another value when the CRM sent one)
    QString type;
    QString status;
    QString text;
    QString operatorName;   // the message's own operator field
    QString campaignId;     // the message's own campaign_id
    bool automated = false; // a business send: template or campaign message, not an operator reply
};

struct DrillDownResult
{
    DrillDownRequest request;
    MetricsQuery query;
    QList<DrillDownContact> contacts; // Target::Contact: the one contact
    QList<DrillDownMessage> messages; // time order; Target::Contact: the whole transcript
    // Rows the element counts. Message lists stop at the cap (the earliest rows in time order):
    // then truncated is set and totalRows says how many there are.
    qint64 totalRows = 0;
    bool truncated = false;
    // The figure the element shows, worked out from these rows: the row count, except for a
    // keyword, whose count is of occurrences (a message saying the word twice counts twice).
    qint64 figure = 0;
};

// Message lists stop here so a click on a busy day stays fast.
inline constexpr int kDrillDownMessageCap = 5000;

// The rows behind one element under `query`, read on the calling thread (the metrics thread):
// which rows is decided on the engine's facts, with the predicates the figures themselves use
// (core/metrics/DrillDownSelection), and only the rows shown are read from the store.
//
// Choices the definitions leave open:
// - Contact lists are ordered by name, then chat id; lead lists by score and at-risk lists by
//   health, as the metrics list them.
// - Campaign targets (CampaignRecipients, FunnelStage, Template), like every campaign figure, are
//   not narrowed by contact filters. Their counts come from the CRM's reports; the lists come
//   from the stored template messages that belong to each campaign (its campaign_id, else the
//   attribution rule of METRICS.md "roi"), one row per contact: "recipients" received one at
//   any status, "delivered" one delivered or read, "read" one read, "replied" replied to a received
//   one within 72 h (before as_of), "failed" one failed. Store and report need not agree exactly
//   (the store may miss messages the CRM counted, and the report counts messages, not contacts).
// - An Operator row "(unassigned)" has no chats assigned: its list is empty, as its figure is 0.
// - ResponseBucket lists each answered turn's response (the operator reply that answered it).
Result<DrillDownResult> runDrillDown(MetricsEngine& engine, store::Database& db, const DrillDownRequest& request,
                                     const MetricsQuery& query, int messageCap = kDrillDownMessageCap);

} // namespace crmlens::metrics

Q_DECLARE_METATYPE(crmlens::metrics::DrillDownRequest)
Q_DECLARE_METATYPE(crmlens::metrics::DrillDownResult)
