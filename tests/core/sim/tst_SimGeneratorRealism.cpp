#include "core/sim/SimGenerator.h"
#include "tests/core/sim/tst_SimGeneratorSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace crmlens::sim;
using namespace crmlens::sim::test;

// The generated tenant looks like a real one: people, numbers, fields, statuses, rhythms,
// conversations and text (campaigns and anomalies: tst_SimGeneratorCampaigns).
class tst_SimGeneratorRealism : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numbersHaveCountryFormats();
    void namesUseManyScripts();
    void customFieldsFollowTheirDefinitions();
    void operatorsAndAssignment();
    void chatStatusesFollowActivity();
    void contactBaseGrows();
    void dailyAndWeeklyRhythm();
    void turnsAndResponseTimes();
    void messageTypesAndContent();
    void inboundTextHasKeywordsAndStopWords_data();
    void inboundTextHasKeywordsAndStopWords();

private:
    SimWorkspace m_ws;
};

void tst_SimGeneratorRealism::initTestCase()
{
    GeneratorConfig c;
    c.seed = 7;
    c.contacts = 4000;
    m_ws = generateWorkspace(c);
    QVERIFY(m_ws.messages.size() > 60000);
}

void tst_SimGeneratorRealism::numbersHaveCountryFormats()
{
    // Calling code and national length of each country's mobile numbers.
    const QHash<QString, QPair<QString, int>> plans = {
        {QStringLiteral("KE"), {QStringLiteral("254"), 9}}, {QStringLiteral("NG"), {QStringLiteral("234"), 10}},
        {QStringLiteral("ZA"), {QStringLiteral("27"), 9}},  {QStringLiteral("TZ"), {QStringLiteral("255"), 9}},
        {QStringLiteral("UG"), {QStringLiteral("256"), 9}}, {QStringLiteral("GH"), {QStringLiteral("233"), 9}},
        {QStringLiteral("EG"), {QStringLiteral("20"), 10}}, {QStringLiteral("MA"), {QStringLiteral("212"), 9}},
        {QStringLiteral("BR"), {QStringLiteral("55"), 11}}, {QStringLiteral("MX"), {QStringLiteral("52"), 10}},
        {QStringLiteral("CO"), {QStringLiteral("57"), 10}}, {QStringLiteral("IN"), {QStringLiteral("91"), 10}},
        {QStringLiteral("ID"), {QStringLiteral("62"), 11}}, {QStringLiteral("PH"), {QStringLiteral("63"), 10}},
        {QStringLiteral("AE"), {QStringLiteral("971"), 9}}, {QStringLiteral("SA"), {QStringLiteral("966"), 9}},
        {QStringLiteral("GB"), {QStringLiteral("44"), 10}}, {QStringLiteral("US"), {QStringLiteral("1"), 10}},
        {QStringLiteral("FR"), {QStringLiteral("33"), 9}},  {QStringLiteral("ES"), {QStringLiteral("34"), 9}},
        {QStringLiteral("TH"), {QStringLiteral("66"), 9}},
    };
    const QRegularExpression shape(QStringLiteral("^\\+?[0-9]+( [0-9]+)*$"));
    const QRegularExpression plusCompact(QStringLiteral("^\\+[0-9]+$"));
    const QRegularExpression bare(QStringLiteral("^[0-9]+$"));
    const QRegularExpression grouped(QStringLiteral("^\\+[0-9]+( [0-9]+){2,}$"));
    int compact = 0, bareCount = 0, groupedCount = 0, other = 0;
    QHash<QString, int> perCountry;
    for (const SimContact& c : m_ws.contacts) {
        QVERIFY2(shape.match(c.whatsappNumber).hasMatch(), qPrintable(c.whatsappNumber));
        QVERIFY2(plans.contains(c.country), qPrintable(c.country));
        QString digits = c.whatsappNumber;
        digits.remove(QLatin1Char('+')).remove(QLatin1Char(' '));
        const auto& [code, length] = plans.value(c.country);
        QVERIFY2(digits.startsWith(code) && digits.size() == code.size() + length, qPrintable(c.whatsappNumber));
        QVERIFY(digits.at(code.size()) != QLatin1Char('0')); // no trunk prefix after the calling code
        ++perCountry[c.country];
        if (plusCompact.match(c.whatsappNumber).hasMatch())
            ++compact;
        else if (bare.match(c.whatsappNumber).hasMatch())
            ++bareCount;
        else if (grouped.match(c.whatsappNumber).hasMatch())
            ++groupedCount;
        else
            ++other;
    }
    const auto n = static_cast<qsizetype>(m_ws.contacts.size());
    QVERIFY(share(compact, n) > 0.5 && share(compact, n) < 0.7);
    QVERIFY(share(bareCount, n) > 0.15);
    QVERIFY(share(groupedCount, n) > 0.06);
    QVERIFY(other > 0);
    QVERIFY(perCountry.size() >= 18);
    QVERIFY(perCountry.value(QStringLiteral("KE")) > perCountry.value(QStringLiteral("NG")));
}

void tst_SimGeneratorRealism::namesUseManyScripts()
{
    QHash<int, int> scripts;
    int emoji = 0, accented = 0, unnamed = 0, noEmail = 0;
    for (const SimContact& c : m_ws.contacts) {
        unnamed += c.name.isEmpty();
        noEmail += c.email.isEmpty();
        bool hasEmoji = false, hasAccent = false;
        for (const uint cp : c.name.toUcs4()) {
            if (cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF))
                hasEmoji = true;
            const QChar::Script script = QChar::script(cp);
            ++scripts[script];
            if (script == QChar::Script_Latin && cp > 0x7F)
                hasAccent = true;
        }
        emoji += hasEmoji;
        accented += hasAccent;
    }
    for (const QChar::Script s : {QChar::Script_Arabic, QChar::Script_Devanagari, QChar::Script_Cyrillic,
                                  QChar::Script_Han, QChar::Script_Hangul, QChar::Script_Thai})
        QVERIFY2(scripts.value(s) > 0, qPrintable(QString::number(s)));
    QVERIFY(emoji > 0 && accented > 50);
    QVERIFY(unnamed > 0 && share(unnamed, static_cast<qsizetype>(m_ws.contacts.size())) < 0.1);
    QVERIFY(share(noEmail, static_cast<qsizetype>(m_ws.contacts.size())) > 0.2);
}

void tst_SimGeneratorRealism::customFieldsFollowTheirDefinitions()
{
    QCOMPARE(m_ws.customFields.size(), std::size_t(5));
    QStringList ids;
    for (const SimCustomField& f : m_ws.customFields)
        ids << f.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("cf_001"), QStringLiteral("cf_002"), QStringLiteral("cf_003"),
                               QStringLiteral("cf_004"), QStringLiteral("cf_005")}));
    const QStringList sources = {QStringLiteral("instagram"), QStringLiteral("facebook"),    QStringLiteral("website"),
                                 QStringLiteral("referral"),  QStringLiteral("whatsapp_ad"), QStringLiteral("walk_in")};
    const QStringList stages = {QStringLiteral("new"),      QStringLiteral("contacted"), QStringLiteral("qualified"),
                                QStringLiteral("proposal"), QStringLiteral("won"),       QStringLiteral("lost")};
    const QRegularExpression numeric(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    int noSource = 0, revenues = 0, numericRevenue = 0, won = 0, wonWithRevenue = 0, csats = 0, validCsat = 0;
    double csatSum = 0;
    QHash<QString, QSet<QString>> cityCountries;
    for (const SimContact& c : m_ws.contacts) {
        QCOMPARE(c.fieldValues.size(), qsizetype(5));
        const QString source = m_ws.fieldValue(c, QStringLiteral("source"));
        QVERIFY(source.isEmpty() || sources.contains(source));
        noSource += source.isEmpty();
        const QString stage = m_ws.fieldValue(c, QStringLiteral("lead_stage"));
        QVERIFY(stage.isEmpty() || stages.contains(stage));
        const QString revenue = m_ws.fieldValue(c, QStringLiteral("revenue"));
        if (!revenue.isEmpty()) {
            ++revenues;
            numericRevenue += numeric.match(revenue).hasMatch();
        }
        if (stage == QLatin1String("won")) {
            ++won;
            wonWithRevenue += numeric.match(revenue).hasMatch();
        }
        const QString csat = m_ws.fieldValue(c, QStringLiteral("csat"));
        if (!csat.isEmpty()) {
            ++csats;
            const bool valid = numeric.match(csat).hasMatch() && csat.toDouble() >= 1 && csat.toDouble() <= 5;
            validCsat += valid;
            csatSum += valid ? csat.toDouble() : 0;
        }
        const QString city = m_ws.fieldValue(c, QStringLiteral("city"));
        if (!city.isEmpty())
            cityCountries[city].insert(c.country);
    }
    QVERIFY(noSource > 0);
    QVERIFY(share(numericRevenue, revenues) > 0.85 && numericRevenue < revenues);
    QVERIFY(share(wonWithRevenue, won) > 0.8);
    QVERIFY(share(validCsat, csats) > 0.85 && validCsat < csats);
    QVERIFY(csatSum / validCsat > 3 && csatSum / validCsat < 4.8);
    for (auto it = cityCountries.cbegin(); it != cityCountries.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.key())); // a city belongs to one country
    QVERIFY(cityCountries.size() > 60);
}

void tst_SimGeneratorRealism::operatorsAndAssignment()
{
    QVERIFY(m_ws.operators.size() >= 6 && m_ws.operators.size() <= 12);
    QSet<QString> emails;
    for (const SimOperator& o : m_ws.operators) {
        QVERIFY(o.email.endsWith(QLatin1Char('@') + m_ws.companyDomain));
        emails.insert(o.email);
    }
    QCOMPARE(emails.size(), qsizetype(m_ws.operators.size()));
    std::vector<int> assigned(m_ws.operators.size(), 0);
    int unassigned = 0;
    for (const SimContact& c : m_ws.contacts) {
        if (c.operatorIndex < 0)
            ++unassigned;
        else
            ++assigned[static_cast<std::size_t>(c.operatorIndex)];
    }
    QVERIFY(share(unassigned, static_cast<qsizetype>(m_ws.contacts.size())) > 0.08);
    QVERIFY(share(unassigned, static_cast<qsizetype>(m_ws.contacts.size())) < 0.25);
    QVERIFY(std::all_of(assigned.begin(), assigned.end(), [](int n) { return n > 0; }));
    for (const SimMessage& m : m_ws.messages)
        QCOMPARE(m.operatorIndex >= 0, isOperatorReply(m));
}

void tst_SimGeneratorRealism::chatStatusesFollowActivity()
{
    const QSet<QString> inactive = {QStringLiteral("inactive"), QStringLiteral("blocked"), QStringLiteral("opted_out")};
    const QSet<QString> resolved = {QStringLiteral("resolved"), QStringLiteral("done"), QStringLiteral("closed")};
    QSet<QString> seen;
    int resolvedChecked = 0, churnChecked = 0;
    for (const SimContact& c : m_ws.contacts) {
        seen.insert(c.status);
        if (!c.statusAfter.isEmpty())
            seen.insert(c.statusAfter);
        QVERIFY(!inactive.contains(c.status) || c.statusChangedAt == 0); // churn starts from an active status
        if (resolved.contains(c.statusAfter)) {
            // Resolved after the last turn was answered.
            const auto turns = turnsOf(m_ws, c);
            QVERIFY(!turns.empty() && turns.back().response >= 0);
            QVERIFY(c.statusChangedAt > m_ws.messages[c.messages.back()].timestamp);
            ++resolvedChecked;
        }
        if (inactive.contains(c.statusAfter)) {
            for (const std::uint32_t index : c.messages)
                QVERIFY(m_ws.messages[index].timestamp < c.statusChangedAt);
            ++churnChecked;
        }
    }
    for (const char* status :
         {"open", "pending", "assigned", "resolved", "done", "closed", "blocked", "inactive", "opted_out"})
        QVERIFY2(seen.contains(QString::fromLatin1(status)), status);
    QVERIFY(resolvedChecked > 500 && churnChecked > 100);
}

void tst_SimGeneratorRealism::contactBaseGrows()
{
    int existing = 0, noCreatedAt = 0, firstMonth = 0, lastMonth = 0, future = 0, deleted = 0;
    for (const SimContact& c : m_ws.contacts) {
        existing += c.createdAt < m_ws.startsAt;
        noCreatedAt += !c.sendsCreatedAt;
        firstMonth += c.createdAt >= m_ws.startsAt && c.createdAt < m_ws.startsAt + 30 * kDay;
        lastMonth += c.createdAt >= m_ws.now - 30 * kDay && c.createdAt < m_ws.now;
        future += c.createdAt > m_ws.now;
        deleted += c.deletedAt != 0;
    }
    const auto n = static_cast<qsizetype>(m_ws.contacts.size());
    QVERIFY(share(existing, n) > 0.28 && share(existing, n) < 0.42);
    QVERIFY(share(noCreatedAt, n) > 0.05 && share(noCreatedAt, n) < 0.11);
    QVERIFY(lastMonth > 1.3 * firstMonth);
    QVERIFY(future > 0);
    QVERIFY(share(deleted, n) > 0.02 && share(deleted, n) < 0.1);
}

void tst_SimGeneratorRealism::dailyAndWeeklyRhythm()
{
    std::vector<double> hours(24, 0), weekdays(7, 0);
    for (const SimMessage& m : m_ws.messages) {
        const QString& country = m_ws.contacts[m.contact].country;
        if (m.direction != Direction::Inbound || m.timestamp >= m_ws.now ||
            (country != QLatin1String("KE") && country != QLatin1String("TZ") && country != QLatin1String("UG")))
            continue;
        ++hours[static_cast<std::size_t>(hourOf(m_ws, m.timestamp))]; // these countries share the home offset
        ++weekdays[static_cast<std::size_t>((dayOf(m_ws, m.timestamp) + 3) % 7)];
    }
    const double night = (hours[1] + hours[2] + hours[3] + hours[4]) / 4;
    QVERIFY(night < 0.15 * hours[10] && night < 0.15 * hours[19]);
    QVERIFY(hours[10] > hours[15] && hours[19] > hours[15] && hours[19] > hours[22]);
    const double weekday = (weekdays[0] + weekdays[1] + weekdays[2] + weekdays[3] + weekdays[4]) / 5;
    QVERIFY(weekdays[6] < 0.75 * weekday);
}

void tst_SimGeneratorRealism::turnsAndResponseTimes()
{
    std::vector<double> responses;
    int turns = 0, overHour = 0, overDay = 0;
    for (const SimContact& c : m_ws.contacts) {
        for (const Turn& t : turnsOf(m_ws, c)) {
            if (t.start >= m_ws.now - 5 * kDay)
                continue; // recent turns may still be waiting
            ++turns;
            if (t.response < 0)
                continue;
            responses.push_back(static_cast<double>(t.response));
            overHour += t.response > kHour;
            overDay += t.response > kDay;
        }
    }
    const double answered = share(static_cast<qsizetype>(responses.size()), turns);
    QVERIFY2(answered > 0.85 && answered < 0.97, qPrintable(QString::number(answered)));
    const double med = median(responses);
    QVERIFY2(med > 60 && med < 20 * 60, qPrintable(QString::number(med)));
    const auto n = static_cast<qsizetype>(responses.size());
    QVERIFY2(share(overHour, n) > 0.06 && share(overHour, n) < 0.3, qPrintable(QString::number(share(overHour, n))));
    // Days-long responses: slow operators, and turns left unanswered until the contact wrote again.
    QVERIFY2(share(overDay, n) > 0.01 && share(overDay, n) < 0.12, qPrintable(QString::number(share(overDay, n))));

    // Conversations (METRICS.md): a turn more than 24 h after the chat's previous message opens one.
    int conversations = 0;
    std::size_t inConversations = 0;
    for (const SimContact& c : m_ws.contacts) {
        std::int64_t previous = 0;
        bool started = false;
        bool waiting = false;
        for (const std::uint32_t index : c.messages) {
            const SimMessage& m = m_ws.messages[index];
            const bool turnStart = m.direction == Direction::Inbound && !waiting;
            if (turnStart && (!started || m.timestamp - previous > kDay)) {
                ++conversations;
                started = true;
            }
            if (m.direction == Direction::Inbound)
                waiting = true;
            else if (isOperatorReply(m))
                waiting = false;
            inConversations += started;
            previous = m.timestamp;
        }
    }
    const double perConversation = static_cast<double>(inConversations) / conversations;
    QVERIFY2(perConversation > 4 && perConversation < 12, qPrintable(QString::number(perConversation)));
}

void tst_SimGeneratorRealism::messageTypesAndContent()
{
    QSet<int> types;
    int bareMedia = 0, captionedMedia = 0, welcome = 0, feedback = 0;
    for (const SimMessage& m : m_ws.messages) {
        types.insert(static_cast<int>(m.type));
        const QString content = m_ws.messageContent(m);
        switch (m.type) {
        case MessageType::Text:
            QVERIFY(!content.trimmed().isEmpty());
            break;
        case MessageType::Audio:
            QVERIFY(content.isNull());
            break;
        case MessageType::Template:
            QVERIFY(m.direction == Direction::Outbound);
            if (m.campaign >= 0) {
                const SimCampaign& c = m_ws.campaigns[static_cast<std::size_t>(m.campaign)];
                QVERIFY2(content.startsWith(QLatin1Char('[') + c.messageTemplate + QStringLiteral("] Hello ")),
                         qPrintable(content));
            } else {
                welcome += content.startsWith(QLatin1String("[welcome_message] Hello "));
                feedback += content.startsWith(QLatin1String("[feedback_request] Hello "));
            }
            break;
        default:
            if (m.direction == Direction::Inbound)
                (content.isNull() ? bareMedia : captionedMedia)++;
            break;
        }
    }
    QCOMPARE(types.size(), qsizetype(6));
    QVERIFY(bareMedia > captionedMedia && captionedMedia > 0);
    QVERIFY(welcome > 0 && feedback > 0);
}

void tst_SimGeneratorRealism::inboundTextHasKeywordsAndStopWords_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("English") << int(Language::English)
                             << QStringList{QStringLiteral("refund"),      QStringLiteral("delivery"),
                                            QStringLiteral("price"),       QStringLiteral("order"),
                                            QStringLiteral("payment"),     QStringLiteral("complaint"),
                                            QStringLiteral("appointment"), QStringLiteral("the"),
                                            QStringLiteral("and"),         QStringLiteral("was"),
                                            QStringLiteral("what"),        QStringLiteral("any"),
                                            QStringLiteral("for"),         QStringLiteral("with"),
                                            QStringLiteral("when"),        QStringLiteral("this"),
                                            QStringLiteral("you")};
    QTest::newRow("Spanish") << int(Language::Spanish)
                             << QStringList{
                                    QStringLiteral("reembolso"), QStringLiteral("entrega"), QStringLiteral("precio"),
                                    QStringLiteral("pedido"),    QStringLiteral("queja"),   QStringLiteral("que"),
                                    QStringLiteral("para"),      QStringLiteral("como"),    QStringLiteral("los"),
                                    QStringLiteral("las"),       QStringLiteral("del"),     QStringLiteral("por")};
    QTest::newRow("Portuguese") << int(Language::Portuguese)
                                << QStringList{
                                       QStringLiteral("reembolso"),  QStringLiteral("entrega"), QStringLiteral("preço"),
                                       QStringLiteral("reclamação"), QStringLiteral("uma"),     QStringLiteral("por"),
                                       QStringLiteral("para"),       QStringLiteral("como"),    QStringLiteral("que")};
    QTest::newRow("French") << int(Language::French)
                            << QStringList{QStringLiteral("remboursement"), QStringLiteral("livraison"),
                                           QStringLiteral("prix"), QStringLiteral("commande"),
                                           QStringLiteral("réclamation")};
    QTest::newRow("Swahili") << int(Language::Swahili)
                             << QStringList{QStringLiteral("marejesho"), QStringLiteral("usafirishaji"),
                                            QStringLiteral("bei"),       QStringLiteral("oda"),
                                            QStringLiteral("malipo"),    QStringLiteral("malalamiko"),
                                            QStringLiteral("kwa")};
    QTest::newRow("Indonesian") << int(Language::Indonesian)
                                << QStringList{QStringLiteral("pengembalian"), QStringLiteral("pengiriman"),
                                               QStringLiteral("harga"),        QStringLiteral("pesanan"),
                                               QStringLiteral("keluhan"),      QStringLiteral("yang"),
                                               QStringLiteral("dan")};
}

void tst_SimGeneratorRealism::inboundTextHasKeywordsAndStopWords()
{
    QFETCH(int, language);
    QFETCH(QStringList, words);
    const QRegularExpression letters(QStringLiteral("[\\p{L}\\p{M}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    for (const SimMessage& m : m_ws.messages) {
        if (m.direction != Direction::Inbound || static_cast<int>(m_ws.contacts[m.contact].language) != language)
            continue;
        auto it = letters.globalMatch(m_ws.messageContent(m).toLower());
        while (it.hasNext())
            ++counts[it.next().captured()];
    }
    for (const QString& w : words)
        QVERIFY2(counts.value(w) > 0, qPrintable(w));
}

QTEST_GUILESS_MAIN(tst_SimGeneratorRealism)
#include "tst_SimGeneratorRealism.moc"
