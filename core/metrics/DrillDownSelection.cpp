#include "core/metrics/DrillDownSelection.h"

#include "core/metrics/CampaignAttribution.h"
#include "core/metrics/EngagementMetrics.h"
#include "core/metrics/ExecutiveMetrics.h"
#include "core/metrics/FactRanges.h"
#include "core/metrics/KeywordTokenizer.h"
#include "core/metrics/LeadMetrics.h"
#include "core/metrics/MetricMath.h"
#include "core/metrics/SegmentationMetrics.h"

#include <algorithm>

namespace crmlens::metrics {

using Target = DrillDownRequest::Target;

namespace {

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::Validation, message);
}

const QStringList& stages()
{
    static const QStringList names{QStringLiteral("recipients"), QStringLiteral("delivered"), QStringLiteral("read"),
                                   QStringLiteral("replied"), QStringLiteral("failed")};
    return names;
}

QString templateNameOf(const CampaignInfo& c)
{
    const QString name = c.row.templateName.trimmed();
    return name.isEmpty() ? kUnknownTemplate : name;
}

} // namespace

bool DrillDownSelection::isCampaignTarget(Target target)
{
    return target == Target::CampaignRecipients || target == Target::FunnelStage || target == Target::Template;
}

bool DrillDownSelection::keepsMetricOrder(Target target)
{
    return target == Target::LeadBand || target == Target::HotLeads || target == Target::AtRisk;
}

QString DrillDownSelection::stageOf(const DrillDownRequest& request)
{
    const QString stage = request.stage.trimmed().toLower();
    if (stage.isEmpty())
        return stages().first();
    return stages().contains(stage) ? stage : QString();
}

Error DrillDownSelection::validate(const DrillDownRequest& r) const
{
    switch (r.target) {
    case Target::NewContacts:
        // With a month: the new contacts of that bar of the growth chart.
        if (!r.month.isEmpty() && std::none_of(m_ctx.growthMonths.begin(), m_ctx.growthMonths.end(),
                                               [&](const MonthSpan& m) { return m.label == r.month; }))
            return invalid(QStringLiteral("The month '%1' is not shown for this period.").arg(r.month));
        return {};
    case Target::AliveContacts:
    case Target::ChurnedContacts:
    case Target::HotLeads:
    case Target::AtRisk:
        return {};
    case Target::Source:
    case Target::SegmentValue:
    case Target::Country:
    case Target::Operator:
    case Target::ConversationStatus:
    case Target::Keyword:
    case Target::Contact:
        if (r.value.trimmed().isEmpty())
            return invalid(QStringLiteral("The drill-down names no value."));
        return {};
    case Target::SegmentMonth: {
        const bool known = std::any_of(m_ctx.growthMonths.begin(), m_ctx.growthMonths.end(),
                                       [&](const MonthSpan& m) { return m.label == r.month; });
        if (!known)
            return invalid(QStringLiteral("The month '%1' is not shown for this period.").arg(r.month));
        return r.value.isEmpty() ? invalid(QStringLiteral("The drill-down names no segment value.")) : Error{};
    }
    case Target::LeadBand:
        for (int score = 0; score <= 100; score += 10) {
            if (SegmentationMetrics::leadBucket(score) == r.value)
                return {};
        }
        return invalid(QStringLiteral("'%1' is not a lead score band.").arg(r.value));
    case Target::CampaignRecipients:
    case Target::FunnelStage:
    case Target::Template:
        if (stageOf(r).isEmpty())
            return invalid(QStringLiteral("'%1' is not a funnel stage.").arg(r.stage));
        if (r.target == Target::CampaignRecipients) {
            const bool known = std::any_of(m_ctx.campaigns.begin(), m_ctx.campaigns.end(),
                                           [&](const CampaignInfo& c) { return c.row.campaignId == r.value; });
            if (!known)
                return Error::make(Error::Kind::NotFound, QStringLiteral("No campaign '%1' is stored.").arg(r.value));
        }
        return {};
    case Target::VolumeDay:
        if (!r.day.isValid() || r.day < m_ctx.query.period.from || r.day >= m_ctx.query.period.to)
            return invalid(QStringLiteral("The day is not in the period."));
        if (!r.stage.isEmpty() && r.stage != QLatin1String("inbound") && r.stage != QLatin1String("outbound"))
            return invalid(QStringLiteral("'%1' is not a message direction.").arg(r.stage));
        return {};
    case Target::ActivityCell:
        if (r.weekday < 0 || r.weekday > 6)
            return invalid(QStringLiteral("The weekday must be 0 (Monday) to 6."));
        [[fallthrough]];
    case Target::PeakHour:
        if (r.hour < 0 || r.hour > 23)
            return invalid(QStringLiteral("The hour must be 0 to 23."));
        return {};
    case Target::ResponseBucket:
        if (!EngagementMetrics::responseBucketNames().contains(r.value))
            return invalid(QStringLiteral("'%1' is not a response-time bucket.").arg(r.value));
        return {};
    }
    return invalid(QStringLiteral("Unknown drill-down target."));
}

QString DrillDownSelection::countryText(const ContactInfo& c) const
{
    return c.country >= 0 ? m_ctx.cache.strings().text(c.country) : QStringLiteral("ZZ");
}

std::vector<int> DrillDownSelection::leadContacts(const DrillDownRequest& r) const
{
    std::vector<int> out;
    if (r.target == Target::AtRisk) {
        for (const AtRiskRow& row : LeadMetrics::atRisk(m_ctx))
            out.push_back(m_ctx.cache.indexOf(row.chatId));
        return out;
    }
    for (const LeadRow& row : LeadMetrics::leads(m_ctx)) {
        const bool wanted =
            r.target == Target::HotLeads ? row.hot : SegmentationMetrics::leadBucket(row.score) == r.value;
        if (wanted)
            out.push_back(m_ctx.cache.indexOf(row.chatId));
    }
    return out;
}

std::vector<int> DrillDownSelection::contacts(const DrillDownRequest& r) const
{
    if (keepsMetricOrder(r.target))
        return leadContacts(r);
    std::vector<int> out;
    const auto& contacts = m_ctx.cache.contacts();
    if (r.target == Target::ChurnedContacts) {
        const QSet<int> churned = ExecutiveMetrics::churnedContacts(m_ctx, m_ctx.fromMs, m_ctx.toMs);
        out.assign(churned.begin(), churned.end());
        std::sort(out.begin(), out.end());
        return out;
    }
    if (r.target == Target::Contact) {
        const int index = m_ctx.cache.indexOf(r.value);
        if (index >= 0)
            out.push_back(index);
        return out;
    }
    const MonthSpan* month = nullptr;
    for (const MonthSpan& m : m_ctx.growthMonths) {
        if (m.label == r.month)
            month = &m;
    }
    for (int i : m_ctx.selected()) {
        const ContactInfo& c = contacts[size_t(i)];
        if (!c.known)
            continue;
        bool wanted = false;
        switch (r.target) {
        case Target::AliveContacts:
            wanted = m_ctx.aliveAtTo(i);
            break;
        case Target::NewContacts:
            // contact_growth counts a month's new contacts up to the earlier of its end and `to`.
            wanted = month ? MetricsContext::createdIn(c, month->startMs, std::min(month->endMs, m_ctx.toMs))
                           : MetricsContext::createdIn(c, m_ctx.fromMs, m_ctx.toMs);
            break;
        case Target::Source:
            wanted = MetricsContext::createdIn(c, m_ctx.fromMs, m_ctx.toMs) &&
                     m_ctx.valueText(m_ctx.valueOf(c, m_ctx.sourceKey)) == r.value;
            break;
        case Target::SegmentValue:
            wanted = m_ctx.aliveAtTo(i) && m_ctx.valueText(m_ctx.valueOf(c, m_ctx.segmentKey)) == r.value;
            break;
        case Target::SegmentMonth:
            // segment_growth counts a month's new contacts up to the earlier of its end and `to`.
            wanted = month && MetricsContext::createdIn(c, month->startMs, std::min(month->endMs, m_ctx.toMs)) &&
                     m_ctx.valueText(m_ctx.valueOf(c, m_ctx.segmentKey)) == r.value;
            break;
        case Target::Country:
            wanted = m_ctx.aliveAtTo(i) && countryText(c) == r.value;
            break;
        case Target::Operator:
            wanted = m_ctx.aliveAtTo(i) && c.operatorName >= 0 && m_ctx.cache.strings().text(c.operatorName) == r.value;
            break;
        case Target::ConversationStatus:
            wanted = m_ctx.aliveAtTo(i) && m_ctx.valueText(c.status) == r.value;
            break;
        default:
            break;
        }
        if (wanted)
            out.push_back(i);
    }
    return out;
}

bool DrillDownSelection::campaignWanted(const DrillDownRequest& r, const QString& campaignId) const
{
    if (r.target == Target::CampaignRecipients)
        return campaignId == r.value;
    for (const CampaignInfo& c : m_ctx.campaigns) {
        if (c.row.campaignId != campaignId)
            continue;
        // The period's campaigns, as every campaign figure takes them.
        if (c.startMs == kNoTime || !m_ctx.periodHas(c.startMs))
            return false;
        return r.target == Target::FunnelStage || templateNameOf(c) == r.value;
    }
    return false;
}

std::vector<MessageHit> DrillDownSelection::campaignSends(const DrillDownRequest& r) const
{
    const QString stage = stageOf(r);
    const CampaignAttribution attribution(m_ctx);
    QHash<QString, bool> wanted; // campaign id -> wanted, asked once per campaign
    std::vector<MessageHit> out;
    const auto& facts = m_ctx.cache.facts();
    // Campaign figures are not narrowed by contact filters: every chat's sends count.
    for (size_t i = 0; i < facts.size(); ++i) {
        const ChatFacts& f = facts[i];
        for (size_t m = 0; m < f.outbound.size(); ++m) {
            const OutboundFact& o = f.outbound[m];
            if (!o.isBusiness())
                continue;
            const FactCache::BusinessSend send{o.tsMs, o.nextInboundMs, int(i), o.campaignRef, o.isFailed()};
            const QString campaign = attribution.campaignOf(send);
            if (campaign.isEmpty())
                continue;
            auto it = wanted.constFind(campaign);
            if (it == wanted.constEnd())
                it = wanted.insert(campaign, campaignWanted(r, campaign));
            if (!it.value())
                continue;
            bool atStage = true;
            if (stage == QLatin1String("delivered") || stage == QLatin1String("read"))
                atStage = o.isDeliveredOrRead();
            else if (stage == QLatin1String("replied"))
                atStage = !o.isFailed() && LeadMetrics::replied(o, m_ctx.asOfMs);
            else if (stage == QLatin1String("failed"))
                atStage = o.isFailed();
            if (atStage)
                out.push_back(MessageHit{o.tsMs, int(i), quint32(m), MessageHit::Kind::Outbound, 1});
        }
    }
    return out;
}

std::vector<MessageHit>
DrillDownSelection::periodInbound(const std::function<quint32(int, const InboundFact&)>& weigh) const
{
    std::vector<MessageHit> out;
    const auto& facts = m_ctx.cache.facts();
    for (int i : m_ctx.selected()) {
        if (!m_ctx.cache.activeIn(i, m_ctx.fromMs, m_ctx.toMs))
            continue;
        const ChatFacts& f = facts[size_t(i)];
        const auto [b, e] = ranges::inbound(f, m_ctx.fromMs, m_ctx.toMs);
        for (size_t m = b; m < e; ++m) {
            if (const quint32 weight = weigh(i, f.inbound[m]))
                out.push_back(MessageHit{f.inbound[m].tsMs, i, quint32(m), MessageHit::Kind::Inbound, weight});
        }
    }
    return out;
}

std::vector<MessageHit> DrillDownSelection::messages(const DrillDownRequest& r) const
{
    const ZoneCalendar& cal = m_ctx.calendar;
    const auto& facts = m_ctx.cache.facts();
    std::vector<MessageHit> out;
    switch (r.target) {
    case Target::VolumeDay: {
        const qint64 start = cal.startOf(r.day);
        const qint64 end = cal.startOf(r.day.addDays(1));
        for (int i : m_ctx.selected()) {
            if (!m_ctx.cache.activeIn(i, start, end))
                continue;
            const ChatFacts& f = facts[size_t(i)];
            if (r.stage != QLatin1String("outbound")) {
                const auto [b, e] = ranges::inbound(f, start, end);
                for (size_t m = b; m < e; ++m)
                    out.push_back(MessageHit{f.inbound[m].tsMs, i, quint32(m), MessageHit::Kind::Inbound, 1});
            }
            if (r.stage != QLatin1String("inbound")) {
                const auto [b, e] = ranges::outbound(f, start, end);
                for (size_t m = b; m < e; ++m)
                    out.push_back(MessageHit{f.outbound[m].tsMs, i, quint32(m), MessageHit::Kind::Outbound, 1});
            }
        }
        break;
    }
    case Target::ActivityCell:
        out = periodInbound([&](int, const InboundFact& in) -> quint32 {
            return cal.hourOf(in.tsMs) == r.hour && cal.weekdayOf(cal.dayIndex(in.tsMs)) == r.weekday ? 1 : 0;
        });
        break;
    case Target::PeakHour:
        out = periodInbound([&](int, const InboundFact& in) -> quint32 { return cal.hourOf(in.tsMs) == r.hour; });
        break;
    case Target::Keyword: {
        const qsizetype token = m_ctx.cache.tokens().indexOf(KeywordTokenizer::normalize(r.value.trimmed()));
        if (token < 0)
            break;
        out = periodInbound([&](int i, const InboundFact& in) -> quint32 {
            const ChatFacts& f = facts[size_t(i)];
            quint32 n = 0;
            for (quint32 k = in.tokenBegin; k < in.tokenEnd; ++k)
                n += f.tokens[k] == quint32(token) ? 1 : 0;
            return n;
        });
        break;
    }
    case Target::ResponseBucket: {
        const int bucket = int(EngagementMetrics::responseBucketNames().indexOf(r.value));
        for (int i : m_ctx.selected()) {
            if (!m_ctx.cache.activeIn(i, m_ctx.fromMs, m_ctx.toMs))
                continue;
            const ChatFacts& f = facts[size_t(i)];
            const auto [b, e] = ranges::turns(f, m_ctx.fromMs, m_ctx.toMs);
            for (size_t t = b; t < e; ++t) {
                const TurnFact& turn = f.turns[t];
                if (turn.answered() && EngagementMetrics::responseBucket(turn.responseTimeMs()) == bucket)
                    out.push_back(MessageHit{turn.responseMs, i, quint32(t), MessageHit::Kind::Response, 1});
            }
        }
        break;
    }
    default:
        break;
    }
    std::sort(out.begin(), out.end(), [&](const MessageHit& a, const MessageHit& b) {
        if (a.tsMs != b.tsMs)
            return a.tsMs < b.tsMs;
        if (a.contact != b.contact)
            return m_ctx.cache.chatRank(a.contact) < m_ctx.cache.chatRank(b.contact);
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.index < b.index;
    });
    return out;
}

} // namespace crmlens::metrics
