#include "stats/NoticeList.h"

#include "stats/NoticeObjections.h"
#include "stats/PolicyDirectory.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::stats {

qint64 NoticeList::totalFen() const
{
    qint64 sum = 0;
    for (const NoticeEntry &e : entries)
        sum += e.amountFen;
    return sum;
}

domain::Result<NoticeList> NoticeListReader::read(store::Database &db, const QString &policyCode, const QString &period)
{
    using R = domain::Result<NoticeList>;
    NoticeList list;
    list.policyCode = policyCode;
    list.period = period;
    const auto facts = PolicyDirectory::load(db);
    if (!facts)
        return R::failure(facts.error());
    const PolicyFacts policy = PolicyDirectory::find(facts.value(), policyCode);
    list.policyTitle = policy.title;
    list.department = policy.department;

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.subject_id, p.subject_kind, coalesce(ps.name, e.name, ''), p.award_period, p.amount_fen, p.status "
        "FROM payments p "
        "LEFT JOIN persons ps ON p.subject_kind = 'person' AND ps.id_number = p.subject_id "
        "LEFT JOIN enterprises e ON p.subject_kind = 'enterprise' AND e.credit_code = p.subject_id "
        "WHERE p.policy_code = ? AND p.period = ? AND p.status NOT IN ('failed', 'expired') "
        "ORDER BY p.subject_id, p.award_period, p.id"));
    query.addBindValue(policyCode);
    query.addBindValue(period);
    if (!query.exec())
        return R::failure(tr("Could not read the payments of %1 in %2: %3").arg(policyCode, period, query.lastError().text()));
    while (query.next()) {
        NoticeEntry e;
        e.subjectId = query.value(0).toString();
        e.subjectKind = query.value(1).toString();
        e.name = query.value(2).toString();
        e.awardPeriod = query.value(3).toString();
        e.amountFen = query.value(4).toLongLong();
        e.status = query.value(5).toString();
        list.entries << e;
    }
    query.finish();
    const auto objections = NoticeObjections(db).list(policyCode, period);
    if (!objections)
        return R::failure(objections.error());
    list.objections = objections.value();
    return list;
}

} // namespace mianshen::stats
