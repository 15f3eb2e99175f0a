#include "ui/dialogs/WelcomeDialog.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/ConnectionCheck.h"
#include "core/api/CrmClient.h"
#include "core/api/KeychainSecretStore.h"
#include "core/api/NetworkTransport.h"
#include "core/common/Clock.h"
#include "core/sim/SimClock.h"
#include "core/sim/SimGenerator.h"
#include "core/sim/SimServer.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace crmlens;
using namespace crmlens::ui;

// The welcome screen against an in-process simulator on loopback and the real system keychain
// (a D-Bus session with an unlocked Secret Service, as CI provides).
namespace {

const QString kKey = QStringLiteral("welcome-test-key-7f3a9c51d2");
constexpr int kAnswerMs = 30000;

const sim::SimWorkspace& workspace()
{
    static const sim::SimWorkspace ws = [] {
        sim::GeneratorConfig config;
        config.seed = 5;
        config.contacts = 120;
        config.days = 20;
        config.campaigns = 3;
        config.messagesPerContact = 4;
        return sim::generateWorkspace(config);
    }();
    return ws;
}

// What a keychain read answers, waited for.
Result<QString> readSecret(api::SecretStore& store, const QString& account)
{
    std::optional<Result<QString>> answer;
    store.readSecret(account, [&answer](Result<QString> secret) { answer = std::move(secret); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kAnswerMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the keychain did not answer"));
    return *answer;
}

Error removeSecret(api::SecretStore& store, const QString& account)
{
    std::optional<Error> answer;
    store.removeSecret(account, [&answer](Error error) { answer = std::move(error); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kAnswerMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the keychain did not answer"));
    return answer.value_or(Error::make(Error::Kind::Timeout, QStringLiteral("no answer")));
}

// A keychain that refuses every write, as a locked or missing Secret Service does.
class RefusingSecretStore final : public api::SecretStore
{
public:
    void readSecret(const QString&, ReadCallback done) override
    {
        QTimer::singleShot(
            0, [done = std::move(done)] { done(Error::make(Error::Kind::NotFound, QStringLiteral("none"))); });
    }
    void writeSecret(const QString&, const QString&, DoneCallback done) override
    {
        QTimer::singleShot(0, [done = std::move(done)] {
            done(Error::make(Error::Kind::Storage, QStringLiteral("No system keychain is available.")));
        });
    }
    void removeSecret(const QString&, DoneCallback done) override
    {
        QTimer::singleShot(0, [done = std::move(done)] { done({}); });
    }
};

} // namespace

class tst_WelcomeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_simClock = std::make_unique<sim::SimClock>(sim::kDefaultGeneratorNow);
        m_simClock->setEnd(workspace().endsAt);
        sim::SimServerConfig config;
        config.apiKey = kKey.toLatin1();
        config.rateLimitPerMinute = 600;
        m_server = std::make_unique<sim::SimServer>(workspace(), *m_simClock, config, m_realClock);
        QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
        m_baseUrl = m_server->baseUrl().toString();
        // A service name of its own: the test never touches the app's real entries.
        m_service = QStringLiteral("CRM Lens tests ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settingsPath = m_dir->filePath(QStringLiteral("crmlens.ini"));
        m_settings = std::make_unique<AppSettings>(m_settingsPath);
        m_secrets = std::make_unique<api::KeychainSecretStore>(m_service);
        m_dialog = std::make_unique<WelcomeDialog>(*m_settings, *m_secrets, m_transport, m_realClock);
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        for (const QString& id : std::as_const(m_storedAccounts))
            removeSecret(*m_secrets, id);
        m_storedAccounts.clear();
        m_secrets.reset();
        m_settings.reset();
    }

    void everyControlHasAnAccessibleName()
    {
        const auto widgets = m_dialog->findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* widget : widgets) {
            if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)) {
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
                ++checked;
            }
        }
        QVERIFY(checked >= 9);
    }

    void testThenConnectKeepsTheKeyInTheKeychainOnly()
    {
        const api::ConnectionReport expected = directReport();
        QVERIFY(expected.contacts.has_value());

        openConnectForm(m_baseUrl + QLatin1Char('/'), kKey);
        QTest::keyClicks(field(QStringLiteral("accountNameEdit")), QStringLiteral("Tienda Nairobi"));
        QSignalSpy tested(m_dialog.get(), &WelcomeDialog::testFinished);
        QTest::mouseClick(button(QStringLiteral("testButton")), Qt::LeftButton);
        // The click returns at once; the answer comes later while the dialog keeps running.
        QVERIFY(m_dialog->isTesting());
        QVERIFY(m_dialog->statusText().startsWith(QStringLiteral("Testing")));
        QVERIFY(tested.wait(kAnswerMs));
        QCOMPARE(tested.first().first().toBool(), true);
        const QString report = m_dialog->statusText();
        QVERIFY2(report.startsWith(QStringLiteral("Connected.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("%1 contacts").arg(QLocale().toString(*expected.contacts))),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("%1 campaigns").arg(QLocale().toString(*expected.campaigns))),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("600 requests per minute")), qPrintable(report));
        QVERIFY(m_settings->accounts().isEmpty()); // a test keeps nothing

        QTest::mouseClick(button(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kAnswerMs);
        const QString id = m_dialog->accountId();
        QVERIFY(!id.isEmpty());
        m_storedAccounts.append(id);
        QCOMPARE(m_dialog->accountKind(), AccountInfo::Kind::Crm);
        QCOMPARE(m_settings->activeAccountId(), id);
        const std::optional<AccountInfo> account = m_settings->account(id);
        QVERIFY(account);
        QCOMPARE(account->baseUrl, m_baseUrl);
        QCOMPARE(account->displayName, QStringLiteral("Tienda Nairobi"));

        // The key comes back from the keychain, through a store of its own...
        api::KeychainSecretStore other(m_service);
        const Result<QString> secret = readSecret(other, id);
        QVERIFY2(secret.ok(), qPrintable(secret.error().message));
        QCOMPARE(secret.value(), kKey);
        // ...and never reached the settings file.
        QVERIFY(m_settings->sync());
        QFile file(m_settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(id.toLatin1()));
        QVERIFY(!bytes.contains(kKey.toLatin1()));
        QVERIFY(!bytes.contains(kKey.left(12).toLatin1()));
    }

    void connectWithoutATestTestsFirst()
    {
        openConnectForm(m_baseUrl, kKey);
        QTest::mouseClick(button(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kAnswerMs);
        m_storedAccounts.append(m_dialog->accountId());
        QCOMPARE(m_settings->activeAccountId(), m_dialog->accountId());
        // Without a name the host stands in.
        QCOMPARE(m_settings->account(m_dialog->accountId())->displayName, QStringLiteral("127.0.0.1"));
    }

    void wrongKeyShowsTheUnauthorizedMessage()
    {
        openConnectForm(m_baseUrl, QStringLiteral("not-the-key"));
        QSignalSpy tested(m_dialog.get(), &WelcomeDialog::testFinished);
        QTest::mouseClick(button(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(tested.wait(kAnswerMs));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(m_dialog->statusText().startsWith(QStringLiteral("The CRM refused this API key.")),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(m_dialog->statusText().contains(QStringLiteral("test again")));

        // Connect does not keep an account whose key the CRM refuses.
        tested.clear();
        QTest::mouseClick(button(QStringLiteral("connectButton")), Qt::LeftButton);
        QVERIFY(tested.wait(kAnswerMs));
        QCOMPARE(tested.first().first().toBool(), false);
        QTest::qWait(50);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(m_settings->accounts().isEmpty());
    }

    void plainHttpToAnotherHostIsRefusedBeforeAnyRequest()
    {
        openConnectForm(QStringLiteral("http://crm.example.com"), kKey);
        QSignalSpy tested(m_dialog.get(), &WelcomeDialog::testFinished);
        QTest::mouseClick(button(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(!m_dialog->isTesting());
        QCOMPARE(tested.size(), 0);
        const QString status = m_dialog->statusText();
        QVERIFY2(status.startsWith(QStringLiteral("This address cannot be used.")), qPrintable(status));
        const QString endpointMessage =
            api::ApiEndpoint::fromBaseUrl(QStringLiteral("http://crm.example.com")).error().message;
        QVERIFY(status.contains(endpointMessage));
        QCOMPARE(m_transport.inFlightCount(), 0);
    }

    void unreachableAddressSaysSoWithTheFix()
    {
        // A loopback port nothing listens on: refused at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        openConnectForm(QStringLiteral("http://127.0.0.1:%1").arg(port), kKey);
        QSignalSpy tested(m_dialog.get(), &WelcomeDialog::testFinished);
        QTest::mouseClick(button(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(tested.wait(kAnswerMs));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(m_dialog->statusText().contains(QStringLiteral("could not reach 127.0.0.1")),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(m_dialog->statusText().contains(QStringLiteral("Check the address")));
    }

    void missingKeyIsAskedFor()
    {
        openConnectForm(m_baseUrl, QString());
        QTest::mouseClick(button(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(!m_dialog->isTesting());
        QVERIFY(m_dialog->statusText().startsWith(QStringLiteral("The API key is missing.")));
        QCOMPARE(m_dialog->focusWidget(), field(QStringLiteral("apiKeyEdit")));
    }

    void editingAfterATestForgetsItsResult()
    {
        openConnectForm(m_baseUrl, kKey);
        QSignalSpy tested(m_dialog.get(), &WelcomeDialog::testFinished);
        QTest::mouseClick(button(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(tested.wait(kAnswerMs));
        QVERIFY(m_dialog->statusText().startsWith(QStringLiteral("Connected.")));
        QTest::keyClicks(field(QStringLiteral("apiKeyEdit")), QStringLiteral("x"));
        QVERIFY(m_dialog->statusText().isEmpty());
    }

    void showKeyRevealsIt()
    {
        openConnectForm(m_baseUrl, kKey);
        QLineEdit* key = field(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        m_dialog->findChild<QCheckBox*>(QStringLiteral("showKeyCheck"))->setChecked(true);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
    }

    void demoChoiceOpensTheDemoAccount()
    {
        QTest::mouseClick(button(QStringLiteral("demoChoice")), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->accountKind(), AccountInfo::Kind::Demo);
        const QString id = m_dialog->accountId();
        QCOMPARE(m_settings->activeAccountId(), id);
        QCOMPARE(m_settings->account(id)->kind, AccountInfo::Kind::Demo);

        // Choosing the demo again reuses the same account.
        WelcomeDialog again(*m_settings, *m_secrets, m_transport, m_realClock);
        again.show();
        QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("demoChoice")), Qt::LeftButton);
        QCOMPARE(again.accountId(), id);
        QCOMPARE(m_settings->accounts().size(), 1);
    }

    void keychainFailureKeepsNothingAndSaysWhy()
    {
        RefusingSecretStore refusing;
        WelcomeDialog dialog(*m_settings, refusing, m_transport, m_realClock);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("connectChoice")), Qt::LeftButton);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit")), m_baseUrl);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit")), kKey);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("The key could not be kept.")),
                                 kAnswerMs);
        QVERIFY(dialog.statusText().contains(QStringLiteral("never in its own files")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_settings->accounts().isEmpty());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("connectButton"))->isEnabled());
    }

    void keyboardAloneReachesTheForm()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QCOMPARE(QApplication::focusWidget(), button(QStringLiteral("connectChoice")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("baseUrlEdit")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_dialog->focusWidget(), field(QStringLiteral("apiKeyEdit")));
        // Escape leaves without choosing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(m_dialog->accountId().isEmpty());
    }

private:
    QPushButton* button(const QString& name) const
    {
        auto* found = m_dialog->findChild<QPushButton*>(name);
        if (!found)
            qFatal("no button %s", qPrintable(name));
        return found;
    }

    QLineEdit* field(const QString& name) const
    {
        auto* found = m_dialog->findChild<QLineEdit*>(name);
        if (!found)
            qFatal("no field %s", qPrintable(name));
        return found;
    }

    void openConnectForm(const QString& url, const QString& key)
    {
        QTest::mouseClick(button(QStringLiteral("connectChoice")), Qt::LeftButton);
        QTest::keyClicks(field(QStringLiteral("baseUrlEdit")), url);
        QTest::keyClicks(field(QStringLiteral("apiKeyEdit")), key);
    }

    // What checkConnection says about the simulator, asked without the dialog.
    api::ConnectionReport directReport()
    {
        api::CrmClient client(api::ApiEndpoint::fromBaseUrl(m_baseUrl).value(), kKey, m_transport, m_realClock);
        std::optional<Result<api::ConnectionReport>> outcome;
        api::checkConnection(client, [&outcome](Result<api::ConnectionReport> report) { outcome = std::move(report); });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kAnswerMs) || !outcome->ok())
            return {};
        return outcome->value();
    }

    SystemClock m_realClock;
    std::unique_ptr<sim::SimClock> m_simClock;
    std::unique_ptr<sim::SimServer> m_server;
    QString m_baseUrl;
    QString m_service;
    api::NetworkTransport m_transport;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<api::KeychainSecretStore> m_secrets;
    std::unique_ptr<WelcomeDialog> m_dialog;
    QStringList m_storedAccounts;
};

QTEST_MAIN(tst_WelcomeDialog)
#include "tst_WelcomeDialog.moc"
