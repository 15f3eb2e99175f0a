#pragma once

#include "core/common/AppSettings.h"
#include "core/common/Error.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace crmlens {
class Clock;
namespace api {
class CrmClient;
class HttpTransport;
class SecretStore;
} // namespace api
} // namespace crmlens

namespace crmlens::ui {

// The first-run screen: connect a CRM (address + API key, tested before it is kept) or explore
// the demo workspace. Accepting saves the account in AppSettings, makes it the active one and,
// for a CRM, stores the key in the SecretStore under the account id; accountId() then names the
// account to open. The test runs asynchronously through the given transport: the dialog stays
// responsive and can be left at any time.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(AppSettings& settings, api::SecretStore& secrets, api::HttpTransport& transport, const Clock& clock,
                  QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    // Opens straight on the connect form (adding another CRM later).
    void showConnectPage();
    void showChoicePage();

    QString accountId() const { return m_accountId; }
    AccountInfo::Kind accountKind() const { return m_accountKind; }
    bool isTesting() const { return m_testing; }
    // The last test or save outcome as shown (plain text, without markup).
    QString statusText() const;

Q_SIGNALS:
    // A connection test ended; ok is false when the CRM could not be used.
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class StatusTone { Neutral, Good, Bad };

    QWidget* buildChoicePage();
    QWidget* buildConnectPage();
    void chooseDemo();
    void startTest();
    void onTestResult(quint64 generation, const QString& host, bool ok, const QString& text);
    void connectAccount();
    void storeAccount();
    void onKeyStored(const QString& id, const QString& baseUrl, const Error& error);
    void inputsChanged();
    void setBusy(bool busy, const QString& text = {});
    void showStatus(const QString& richText, StatusTone tone);
    void refreshStatusColour();
    QString existingAccountFor(const QString& baseUrl) const;

    AppSettings& m_settings;
    api::SecretStore& m_secrets;
    api::HttpTransport& m_transport;
    const Clock& m_clock;
    std::unique_ptr<api::CrmClient> m_client;

    QStackedWidget* m_pages;
    QPushButton* m_connectChoice;
    QPushButton* m_demoChoice;
    QLineEdit* m_url;
    QLineEdit* m_key;
    QCheckBox* m_showKey;
    QLineEdit* m_name;
    QPushButton* m_testButton;
    QProgressBar* m_busy;
    QLabel* m_status;
    QPushButton* m_backButton;
    QPushButton* m_connectButton;

    StatusTone m_tone = StatusTone::Neutral;
    quint64 m_generation = 0;
    bool m_testing = false;
    bool m_saving = false;
    bool m_connectAfterTest = false;
    QString m_verifiedUrl; // the base URL and key the last successful test used
    QString m_verifiedKey;
    QString m_accountId;
    AccountInfo::Kind m_accountKind = AccountInfo::Kind::Crm;
};

} // namespace crmlens::ui
