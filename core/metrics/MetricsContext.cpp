#include "core/metrics/MetricsContext.h"

#include <QRegularExpression>

#include <algorithm>

namespace crmlens::metrics {

namespace {

bool matches(const ContactInfo& c, const ContactFilter& filter, const StringPool& strings)
{
    if (!c.known)
        return false;
    if (filter.hasSegment()) {
        const int key = strings.find(filter.segmentKey);
        const int value = key >= 0 ? c.field(key) : -1;
        if (value < 0 ? filter.segmentValue != kNoneValue : strings.text(value) != filter.segmentValue)
            return false;
    }
    if (!filter.operatorName.isEmpty()) {
        if (c.operatorName < 0 ? filter.operatorName != kUnassigned
                               : strings.text(c.operatorName) != filter.operatorName)
            return false;
    }
    if (!filter.country.isEmpty()) {
        if (c.country < 0 || strings.text(c.country).compare(filter.country, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

MetricsContext::MetricsContext(const MetricsQuery& q, const FactCache& c, QList<store::MetricsCampaignRow> rows)
    : query(q), cache(c)
{
    const Period& period = query.period;
    const QDate firstDay = std::min(period.from.addDays(-28), period.previous().from);
    calendar = ZoneCalendar(query.zone, firstDay, period.to.addDays(-1));
    fromMs = calendar.startOf(period.from);
    toMs = calendar.startOf(period.to);
    previousFromMs = calendar.startOf(period.previous().from);
    asOfMs = query.asOfMs();
    periodFirstDay = calendar.indexOf(period.from);
    periodDays = int(period.days());

    const QDate lastDay = period.to.addDays(-1);
    QDate month(period.from.year(), period.from.month(), 1);
    month = month.addMonths(-11);
    const QDate lastMonth(lastDay.year(), lastDay.month(), 1);
    for (; month <= lastMonth; month = month.addMonths(1)) {
        MonthSpan span;
        span.label = month.toString(QStringLiteral("yyyy-MM"));
        span.startMs = ZoneCalendar::startOfDay(query.zone, month);
        span.endMs = ZoneCalendar::startOfDay(query.zone, month.addMonths(1));
        growthMonths << span;
    }

    for (store::MetricsCampaignRow& row : rows) {
        CampaignInfo info;
        info.startMs = row.scheduledAtMs ? *row.scheduledAtMs : row.createdAtMs.value_or(kNoTime);
        info.row = std::move(row);
        campaigns << std::move(info);
    }

    const auto& contacts = cache.contacts();
    m_selected.assign(contacts.size(), 0);
    const bool everything = query.filter.isEmpty();
    for (size_t i = 0; i < contacts.size(); ++i)
        m_selected[i] = (everything || matches(contacts[i], query.filter, cache.strings())) ? 1 : 0;
    for (const QString& status : query.inactiveStatuses) {
        m_inactiveStatusTexts.insert(status.trimmed());
        const int id = cache.strings().find(status.trimmed());
        if (id >= 0)
            m_inactiveStatuses.insert(id);
    }
}

bool MetricsContext::isInactiveStatus(int statusId) const
{
    return statusId >= 0 && m_inactiveStatuses.contains(statusId);
}

QString MetricsContext::fieldValue(const ContactInfo& contact, const QString& key) const
{
    const int keyId = cache.strings().find(key);
    const int value = keyId >= 0 ? contact.field(keyId) : -1;
    return value >= 0 ? cache.strings().text(value) : kNoneValue;
}

std::optional<double> MetricsContext::numericField(const ContactInfo& contact, const QString& key) const
{
    static const QRegularExpression numeric(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const int keyId = cache.strings().find(key);
    const int value = keyId >= 0 ? contact.field(keyId) : -1;
    if (value < 0)
        return std::nullopt;
    const QString text = cache.strings().text(value).trimmed();
    if (!numeric.match(text).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

QString MetricsContext::creditedOperator(int contactIndex, qint32 nameRef) const
{
    if (nameRef >= 0)
        return cache.facts()[size_t(contactIndex)].names[nameRef];
    const int op = cache.contacts()[size_t(contactIndex)].operatorName;
    return op >= 0 ? cache.strings().text(op) : kUnassigned;
}

qint64 MetricsContext::aliveCount(qint64 t) const
{
    qint64 n = 0;
    const auto& contacts = cache.contacts();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (m_selected[i] && contacts[i].aliveAt(t))
            ++n;
    }
    return n;
}

} // namespace crmlens::metrics
