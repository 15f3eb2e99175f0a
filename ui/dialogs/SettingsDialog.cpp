#include "ui/dialogs/SettingsDialog.h"

#include "ui/dialogs/AccountsSettingsPage.h"
#include "ui/dialogs/AppearanceSettingsPage.h"
#include "ui/dialogs/LeadScoreSettingsPage.h"
#include "ui/dialogs/MetricsSettingsPage.h"
#include "ui/dialogs/SyncSettingsPage.h"
#include "ui/theme/Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace crmlens::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, api::SecretStore& secrets, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_storedTheme(settings.theme())
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    m_accounts = new AccountsSettingsPage(secrets, this);
    m_appearance = new AppearanceSettingsPage(this);
    m_pages = {m_accounts, new SyncSettingsPage(this), new MetricsSettingsPage(this), new LeadScoreSettingsPage(this),
               m_appearance};

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setDocumentMode(true);
    for (SettingsPage* page : std::as_const(m_pages)) {
        page->load(settings);
        page->setAccessibleName(page->pageTitle());
        m_tabs->addTab(page, page->pageTitle());
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save and close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Save"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_appearance, &AppearanceSettingsPage::themePicked, this, &SettingsDialog::previewTheme);
    connect(m_accounts, &AccountsSettingsPage::problem, this, &SettingsDialog::showProblem);
    resize(sizeHint().expandedTo(QSize(640, 480)));
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

QString SettingsDialog::problem() const
{
    return m_problem->text();
}

bool SettingsDialog::apply()
{
    for (SettingsPage* page : std::as_const(m_pages)) {
        // Switch first: the page's field can only take the focus once it is shown.
        const int index = m_tabs->indexOf(page);
        const QString sentence = page->validate();
        if (!sentence.isEmpty()) {
            m_tabs->setCurrentIndex(index);
            page->validate(); // focuses the field now that its page is visible
            showProblem(sentence);
            return false;
        }
    }
    for (SettingsPage* page : std::as_const(m_pages))
        page->save(m_settings);
    if (!m_settings.sync()) {
        showProblem(m_settings.lastProblem());
        return false;
    }
    m_storedTheme = m_settings.theme();
    showProblem({});
    Q_EMIT applied();
    return true;
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted && !apply())
        return;
    if (result != QDialog::Accepted && m_appearance->theme() != m_storedTheme)
        previewTheme(m_storedTheme);
    QDialog::done(result);
}

void SettingsDialog::showProblem(const QString& sentence)
{
    m_problem->setText(sentence);
    m_problem->setAccessibleDescription(sentence);
    m_problem->setVisible(!sentence.isEmpty());
    refreshProblemColour();
}

void SettingsDialog::refreshProblemColour()
{
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, Theme::negativeColor(this->palette()));
    m_problem->setPalette(palette);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    // A theme change (previewed here or made elsewhere) reaches the dialog as a palette change.
    if (event->type() == QEvent::PaletteChange)
        refreshProblemColour();
}

void SettingsDialog::previewTheme(ThemeChoice theme)
{
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        Theme::apply(*app, theme);
}

} // namespace crmlens::ui
