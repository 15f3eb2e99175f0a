#include "ui/dialogs/WelcomeDialog.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/ConnectionCheck.h"
#include "core/api/CrmClient.h"
#include "core/api/SecretStore.h"
#include "ui/dialogs/ConnectionMessages.h"
#include "ui/theme/Theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace crmlens::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

// A tall button with a bold title and one line saying what it leads to.
QPushButton* bigChoice(const QString& title, const QString& detail, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setAccessibleName(title);
    button->setAccessibleDescription(detail);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(button);
    layout->setContentsMargins(18, 14, 18, 14);
    auto* titleLabel = new QLabel(title, button);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    titleLabel->setFont(font);
    auto* detailLabel = new QLabel(detail, button);
    detailLabel->setWordWrap(true);
    for (QLabel* label : {titleLabel, detailLabel}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(label);
    }
    button->setMinimumHeight(layout->sizeHint().height());
    return button;
}

constexpr int kTestTimeoutMs = 15000;

} // namespace

WelcomeDialog::WelcomeDialog(AppSettings& settings, api::SecretStore& secrets, api::HttpTransport& transport,
                             const Clock& clock, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_transport(transport), m_clock(clock)
{
    setWindowTitle(tr("Welcome to CRM Lens"));
    setAccessibleName(windowTitle());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildChoicePage());
    m_pages->addWidget(buildConnectPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 18);
    layout->addWidget(m_pages);
    setMinimumWidth(560);
    showChoicePage();
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget* WelcomeDialog::buildChoicePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Welcome to CRM Lens"), page));
    layout->addWidget(paragraph(tr("See how customers find you, talk to you and buy from you on WhatsApp. Connect "
                                   "your own CRM, or look around a demo shop first."),
                                page));
    layout->addSpacing(8);
    m_connectChoice = bigChoice(tr("Connect your CRM"),
                                tr("Use your CRM's address and API key. CRM Lens only reads; it never changes your "
                                   "data."),
                                page);
    m_connectChoice->setObjectName(QStringLiteral("connectChoice"));
    m_demoChoice =
        bigChoice(tr("Explore the demo workspace"),
                  tr("A made-up shop with months of WhatsApp conversations, served from this computer."), page);
    m_demoChoice->setObjectName(QStringLiteral("demoChoice"));
    layout->addWidget(m_connectChoice);
    layout->addWidget(m_demoChoice);
    layout->addStretch(1);
    auto* close = new QPushButton(tr("Not now"), page);
    close->setObjectName(QStringLiteral("notNowButton"));
    close->setAccessibleName(tr("Close without choosing"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(close);
    layout->addLayout(row);
    connect(m_connectChoice, &QPushButton::clicked, this, &WelcomeDialog::showConnectPage);
    connect(m_demoChoice, &QPushButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget* WelcomeDialog::buildConnectPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Connect your CRM"), page));
    layout->addWidget(paragraph(tr("Find the API key in your CRM under Settings, then API. CRM Lens keeps it in your "
                                   "system keychain, never in its own files."),
                                page));

    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_url->setPlaceholderText(tr("https://crm.example.com"));
    m_url->setAccessibleName(tr("CRM address"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_showKey = new QCheckBox(tr("Show the key"), page);
    m_showKey->setObjectName(QStringLiteral("showKeyCheck"));
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setPlaceholderText(tr("Optional, for example: Shop in Nairobi"));
    m_name->setAccessibleName(tr("Account name"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* urlLabel = new QLabel(tr("CRM &address:"), page);
    urlLabel->setBuddy(m_url);
    auto* keyLabel = new QLabel(tr("API &key:"), page);
    keyLabel->setBuddy(m_key);
    auto* nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(m_name);
    form->addRow(urlLabel, m_url);
    form->addRow(keyLabel, m_key);
    form->addRow(QString(), m_showKey);
    form->addRow(nameLabel, m_name);
    layout->addLayout(form);

    m_testButton = new QPushButton(tr("&Test connection"), page);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_testButton->sizeHint().height() / 3);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_busy, 1);
    testRow->addStretch(0);
    layout->addLayout(testRow);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status, 1);

    m_backButton = new QPushButton(tr("&Back"), page);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAccessibleName(tr("Back to the choices"));
    m_connectButton = new QPushButton(tr("&Connect"), page);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect"));
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_connectButton);
    layout->addLayout(buttons);

    setTabOrder(m_url, m_key);
    setTabOrder(m_key, m_showKey);
    setTabOrder(m_showKey, m_name);
    setTabOrder(m_name, m_testButton);
    setTabOrder(m_testButton, m_status);
    setTabOrder(m_status, m_backButton);
    setTabOrder(m_backButton, cancel);
    setTabOrder(cancel, m_connectButton);

    connect(m_showKey, &QCheckBox::toggled, this,
            [this](bool show) { m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_url, &QLineEdit::textEdited, this, &WelcomeDialog::inputsChanged);
    connect(m_key, &QLineEdit::textEdited, this, &WelcomeDialog::inputsChanged);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_connectAfterTest = false;
        startTest();
    });
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomeDialog::connectAccount);
    connect(m_backButton, &QPushButton::clicked, this, &WelcomeDialog::showChoicePage);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

void WelcomeDialog::showChoicePage()
{
    // Leaving the form abandons a running test; its answer is no longer wanted.
    ++m_generation;
    m_client.reset();
    setBusy(false);
    m_pages->setCurrentIndex(0);
    m_connectChoice->setDefault(true);
    m_connectChoice->setFocus();
}

void WelcomeDialog::showConnectPage()
{
    m_pages->setCurrentIndex(1);
    m_connectChoice->setDefault(false);
    m_connectButton->setDefault(true);
    m_url->setFocus();
}

void WelcomeDialog::chooseDemo()
{
    QString id;
    for (const AccountInfo& account : m_settings.accounts()) {
        if (account.kind == AccountInfo::Kind::Demo)
            id = account.id;
    }
    if (id.isEmpty())
        id = m_settings.saveAccount({QStringLiteral("demo"), tr("Demo workspace"), {}, AccountInfo::Kind::Demo});
    m_settings.setActiveAccountId(id);
    m_settings.sync();
    m_accountId = id;
    m_accountKind = AccountInfo::Kind::Demo;
    accept();
}

void WelcomeDialog::inputsChanged()
{
    if (m_testing || m_saving)
        return;
    if (!m_verifiedUrl.isEmpty()) {
        m_verifiedUrl.clear();
        m_verifiedKey.clear();
        showStatus({}, StatusTone::Neutral);
    }
}

void WelcomeDialog::startTest()
{
    Result<api::ApiEndpoint> endpoint = api::ApiEndpoint::fromBaseUrl(m_url->text().trimmed());
    if (!endpoint) {
        m_connectAfterTest = false;
        showStatus(ConnectionMessages::describeError(endpoint.error(), m_url->text().trimmed()), StatusTone::Bad);
        m_url->setFocus();
        return;
    }
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        m_connectAfterTest = false;
        showStatus(QStringLiteral("<b>%1</b> %2").arg(tr("The API key is missing."), tr("Paste it from your CRM.")),
                   StatusTone::Bad);
        m_key->setFocus();
        return;
    }
    const QString host = endpoint->baseUrl().host();
    const QString baseUrl = endpoint->baseUrl().toString();

    api::CrmClientConfig config;
    config.requestTimeoutMs = kTestTimeoutMs;
    config.retry = api::RetryConfig{2, 500, 2000, 2}; // a person is waiting: fail fast, say why
    config.pacing.limitPerMinute = m_settings.requestsPerMinute();
    m_client.reset(); // aborts an earlier test without calling it back
    m_client = std::make_unique<api::CrmClient>(endpoint.value(), key, m_transport, m_clock, config);

    const quint64 generation = ++m_generation;
    setBusy(true, tr("Testing the connection to %1…").arg(host));
    api::checkConnection(*m_client, [this, generation, host, baseUrl, key](Result<api::ConnectionReport> report) {
        if (report) {
            m_verifiedUrl = baseUrl;
            m_verifiedKey = key;
            onTestResult(generation, host, true, ConnectionMessages::describeReport(report.value(), host));
        } else {
            onTestResult(generation, host, false, ConnectionMessages::describeError(report.error(), host));
        }
    });
}

void WelcomeDialog::onTestResult(quint64 generation, const QString& host, bool ok, const QString& text)
{
    Q_UNUSED(host);
    if (generation != m_generation)
        return;
    setBusy(false);
    showStatus(text, ok ? StatusTone::Good : StatusTone::Bad);
    Q_EMIT testFinished(ok);
    if (m_connectAfterTest) {
        m_connectAfterTest = false;
        if (ok)
            storeAccount();
    }
}

void WelcomeDialog::connectAccount()
{
    if (m_testing || m_saving)
        return;
    const Result<api::ApiEndpoint> endpoint = api::ApiEndpoint::fromBaseUrl(m_url->text().trimmed());
    const bool verified = endpoint && endpoint->baseUrl().toString() == m_verifiedUrl &&
                          m_key->text().trimmed() == m_verifiedKey && !m_verifiedUrl.isEmpty();
    if (verified) {
        storeAccount();
        return;
    }
    // Nothing is kept that has not answered once.
    m_connectAfterTest = true;
    startTest();
}

QString WelcomeDialog::existingAccountFor(const QString& baseUrl) const
{
    for (const AccountInfo& account : m_settings.accounts()) {
        if (account.kind == AccountInfo::Kind::Crm && account.baseUrl == baseUrl)
            return account.id;
    }
    return {};
}

void WelcomeDialog::storeAccount()
{
    const QString baseUrl = m_verifiedUrl;
    QString id = existingAccountFor(baseUrl);
    if (id.isEmpty())
        id = AppSettings::newAccountId();
    m_saving = true;
    setBusy(true, tr("Keeping the key in your system keychain…"));
    QPointer<WelcomeDialog> self(this);
    m_secrets.writeSecret(id, m_verifiedKey, [self, id, baseUrl](Error error) {
        if (WelcomeDialog* dialog = self.data())
            dialog->onKeyStored(id, baseUrl, error);
    });
}

void WelcomeDialog::onKeyStored(const QString& id, const QString& baseUrl, const Error& error)
{
    m_saving = false;
    setBusy(false);
    if (error.isError()) {
        showStatus(ConnectionMessages::describeError(error, {}), StatusTone::Bad);
        return;
    }
    m_settings.saveAccount({id, m_name->text().trimmed(), baseUrl, AccountInfo::Kind::Crm});
    m_settings.setActiveAccountId(id);
    m_settings.sync();
    m_accountId = id;
    m_accountKind = AccountInfo::Kind::Crm;
    accept();
}

void WelcomeDialog::setBusy(bool busy, const QString& text)
{
    m_testing = busy && !m_saving;
    m_busy->setVisible(busy);
    m_testButton->setEnabled(!busy);
    m_connectButton->setEnabled(!busy);
    m_url->setReadOnly(busy);
    m_key->setReadOnly(busy);
    if (busy)
        showStatus(text.toHtmlEscaped(), StatusTone::Neutral);
}

void WelcomeDialog::showStatus(const QString& richText, StatusTone tone)
{
    m_tone = tone;
    m_status->setText(richText);
    m_status->setAccessibleDescription(statusText());
    refreshStatusColour();
}

QString WelcomeDialog::statusText() const
{
    QTextDocument document;
    document.setHtml(m_status->text());
    return document.toPlainText();
}

void WelcomeDialog::refreshStatusColour()
{
    // Follows the theme: recoloured whenever the application palette changes.
    QPalette palette = this->palette();
    if (m_tone == StatusTone::Good)
        palette.setColor(QPalette::WindowText, Theme::positiveColor(palette));
    else if (m_tone == StatusTone::Bad)
        palette.setColor(QPalette::WindowText, Theme::negativeColor(palette));
    m_status->setPalette(palette);
}

void WelcomeDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshStatusColour();
}

} // namespace crmlens::ui
