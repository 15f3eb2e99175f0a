#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace crmlens::metrics {

// A period of whole days [from, to) in the workspace zone (METRICS.md "Period").
struct Period
{
    enum class Preset {
        Today,
        Last7Days,
        Last30Days,
        Last90Days,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        ThisYear,
        Custom,
    };

    QDate from;
    QDate to; // exclusive

    // Presets relative to `today` (a date in the workspace zone). The rolling ones end with today
    // ([today − N + 1, today + 1)); "this month / quarter / year" run from the first day of the
    // month / quarter / year to the end of today, so the previous period (equally long) compares
    // like with like; "last month" is the whole previous calendar month. Custom needs explicit
    // dates and yields an invalid period here.
    static Period preset(Preset preset, QDate today);
    static std::optional<Preset> presetFromName(const QString& name); // "today", "7d", "this_month", ...

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    qint64 days() const { return from.daysTo(to); }
    // The equally long period that ends at `from`.
    Period previous() const { return Period{from.addDays(-days()), from}; }
    bool operator==(const Period&) const = default;
};

// Contact filters (METRICS.md "Filters"): each set one narrows the contacts; together they all
// apply. Message metrics then use only those contacts' messages; campaign metrics are not narrowed.
struct ContactFilter
{
    QString segmentKey;   // with segmentValue: custom_fields[segmentKey] == segmentValue
    QString segmentValue; // "(none)" selects contacts without a value for the key
    QString operatorName; // assigned operator; "(unassigned)" selects contacts without one
    QString country;      // ISO 3166 alpha-2 region of the number, or "ZZ"

    bool hasSegment() const { return !segmentKey.isEmpty(); }
    bool isEmpty() const { return segmentKey.isEmpty() && operatorName.isEmpty() && country.isEmpty(); }
    bool operator==(const ContactFilter&) const = default;
};

struct LeadScoreWeights
{
    double recencyMax = 30;        // points at zero days since the last inbound message
    double recencyWindowDays = 30; // days after which recency reaches 0
    double engagementMax = 30;
    double engagementFullAt = 10; // inbound messages in the window that earn every point
    double engagementWindowDays = 30;
    double responsivenessMax = 20;
    double responsivenessWithoutTemplates = 10;
    double responsivenessWindowDays = 90;
    double profileQualified = 10;
    double profileProposal = 20;
    double profileWon = 20;
    double profileLost = 0;
    double profileOther = 5;
    int hotThreshold = 70;

    bool operator==(const LeadScoreWeights&) const = default;
};

// Campaigns the user grouped in the app as an A/B test: each campaign with its variant label.
struct AbGroupSpec
{
    QString name;
    QList<QPair<QString, QString>> campaignVariants; // campaign_id, variant
    bool operator==(const AbGroupSpec&) const = default;
};

// Everything a computation depends on besides the store. Defaults are METRICS.md's.
struct MetricsQuery
{
    Period period;
    QTimeZone zone;
    std::optional<QDateTime> asOf; // default: the end of the period
    ContactFilter filter;
    QString segmentKey = QStringLiteral("source");
    QString revenueKey = QStringLiteral("revenue");
    double costPerMessage = 0;
    qint64 slaSeconds = 300;
    QStringList inactiveStatuses{QStringLiteral("inactive"), QStringLiteral("blocked"), QStringLiteral("opted_out"),
                                 QStringLiteral("unsubscribed")};
    LeadScoreWeights leadWeights;
    QList<AbGroupSpec> abGroups;

    // The instant as_of stands for (milliseconds since the epoch).
    qint64 asOfMs() const;
    QString zoneName() const { return QString::fromUtf8(zone.id()); }
};

} // namespace crmlens::metrics
