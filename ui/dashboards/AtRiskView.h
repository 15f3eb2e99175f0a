#pragma once

#include "ui/dashboards/ContactListView.h"

class QComboBox;

namespace crmlens::ui {

class AtRiskTableModel;

// Contacts who have gone quiet, least healthy first: search, a warning-sign filter, counts, copy
// and CSV export; double-click or Enter opens the contact.
class AtRiskView : public ContactListView
{
    Q_OBJECT
public:
    explicit AtRiskView(QWidget* parent = nullptr);

    void showData(const crmlens::session::DashboardData& shown) override;
    QString title() const override;

    AtRiskTableModel* model() const { return m_model; }
    QComboBox* indicatorFilter() const { return m_indicator; }

protected:
    QString exportBaseName() const override;
    QStringList activeFilterWords() const override;
    QString countLine() const override;
    QString emptyTitle() const override;
    QString emptyExplanation() const override;
    QString contactTitle(const QString& chatId) const override;

private:
    AtRiskView(AtRiskTableModel* model, QWidget* parent);

    AtRiskTableModel* m_model;
    QComboBox* m_indicator;
};

} // namespace crmlens::ui
