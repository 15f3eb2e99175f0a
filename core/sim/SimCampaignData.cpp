#include "core/sim/SimGeneratorData.h"
#include "core/sim/SimMessageData.h"
#include "core/sim/SimNamesData.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <optional>

// Campaigns over the history plus a few that are running, waiting or abandoned at `now`. Each
// recipient gets a template message; whether it is read and answered depends on the campaign,
// the hour it went out (evening beats early morning), the contact and, for some A/B pairs, the
// variant.
namespace crmlens::sim::gen {
namespace {

enum class Kind : std::uint8_t {
    Regular,
    AbVariant,
    InProgress,
    ScheduledSoon,
    Draft,
    Cancelled,
    Failed,
    ScheduledLater
};

struct Plan
{
    Kind kind = Kind::Regular;
    QString name;
    QString templateName;
    QString languageCode; // WhatsApp template language ("en", "pt_BR", ...)
    QString pitch;
    std::int64_t createdAt = 0;
    std::int64_t scheduledAt = 0; // 0: sent on creation
    std::int64_t sendAt = 0;      // first message; 0: never sends
    std::int64_t cancelledAt = 0;
    double sendSecs = 1800; // how long sending takes
    double audienceShare = 0.08;
    double failure = 0.03;
    double read = 0.65;
    double reply = 0.15;
    double replyBoost = 1.0;
    int abPair = -1;
    int abSide = 0;
    bool omitTemplateName = false;
    bool omitLanguage = false;
    bool welcomeSeries = false;
};

std::int64_t quarterHour(std::int64_t t)
{
    return t - t % (15 * kMinute);
}

QString slug(const QString& name)
{
    QString out;
    for (const QChar ch : name.toLower()) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

std::optional<Language> targetLanguage(const QString& code)
{
    if (code.startsWith(QLatin1String("es")))
        return Language::Spanish;
    if (code.startsWith(QLatin1String("pt")))
        return Language::Portuguese;
    if (code.startsWith(QLatin1String("fr")))
        return Language::French;
    if (code.startsWith(QLatin1String("sw")))
        return Language::Swahili;
    if (code.startsWith(QLatin1String("id")))
        return Language::Indonesian;
    return std::nullopt;
}

// Reading and answering by the hour the campaign went out, at the business's home time.
double readFactor(int hour)
{
    if (hour >= 5 && hour < 9)
        return 0.75;
    if (hour >= 17 && hour < 22)
        return 1.15;
    return hour >= 9 && hour < 17 ? 1.0 : 0.85;
}

double replyFactor(int hour)
{
    if (hour >= 5 && hour < 9)
        return 0.5;
    if (hour >= 17 && hour < 22)
        return 1.6;
    return hour >= 9 && hour < 17 ? 1.0 : 0.8;
}

class CampaignPlanner
{
public:
    explicit CampaignPlanner(Context& ctx) : m_ctx(ctx), m_rng(mixSeed(ctx.config.seed, StreamCampaignPlan))
    {
        const auto& series = simCampaignSeries();
        for (std::size_t i = 0; i < series.size(); ++i)
            m_seriesOrder.push_back(static_cast<int>(i));
        shuffle(m_seriesOrder);
    }

    std::vector<Plan> plan()
    {
        const auto& ws = m_ctx.ws;
        const int days = std::max(1, m_ctx.config.days);
        const int total = m_ctx.config.campaigns >= 0 ? m_ctx.config.campaigns : std::max(1, (days + 1) / 3);
        const bool hasHorizon = ws.endsAt - ws.now >= kDay;
        std::vector<Kind> specials = {Kind::InProgress, Kind::ScheduledSoon,  Kind::Draft, Kind::Cancelled,
                                      Kind::Failed,     Kind::ScheduledLater, Kind::Draft};
        specials.resize(static_cast<std::size_t>(std::min(7, total / 5)));
        if (!hasHorizon)
            std::replace(specials.begin(), specials.end(), Kind::ScheduledSoon, Kind::ScheduledLater);

        const int regular = total - static_cast<int>(specials.size());
        const int pairs = std::min(6, regular / 5);
        const int singles = regular - 2 * pairs;
        std::vector<int> units; // -1: single, k >= 0: A/B pair k
        units.assign(static_cast<std::size_t>(singles), -1);
        for (int k = 0; k < pairs; ++k)
            units.push_back(k);
        shuffle(units);

        std::vector<Plan> plans;
        const std::int64_t first = ws.startsAt + kDay;
        const std::int64_t last = ws.now - 8 * kHour;
        const double step =
            static_cast<double>(std::max<std::int64_t>(kHour, last - first)) / std::max<std::size_t>(1, units.size());
        for (std::size_t u = 0; u < units.size(); ++u) {
            const auto around =
                first + static_cast<std::int64_t>((static_cast<double>(u) + m_rng.uniform(0.1, 0.9)) * step);
            const std::int64_t sendAt = sendTime(around, units[u] >= 0);
            if (units[u] < 0) {
                plans.push_back(regularPlan(sendAt));
            } else {
                plans.push_back(abPlan(units[u], 0, sendAt));
                plans.push_back(abPlan(units[u], 1, sendAt + m_rng.range(2, 10) * kMinute));
            }
        }
        for (const Kind kind : specials)
            plans.push_back(specialPlan(kind));
        std::stable_sort(plans.begin(), plans.end(),
                         [](const Plan& a, const Plan& b) { return a.createdAt < b.createdAt; });
        return plans;
    }

private:
    template <typename T> void shuffle(std::vector<T>& v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[static_cast<std::size_t>(m_rng.index(i))]);
    }

    // Campaigns go out at round times, rarely on Sundays, at a spread of hours that includes
    // early mornings and evenings. A/B tests go out in the day or evening, when enough people
    // answer to tell the variants apart.
    std::int64_t sendTime(std::int64_t around, bool abTest = false)
    {
        static constexpr int hours[] = {19, 7, 10, 18, 6, 14, 20, 9, 8, 11, 16, 12, 17, 15, 21};
        static constexpr int abHours[] = {10, 18, 12, 19, 11, 17, 14, 20};
        const int offset = m_ctx.ws.utcOffsetMinutes;
        std::int64_t day = Context::dayStart(around, offset);
        if (Context::weekday(day, offset) == 6)
            day += m_rng.chance(0.5) ? kDay : -kDay;
        const int hour =
            abTest ? abHours[m_abHourCursor++ % std::size(abHours)] : hours[m_hourCursor++ % std::size(hours)];
        return day + hour * kHour + 15 * kMinute * m_rng.range(0, 3);
    }

    void fillCommon(Plan& p)
    {
        static const char* const languages[] = {"en", "en_US", "sw", "es", "pt_BR", "fr", "id"};
        p.languageCode = QString::fromLatin1(languages[m_rng.weighted({55, 10, 12, 6, 6, 6, 5})]);
        p.failure = m_rng.uniform(0.01, 0.05);
        p.read = m_rng.uniform(0.55, 0.75);
        p.reply = m_rng.uniform(0.06, 0.14);
        p.audienceShare = m_rng.uniform(0.04, 0.12);
        p.sendSecs = m_rng.uniform(10, 90) * kMinute;
        p.omitTemplateName = m_rng.chance(0.12);
        p.omitLanguage = m_rng.chance(0.10);
    }

    void nameFromSeries(Plan& p, std::int64_t at)
    {
        static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const int index = m_seriesOrder[m_seriesCursor++ % m_seriesOrder.size()];
        const SimCampaignSeries& s = simCampaignSeries()[static_cast<std::size_t>(index)];
        const int uses = ++m_seriesUses[index];
        if (s.name.contains(QLatin1String("%1"))) {
            p.name = s.name.arg(uses);
        } else {
            p.name = s.name;
            if (uses > 1) {
                const int month = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date().month();
                p.name += QStringLiteral(" – ") + QString::fromLatin1(months[month - 1]);
            }
        }
        p.templateName = s.templateName;
        p.pitch = s.pitch;
        p.welcomeSeries = s.templateName == QLatin1String("welcome_series");
    }

    Plan regularPlan(std::int64_t sendAt)
    {
        Plan p;
        fillCommon(p);
        nameFromSeries(p, sendAt);
        p.sendAt = sendAt;
        if (m_rng.chance(0.15)) {
            p.createdAt = sendAt; // "send now": no scheduled_at
        } else {
            p.scheduledAt = sendAt;
            p.createdAt = sendAt - static_cast<std::int64_t>(m_rng.uniform(2, 6 * 24) * kHour);
        }
        return p;
    }

    Plan abPlan(int pair, int side, std::int64_t sendAt)
    {
        const QStringList& groups = simAbGroupNames();
        const QString group = groups.at(pair % groups.size());
        const QString variant = pair >= 5 ? QString::number(side + 1) : QString(QLatin1Char(side == 0 ? 'A' : 'B'));
        static const char* const styles[] = {" [%1]", " (%1)", " - %1", "_%1", " variant %1"};
        QString marker = QString::fromLatin1(styles[pair % 5]).arg(variant);
        if (pair % 5 == 4 && side == 1)
            marker = QStringLiteral(" Variant ") + variant; // the marker is case-insensitive
        Plan p;
        fillCommon(p);
        if (side == 1) {
            p.languageCode = m_lastAb.languageCode;
            p.failure = m_lastAb.failure;
            p.read = m_lastAb.read;
            p.reply = m_lastAb.reply;
        }
        p.kind = Kind::AbVariant;
        p.name = group + marker;
        p.templateName = slug(group) + QLatin1Char('_') + variant.toLower();
        p.pitch = QStringLiteral("Our ") + group + QStringLiteral(" offer is here");
        p.abPair = pair;
        p.abSide = side;
        p.audienceShare = 0.2; // shared by both variants
        p.sendAt = sendAt;
        p.scheduledAt = sendAt;
        p.createdAt = sendAt - static_cast<std::int64_t>(m_rng.uniform(24, 72) * kHour) - side;
        // Even pairs differ for real (B wins, except pair 4 where A does); odd pairs do not.
        if (pair % 2 == 0 && side == (pair == 4 ? 0 : 1))
            p.replyBoost = 2.2;
        if (side == 0)
            m_lastAb = p;
        return p;
    }

    Plan specialPlan(Kind kind)
    {
        const auto& ws = m_ctx.ws;
        Plan p;
        fillCommon(p);
        nameFromSeries(p, ws.now);
        p.kind = kind;
        switch (kind) {
        case Kind::InProgress:
            p.createdAt = ws.now - static_cast<std::int64_t>(m_rng.uniform(1, 3) * kDay);
            p.scheduledAt = p.sendAt = ws.now - 90 * kMinute;
            p.sendSecs = 4 * kHour;
            break;
        case Kind::ScheduledSoon: {
            const double latest = std::min(30.0, static_cast<double>(ws.endsAt - ws.now) / kHour - 6);
            p.createdAt = ws.now - static_cast<std::int64_t>(m_rng.uniform(2, 48) * kHour);
            p.scheduledAt = p.sendAt =
                quarterHour(ws.now + static_cast<std::int64_t>(m_rng.uniform(6, std::max(6.5, latest)) * kHour));
            p.sendSecs = kHour;
            break;
        }
        case Kind::Draft:
            p.createdAt = ws.now - static_cast<std::int64_t>(m_rng.uniform(1, 8 * 24) * kHour);
            break;
        case Kind::Cancelled: {
            const auto at =
                sendTime(ws.startsAt + 7 * kDay +
                         static_cast<std::int64_t>(m_rng.uniform() *
                                                   std::max<std::int64_t>(kDay, ws.now - ws.startsAt - 9 * kDay)));
            p.scheduledAt = at;
            p.createdAt = at - 3 * kDay;
            p.cancelledAt = at - static_cast<std::int64_t>(m_rng.uniform(1, 30) * kHour);
            break;
        }
        case Kind::Failed:
            if (m_ctx.collapseDay != 0) {
                p.scheduledAt = p.sendAt = m_ctx.collapseDay + static_cast<std::int64_t>(m_rng.uniform(10, 15) * kHour);
                p.audienceShare = 0.05;
                p.failure = 0.85;
            } else {
                // The template was rejected before anything went out.
                p.scheduledAt =
                    sendTime(ws.startsAt + static_cast<std::int64_t>(m_rng.uniform(0.3, 0.9) * (ws.now - ws.startsAt)));
                p.cancelledAt = p.scheduledAt + 2 * kMinute;
            }
            p.createdAt = p.scheduledAt - kDay;
            break;
        case Kind::ScheduledLater:
            p.createdAt = ws.now - static_cast<std::int64_t>(m_rng.uniform(1, 72) * kHour);
            p.scheduledAt = quarterHour(ws.endsAt + static_cast<std::int64_t>(m_rng.uniform(1, 6) * kDay));
            break;
        case Kind::Regular:
        case Kind::AbVariant:
            break;
        }
        return p;
    }

    Context& m_ctx;
    SimRandom m_rng;
    std::vector<int> m_seriesOrder;
    std::size_t m_seriesCursor = 0;
    std::map<int, int> m_seriesUses;
    std::size_t m_hourCursor = 0;
    std::size_t m_abHourCursor = 0;
    Plan m_lastAb;
};

QString finalStatus(Kind kind)
{
    switch (kind) {
    case Kind::Draft:
        return QStringLiteral("draft");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::ScheduledLater:
        return QStringLiteral("scheduled");
    default:
        return QStringLiteral("completed");
    }
}

std::vector<std::uint32_t> audienceOf(const Context& ctx, const Plan& p, SimRandom& rng)
{
    const auto& ws = ctx.ws;
    // Audiences follow the tenant's volume: a quiet tenant also sends fewer campaign messages.
    const double scale = std::clamp(ctx.config.messagesPerContact / 20.0, 0.2, 2.0);
    const std::optional<Language> language = targetLanguage(p.languageCode);
    std::vector<std::uint32_t> audience;
    for (std::size_t i = 0; i < ws.contacts.size(); ++i) {
        const SimContact& c = ws.contacts[i];
        const ContactPlan& plan = ctx.plans[i];
        if (c.createdAt > p.sendAt - kHour || (c.deletedAt != 0 && c.deletedAt <= p.sendAt) ||
            (plan.churnAt != 0 && plan.churnAt <= p.sendAt))
            continue;
        double share = p.audienceShare * scale;
        if (p.welcomeSeries)
            share = c.createdAt >= p.sendAt - 21 * kDay ? std::min(0.9, 0.9 * scale) : 0.0;
        else if (language && p.kind != Kind::AbVariant)
            share = c.language == *language ? std::min(0.9, 0.5 * scale) : 0.0;
        if (rng.chance(share))
            audience.push_back(static_cast<std::uint32_t>(i));
    }
    for (std::size_t i = audience.size(); i > 1; --i)
        std::swap(audience[i - 1], audience[static_cast<std::size_t>(rng.index(i))]);
    return audience;
}

// Sends the campaign's template messages and plans who answers when; returns the last send time.
std::int64_t send(Context& ctx, int campaign, const Plan& p, const std::vector<std::uint32_t>& audience, SimRandom& rng)
{
    const int hour = Context::hourOfDay(p.sendAt, ctx.ws.utcOffsetMinutes);
    const double readMedian = hour >= 17 && hour < 22 ? 600 : (hour >= 5 && hour < 9 ? 3600 : 1800);
    const double spacing = p.sendSecs / std::max<std::size_t>(1, audience.size());
    std::int64_t last = p.sendAt;
    for (std::size_t j = 0; j < audience.size(); ++j) {
        const std::uint32_t contact = audience[j];
        const std::int64_t at =
            p.sendAt + static_cast<std::int64_t>(static_cast<double>(j) * spacing) + rng.range(0, 2);
        if (at >= ctx.ws.endsAt)
            break;
        if (at >= ctx.plans[contact].activeUntil)
            continue; // left while the campaign was still sending
        SimMessage& m = pushMessage(ctx, rng, contact, at, MessageType::Template, Direction::Outbound);
        m.campaign = campaign;
        deliver(m, rng, templateFailureProbability(ctx, at, p.failure), std::min(0.95, p.read * readFactor(hour)),
                readMedian);
        const std::int64_t readAt = m.readAt;
        ++ctx.campaignTemplates;
        last = at;

        std::int64_t replyAt = 0;
        const ContactPlan& plan = ctx.plans[contact];
        const double pReply = std::min(0.9, p.reply * replyFactor(hour) * p.replyBoost * plan.responsiveness);
        if (readAt != 0 && rng.chance(pReply)) {
            const double r = rng.uniform();
            const std::int64_t windowEnd = at + kReplyWindow;
            if (r < 0.01 && readAt < windowEnd) {
                replyAt = windowEnd; // exactly on the 72 h boundary, which still counts
            } else if (r < 0.035) {
                replyAt = std::max(windowEnd + rng.range(60, 12 * kHour), readAt + 30); // just too late
            } else {
                replyAt = readAt + static_cast<std::int64_t>(std::max(10.0, rng.logNormal(600, 1.3)));
                if (replyAt > windowEnd)
                    replyAt = readAt + 30 < windowEnd ? rng.range(readAt + 30, windowEnd - 1) : 0;
            }
            if (replyAt >= plan.activeUntil)
                replyAt = 0;
        }
        if (replyAt != 0)
            ++ctx.plannedCampaignReplies;
        ctx.sends.push_back({contact, at, replyAt});
    }
    return last;
}

} // namespace

void generateCampaigns(Context& ctx)
{
    auto& ws = ctx.ws;
    const std::vector<Plan> plans = CampaignPlanner(ctx).plan();
    const int width = std::max(3, static_cast<int>(QString::number(plans.size()).size()));
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const Plan& p = plans[i];
        SimCampaign c;
        c.campaignId = QStringLiteral("camp_%1").arg(i + 1, width, 10, QLatin1Char('0'));
        c.name = p.name;
        c.messageTemplate = p.templateName;
        c.templateName = p.omitTemplateName ? QString() : p.templateName;
        c.templateLanguage = p.omitLanguage ? QString() : p.languageCode;
        c.pitch = p.pitch;
        c.createdAt = p.createdAt;
        c.scheduledAt = p.scheduledAt;
        c.finalStatus = finalStatus(p.kind);
        c.replyBoost = p.replyBoost;
        if (p.cancelledAt != 0) {
            c.finishedAt = p.cancelledAt;
        } else if (p.sendAt != 0) {
            SimRandom rng(mixSeed(ctx.config.seed, StreamCampaignSend, i));
            const std::int64_t last = send(ctx, static_cast<int>(i), p, audienceOf(ctx, p, rng), rng);
            c.finishedAt = last + rng.range(30, 300);
        }
        ws.campaigns.push_back(std::move(c));
    }

    std::stable_sort(ctx.sends.begin(), ctx.sends.end(), [](const TemplateSend& a, const TemplateSend& b) {
        return a.contact != b.contact ? a.contact < b.contact : a.sentAt < b.sentAt;
    });
    ctx.sendBegin.assign(ws.contacts.size() + 1, 0);
    for (const TemplateSend& s : ctx.sends)
        ++ctx.sendBegin[s.contact + 1];
    for (std::size_t i = 1; i < ctx.sendBegin.size(); ++i)
        ctx.sendBegin[i] += ctx.sendBegin[i - 1];
}

} // namespace crmlens::sim::gen
