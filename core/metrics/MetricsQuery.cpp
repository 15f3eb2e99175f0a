#include "core/metrics/MetricsQuery.h"

#include "core/metrics/ZoneCalendar.h"

namespace crmlens::metrics {

Period Period::preset(Preset preset, QDate today)
{
    const QDate tomorrow = today.addDays(1);
    switch (preset) {
    case Preset::Today:
        return {today, tomorrow};
    case Preset::Last7Days:
        return {today.addDays(-6), tomorrow};
    case Preset::Last30Days:
        return {today.addDays(-29), tomorrow};
    case Preset::Last90Days:
        return {today.addDays(-89), tomorrow};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), tomorrow};
    case Preset::LastMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first.addMonths(-1), first};
    }
    case Preset::ThisQuarter:
        return {QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1), tomorrow};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), tomorrow};
    case Preset::Custom:
        break;
    }
    return {};
}

std::optional<Period::Preset> Period::presetFromName(const QString& name)
{
    static const QList<QPair<QString, Preset>> names{
        {QStringLiteral("today"), Preset::Today},          {QStringLiteral("7d"), Preset::Last7Days},
        {QStringLiteral("30d"), Preset::Last30Days},       {QStringLiteral("90d"), Preset::Last90Days},
        {QStringLiteral("this_month"), Preset::ThisMonth}, {QStringLiteral("last_month"), Preset::LastMonth},
        {QStringLiteral("quarter"), Preset::ThisQuarter},  {QStringLiteral("year"), Preset::ThisYear},
        {QStringLiteral("custom"), Preset::Custom},
    };
    for (const auto& [key, preset] : names) {
        if (key == name)
            return preset;
    }
    return std::nullopt;
}

qint64 MetricsQuery::asOfMs() const
{
    if (asOf && asOf->isValid())
        return asOf->toMSecsSinceEpoch();
    return ZoneCalendar::startOfDay(zone, period.to);
}

} // namespace crmlens::metrics
