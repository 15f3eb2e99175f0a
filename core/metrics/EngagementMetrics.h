#pragma once

#include "core/metrics/MetricsContext.h"
#include "core/metrics/MetricsSnapshot.h"

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
class EngagementMetrics
{
public:
    // The response-time figures of the turns and conversations started in [fromMs, toMs) and
    // the messages in it.
    static ResponseFigures figures(const MetricsContext& ctx, qint64 fromMs, qint64 toMs);
    static EngagementSection compute(const MetricsContext& ctx);

private:
    static void fillHistogram(const MetricsContext& ctx, EngagementSection& out);
    static void fillVolume(const MetricsContext& ctx, EngagementSection& out);
    static void fillStatus(const MetricsContext& ctx, EngagementSection& out);
    static void fillOperators(const MetricsContext& ctx, EngagementSection& out);
    static void fillKeywords(const MetricsContext& ctx, EngagementSection& out);
};

// Sorts name → count rows by count descending, then name by code point.
void sortByCountThenName(CountByName& rows);
void sortByName(CountByName& rows);

} // namespace crmlens::metrics
