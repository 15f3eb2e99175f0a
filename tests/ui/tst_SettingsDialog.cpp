#include "ui/dialogs/SettingsDialog.h"

#include "core/api/SecretStore.h"
#include "ui/theme/Theme.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace crmlens;
using namespace crmlens::ui;

namespace {

// The SecretStore seam in memory, answering later like the keychain does.
class MemorySecretStore final : public api::SecretStore
{
public:
    void readSecret(const QString& account, ReadCallback done) override
    {
        const auto found = m_secrets.constFind(account);
        Result<QString> answer = found != m_secrets.cend()
                                     ? Result<QString>(*found)
                                     : Result<QString>(Error::make(Error::Kind::NotFound, QStringLiteral("none")));
        QTimer::singleShot(0, [done = std::move(done), answer] { done(answer); });
    }
    void writeSecret(const QString& account, const QString& secret, DoneCallback done) override
    {
        m_secrets.insert(account, secret);
        QTimer::singleShot(0, [done = std::move(done)] { done({}); });
    }
    void removeSecret(const QString& account, DoneCallback done) override
    {
        m_secrets.remove(account);
        ++m_removals;
        QTimer::singleShot(0, [done = std::move(done)] { done({}); });
    }

    QHash<QString, QString> m_secrets;
    int m_removals = 0;
};

QApplication& app()
{
    return *qobject_cast<QApplication*>(QCoreApplication::instance());
}

using Edit = std::function<void(SettingsDialog&)>;

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(crmlens::ui::SettingsDialog::Page)

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Theme::apply(app(), ThemeChoice::Light);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("crmlens.ini"));
        m_settings = std::make_unique<AppSettings>(m_path);
        m_settings->setTheme(ThemeChoice::Light);
        m_acme = m_settings->saveAccount(
            {{}, QStringLiteral("Acme"), QStringLiteral("https://crm.acme.co.ke"), AccountInfo::Kind::Crm});
        m_demo = m_settings->saveAccount({QStringLiteral("demo"), {}, {}, AccountInfo::Kind::Demo});
        m_settings->setActiveAccountId(m_acme);
        QVERIFY(m_settings->sync());
        m_secrets.m_secrets = {{m_acme, QStringLiteral("acme-key")}};
        m_secrets.m_removals = 0;
    }

    void cleanup()
    {
        m_settings.reset();
        Theme::apply(app(), ThemeChoice::Light);
    }

    void showsTheStoredValues()
    {
        m_settings->setSyncCadenceMinutes(45);
        m_settings->setTimeZoneId(QStringLiteral("Africa/Lagos"));
        m_settings->setRevenueKey(QStringLiteral("order_total"));
        LeadWeightSettings weights;
        weights.profileWon = 25;
        m_settings->setLeadWeights(weights);
        m_settings->setLanguage(LanguageChoice::Spanish);
        SettingsDialog dialog(*m_settings, m_secrets);
        QCOMPARE(spin(dialog, "cadenceSpin")->value(), 45);
        QCOMPARE(combo(dialog, "timeZoneCombo")->currentText(), QStringLiteral("Africa/Lagos"));
        QCOMPARE(edit(dialog, "revenueKeyEdit")->text(), QStringLiteral("order_total"));
        QCOMPARE(doubleSpin(dialog, "weight_profileWon")->value(), 25.0);
        QCOMPARE(combo(dialog, "languageCombo")->currentText(), QStringLiteral("Español"));
        QCOMPARE(combo(dialog, "themeCombo")->currentIndex(), 1);
        QListWidget* accounts = dialog.findChild<QListWidget*>(QStringLiteral("accountsList"));
        QCOMPARE(accounts->count(), 2);
        QVERIFY(accounts->item(0)->text().contains(QStringLiteral("(in use)")));
    }

    void valuesRoundTripIntoTheSettings()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        type(spin(dialog, "cadenceSpin"), QStringLiteral("30"));
        type(spin(dialog, "rateSpin"), QStringLiteral("300"));
        type(combo(dialog, "timeZoneCombo")->lineEdit(), QStringLiteral("Asia/Kolkata"));
        type(spin(dialog, "slaSpin"), QStringLiteral("900"));
        type(edit(dialog, "inactiveStatusesEdit"), QStringLiteral("blocked, opted_out , ,Archived"));
        type(doubleSpin(dialog, "costSpin"), QStringLiteral("0.0125"));
        type(edit(dialog, "revenueKeyEdit"), QStringLiteral("order_value"));
        type(edit(dialog, "segmentKeyEdit"), QStringLiteral("lead source"));
        type(doubleSpin(dialog, "weight_recencyMax"), QStringLiteral("25"));
        type(doubleSpin(dialog, "weight_engagementFullAt"), QStringLiteral("12"));
        type(doubleSpin(dialog, "weight_profileOther"), QStringLiteral("7.5"));
        type(spin(dialog, "hotThresholdSpin"), QStringLiteral("65"));
        combo(dialog, "languageCombo")->setCurrentIndex(2);
        combo(dialog, "themeCombo")->setCurrentIndex(2);

        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(applied.size(), 1);

        // Written to the file: a fresh facade over it reads them back.
        m_settings.reset();
        AppSettings reread(m_path);
        QCOMPARE(reread.syncCadenceMinutes(), 30);
        QCOMPARE(reread.requestsPerMinute(), 300);
        QCOMPARE(reread.timeZoneId(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(reread.slaSeconds(), 900);
        QCOMPARE(reread.inactiveStatuses(),
                 (QStringList{QStringLiteral("blocked"), QStringLiteral("opted_out"), QStringLiteral("Archived")}));
        QCOMPARE(reread.costPerMessage(), 0.0125);
        QCOMPARE(reread.revenueKey(), QStringLiteral("order_value"));
        QCOMPARE(reread.segmentKey(), QStringLiteral("lead source"));
        QCOMPARE(reread.leadWeights().recencyMax, 25.0);
        QCOMPARE(reread.leadWeights().engagementFullAt, 12.0);
        QCOMPARE(reread.leadWeights().profileOther, 7.5);
        QCOMPARE(reread.leadWeights().profileWon, LeadWeightSettings{}.profileWon);
        QCOMPARE(reread.leadWeights().hotThreshold, 65);
        QCOMPARE(reread.language(), LanguageChoice::Spanish);
        QCOMPARE(reread.theme(), ThemeChoice::Dark);
        QCOMPARE(reread.accounts().size(), 2);
        QCOMPARE(reread.activeAccountId(), m_acme);
    }

    void systemTimeZoneIsAChoice()
    {
        m_settings->setTimeZoneId(QStringLiteral("Africa/Lagos"));
        SettingsDialog dialog(*m_settings, m_secrets);
        combo(dialog, "timeZoneCombo")->setCurrentIndex(0);
        QVERIFY(dialog.apply());
        QVERIFY(m_settings->followsSystemTimeZone());
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<SettingsDialog::Page>("page");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown time zone") << Edit([](SettingsDialog& d) {
            type(combo(d, "timeZoneCombo")->lineEdit(), QStringLiteral("Mars/Olympus_Mons"));
        }) << SettingsDialog::Page::Metrics << QStringLiteral("timeZoneCombo")
                                           << QStringLiteral("is not a time zone");
        QTest::newRow("empty revenue field")
            << Edit([](SettingsDialog& d) { edit(d, "revenueKeyEdit")->clear(); }) << SettingsDialog::Page::Metrics
            << QStringLiteral("revenueKeyEdit") << QStringLiteral("holds revenue");
        QTest::newRow("segment field with a comma")
            << Edit([](SettingsDialog& d) { type(edit(d, "segmentKeyEdit"), QStringLiteral("source,channel")); })
            << SettingsDialog::Page::Metrics << QStringLiteral("segmentKeyEdit") << QStringLiteral("segments");
        QTest::newRow("hot threshold no one can reach")
            << Edit([](SettingsDialog& d) { type(spin(d, "hotThresholdSpin"), QStringLiteral("150")); })
            << SettingsDialog::Page::LeadScore << QStringLiteral("hotThresholdSpin")
            << QStringLiteral("No lead could be hot");
    }

    void invalidInputIsRefused()
    {
        QFETCH(Edit, edit);
        QFETCH(SettingsDialog::Page, page);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QFile before(m_path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytesBefore = before.readAll();
        before.close();

        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        // A harmless change elsewhere must not slip through either.
        type(spin(dialog, "slaSpin"), QStringLiteral("120"));
        edit(dialog);
        dialog.showPage(SettingsDialog::Page::Accounts);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(applied.size(), 0);
        QVERIFY2(dialog.problem().contains(says), qPrintable(dialog.problem()));
        QCOMPARE(dialog.currentPage(), page);
        QWidget* invalid = dialog.findChild<QWidget*>(field);
        QVERIFY(invalid);
        QVERIFY2(invalid->hasFocus() || invalid->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));
        QCOMPARE(m_settings->slaSeconds(), 300);
        QVERIFY(!dialog.apply());
        m_settings->sync();
        QFile after(m_path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytesBefore);
    }

    void removingAnAccountDeletesItsKeyOnApply()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("accountsList"));
        list->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeAccountButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        // Nothing happens before Apply: Cancel would still undo it.
        QCOMPARE(m_settings->accounts().size(), 2);
        QVERIFY(m_secrets.m_secrets.contains(m_acme));

        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_settings->accounts().size(), 1);
        QVERIFY(!m_settings->account(m_acme));
        QVERIFY(m_settings->activeAccountId().isEmpty());
        QTRY_VERIFY(!m_secrets.m_secrets.contains(m_acme));
        QCOMPARE(m_secrets.m_removals, 1);
    }

    void cancelUndoesARemovalAndKeepsTheKey()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("accountsList"));
        list->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeAccountButton")), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_settings->accounts().size(), 2);
        QCOMPARE(m_secrets.m_removals, 0);
        QVERIFY(m_secrets.m_secrets.contains(m_acme));
    }

    void choosingAnotherAccountMakesItActive()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("accountsList"));
        list->setCurrentRow(1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("useAccountButton")), Qt::LeftButton);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("(in use)")));
        QVERIFY(dialog.apply());
        QCOMPARE(m_settings->activeAccountId(), m_demo);
    }

    void themeIsPreviewedLiveAndCancelRestoresIt()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        QVERIFY(!Theme::isDark(QApplication::palette()));
        combo(dialog, "themeCombo")->setCurrentIndex(2);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(Theme::isDark(dialog.palette()));
        QCOMPARE(m_settings->theme(), ThemeChoice::Light); // previewed, not stored
        dialog.reject();
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(!Theme::isDark(dialog.palette()));
        QCOMPARE(m_settings->theme(), ThemeChoice::Light);
    }

    void everyFieldHasAnAccessibleNameAndABuddyLabel()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        QSet<const QWidget*> buddies;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        int fields = 0;
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            const bool isField =
                qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QListWidget*>(widget) ||
                (qobject_cast<QLineEdit*>(widget) && !qobject_cast<QAbstractSpinBox*>(widget->parent()) &&
                 !qobject_cast<QComboBox*>(widget->parent()));
            if (isField) {
                ++fields;
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
                QVERIFY2(buddies.contains(widget), qPrintable(widget->objectName()));
            }
            if (auto* button = qobject_cast<QPushButton*>(widget))
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        }
        QCOMPARE(fields, 3 /*accounts list, sync*/ + 6 /*metrics*/ + 14 /*lead score*/ + 2 /*appearance*/);
    }

    void pagesAreReachedByKeyboard()
    {
        SettingsDialog dialog(*m_settings, m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Metrics);
        // Alt + a label's mnemonic moves to its field.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), spin(dialog, "slaSpin"));
    }

private:
    static QSpinBox* spin(const QWidget& dialog, const char* name) { return required<QSpinBox>(dialog, name); }
    static QDoubleSpinBox* doubleSpin(const QWidget& dialog, const char* name)
    {
        return required<QDoubleSpinBox>(dialog, name);
    }
    static QComboBox* combo(const QWidget& dialog, const char* name) { return required<QComboBox>(dialog, name); }
    static QLineEdit* edit(const QWidget& dialog, const char* name) { return required<QLineEdit>(dialog, name); }

    template <typename T> static T* required(const QWidget& dialog, const char* name)
    {
        T* found = dialog.findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }

    // Replaces the text as a user would: select all, type, leave the field.
    static void type(QWidget* field, const QString& text)
    {
        if (auto* box = qobject_cast<QAbstractSpinBox*>(field))
            box->selectAll();
        else if (auto* line = qobject_cast<QLineEdit*>(field))
            line->selectAll();
        QTest::keyClicks(field, text);
        // A completer's popup would swallow the next click.
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->hide();
        if (auto* box = qobject_cast<QAbstractSpinBox*>(field))
            box->interpretText();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore m_secrets;
    QString m_acme;
    QString m_demo;
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
