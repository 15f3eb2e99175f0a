#pragma once

#include "core/common/AppSettings.h"
#include "ui/dialogs/SettingsPage.h"

#include <QSet>

class QLabel;
class QListWidget;
class QPushButton;

namespace crmlens::api {
class SecretStore;
}

namespace crmlens::ui {

// The connected CRMs: which one is in use, and removing one (its key leaves the keychain too).
// Changes wait for OK or Apply, so Cancel undoes a removal.
class AccountsSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AccountsSettingsPage(api::SecretStore& secrets, QWidget* parent = nullptr);

    QString pageTitle() const override;
    void load(const AppSettings& settings) override;
    QString validate() override;
    void save(AppSettings& settings) override;

Q_SIGNALS:
    // The keychain entry of a removed account could not be deleted.
    void problem(const QString& sentence);

private:
    void rebuildList();
    void updateButtons();
    void useSelected();
    void removeSelected();
    QString selectedId() const;

    api::SecretStore& m_secrets;
    QList<AccountInfo> m_accounts;
    QString m_activeId;
    QSet<QString> m_removed;
    QListWidget* m_list;
    QPushButton* m_useButton;
    QPushButton* m_removeButton;
    QLabel* m_empty;
};

} // namespace crmlens::ui
