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
    auto distinct = distinctSubjects(store, filter, rows.value());
    if (!distinct)
        return R::failure(distinct.error());
    DisbursementFigures figures(filter.from, filter.to, std::move(rows).value(), std::move(before).value(), facts);
    figures.setDistinctSubjects(std::move(distinct).value());
    return figures;
}

domain::Result<DisbursementFigures::DistinctSubjects> FiguresLoader::distinctSubjects(const DisbursementStore &store,
                                                                                      const StatsFilter &filter,
                                                                                      const QList<PolicyMonthTotal> &rows)
{
    using R = domain::Result<DisbursementFigures::DistinctSubjects>;
    DisbursementFigures::DistinctSubjects d;
    QStringList codes;
    for (const PolicyMonthTotal &t : rows)
        if (!codes.contains(t.policyCode))
            codes << t.policyCode;
    if (!codes.isEmpty()) {
        auto perPolicy = store.distinctSubjectsPerScope(filter, {}, codes);
        if (!perPolicy)
            return R::failure(perPolicy.error());
        d.perPolicy = perPolicy.value();
    }
    if (filter.policies.size() > 1)
        return d;
    const QString scope = filter.policies.isEmpty() ? DisbursementStore::everyPolicy() : filter.policies.constFirst();
    auto perMonth = store.distinctSubjectsPerMonth(filter, scope);
    if (!perMonth)
        return R::failure(perMonth.error());
    d.perMonth = perMonth.value();
    d.total = 0;
    for (const QString &kind : {QStringLiteral("enterprise"), QStringLiteral("person")}) {
        auto n = store.distinctSubjectsPerScope(filter, kind, {scope});
        if (!n)
            return R::failure(n.error());
        d.perKind.insert(kind, n.value().value(scope));
        d.total += n.value().value(scope);
    }
    d.counted = true;
    return d;
}

} // namespace mianshen::stats
