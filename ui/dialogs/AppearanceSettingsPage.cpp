#include "ui/dialogs/AppearanceSettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace crmlens::ui {

AppearanceSettingsPage::AppearanceSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QVariant::fromValue(static_cast<int>(LanguageChoice::System)));
    // Each language in its own name, so a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QVariant::fromValue(static_cast<int>(LanguageChoice::English)));
    m_language->addItem(QStringLiteral("Español"), QVariant::fromValue(static_cast<int>(LanguageChoice::Spanish)));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), QVariant::fromValue(static_cast<int>(ThemeChoice::System)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(static_cast<int>(ThemeChoice::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(static_cast<int>(ThemeChoice::Dark)));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addRow(form, tr("&Language:"), m_language, tr("Language"));
    addHint(form, m_language, tr("A new language shows the next time CRM Lens starts."));
    addRow(form, tr("&Theme:"), m_theme, tr("Theme"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT themePicked(theme()); });
}

QString AppearanceSettingsPage::pageTitle() const
{
    return tr("Appearance");
}

void AppearanceSettingsPage::load(const AppSettings& settings)
{
    const QSignalBlocker blocker(m_theme);
    m_language->setCurrentIndex(std::max(0, m_language->findData(static_cast<int>(settings.language()))));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(settings.theme()))));
}

QString AppearanceSettingsPage::validate()
{
    return {};
}

void AppearanceSettingsPage::save(AppSettings& settings)
{
    settings.setLanguage(language());
    settings.setTheme(theme());
}

ThemeChoice AppearanceSettingsPage::theme() const
{
    return static_cast<ThemeChoice>(m_theme->currentData().toInt());
}

LanguageChoice AppearanceSettingsPage::language() const
{
    return static_cast<LanguageChoice>(m_language->currentData().toInt());
}

} // namespace crmlens::ui
