#pragma once

#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

#include <QHash>

namespace crmlens::metrics {

// METRICS.md "Conversations and response times" and "Engagement". Turns and conversations
// belong to the period their start falls in; their responses and later messages count wherever
// they fall. Only the selected contacts' chats are read.
//
// Choices the definitions leave open:
// - `conversation_status` counts a contact without a status as "(none)"; it, `countries` and
//   `operators` list their rows by count (turns_answered for operators) descending, then by name.
// - An operator's `avg_resolution_time_s` uses the chat's last conversation over all stored
//   messages; the chat counts when that conversation started in the period.
// - `csat_avg` averages the numeric csat values (1–5) of the chats counted in `chats_assigned`.
// The period's activity of the contacts holding one value of the segment key.
struct SegmentActivity
{
    qint64 contacts = 0; // alive at `to`
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 turns = 0;
    qint64 answered = 0;
};
using SegmentActivityByValue = QHash<int, SegmentActivity>; // by StringPool id; -1: "(none)"

class EngagementMetrics
{
public:
    // The response-time figures of the turns and conversations started in [fromMs, toMs) and
    // the messages in it.
    static ResponseFigures figures(const MetricsContext& ctx, qint64 fromMs, qint64 toMs);
    // One pass over the selected chats for the whole section; it also sums each segment value's
    // activity, which the segmentation section reads.
    static EngagementSection compute(const MetricsContext& ctx, SegmentActivityByValue& segments);

    // The response_time_histogram bucket (0–4) of a response time, and the buckets' names in order.
    static int responseBucket(qint64 responseMs);
    static const QStringList& responseBucketNames();
};

// Sorts name → count rows by count descending, then name by code point.
void sortByCountThenName(CountByName& rows);
void sortByName(CountByName& rows);

} // namespace crmlens::metrics
