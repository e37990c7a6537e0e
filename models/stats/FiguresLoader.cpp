#include "stats/FiguresLoader.h"

#include "stats/DisbursementStore.h"

namespace mianshen::stats {

domain::Result<DisbursementFigures> FiguresLoader::load(store::Database &db, const StatsFilter &filter)
{
    const auto facts = PolicyDirectory::load(db);
    if (!facts)
        return domain::Result<DisbursementFigures>::failure(facts.error());
    return load(db, filter, facts.value());
}

domain::Result<DisbursementFigures> FiguresLoader::load(store::Database &db, const StatsFilter &filter,
                                                        const QList<PolicyFacts> &facts)
{
    using R = domain::Result<DisbursementFigures>;
    DisbursementStore store(db);
    auto rows = store.policyMonths(filter);
    if (!rows)
        return R::failure(rows.error());
    auto before = store.totalsBefore(filter);
    if (!before)
        return R::failure(before.error());
    return DisbursementFigures(filter.from, filter.to, std::move(rows).value(), std::move(before).value(), facts);
}

} // namespace mianshen::stats
