#pragma once

#include "ui/dashboards/ContactListView.h"

class QCheckBox;

namespace crmlens::ui {

class LeadsTableModel;

// Every scored contact, best lead first: search by name, number or chat id, "Hot only", counts,
// copy and CSV export; double-click or Enter opens the contact.
class LeadsView : public ContactListView
{
    Q_OBJECT
public:
    explicit LeadsView(QWidget* parent = nullptr);

    void showData(const crmlens::session::DashboardData& shown) override;
    QString title() const override;

    LeadsTableModel* model() const { return m_model; }
    QCheckBox* hotOnlyToggle() const { return m_hotOnly; }

protected:
    QString exportBaseName() const override;
    QStringList activeFilterWords() const override;
    QString countLine() const override;
    QString emptyTitle() const override;
    QString emptyExplanation() const override;
    QString contactTitle(const QString& chatId) const override;

private:
    LeadsView(LeadsTableModel* model, QWidget* parent);

    LeadsTableModel* m_model;
    QCheckBox* m_hotOnly;
};

} // namespace crmlens::ui
