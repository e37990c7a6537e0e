#pragma once

#include "ledger/BudgetStatus.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace mianshen::ui {

// The budget of every policy (ledger::BudgetStatus): budget, paid,
// committed, held, remaining, a bar of the share used, and at 70% and 90%
// a warning said in words and coloured (amber, red), also listed above the
// table so that it is read without scrolling.
class BudgetPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetPanel(QWidget *parent = nullptr);

    void setBudgets(const QList<ledger::PolicyBudget> &budgets);
    void clear();
    // The warning sentences shown (tests).
    QStringList warnings() const { return m_warnings; }
    QTreeWidget *tree() const { return m_tree; }

    // The sentence for a policy's use of its budget: empty below 70%.
    static QString warningText(const ledger::PolicyBudget &budget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QStringList m_warnings;
    QList<ledger::PolicyBudget> m_budgets;
};

} // namespace mianshen::ui
