#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

class QSettings;

namespace crmlens {

enum class ThemeChoice { System, Light, Dark };
enum class LanguageChoice { System, English, Spanish };

// A CRM the user connected (or the bundled demo). The API key is not here: it lives in the OS
// keychain under the account's id.
struct AccountInfo
{
    enum class Kind { Demo, Crm };

    QString id;
    QString displayName;
    QString baseUrl; // empty for the demo, whose simulator picks a new port on every start
    Kind kind = Kind::Crm;

    bool operator==(const AccountInfo&) const = default;
};

// The lead-score weights as stored; the field names and defaults are those of
// metrics::LeadScoreWeights (core/session/QueryDefaults converts, and its test keeps both in step).
struct LeadWeightSettings
{
    double recencyMax = 30;
    double recencyWindowDays = 30;
    double engagementMax = 30;
    double engagementFullAt = 10;
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

    // The most points the weights can give a contact: the threshold above it marks no one hot.
    double maximumScore() const;
    bool operator==(const LeadWeightSettings&) const = default;
};

// Campaigns the user grouped as an A/B test (metrics::AbGroupSpec as stored).
struct AbGroupSettings
{
    QString name;
    QList<QPair<QString, QString>> campaignVariants; // campaign_id, variant
    bool operator==(const AbGroupSettings&) const = default;
};

// The one typed facade over the app's settings file (INI). Widgets and engines ask it, never
// QSettings. Every getter has a default and clamps what it reads; a file that cannot be read, or
// that holds values of the wrong type, never stops the app: the bad parts fall back to defaults,
// a copy of the file is kept beside it (crmlens.ini.bad-<stamp>) and lastProblem() says so in one
// sentence. Secrets are never written here. Lives on the thread that made it.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int kSchemaVersion = 1;

    // Ranges the setters clamp to (and the settings dialog offers).
    static constexpr int kMinCadenceMinutes = 1;
    static constexpr int kMaxCadenceMinutes = 24 * 60;
    static constexpr int kDefaultCadenceMinutes = 15;
    static constexpr int kMaxRequestsPerMinute = 100000;
    static constexpr qint64 kMinSlaSeconds = 1;
    static constexpr qint64 kMaxSlaSeconds = 7 * 24 * 3600;
    static constexpr double kMaxCostPerMessage = 1e6;
    static constexpr double kMaxWeightPoints = 1000;
    static constexpr double kMaxWindowDays = 3650;

    // <AppConfigLocation>/crmlens.ini
    static QString defaultPath();
    static QString newAccountId();
    static QStringList defaultInactiveStatuses();

    explicit AppSettings(const QString& path = defaultPath());
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QString path() const { return m_path; }
    // One plain sentence about the last thing that went wrong with the file; empty when nothing did.
    QString lastProblem() const { return m_problem; }
    // Where the copy of a damaged file went; empty when none was made.
    QString backupPath() const { return m_backupPath; }
    // Writes pending changes; false (and lastProblem()) when the file could not be written.
    bool sync();

    // --- accounts ---
    QList<AccountInfo> accounts() const;
    std::optional<AccountInfo> account(const QString& id) const;
    // Adds the account, or replaces the one with the same id. Credentials, query and fragment of
    // the base URL are dropped: the file must never hold anything key-like.
    // An account without an id gets a new one; returns the id it was stored under.
    QString saveAccount(const AccountInfo& account);
    void removeAccount(const QString& id);
    QString activeAccountId() const; // empty when none, or when the stored one no longer exists
    void setActiveAccountId(const QString& id);

    // --- sync ---
    int syncCadenceMinutes() const;
    void setSyncCadenceMinutes(int minutes);
    int requestsPerMinute() const; // 0: learn the limit from the CRM's headers
    void setRequestsPerMinute(int perMinute);

    // --- metrics ---
    // The stored IANA id, or the system's when none (or an unknown one) is stored.
    QString timeZoneId() const;
    QTimeZone timeZone() const;
    bool followsSystemTimeZone() const;
    // An empty or unknown id means "follow the system".
    void setTimeZoneId(const QString& ianaId);
    qint64 slaSeconds() const;
    void setSlaSeconds(qint64 seconds);
    QStringList inactiveStatuses() const;
    void setInactiveStatuses(const QStringList& statuses); // trimmed, no empties or duplicates
    LeadWeightSettings leadWeights() const;
    void setLeadWeights(const LeadWeightSettings& weights);
    double costPerMessage() const;
    void setCostPerMessage(double cost);
    QString revenueKey() const;
    void setRevenueKey(const QString& key); // empty restores the default
    QString segmentKey() const;
    void setSegmentKey(const QString& key);
    QList<AbGroupSettings> abGroups() const;
    void setAbGroups(const QList<AbGroupSettings>& groups);

    // --- appearance and window ---
    LanguageChoice language() const;
    void setLanguage(LanguageChoice language);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    QString lastPeriodPreset() const; // a name Period::presetFromName knows, default "30d"
    void setLastPeriodPreset(const QString& name);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    static QString languageName(LanguageChoice language); // "system", "en", "es"
    static QString themeName(ThemeChoice theme);          // "system", "light", "dark"

private:
    void open();
    bool looksDamaged() const;
    void startOver(const QString& reason);
    QStringList dropBadValues();
    void migrate(int fromVersion);
    QString keepCopy();
    void setProblem(const QString& sentence);

    qint64 integer(const QString& key, qint64 fallback, qint64 min, qint64 max) const;
    double real(const QString& key, double fallback, double min, double max) const;
    QString text(const QString& key, const QString& fallback) const;

    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
    QString m_backupPath;
};

} // namespace crmlens
