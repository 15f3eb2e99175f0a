#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace crmlens::store {

class Database;

// Rows for the metrics engine, read in bulk with times as milliseconds since the epoch (UTC):
// the engine keeps contacts in memory and a view reads tens of thousands of them.
struct MetricsContactRow
{
    QString chatId;
    QString whatsappNumber;
    QString status;       // null when absent
    QString operatorName; // null when the CRM names none
    std::optional<qint64> createdAtMs;
    qint64 firstSeenAtMs = 0;
    qint64 firstSeenPassId = 0;
    bool inFirstCompletePass = false;
    std::optional<qint64> deletedAtMs;
    qint64 updatedAtMs = 0;
};

struct MetricsFieldRow
{
    QString chatId;
    QString key;
    QString value;
};

// One deletion of a contact; restoredAtMs is set when a later pass listed it again.
struct MetricsDeletionRow
{
    QString chatId;
    qint64 deletedAtMs = 0;
    std::optional<qint64> restoredAtMs;
};

struct MetricsStatusChange
{
    qint64 id = 0;
    QString chatId;
    qint64 changedAtMs = 0;
    QString oldValue; // null when absent
    QString newValue;
};

// A campaign with its newest report poll (counts absent when it was never polled).
struct MetricsCampaignRow
{
    QString campaignId;
    QString name;
    QString status;
    std::optional<qint64> createdAtMs;
    std::optional<qint64> scheduledAtMs;
    std::optional<qint64> listedRecipients; // total_recipients of the campaign list
    QString templateName;
    bool hasReport = false;
    qint64 totalRecipients = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    qint64 replied = 0;
    qint64 failed = 0;
};

struct ContactPassInfo
{
    qint64 id = 0;
    qint64 startedAtMs = 0;
};

// Cheap summary of everything contact-side a cached copy depends on: when it differs from the
// one taken at load time, the copy is refreshed.
struct ContactsFingerprint
{
    qint64 maxUpdatedAtMs = 0;
    qint64 lastDeletionId = 0;
    qint64 completeContactPasses = 0;
    qint64 fieldDefinitions = 0;
    qint64 maxDefinitionSeenAtMs = 0;

    bool operator==(const ContactsFingerprint&) const = default;
};

class MetricsReader
{
public:
    explicit MetricsReader(Database& db) : m_db(db) {}

    Result<QList<MetricsContactRow>> contacts();
    // Contacts whose row changed at or after `sinceMs` (contacts.updated_at).
    Result<QList<MetricsContactRow>> contactsUpdatedSince(qint64 sinceMs);
    Result<QList<MetricsFieldRow>> customFields();
    Result<QList<MetricsFieldRow>> customFieldsOf(const QStringList& chatIds);
    Result<QList<MetricsDeletionRow>> deletions();
    // Status changes seen by passes that started in [fromMs, toMs).
    Result<QList<MetricsStatusChange>> statusChanges(qint64 fromMs, qint64 toMs);
    // Status changes recorded after history row `lastId`, in id order: what a cached copy lacks.
    Result<QList<MetricsStatusChange>> statusChangesAfter(qint64 lastId);
    // Changes whenever a campaign or a report poll is written.
    Result<QPair<qint64, qint64>> campaignsFingerprint();
    Result<std::optional<ContactPassInfo>> firstCompleteContactPass();
    Result<QHash<qint64, qint64>> contactPassStarts(); // pass id -> start
    Result<QList<MetricsCampaignRow>> campaignsWithLatestReport();
    // Names of the custom field definitions (the CRM's list, removed ones included).
    Result<QStringList> definitionNames();
    Result<ContactsFingerprint> contactsFingerprint();

private:
    Database& m_db;
};

} // namespace crmlens::store
