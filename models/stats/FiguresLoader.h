#pragma once

#include "domain/Result.h"
#include "stats/DisbursementFigures.h"

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// Reads what DisbursementFigures computes from: the maintained totals of the
// range, the totals before it, the distinct subjects paid in it, and the
// policies' facts.
class FiguresLoader final
{
public:
    static domain::Result<DisbursementFigures> load(store::Database &db, const StatsFilter &filter);
    // With the policies' facts already read (PolicyDirectory::load).
    static domain::Result<DisbursementFigures> load(store::Database &db, const StatsFilter &filter,
                                                    const QList<PolicyFacts> &facts);

private:
    static domain::Result<DisbursementFigures::DistinctSubjects>
    distinctSubjects(store::Database &db, const StatsFilter &filter, const QList<PolicyMonthTotal> &rows);
};

} // namespace mianshen::stats
