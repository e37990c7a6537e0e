#include "stats/DashboardKpis.h"

#include "stats/FiguresLoader.h"
#include "store/Database.h"

#include <QDate>
#include <QSqlQuery>

namespace mianshen::stats {

domain::Result<DashboardKpis> DashboardKpis::read(store::Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    domain::Month month = domain::Month::fromDate(QDate::currentDate());
    if (query.exec(QStringLiteral("SELECT max(period) FROM payment_batches")) && query.next())
        if (const auto latest = domain::Month::parse(query.value(0).toString()))
            month = *latest;
    query.finish();
    return read(db, month);
}

domain::Result<DashboardKpis> DashboardKpis::read(store::Database &db, domain::Month month)
{
    using R = domain::Result<DashboardKpis>;
    DashboardKpis k;
    auto cumulative = ReportSentence::figures(db, month);
    if (!cumulative)
        return R::failure(cumulative.error());
    k.cumulative = cumulative.value();
    const auto figures = FiguresLoader::load(db, StatsFilter{month, month, {}});
    if (!figures)
        return R::failure(figures.error());
    const auto total = figures->total();
    k.monthNetFen = total.netFen();
    k.monthPayments = total.payments;
    for (const auto &burn : figures->budgetBurn())
        k.budgets << BudgetUse{burn.policyCode, figures->policy(burn.policyCode).title, burn.budgetFen, burn.spentFen};
    return k;
}

} // namespace mianshen::stats
