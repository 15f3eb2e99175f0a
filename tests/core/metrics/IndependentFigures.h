#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Figures of METRICS.md computed straight from the simulator's dump (the raw API data), written
// apart from core/metrics on purpose: loops over JSON records and QDateTime calendars, no derived
// facts, no shared helpers. End-to-end tests compare the engine with these.
namespace crmlens::test::independent {

struct Message
{
    QString id;
    qint64 ts = 0;
    QString direction;
    QString type;
    QString status;
    QString content;
    QString campaignId;

    bool inbound() const { return direction == QLatin1String("inbound"); }
    bool business() const
    {
        return direction == QLatin1String("outbound") && (type == QLatin1String("template") || !campaignId.isEmpty());
    }
    bool operatorReply() const { return direction == QLatin1String("outbound") && !business(); }
};

struct Contact
{
    QString chatId;
    QString number;
    qint64 createdAt = 0;
    bool sendsCreatedAt = true;
    QString status;
    QString operatorName;
    QMap<QString, QString> fields;
    QList<Message> messages; // (timestamp, message_id) order
    qint64 deletedAt = -1;
};

struct Campaign
{
    QString id;
    QString name;
    QString status;
    qint64 createdAt = 0;
    qint64 scheduledAt = -1;
    QString templateName;
    qint64 total = 0, delivered = 0, read = 0, replied = 0, failed = 0;

    qint64 start() const { return scheduledAt >= 0 ? scheduledAt : createdAt; }
};

struct Dump
{
    qint64 now = 0;
    QList<Contact> contacts; // alive at now
    QList<Contact> deleted;
    QList<Campaign> campaigns;
};

Dump parse(const QJsonObject& dump);

struct Turn
{
    qint64 start = 0;
    qint64 response = -1;
};

struct Conversation
{
    qint64 start = 0;
    int messages = 0;
    qint64 firstResponse = -1; // response time (ms) of its first turn, -1 unanswered
};

QList<Turn> turnsOf(const Contact& c);
QList<Conversation> conversationsOf(const Contact& c);

double nearestRank(QList<double> values, double p);
QString localDay(qint64 ms, const QTimeZone& zone);
qint64 midnight(QDate day, const QTimeZone& zone);

// Keyword counts of inbound messages in [from, to): lower-case, NFC, runs of \p{L}\p{M}, 3+ code points.
QHash<QString, qint64> keywordCounts(const QList<Contact>& contacts, qint64 from, qint64 to);

struct Lead
{
    double recency = 0, engagement = 0, responsiveness = 0, profile = 0;
    int score = 0;
};
Lead leadOf(const Contact& c, qint64 asOf);

struct Risk
{
    double days = 0;
    int health = 0;
    QStringList indicators;
    QString action;
};
// The at-risk verdict for a contact alive at as_of; nullopt when it is not at risk.
std::optional<Risk> riskOf(const Contact& c, qint64 asOf);

// Revenue attributed per campaign id (the campaign_id on a send when it has one, else the latest
// sending campaign started at most 24 h before it).
QHash<QString, double> attributedRevenue(const QList<Contact>& contacts, const QList<Campaign>& campaigns, qint64 asOf,
                                         bool useCampaignIds);

} // namespace crmlens::test::independent
