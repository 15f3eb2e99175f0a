#include "core/sim/SimGeneratorData.h"
#include "core/sim/SimNamesData.h"

#include <QSet>

#include <algorithm>
#include <cmath>

// Who the contacts are and when they arrive: an existing base (partly one bulk import) created
// before the history starts, a base that grows over the timeline, and an event's burst of
// sign-ups; then churn and deletions, a few of them in the live horizon.
namespace crmlens::sim::gen {
namespace {

enum class Origin : std::uint8_t { Existing, Growing, Burst };

struct Birth
{
    std::int64_t createdAt = 0;
    int country = 0;
    Origin origin = Origin::Growing;
};

constexpr double kGrowth = 1.2; // the daily rate of new contacts grows by this factor over the timeline

int countryIndex(SimRandom& rng)
{
    std::vector<double> weights;
    for (const SimCountry& c : simCountries())
        weights.push_back(c.weight);
    return rng.weighted(weights);
}

std::vector<Birth> planBirths(Context& ctx)
{
    const auto& ws = ctx.ws;
    const auto& countries = simCountries();
    const int n = std::max(0, ctx.config.contacts);
    SimRandom rng(mixSeed(ctx.config.seed, StreamCreation));
    const double span = static_cast<double>(ws.endsAt - ws.startsAt);

    const int existing = static_cast<int>(std::lround(n * 0.35));
    int burst = 0;
    if (ctx.burstDay != 0) {
        const double x = static_cast<double>(ctx.burstDay - ws.startsAt) / span;
        const double daily = (n - existing) * (1 + kGrowth * x) / (1 + kGrowth / 2) / (span / kDay);
        burst = std::clamp(static_cast<int>(std::lround(4.5 * daily)), std::min(12, n - existing), n - existing);
    }
    const int growing = n - existing - burst;

    std::vector<Birth> births;
    births.reserve(static_cast<std::size_t>(n));
    const std::int64_t importAt =
        Context::dayStart(ws.startsAt - static_cast<std::int64_t>(rng.uniform(90, 300)) * kDay, ws.utcOffsetMinutes) +
        10 * kHour;
    int imported = 0;
    for (int i = 0; i < existing; ++i) {
        Birth b{0, countryIndex(rng), Origin::Existing};
        const int offset = countries[static_cast<std::size_t>(b.country)].utcOffsetMinutes;
        if (rng.chance(0.3)) {
            b.createdAt = importAt + imported++ / 20; // a CSV import: many contacts share a second
        } else {
            const double x = std::sqrt(rng.uniform());
            const auto around = ws.startsAt - 540 * kDay + static_cast<std::int64_t>(x * 540 * kDay);
            b.createdAt = std::min(ctx.rhythmTime(rng, around - 3 * kDay, around + 3 * kDay, offset), ws.startsAt - 1);
        }
        births.push_back(b);
    }
    for (int i = 0; i < growing; ++i) {
        Birth b{0, countryIndex(rng), Origin::Growing};
        const int offset = countries[static_cast<std::size_t>(b.country)].utcOffsetMinutes;
        // Inverse of the linear density 1 + kGrowth * x on [0, 1].
        const double u = rng.uniform();
        const double x = (std::sqrt(1 + 2 * kGrowth * u * (1 + kGrowth / 2)) - 1) / kGrowth;
        const auto around = ws.startsAt + static_cast<std::int64_t>(x * span);
        b.createdAt = ctx.rhythmTime(rng, std::max(ws.startsAt, around - 3 * kDay),
                                     std::min(ws.endsAt, around + 3 * kDay), offset);
        births.push_back(b);
    }
    for (int i = 0; i < burst; ++i) {
        Birth b{0, countryIndex(rng), Origin::Burst};
        b.createdAt = ctx.burstDay + static_cast<std::int64_t>(rng.uniform(9, 21) * kHour);
        births.push_back(b);
    }
    std::stable_sort(births.begin(), births.end(),
                     [](const Birth& a, const Birth& b) { return a.createdAt < b.createdAt; });
    return births;
}

QString asciiHandle(const QString& text)
{
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            out += ch;
    }
    return out;
}

QString grouped(const QString& digits, const std::vector<int>& groups)
{
    QString out;
    qsizetype pos = 0;
    for (const int g : groups) {
        if (pos >= digits.size())
            break;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += digits.mid(pos, g);
        pos += g;
    }
    if (pos < digits.size())
        out += digits.mid(pos);
    return out;
}

class IdentityMaker
{
public:
    // Picks a mobile number no other contact has, shown in one of the formats CRMs use.
    QString number(SimRandom& rng, const SimCountry& country, const SimCity& city)
    {
        const QStringList& prefixes = city.mobilePrefixes.isEmpty() ? country.mobilePrefixes : city.mobilePrefixes;
        QString national;
        for (int attempt = 0; attempt < 50; ++attempt) {
            national = prefixes.at(rng.index(static_cast<std::size_t>(prefixes.size())));
            national += QChar(u'0' + static_cast<char16_t>(rng.range(2, 9)));
            while (national.size() < country.nationalLength)
                national += QChar(u'0' + static_cast<char16_t>(rng.range(0, 9)));
            if (!m_numbers.contains(country.callingCode + national))
                break;
        }
        m_numbers.insert(country.callingCode + national);

        const QString& cc = country.callingCode;
        const double r = rng.uniform();
        if (r < 0.60)
            return QLatin1Char('+') + cc + national;
        if (r < 0.85)
            return cc + national;
        if (r < 0.97)
            return QLatin1Char('+') + cc + QLatin1Char(' ') + grouped(national, country.groups);
        // A few CRMs show other spacings: "+254 712345678", "254 712 345678".
        if (rng.chance(0.5))
            return QLatin1Char('+') + cc + QLatin1Char(' ') + national;
        return cc + QLatin1Char(' ') + grouped(national, {3, country.nationalLength - 3});
    }

    QString name(SimRandom& rng, const SimNameCulture& culture, QString* first, QString* last)
    {
        const auto pick = [&rng](const QStringList& list) {
            return list.at(rng.index(static_cast<std::size_t>(list.size())));
        };
        QString full;
        if (culture.lastNames.isEmpty()) {
            full = pick(culture.firstNames);
            *first = full;
        } else {
            *first = pick(culture.firstNames);
            if (!rng.chance(culture.singleNameShare))
                *last = pick(culture.lastNames);
            full = last->isEmpty() ? *first : *first + QLatin1Char(' ') + *last;
        }
        if (rng.chance(0.04))
            return {};
        if (rng.chance(0.015)) {
            const QString emoji = simNameEmojis().at(rng.index(static_cast<std::size_t>(simNameEmojis().size())));
            full = rng.chance(0.7) ? full + QLatin1Char(' ') + emoji : emoji + QLatin1Char(' ') + full;
        } else if (culture.latin && rng.chance(0.02)) {
            full = full.toLower();
        }
        return full;
    }

    QString email(SimRandom& rng, const SimNameCulture& culture, const QString& first, const QString& last)
    {
        static const char* const handles[] = {"client", "customer", "hello", "mail", "shop", "biz"};
        QString local = culture.latin ? asciiHandle(first) : QString();
        if (!local.isEmpty() && !last.isEmpty() && rng.chance(0.7))
            local += (rng.chance(0.5) ? QStringLiteral(".") : QString()) + asciiHandle(last);
        if (local.isEmpty())
            local = QString::fromLatin1(handles[rng.index(std::size(handles))]);
        if (rng.chance(0.35) || local.size() < 4)
            local += QString::number(rng.range(1, 999));
        const QString domain = simEmailDomains().at(rng.index(static_cast<std::size_t>(simEmailDomains().size())));
        QString address = local + QLatin1Char('@') + domain;
        while (m_emails.contains(address))
            address = local + QString::number(rng.range(1000, 99999)) + QLatin1Char('@') + domain;
        m_emails.insert(address);
        return address;
    }

private:
    QSet<QString> m_numbers;
    QSet<QString> m_emails;
};

QString pickSource(SimRandom& rng, Origin origin)
{
    if (origin == Origin::Burst)
        return rng.chance(0.7) ? QStringLiteral("walk_in") : QStringLiteral("referral");
    static const char* const sources[] = {"instagram", "facebook", "website", "referral", "whatsapp_ad", "walk_in", ""};
    return QString::fromLatin1(sources[rng.weighted({22, 18, 20, 10, 15, 5, 10})]);
}

QString churnStatus(SimRandom& rng)
{
    static const char* const statuses[] = {"inactive", "blocked", "opted_out"};
    return QString::fromLatin1(statuses[rng.weighted({45, 20, 35})]);
}

void planChurn(Context& ctx)
{
    auto& ws = ctx.ws;
    const std::size_t n = ws.contacts.size();
    for (std::size_t i = 0; i < n; ++i) {
        SimRandom rng(mixSeed(ctx.config.seed, StreamChurn, i));
        SimContact& c = ws.contacts[i];
        ContactPlan& plan = ctx.plans[i];
        const std::int64_t from = std::max(c.createdAt, ws.startsAt);
        if (from + 3 * kDay >= ws.endsAt)
            continue;
        if (rng.chance(0.11)) {
            plan.churnAt = from + 3 * kDay + static_cast<std::int64_t>(rng.uniform() * (ws.endsAt - from - 3 * kDay));
            plan.churnStatus = churnStatus(rng);
            const auto deleteAt = plan.churnAt + static_cast<std::int64_t>(rng.uniform(1, 20) * kDay);
            if (rng.chance(0.3) && deleteAt < ws.endsAt)
                c.deletedAt = deleteAt;
        } else if (rng.chance(0.025)) {
            c.deletedAt = from + 2 * kDay + static_cast<std::int64_t>(rng.uniform() * (ws.endsAt - from - 2 * kDay));
        }
    }

    // A second sync in live mode must see deletions and status changes.
    const std::int64_t horizon = ws.endsAt - ws.now;
    if (n > 0 && horizon > 3 * kHour) {
        SimRandom rng(mixSeed(ctx.config.seed, StreamChurn, n + 1));
        const int wanted = std::max(2, static_cast<int>(std::lround(static_cast<double>(n) * 0.003)));
        int deleted = 0;
        int churned = 0;
        for (int attempt = 0; attempt < 50 * wanted && (deleted < wanted || churned < wanted); ++attempt) {
            const auto i = static_cast<std::size_t>(rng.index(n));
            SimContact& c = ws.contacts[i];
            ContactPlan& plan = ctx.plans[i];
            if (c.createdAt >= ws.now - kDay || c.deletedAt != 0 || plan.churnAt != 0)
                continue;
            const std::int64_t at = ws.now + kHour + static_cast<std::int64_t>(rng.uniform() * (horizon - 2 * kHour));
            if (deleted < wanted) {
                c.deletedAt = at;
                ++deleted;
            } else {
                plan.churnAt = at;
                plan.churnStatus = churnStatus(rng);
                ++churned;
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t until = ws.endsAt;
        if (ctx.plans[i].churnAt != 0)
            until = std::min(until, ctx.plans[i].churnAt);
        if (ws.contacts[i].deletedAt != 0)
            until = std::min(until, ws.contacts[i].deletedAt);
        ctx.plans[i].activeUntil = until;
    }
}

} // namespace

void generateContacts(Context& ctx)
{
    auto& ws = ctx.ws;
    const auto& countries = simCountries();
    const auto& cultures = simNameCultures();
    const std::vector<Birth> births = planBirths(ctx);
    const int width = std::max(5, static_cast<int>(QString::number(births.size()).size()));

    IdentityMaker identities;
    ws.contacts.resize(births.size());
    ctx.plans.resize(births.size());
    for (std::size_t i = 0; i < births.size(); ++i) {
        SimRandom rng(mixSeed(ctx.config.seed, StreamContact, i));
        const Birth& birth = births[i];
        const SimCountry& country = countries[static_cast<std::size_t>(birth.country)];
        const SimCity& city = country.cities[static_cast<std::size_t>(rng.index(country.cities.size()))];
        const SimNameCulture& culture = cultures[static_cast<std::size_t>(rng.weighted(country.cultureWeights))];

        SimContact& c = ws.contacts[i];
        c.chatId = QStringLiteral("chat_%1").arg(i + 1, width, 10, QLatin1Char('0'));
        c.createdAt = birth.createdAt;
        c.country = country.code;
        c.language = static_cast<Language>(rng.weighted(country.languageWeights));
        c.whatsappNumber = identities.number(rng, country, city);
        QString first;
        QString last;
        c.name = identities.name(rng, culture, &first, &last);
        if (rng.chance(0.68))
            c.email = identities.email(rng, culture, first, last);
        c.sendsCreatedAt = rng.chance(0.92);
        c.operatorIndex = rng.chance(0.85) ? rng.weighted(ctx.operatorLoads) : -1;

        const QString source = pickSource(rng, birth.origin);
        c.fieldValues = QList<QString>(static_cast<qsizetype>(ws.customFields.size()));
        c.fieldValues[0] = source;
        if (rng.chance(0.88))
            c.fieldValues[4] = city.name;

        ContactPlan& plan = ctx.plans[i];
        plan.existingBase = birth.origin == Origin::Existing;
        plan.burst = birth.origin == Origin::Burst;
        plan.activity = rng.logNormal(1.0, 1.0) * (plan.existingBase ? 0.55 : 1.0) * (plan.burst ? 0.5 : 1.0) *
                        (source == QLatin1String("whatsapp_ad") ? 1.2 : 1.0);
        plan.responsiveness = std::clamp(rng.logNormal(1.0, 0.5), 0.2, 3.0);
        const bool selfServe = source != QLatin1String("referral") && source != QLatin1String("walk_in");
        plan.writesAtCreation = birth.origin == Origin::Growing && rng.chance(selfServe ? 0.8 : 0.35);
    }
    planChurn(ctx);
}

} // namespace crmlens::sim::gen
