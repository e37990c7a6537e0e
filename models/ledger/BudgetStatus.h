#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// Per policy: the budget and where its money is.
//  paid      = payments paid, less settled recoveries;
//  committed = approved awards not yet paid (in a batch or waiting for one,
//              also those waiting for a bank account), except those the
//              ledger holds over budget and those whose payment expired;
//  held      = awards held over budget (award status 'held' from matching,
//              and approved awards the batch builder held 'over_budget');
//  remaining = budget - paid - committed.
// Warning at 70% and 90% of the budget used (paid + committed).
struct PolicyBudget final
{
    QString policyCode;
    std::optional<qint64> budgetFen;
    qint64 paidFen = 0;
    qint64 committedFen = 0;
    qint64 heldFen = 0;
    qint64 heldCount = 0;
    std::optional<qint64> remainingFen;
    int usedPercent = 0;        // of the budget; 0 without one
    int warningLevel = 0;       // 0, 70 or 90
};

class BudgetStatus final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::BudgetStatus)
public:
    explicit BudgetStatus(store::Database &db);
    // Every policy with a published version or an award, by code.
    domain::Result<QList<PolicyBudget>> load() const;
    // "TALENT-HOME: 92% of the budget used (¥4,600,000.00 of ¥5,000,000.00)", or empty.
    static QString warning(const PolicyBudget &budget);

private:
    store::Database &m_db;
};

} // namespace mianshen::ledger
