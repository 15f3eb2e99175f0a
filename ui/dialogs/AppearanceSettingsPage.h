#pragma once

#include "core/common/AppSettings.h"
#include "ui/dialogs/SettingsPage.h"

class QComboBox;

namespace crmlens::ui {

// Language and theme. The theme is shown live as it is picked (previewChanged); the dialog
// puts the stored one back when it is cancelled.
class AppearanceSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AppearanceSettingsPage(QWidget* parent = nullptr);

    QString pageTitle() const override;
    void load(const AppSettings& settings) override;
    QString validate() override;
    void save(AppSettings& settings) override;

    ThemeChoice theme() const;
    LanguageChoice language() const;

Q_SIGNALS:
    void themePicked(crmlens::ThemeChoice theme);

private:
    QComboBox* m_language;
    QComboBox* m_theme;
};

} // namespace crmlens::ui
