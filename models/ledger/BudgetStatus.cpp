#include "ledger/BudgetStatus.h"

#include "domain/Money.h"
#include "ledger/LedgerSql.h"
#include "ledger/PaymentTerms.h"
#include "store/Database.h"

#include <QMap>
#include <QSqlQuery>

namespace mianshen::ledger {

BudgetStatus::BudgetStatus(store::Database &db) : m_db(db) {}

domain::Result<QList<PolicyBudget>> BudgetStatus::load() const
{
    using R = domain::Result<QList<PolicyBudget>>;
    auto terms = PaymentTerms::loadAll(m_db);
    if (!terms)
        return R::failure(terms.error());
    QMap<QString, PolicyBudget> by;
    for (const PaymentTerms &t : terms.value()) {
        by[t.policyCode].policyCode = t.policyCode;
        by[t.policyCode].budgetFen = t.budgetFen;
    }
    struct Part
    {
        const char *sql;
        qint64 PolicyBudget::*field;
        int sign;
    };
    const Part parts[] = {
        // Paid less settled recoveries, from the statistics' summary (kept
        // equal to a recount of the ledger by triggers in the writers'
        // transactions, 0008_stats): a row per policy and month instead of a
        // scan of every payment.
        {"SELECT policy_code, SUM(paid_fen) - SUM(recovered_fen), 0 FROM stats_policy_month GROUP BY policy_code",
         &PolicyBudget::paidFen, 1},
        {"SELECT a.policy_code, SUM(a.amount_fen), COUNT(*) FROM awards a WHERE a.status = 'approved' AND NOT EXISTS "
         "(SELECT 1 FROM payment_holds h WHERE h.award_id = a.id AND h.reason IN ('over_budget', 'expired')) "
         "GROUP BY a.policy_code",
         &PolicyBudget::committedFen, 1},
        // Held: two index-driven parts (an OR over the award's status would
        // read every award).
        {"SELECT policy_code, SUM(amount_fen), COUNT(*) FROM awards WHERE status = 'held' GROUP BY policy_code",
         &PolicyBudget::heldFen, 1},
        {"SELECT a.policy_code, SUM(a.amount_fen), COUNT(*) FROM payment_holds h JOIN awards a ON a.id = h.award_id "
         "WHERE h.reason = 'over_budget' AND a.status = 'approved' GROUP BY a.policy_code",
         &PolicyBudget::heldFen, 1},
    };
    QSqlQuery q(m_db.connection());
    for (const Part &p : parts) {
        if (!q.exec(QString::fromLatin1(p.sql)))
            return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "sum the budgets")));
        while (q.next()) {
            PolicyBudget &b = by[q.value(0).toString()];
            b.policyCode = q.value(0).toString();
            b.*(p.field) += p.sign * q.value(1).toLongLong();
            if (p.field == &PolicyBudget::heldFen)
                b.heldCount += q.value(2).toLongLong();
        }
    }
    QList<PolicyBudget> out;
    for (PolicyBudget b : by) {
        if (b.budgetFen && *b.budgetFen > 0) {
            b.remainingFen = *b.budgetFen - b.paidFen - b.committedFen;
            b.usedPercent = int((b.paidFen + b.committedFen) * 100 / *b.budgetFen);
            b.warningLevel = b.usedPercent >= 90 ? 90 : b.usedPercent >= 70 ? 70 : 0;
        }
        out.append(b);
    }
    return out;
}

QString BudgetStatus::warning(const PolicyBudget &b)
{
    if (!b.warningLevel || !b.budgetFen)
        return {};
    return tr("%1: %2% of the budget used (%3 of %4)")
        .arg(b.policyCode)
        .arg(b.usedPercent)
        .arg(domain::Money::fromFen(b.paidFen + b.committedFen).toDisplayString(),
             domain::Money::fromFen(*b.budgetFen).toDisplayString());
}

} // namespace mianshen::ledger
