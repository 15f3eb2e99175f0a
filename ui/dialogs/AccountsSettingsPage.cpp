#include "ui/dialogs/AccountsSettingsPage.h"

#include "core/api/SecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace crmlens::ui {

AccountsSettingsPage::AccountsSettingsPage(api::SecretStore& secrets, QWidget* parent)
    : SettingsPage(parent), m_secrets(secrets)
{
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Connected accounts:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountsList"));
    m_list->setAccessibleName(tr("Connected accounts"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    label->setBuddy(m_list);
    m_empty = note(tr("No account yet. Connect a CRM or open the demo from the welcome screen."), this);
    m_useButton = new QPushButton(tr("&Use this account"), this);
    m_useButton->setObjectName(QStringLiteral("useAccountButton"));
    m_useButton->setAccessibleName(tr("Use the selected account"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected account"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_useButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(note(tr("Removing an account also deletes its API key from the system keychain, when you press "
                              "OK or Apply. The data already synced stays on this computer."),
                           this));
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsSettingsPage::updateButtons);
    connect(m_useButton, &QPushButton::clicked, this, &AccountsSettingsPage::useSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsSettingsPage::removeSelected);
}

QString AccountsSettingsPage::pageTitle() const
{
    return tr("Accounts");
}

void AccountsSettingsPage::load(const AppSettings& settings)
{
    m_accounts = settings.accounts();
    m_activeId = settings.activeAccountId();
    m_removed.clear();
    rebuildList();
}

QString AccountsSettingsPage::validate()
{
    return {};
}

void AccountsSettingsPage::save(AppSettings& settings)
{
    QPointer<AccountsSettingsPage> self(this);
    for (const QString& id : std::as_const(m_removed)) {
        settings.removeAccount(id);
        // The demo has no key; removing a missing one is not an error either.
        m_secrets.removeSecret(id, [self](Error error) {
            if (self && error.isError())
                Q_EMIT self->problem(error.message);
        });
    }
    settings.setActiveAccountId(m_activeId);
    load(settings);
}

void AccountsSettingsPage::rebuildList()
{
    const QString keep = selectedId();
    m_list->clear();
    for (const AccountInfo& account : std::as_const(m_accounts)) {
        if (m_removed.contains(account.id))
            continue;
        const QString where =
            account.kind == AccountInfo::Kind::Demo ? tr("demo CRM on this computer") : account.baseUrl;
        QString text = tr("%1 — %2").arg(account.displayName, where);
        if (account.id == m_activeId)
            text = tr("%1 (in use)").arg(text);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, account.id);
        item->setData(Qt::AccessibleTextRole, text);
        if (account.id == m_activeId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (account.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
    updateButtons();
}

void AccountsSettingsPage::updateButtons()
{
    const QString id = selectedId();
    m_useButton->setEnabled(!id.isEmpty() && id != m_activeId);
    m_removeButton->setEnabled(!id.isEmpty());
}

QString AccountsSettingsPage::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AccountsSettingsPage::useSelected()
{
    m_activeId = selectedId();
    rebuildList();
}

void AccountsSettingsPage::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const int row = m_list->currentRow();
    m_removed.insert(id);
    if (id == m_activeId)
        m_activeId.clear();
    rebuildList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_list->setFocus();
}

} // namespace crmlens::ui
