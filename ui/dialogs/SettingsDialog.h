#pragma once

#include "core/common/AppSettings.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace crmlens::api {
class SecretStore;
}

namespace crmlens::ui {

class AccountsSettingsPage;
class AppearanceSettingsPage;
class SettingsPage;

// Settings in pages (Accounts, Sync, Metrics, Lead score, Appearance) with OK, Cancel and
// Apply. Nothing is written until the whole form is valid; an invalid field keeps the dialog
// open with one sentence saying what to fix and the focus on that field. The theme previews
// live and Cancel restores the stored one.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Accounts, Sync, Metrics, LeadScore, Appearance };

    SettingsDialog(AppSettings& settings, api::SecretStore& secrets, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    // Validates every page and, when all are valid, writes them to AppSettings and emits applied().
    bool apply();
    // The sentence shown for the last refused or failed apply; empty when the last one worked.
    QString problem() const;

Q_SIGNALS:
    // Settings were written: whatever depends on them (metrics query, sync pace, account) re-reads.
    void applied();

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProblem(const QString& sentence);
    void refreshProblemColour();
    void previewTheme(ThemeChoice theme);

    AppSettings& m_settings;
    QList<SettingsPage*> m_pages;
    AccountsSettingsPage* m_accounts;
    AppearanceSettingsPage* m_appearance;
    QTabWidget* m_tabs;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    ThemeChoice m_storedTheme;
};

} // namespace crmlens::ui
