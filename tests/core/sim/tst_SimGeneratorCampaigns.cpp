#include "core/sim/SimGenerator.h"
#include "tests/core/sim/tst_SimGeneratorSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace crmlens::sim;
using namespace crmlens::sim::test;

// Campaigns, their A/B tests and reply effects, and the planted anomalies of the generated tenant.
class tst_SimGeneratorCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void campaignsLookReal();
    void abTestsUseEveryMarkerStyle();
    void sendHourAndVariantChangeReplies();
    void plantedAnomaliesStandOut();
    void shortHistoryPlantsNoAnomalies();

private:
    SimWorkspace m_ws;
};

void tst_SimGeneratorCampaigns::initTestCase()
{
    GeneratorConfig c;
    c.seed = 7;
    c.contacts = 4000;
    m_ws = generateWorkspace(c);
    QVERIFY(m_ws.messages.size() > 60000);
}

void tst_SimGeneratorCampaigns::campaignsLookReal()
{
    QSet<QString> statuses;
    int noTemplate = 0, noLanguage = 0, numbered = 0;
    const SimCampaign* running = nullptr;
    for (const SimCampaign& c : m_ws.campaigns) {
        statuses.insert(m_ws.campaignStatusAt(c, m_ws.now));
        noTemplate += c.templateName.isEmpty();
        noLanguage += c.templateLanguage.isEmpty();
        numbered += c.name.contains(QRegularExpression(QStringLiteral("#[0-9]+$")));
        if (m_ws.campaignStatusAt(c, m_ws.now) == QLatin1String("in_progress"))
            running = &c;
        if (c.finalStatus == QLatin1String("completed") && !c.messages.empty())
            QVERIFY(c.finishedAt > m_ws.messages[c.messages.back()].timestamp);
    }
    for (const char* s : {"draft", "scheduled", "in_progress", "completed", "failed", "cancelled"})
        QVERIFY2(statuses.contains(QString::fromLatin1(s)), s);
    QVERIFY(noTemplate > 0 && noLanguage > 0 && numbered > 0);
    // The running campaign keeps sending after `now`, so live mode sees its counts grow.
    QVERIFY(running != nullptr);
    QVERIFY(m_ws.reportAt(*running, m_ws.now).totalRecipients < m_ws.reportAt(*running, m_ws.endsAt).totalRecipients);
    QCOMPARE(m_ws.campaignStatusAt(*running, m_ws.endsAt), QStringLiteral("completed"));

    // Replies: most within hours, a few exactly on the 72 h edge, and no pile-up just after it
    // (the 12 h after the window are about as busy as the same hours a day later).
    // The planted inbound spike is left out: its conversations land wherever that day falls.
    std::int64_t spike = 0;
    for (const PlantedAnomaly& a : m_ws.plantedAnomalies)
        spike = a.metric == QLatin1String("inbound_messages") ? a.dayStartsAt : spike;
    int replied = 0, onEdge = 0, justAfter = 0, dayLater = 0;
    for (const SimCampaign& c : m_ws.campaigns) {
        for (const std::uint32_t index : c.messages) {
            const SimMessage& t = m_ws.messages[index];
            for (const std::uint32_t other : m_ws.contacts[t.contact].messages) {
                const SimMessage& m = m_ws.messages[other];
                if (m.timestamp <= t.timestamp || (m.timestamp >= spike && m.timestamp < spike + kDay))
                    continue;
                if (m.type == MessageType::Template)
                    break; // a later template message: what follows answers that one
                if (m.direction != Direction::Inbound)
                    continue;
                const std::int64_t after = m.timestamp - t.timestamp;
                replied += after <= 72 * kHour;
                onEdge += after == 72 * kHour;
                justAfter += after > 72 * kHour && after <= 84 * kHour;
                dayLater += after > 96 * kHour && after <= 108 * kHour; // the same hours of day

                break;
            }
        }
    }
    QVERIFY(replied > 300 && onEdge > 0 && justAfter > 0);
    QVERIFY2(justAfter < 2 * dayLater, qPrintable(QStringLiteral("%1 vs %2").arg(justAfter).arg(dayLater)));
}

void tst_SimGeneratorCampaigns::abTestsUseEveryMarkerStyle()
{
    const QStringList styles = {QStringLiteral("\\[[A-Za-z0-9]\\]$"), QStringLiteral("\\([A-Za-z0-9]\\)$"),
                                QStringLiteral(" -\\s*[A-Za-z0-9]$"), QStringLiteral("_[A-Za-z0-9]$"),
                                QStringLiteral("variant\\s+[A-Za-z0-9]$")};
    for (const QString& style : styles) {
        const QRegularExpression re(style, QRegularExpression::CaseInsensitiveOption);
        const auto n = std::count_if(m_ws.campaigns.begin(), m_ws.campaigns.end(),
                                     [&re](const SimCampaign& c) { return re.match(c.name).hasMatch(); });
        QVERIFY2(n >= 2, qPrintable(style));
    }
    // Grouped as METRICS.md says, each group has two distinct variants.
    const QRegularExpression marker(
        QStringLiteral("^(.*?)\\s*(?:\\[([A-Za-z0-9])\\]|\\(([A-Za-z0-9])\\)|-\\s*([A-Za-z0-9])|_([A-Za-z0-9])|"
                       "variant\\s+([A-Za-z0-9]))\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QSet<QString>> groups;
    for (const SimCampaign& c : m_ws.campaigns) {
        const auto match = marker.match(c.name.trimmed());
        if (!match.hasMatch())
            continue;
        QString variant;
        for (int i = 2; i <= 6 && variant.isEmpty(); ++i)
            variant = match.captured(i).toUpper();
        groups[match.captured(1).trimmed()].insert(variant);
    }
    QVERIFY(groups.size() >= 5);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        QVERIFY2(it.value().size() == 2, qPrintable(it.key()));
}

void tst_SimGeneratorCampaigns::sendHourAndVariantChangeReplies()
{
    qint64 eveningDelivered = 0, eveningReplied = 0, morningDelivered = 0, morningReplied = 0;
    qint64 boostedDelivered = 0, boostedReplied = 0, partnerDelivered = 0, partnerReplied = 0;
    QHash<QString, const SimCampaign*> byTemplate;
    for (const SimCampaign& c : m_ws.campaigns)
        byTemplate.insert(c.messageTemplate, &c);
    for (const SimCampaign& c : m_ws.campaigns) {
        if (c.finalStatus != QLatin1String("completed") || c.scheduledAt == 0 || c.scheduledAt > m_ws.now)
            continue;
        const SimReport r = m_ws.reportAt(c, m_ws.now);
        const int hour = hourOf(m_ws, c.scheduledAt);
        if (hour >= 17 && hour < 22)
            eveningDelivered += r.delivered, eveningReplied += r.replied;
        if (hour >= 5 && hour < 9)
            morningDelivered += r.delivered, morningReplied += r.replied;
        if (c.replyBoost > 1) {
            // Its partner's template differs only in the variant suffix.
            QString partner = c.messageTemplate;
            const QChar last = partner.back();
            partner.back() = last == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
            const SimCampaign* other = byTemplate.value(partner);
            QVERIFY2(other != nullptr, qPrintable(partner));
            const SimReport o = m_ws.reportAt(*other, m_ws.now);
            boostedDelivered += r.delivered, boostedReplied += r.replied;
            partnerDelivered += o.delivered, partnerReplied += o.replied;
        }
    }
    QVERIFY(morningDelivered > 0 && eveningDelivered > 0 && partnerDelivered > 0);
    const auto rate = [](qint64 replied, qint64 delivered) { return static_cast<double>(replied) / delivered; };
    QVERIFY(rate(eveningReplied, eveningDelivered) > 1.5 * rate(morningReplied, morningDelivered));
    QVERIFY(rate(boostedReplied, boostedDelivered) > 1.3 * rate(partnerReplied, partnerDelivered));
}

void tst_SimGeneratorCampaigns::plantedAnomaliesStandOut()
{
    QCOMPARE(m_ws.plantedAnomalies.size(), std::size_t(4));
    std::map<std::int64_t, double> inbound, newContacts, templatesAll, templatesDelivered, deliveryRate, medianResponse;
    std::map<std::int64_t, std::vector<double>> responses;
    for (const SimContact& c : m_ws.contacts) {
        newContacts[dayOf(m_ws, c.createdAt)] += 1;
        for (const Turn& t : turnsOf(m_ws, c)) {
            if (t.response >= 0)
                responses[dayOf(m_ws, t.start)].push_back(static_cast<double>(t.response));
        }
    }
    for (const SimMessage& m : m_ws.messages) {
        if (m.direction == Direction::Inbound)
            inbound[dayOf(m_ws, m.timestamp)] += 1;
        if (m.type == MessageType::Template) {
            templatesAll[dayOf(m_ws, m.timestamp)] += 1;
            const MessageStatus s = m_ws.messageStatusAt(m, m_ws.now);
            templatesDelivered[dayOf(m_ws, m.timestamp)] += s == MessageStatus::Delivered || s == MessageStatus::Read;
        }
    }
    for (const auto& [day, all] : templatesAll)
        deliveryRate[day] = 100.0 * templatesDelivered[day] / all;
    for (auto& [day, values] : responses) {
        std::sort(values.begin(), values.end());
        medianResponse[day] = values[static_cast<std::size_t>(std::ceil(0.5 * values.size())) - 1];
    }
    // Counts have a value every day, zeros included, from their first non-zero day.
    for (auto* counts : {&inbound, &newContacts}) {
        for (std::int64_t d = counts->begin()->first; d <= counts->rbegin()->first; ++d)
            (*counts)[d] += 0;
    }

    QSet<QString> metrics;
    for (const PlantedAnomaly& a : m_ws.plantedAnomalies) {
        metrics.insert(a.metric);
        const std::int64_t day = dayOf(m_ws, a.dayStartsAt);
        QCOMPARE(dayOf(m_ws, a.dayStartsAt + kDay - 1), day);
        QCOMPARE(a.day, QDate(1970, 1, 1).addDays(day));
        QVERIFY(a.dayStartsAt >= m_ws.now - 61 * kDay && a.dayStartsAt < m_ws.now - kDay);
        QVERIFY(a.dayStartsAt >= m_ws.startsAt + 28 * kDay);
        const std::map<std::int64_t, double>* series = nullptr;
        if (a.metric == QLatin1String("inbound_messages"))
            series = &inbound;
        else if (a.metric == QLatin1String("new_contacts"))
            series = &newContacts;
        else if (a.metric == QLatin1String("delivery_rate_pct"))
            series = &deliveryRate;
        else if (a.metric == QLatin1String("median_response_time_s"))
            series = &medianResponse;
        QVERIFY2(series != nullptr, qPrintable(a.metric));
        QString why;
        QVERIFY2(standsOut(*series, day, a.direction == QLatin1String("up"), &why),
                 qPrintable(a.metric + QLatin1Char(' ') + a.day.toString(Qt::ISODate) + QStringLiteral(": ") + why));
    }
    QCOMPARE(metrics.size(), qsizetype(4));
}

void tst_SimGeneratorCampaigns::shortHistoryPlantsNoAnomalies()
{
    GeneratorConfig c;
    c.contacts = 300;
    c.days = 30;
    QVERIFY(generateWorkspace(c).plantedAnomalies.empty());
}

QTEST_GUILESS_MAIN(tst_SimGeneratorCampaigns)
#include "tst_SimGeneratorCampaigns.moc"
