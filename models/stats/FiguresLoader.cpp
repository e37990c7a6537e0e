#include "stats/FiguresLoader.h"

#include "stats/DisbursementStore.h"
#include "stats/SubjectCounter.h"

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
    auto distinct = distinctSubjects(db, filter, rows.value());
    if (!distinct)
        return R::failure(distinct.error());
    DisbursementFigures figures(filter.from, filter.to, std::move(rows).value(), std::move(before).value(), facts);
    figures.setDistinctSubjects(std::move(distinct).value());
    return figures;
}

domain::Result<DisbursementFigures::DistinctSubjects> FiguresLoader::distinctSubjects(store::Database &db,
                                                                                      const StatsFilter &filter,
                                                                                      const QList<PolicyMonthTotal> &rows)
{
    using R = domain::Result<DisbursementFigures::DistinctSubjects>;
    const SubjectCounter counter(db);
    DisbursementFigures::DistinctSubjects d;
    QStringList codes;
    for (const PolicyMonthTotal &t : rows)
        if (!codes.contains(t.policyCode))
            codes << t.policyCode;
    auto perPolicy = counter.perPolicy(filter, codes);
    if (!perPolicy)
        return R::failure(perPolicy.error());
    d.perPolicy = perPolicy.value();
    auto perMonth = counter.count(filter, SubjectCounter::By::Month);
    if (!perMonth)
        return R::failure(perMonth.error());
    d.perMonth = perMonth.value();
    auto perKind = counter.count(filter, SubjectCounter::By::Kind);
    if (!perKind)
        return R::failure(perKind.error());
    d.perKind = perKind.value();
    d.total = 0;
    for (qint64 n : std::as_const(d.perKind))
        d.total += n;
    d.counted = true;
    return d;
}

} // namespace mianshen::stats
