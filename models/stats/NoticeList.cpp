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

QStringList NoticeList::policyCodes() const
{
    QStringList codes;
    for (const NoticeEntry &e : entries)
        if (!codes.contains(e.policyCode))
            codes << e.policyCode;
    codes.sort();
    return codes;
}

domain::Status NoticeListReader::readEntries(store::Database &db, const QString &where, const QVariantList &values,
                                             NoticeList &list)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.policy_code, p.subject_id, p.subject_kind, coalesce(ps.name, e.name, ''), p.award_period, "
        "p.amount_fen, p.status "
        "FROM payments p "
        "LEFT JOIN persons ps ON p.subject_kind = 'person' AND ps.id_number = p.subject_id "
        "LEFT JOIN enterprises e ON p.subject_kind = 'enterprise' AND e.credit_code = p.subject_id "
        "WHERE ")
        + where + QStringLiteral(" AND p.status NOT IN ('failed', 'expired') "
                                 "ORDER BY p.policy_code, p.subject_id, p.award_period, p.id"));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return domain::Status::failure(tr("Could not read the payments of the notice list: %1").arg(query.lastError().text()));
    while (query.next()) {
        NoticeEntry e;
        e.paymentId = query.value(0).toLongLong();
        e.policyCode = query.value(1).toString();
        e.subjectId = query.value(2).toString();
        e.subjectKind = query.value(3).toString();
        e.name = query.value(4).toString();
        e.awardPeriod = query.value(5).toString();
        e.amountFen = query.value(6).toLongLong();
        e.status = query.value(7).toString();
        list.entries << e;
    }
    return {};
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
    if (auto s = readEntries(db, QStringLiteral("p.policy_code = ? AND p.period = ?"), {policyCode, period}, list); !s)
        return R::failure(s.error());
    const auto objections = NoticeObjections(db).list(policyCode, period);
    if (!objections)
        return R::failure(objections.error());
    list.objections = objections.value();
    return list;
}

domain::Result<NoticeList> NoticeListReader::readBatch(store::Database &db, qint64 batchId)
{
    using R = domain::Result<NoticeList>;
    NoticeList list;
    list.batchId = batchId;
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT period FROM payment_batches WHERE id = ?"));
        query.addBindValue(batchId);
        if (!query.exec())
            return R::failure(tr("Could not read payment batch %1: %2").arg(batchId).arg(query.lastError().text()));
        if (!query.next())
            return R::failure(tr("There is no payment batch number %1: see the Payments page for the batches.").arg(batchId));
        list.period = query.value(0).toString();
    }
    if (auto s = readEntries(db, QStringLiteral("p.batch_id = ?"), {batchId}, list); !s)
        return R::failure(s.error());
    const QStringList codes = list.policyCodes();
    if (codes.size() == 1) {
        const auto facts = PolicyDirectory::load(db);
        if (!facts)
            return R::failure(facts.error());
        const PolicyFacts policy = PolicyDirectory::find(facts.value(), codes.first());
        list.policyCode = codes.first();
        list.policyTitle = policy.title;
        list.department = policy.department;
    }
    const auto objections = NoticeObjections(db).listForBatch(batchId);
    if (!objections)
        return R::failure(objections.error());
    list.objections = objections.value();
    return list;
}

} // namespace mianshen::stats
