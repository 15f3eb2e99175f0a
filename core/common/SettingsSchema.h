#pragma once

#include "core/common/AppSettings.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// How AppSettings lays its values out in the INI file and tells a usable value from a damaged
// one. Internal to AppSettings; kept apart so the facade stays readable.
namespace crmlens::settings {

inline const QString kSchemaKey = QStringLiteral("schemaVersion");
inline const QString kAccountList = QStringLiteral("accounts/list");
inline const QString kActiveAccount = QStringLiteral("accounts/active");
inline const QString kCadence = QStringLiteral("sync/cadenceMinutes");
inline const QString kRequestsPerMinute = QStringLiteral("sync/requestsPerMinute");
inline const QString kTimeZone = QStringLiteral("metrics/timeZone");
inline const QString kSla = QStringLiteral("metrics/slaSeconds");
inline const QString kInactive = QStringLiteral("metrics/inactiveStatuses");
inline const QString kCost = QStringLiteral("metrics/costPerMessage");
inline const QString kRevenueKey = QStringLiteral("metrics/revenueKey");
inline const QString kSegmentKey = QStringLiteral("metrics/segmentKey");
inline const QString kAbGroups = QStringLiteral("metrics/abGroups");
inline const QString kLanguage = QStringLiteral("appearance/language");
inline const QString kTheme = QStringLiteral("appearance/theme");
inline const QString kPeriodPreset = QStringLiteral("view/lastPeriodPreset");
inline const QString kGeometry = QStringLiteral("window/geometry");
inline const QString kWindowState = QStringLiteral("window/state");
inline const QString kDefaultRevenueKey = QStringLiteral("revenue");
inline const QString kDefaultSegmentKey = QStringLiteral("source");
inline const QString kDefaultPeriodPreset = QStringLiteral("30d");
inline const QString kHotThreshold = QStringLiteral("leadScore/hotThreshold");
inline constexpr int kMaxHotThreshold = 100000;

const QStringList& periodPresetNames();

// One lead-score field: its key under leadScore/ and where it lives in the struct.
struct WeightField
{
    const char* key;
    double LeadWeightSettings::*member;
    double min;
    double max;
};

const QList<WeightField>& weightFields();
QString weightKey(const char* field);

enum class ValueKind { Integer, Real, Text, Choice, List, Bytes, Zone };

struct ValueSpec
{
    QString key;
    ValueKind kind;
    QStringList choices; // for Choice
    const char* label;   // how lastProblem() names it (translated there)
};

// Every scalar value with its kind, for the check made when the file is opened.
const QList<ValueSpec>& valueSpecs();
bool isString(const QVariant& value);
bool usable(const QVariant& value, const ValueSpec& spec);

// Keeps scheme, host, port and path: user info, query and fragment could carry a key.
QString withoutCredentials(const QString& text);

// Array entries: nullopt when an entry cannot be used.
std::optional<AccountInfo> readAccount(const QSettings& settings);
std::optional<AbGroupSettings> readAbGroup(QSettings& settings);
void writeAccounts(QSettings& settings, const QList<AccountInfo>& accounts);
void writeAbGroups(QSettings& settings, const QList<AbGroupSettings>& groups);

// Reads an array of entries; sets *bad when one was skipped.
template <typename T, typename Reader>
QList<T> readArray(QSettings& settings, const QString& key, Reader read, bool* bad)
{
    QList<T> items;
    const int count = settings.beginReadArray(key);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (std::optional<T> item = read(settings))
            items.append(std::move(*item));
        else if (bad)
            *bad = true;
    }
    settings.endArray();
    return items;
}

} // namespace crmlens::settings
