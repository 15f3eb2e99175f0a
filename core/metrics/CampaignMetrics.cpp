#include "core/metrics/CampaignMetrics.h"

#include "core/metrics/CampaignAttribution.h"
#include "core/metrics/LeadMetrics.h"
#include "core/metrics/MetricMath.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crmlens::metrics {

namespace {

struct VariantAcc
{
    QStringList campaignIds;
    qint64 delivered = 0;
    qint64 replied = 0;
};

} // namespace

CampaignRates CampaignMetrics::rates(const CampaignCounts& c)
{
    return {math::percent(double(c.delivered), double(c.totalRecipients)),
            math::percent(double(c.read), double(c.delivered)), math::percent(double(c.replied), double(c.delivered)),
            math::percent(double(c.failed), double(c.totalRecipients))};
}

CampaignCounts CampaignMetrics::countsOf(const store::MetricsCampaignRow& row)
{
    if (!row.hasReport)
        return CampaignCounts{row.listedRecipients.value_or(0), 0, 0, 0, 0};
    return CampaignCounts{row.totalRecipients, row.delivered, row.read, row.replied, row.failed};
}

std::optional<CampaignMetrics::VariantName> CampaignMetrics::splitVariant(const QString& name)
{
    static const QRegularExpression marker(
        QStringLiteral("^(.*?)\\s*(?:\\[([A-Za-z0-9])\\]|\\(([A-Za-z0-9])\\)|-\\s*([A-Za-z0-9])|_([A-Za-z0-9])|"
                       "variant\\s+([A-Za-z0-9]))\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = marker.match(name.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString variant;
    for (int group = 2; group <= 6 && variant.isEmpty(); ++group)
        variant = match.captured(group);
    const QString group = match.captured(1).trimmed();
    if (group.isEmpty() || variant.isEmpty())
        return std::nullopt;
    return VariantName{group, variant.toUpper()};
}

CampaignSection CampaignMetrics::compute(const MetricsContext& ctx)
{
    CampaignSection out;
    QList<const CampaignInfo*> inPeriod;
    for (const CampaignInfo& c : ctx.campaigns) {
        if (c.startMs != kNoTime && ctx.periodHas(c.startMs))
            inPeriod << &c;
    }
    std::sort(inPeriod.begin(), inPeriod.end(), [](const CampaignInfo* a, const CampaignInfo* b) {
        if (a->startMs != b->startMs)
            return a->startMs < b->startMs;
        return math::codePointLess(a->row.campaignId, b->row.campaignId);
    });

    QMap<QPair<int, int>, SendTimeCell> cells;
    QHash<QString, TemplateRow> templates;
    for (const CampaignInfo* c : inPeriod) {
        const CampaignCounts counts = countsOf(c->row);
        out.campaigns << CampaignRow{c->row.campaignId, c->row.name, c->row.status, counts, rates(counts)};
        out.funnel += counts;

        if (c->row.status == QLatin1String("completed") && c->row.scheduledAtMs) {
            const qint64 at = *c->row.scheduledAtMs;
            const int weekday = ctx.calendar.weekdayOf(ctx.calendar.dayIndex(at));
            const int hour = ctx.calendar.hourOf(at);
            SendTimeCell& cell = cells[{weekday, hour}];
            cell.weekday = weekday;
            cell.hour = hour;
            ++cell.campaigns;
            cell.campaignIds << c->row.campaignId;
            cell.delivered += counts.delivered;
            cell.read += counts.read;
        }

        const QString name = c->row.templateName.trimmed().isEmpty() ? kUnknownTemplate : c->row.templateName.trimmed();
        TemplateRow& t = templates[name];
        t.templateName = name;
        t.counts += counts;
        ++t.campaigns;
    }
    out.overall = rates(out.funnel);
    for (SendTimeCell cell : cells) {
        cell.readRatePct = math::percent(double(cell.read), double(cell.delivered));
        out.sendTimeHeatmap << cell;
    }
    for (TemplateRow t : templates) {
        t.rates = rates(t.counts);
        out.templates << t;
    }
    std::sort(out.templates.begin(), out.templates.end(), [](const TemplateRow& a, const TemplateRow& b) {
        return math::codePointLess(a.templateName, b.templateName);
    });
    out.abTests = abTests(ctx, inPeriod);
    out.roi = roi(ctx, inPeriod);
    return out;
}

QList<AbTest> CampaignMetrics::abTests(const MetricsContext& ctx, const QList<const CampaignInfo*>& inPeriod)
{
    QHash<QString, const CampaignInfo*> byId;
    for (const CampaignInfo* c : inPeriod)
        byId.insert(c->row.campaignId, c);

    // group -> variant -> campaigns; a campaign the user grouped stays out of the name groups.
    QMap<QString, QMap<QString, VariantAcc>> groups;
    QSet<QString> userGrouped;
    for (const AbGroupSpec& spec : ctx.query.abGroups) {
        for (const auto& [campaignId, variant] : spec.campaignVariants) {
            const CampaignInfo* c = byId.value(campaignId);
            if (!c || variant.trimmed().isEmpty())
                continue;
            userGrouped.insert(campaignId);
            const CampaignCounts counts = countsOf(c->row);
            VariantAcc& acc = groups[spec.name.trimmed()][variant.trimmed().toUpper()];
            acc.campaignIds << campaignId;
            acc.delivered += counts.delivered;
            acc.replied += counts.replied;
        }
    }
    for (const CampaignInfo* c : inPeriod) {
        if (userGrouped.contains(c->row.campaignId))
            continue;
        const auto split = splitVariant(c->row.name);
        if (!split)
            continue;
        const CampaignCounts counts = countsOf(c->row);
        VariantAcc& acc = groups[split->group][split->variant];
        acc.campaignIds << c->row.campaignId;
        acc.delivered += counts.delivered;
        acc.replied += counts.replied;
    }

    QList<QString> names = groups.keys();
    std::sort(names.begin(), names.end(), math::codePointLess);
    QList<AbTest> out;
    for (const QString& name : names) {
        const QMap<QString, VariantAcc>& variants = groups[name];
        if (variants.size() < 2)
            continue;
        AbTest test;
        test.group = name;
        QStringList labels = variants.keys();
        std::sort(labels.begin(), labels.end(), math::codePointLess);
        for (const QString& label : labels) {
            VariantAcc acc = variants[label];
            std::sort(acc.campaignIds.begin(), acc.campaignIds.end(), math::codePointLess);
            test.variants << AbVariant{label, acc.campaignIds, acc.delivered, acc.replied,
                                       math::percent(double(acc.replied), double(acc.delivered))};
        }
        // The two variants with the most delivered messages; ties go to the earlier label.
        QList<const AbVariant*> ranked;
        for (const AbVariant& v : test.variants)
            ranked << &v;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const AbVariant* a, const AbVariant* b) { return a->delivered > b->delivered; });
        const AbVariant* a = ranked[0];
        const AbVariant* b = ranked[1];
        test.pValue = math::twoProportionPValue(double(a->replied), double(a->delivered), double(b->replied),
                                                double(b->delivered));
        if (test.pValue && *test.pValue < 0.05 && a->replyRatePct && b->replyRatePct &&
            *a->replyRatePct != *b->replyRatePct)
            test.winner = *a->replyRatePct > *b->replyRatePct ? a->variant : b->variant;
        out << test;
    }
    return out;
}

QList<RoiRow> CampaignMetrics::roi(const MetricsContext& ctx, const QList<const CampaignInfo*>& inPeriod)
{
    const CampaignAttribution attribution(ctx);
    QSet<QString> wanted;
    for (const CampaignInfo* c : inPeriod)
        wanted.insert(c->row.campaignId);
    QHash<QString, QSet<int>> repliers;
    for (const FactCache::BusinessSend& send : ctx.cache.businessSends()) {
        if (send.failed)
            continue;
        OutboundFact o;
        o.tsMs = send.tsMs;
        o.nextInboundMs = send.nextInboundMs;
        if (!LeadMetrics::replied(o, ctx.asOfMs))
            continue;
        const QString campaign = attribution.campaignOf(send);
        if (!campaign.isEmpty() && wanted.contains(campaign))
            repliers[campaign].insert(send.contact);
    }

    QList<RoiRow> out;
    const auto& contacts = ctx.cache.contacts();
    for (const CampaignInfo* c : inPeriod) {
        RoiRow row;
        row.campaignId = c->row.campaignId;
        row.cost = double(countsOf(c->row).totalRecipients) * ctx.query.costPerMessage;
        // Summed in a fixed order so the last digits never depend on hashing.
        QList<int> contactsReplied = repliers.value(c->row.campaignId).values();
        std::sort(contactsReplied.begin(), contactsReplied.end());
        for (int index : contactsReplied) {
            if (const auto revenue = ctx.numericValue(contacts[size_t(index)], ctx.revenueKey))
                row.attributedRevenue += *revenue;
        }
        row.roi = math::ratio(row.attributedRevenue, row.cost);
        out << row;
    }
    return out;
}

} // namespace crmlens::metrics
