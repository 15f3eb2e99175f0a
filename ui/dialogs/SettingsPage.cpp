#include "ui/dialogs/SettingsPage.h"

#include <QFormLayout>
#include <QLabel>

namespace crmlens::ui {

QLabel* SettingsPage::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& accessibleName)
{
    auto* text = new QLabel(label, form->parentWidget());
    text->setBuddy(field);
    field->setAccessibleName(accessibleName);
    form->addRow(text, field);
    return text;
}

QLabel* SettingsPage::note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Wraps at the width the page offers, not at the label's own narrow preference.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAccessibleName(text);
    // Secondary text: a step towards the background, still 4.5:1 or better in both themes.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* SettingsPage::addHint(QFormLayout* form, QWidget* field, const QString& text)
{
    auto* label = new QLabel(text, form->parentWidget());
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAccessibleName(text);
    field->setAccessibleDescription(text);
    form->addRow(QString(), label);
    return label;
}

} // namespace crmlens::ui
