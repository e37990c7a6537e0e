#pragma once

#include "domain/Result.h"
#include "stats/ReportSentence.h"

#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// The figures the bureau reports upward, for the Dashboard: cumulative to the
// end of a month (enterprises and persons paid, payments, total net, patents
// covered), that month's net, and the budget used per policy with a budget.
struct DashboardKpis final
{
    struct BudgetUse final
    {
        QString policyCode;
        rules::Text title;
        qint64 budgetFen = 0;
        qint64 spentFen = 0;
    };
    ReportFigures cumulative;       // to the end of month
    qint64 monthNetFen = 0;
    qint64 monthPayments = 0;
    QList<BudgetUse> budgets;

    // month: the latest month with a payment batch, or the current month when none.
    static domain::Result<DashboardKpis> read(store::Database &db);
    static domain::Result<DashboardKpis> read(store::Database &db, domain::Month month);
};

} // namespace mianshen::stats
