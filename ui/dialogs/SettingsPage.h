#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace crmlens {
class AppSettings;
}

namespace crmlens::ui {

// One page of the settings dialog: it shows the stored values, says what is wrong with the form
// (focusing the field), and writes the form back. Nothing reaches AppSettings before save().
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageTitle() const = 0;
    virtual void load(const AppSettings& settings) = 0;
    // Empty when the form can be saved; otherwise one sentence, and the field has the focus.
    virtual QString validate() = 0;
    virtual void save(AppSettings& settings) = 0;

protected:
    // A form row whose label names the field for screen readers and moves the focus to it (buddy).
    static QLabel* addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& accessibleName);
    // A wrapped note under a group of fields.
    static QLabel* note(const QString& text, QWidget* parent);
    // One line under a form field saying what it means; screen readers get it as the field's
    // description. Kept to one line: wrapped labels in a form reserve height for a narrower width.
    static QLabel* addHint(QFormLayout* form, QWidget* field, const QString& text);
};

} // namespace crmlens::ui
