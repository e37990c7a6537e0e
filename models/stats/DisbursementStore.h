#pragma once

#include "domain/Result.h"
#include "stats/StatsTypes.h"

#include <QCoreApplication>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// Reads disbursement figures: from the summary tables the 0008 triggers
// maintain (fast: one row per policy and month), or recounted from the
// ledger itself (payments, recoveries), which must give the same figures.
class DisbursementStore final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::DisbursementStore)
public:
    explicit DisbursementStore(store::Database &db);

    // Per policy and month in the filter, ordered by period then policy.
    domain::Result<QList<PolicyMonthTotal>> policyMonths(const StatsFilter &filter) const;
    // The same from payments and recoveries (a full scan of the range).
    domain::Result<QList<PolicyMonthTotal>> recountPolicyMonths(const StatsFilter &filter) const;
    // Per policy, everything before `filter.from` (period '' = "before");
    // subjects are not summed (0).
    domain::Result<QList<PolicyMonthTotal>> totalsBefore(const StatsFilter &filter) const;
    // The paid payments behind one bar (policy, month), by id; limit rows.
    domain::Result<QList<PaidPayment>> paymentsBehind(const QString &policyCode, const QString &period,
                                                      int limit = 10000) const;

    // Recomputes the summary tables from the ledger in one write transaction
    // (the backfill statements of migrations 0008, 0016 and 0018): for a
    // database whose totals were damaged, e.g. by hand edits with the
    // triggers dropped, or a ledger written with the triggers off.
    domain::Status rebuild();

private:
    store::Database &m_db;
};

} // namespace mianshen::stats
