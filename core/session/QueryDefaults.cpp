#include "core/session/QueryDefaults.h"

namespace crmlens::session {

namespace {

// The two structs have the same fields; one gaining a field the other lacks changes its size and
// stops the build here instead of losing the weight on the way to the engine.
static_assert(sizeof(metrics::LeadScoreWeights) == sizeof(LeadWeightSettings));

template <typename To, typename From> To copyWeights(const From& from)
{
    To to;
    to.recencyMax = from.recencyMax;
    to.recencyWindowDays = from.recencyWindowDays;
    to.engagementMax = from.engagementMax;
    to.engagementFullAt = from.engagementFullAt;
    to.engagementWindowDays = from.engagementWindowDays;
    to.responsivenessMax = from.responsivenessMax;
    to.responsivenessWithoutTemplates = from.responsivenessWithoutTemplates;
    to.responsivenessWindowDays = from.responsivenessWindowDays;
    to.profileQualified = from.profileQualified;
    to.profileProposal = from.profileProposal;
    to.profileWon = from.profileWon;
    to.profileLost = from.profileLost;
    to.profileOther = from.profileOther;
    to.hotThreshold = from.hotThreshold;
    return to;
}

} // namespace

metrics::LeadScoreWeights toLeadScoreWeights(const LeadWeightSettings& weights)
{
    return copyWeights<metrics::LeadScoreWeights>(weights);
}

LeadWeightSettings toLeadWeightSettings(const metrics::LeadScoreWeights& weights)
{
    return copyWeights<LeadWeightSettings>(weights);
}

metrics::AbGroupSpec toAbGroupSpec(const AbGroupSettings& group)
{
    return metrics::AbGroupSpec{group.name, group.campaignVariants};
}

AbGroupSettings toAbGroupSettings(const metrics::AbGroupSpec& group)
{
    return AbGroupSettings{group.name, group.campaignVariants};
}

metrics::MetricsQuery queryDefaults(const AppSettings& settings)
{
    metrics::MetricsQuery query;
    query.zone = settings.timeZone();
    query.slaSeconds = settings.slaSeconds();
    query.inactiveStatuses = settings.inactiveStatuses();
    query.leadWeights = toLeadScoreWeights(settings.leadWeights());
    query.costPerMessage = settings.costPerMessage();
    query.revenueKey = settings.revenueKey();
    query.segmentKey = settings.segmentKey();
    for (const AbGroupSettings& group : settings.abGroups())
        query.abGroups.append(toAbGroupSpec(group));
    return query;
}

} // namespace crmlens::session
