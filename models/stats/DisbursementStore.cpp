#include "stats/DisbursementStore.h"

#include "store/BoundQuery.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace mianshen::stats {

DisbursementStore::DisbursementStore(store::Database &db)
    : m_db(db)
{
}

domain::Result<QList<PolicyMonthTotal>> DisbursementStore::policyMonths(const StatsFilter &filter) const
{
    QVariantList values{filter.from.toString(), filter.to.toString()};
    const QString sql = QStringLiteral(
        "SELECT policy_code, period, subject_kind, paid_fen, payment_count, subject_count, recovered_fen, recovery_count "
        "FROM stats_policy_month WHERE period BETWEEN ? AND ? AND ")
        + store::inList(QStringLiteral("policy_code"), filter.policies, values)
        + QStringLiteral(" ORDER BY period, policy_code");
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, values))
        return domain::Result<QList<PolicyMonthTotal>>::failure(
            tr("Could not read the disbursement totals: %1").arg(query.lastError().text()));
    QList<PolicyMonthTotal> rows;
    while (query.next()) {
        PolicyMonthTotal t;
        t.policyCode = query.value(0).toString();
        t.period = query.value(1).toString();
        t.subjectKind = query.value(2).toString();
        t.paidFen = query.value(3).toLongLong();
        t.payments = query.value(4).toLongLong();
        t.subjects = query.value(5).toLongLong();
        t.recoveredFen = query.value(6).toLongLong();
        t.recoveries = query.value(7).toLongLong();
        rows << t;
    }
    return rows;
}

domain::Result<QList<PolicyMonthTotal>> DisbursementStore::recountPolicyMonths(const StatsFilter &filter) const
{
    using R = domain::Result<QList<PolicyMonthTotal>>;
    QMap<std::pair<QString, QString>, PolicyMonthTotal> byKey;
    QVariantList values{filter.from.toString(), filter.to.toString()};
    QString sql = QStringLiteral(
        "SELECT policy_code, period, min(subject_kind), sum(amount_fen), count(*), count(DISTINCT subject_id) "
        "FROM payments WHERE status = 'paid' AND period BETWEEN ? AND ? AND ")
        + store::inList(QStringLiteral("policy_code"), filter.policies, values)
        + QStringLiteral(" GROUP BY policy_code, period");
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, values))
        return R::failure(tr("Could not recount the payments: %1").arg(query.lastError().text()));
    while (query.next()) {
        PolicyMonthTotal &t = byKey[{query.value(1).toString(), query.value(0).toString()}];
        t.policyCode = query.value(0).toString();
        t.period = query.value(1).toString();
        t.subjectKind = query.value(2).toString();
        t.paidFen = query.value(3).toLongLong();
        t.payments = query.value(4).toLongLong();
        t.subjects = query.value(5).toLongLong();
    }
    query.finish();
    values = {filter.from.toString(), filter.to.toString()};
    sql = QStringLiteral(
        "SELECT r.policy_code, r.period, min(p.subject_kind), sum(r.amount_fen), count(*) "
        "FROM recoveries r JOIN payments p ON p.id = r.payment_id "
        "WHERE r.status = 'settled' AND r.period BETWEEN ? AND ? AND ")
        + store::inList(QStringLiteral("r.policy_code"), filter.policies, values)
        + QStringLiteral(" GROUP BY r.policy_code, r.period");
    if (!store::execBound(query, sql, values))
        return R::failure(tr("Could not recount the recoveries: %1").arg(query.lastError().text()));
    while (query.next()) {
        PolicyMonthTotal &t = byKey[{query.value(1).toString(), query.value(0).toString()}];
        if (t.policyCode.isEmpty()) {
            t.policyCode = query.value(0).toString();
            t.period = query.value(1).toString();
            t.subjectKind = query.value(2).toString();
        }
        t.recoveredFen = query.value(3).toLongLong();
        t.recoveries = query.value(4).toLongLong();
    }
    return QList<PolicyMonthTotal>(byKey.cbegin(), byKey.cend());
}

domain::Result<QList<PolicyMonthTotal>> DisbursementStore::totalsBefore(const StatsFilter &filter) const
{
    QVariantList values{filter.from.toString()};
    const QString sql = QStringLiteral(
        "SELECT policy_code, min(subject_kind), sum(paid_fen), sum(payment_count), sum(recovered_fen), sum(recovery_count) "
        "FROM stats_policy_month WHERE period < ? AND ")
        + store::inList(QStringLiteral("policy_code"), filter.policies, values)
        + QStringLiteral(" GROUP BY policy_code ORDER BY policy_code");
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, values))
        return domain::Result<QList<PolicyMonthTotal>>::failure(
            tr("Could not read the totals before %1: %2").arg(filter.from.toString(), query.lastError().text()));
    QList<PolicyMonthTotal> rows;
    while (query.next()) {
        PolicyMonthTotal t;
        t.policyCode = query.value(0).toString();
        t.subjectKind = query.value(1).toString();
        t.paidFen = query.value(2).toLongLong();
        t.payments = query.value(3).toLongLong();
        t.recoveredFen = query.value(4).toLongLong();
        t.recoveries = query.value(5).toLongLong();
        rows << t;
    }
    return rows;
}

domain::Result<QList<PaidPayment>> DisbursementStore::paymentsBehind(const QString &policyCode, const QString &period,
                                                                     int limit) const
{
    const QString sql = QStringLiteral(
        "SELECT p.id, p.award_id, p.batch_id, p.policy_code, p.subject_id, p.subject_kind, "
        "coalesce(ps.name, e.name, ''), p.period, p.award_period, p.amount_fen, "
        "coalesce((SELECT sum(r.amount_fen) FROM recoveries r WHERE r.payment_id = p.id AND r.status = 'settled'), 0), "
        "p.status, coalesce(p.paid_at, '') "
        "FROM payments p "
        "LEFT JOIN persons ps ON p.subject_kind = 'person' AND ps.id_number = p.subject_id "
        "LEFT JOIN enterprises e ON p.subject_kind = 'enterprise' AND e.credit_code = p.subject_id "
        "WHERE p.policy_code = ? AND p.period = ? AND p.status = 'paid' ORDER BY p.id LIMIT ?");
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, {policyCode, period, limit}))
        return domain::Result<QList<PaidPayment>>::failure(
            tr("Could not read the payments of %1 in %2: %3").arg(policyCode, period, query.lastError().text()));
    QList<PaidPayment> rows;
    while (query.next()) {
        PaidPayment p;
        p.id = query.value(0).toLongLong();
        p.awardId = query.value(1).toLongLong();
        p.batchId = query.value(2).toLongLong();
        p.policyCode = query.value(3).toString();
        p.subjectId = query.value(4).toString();
        p.subjectKind = query.value(5).toString();
        p.subjectName = query.value(6).toString();
        p.period = query.value(7).toString();
        p.awardPeriod = query.value(8).toString();
        p.amountFen = query.value(9).toLongLong();
        p.recoveredFen = query.value(10).toLongLong();
        p.status = query.value(11).toString();
        p.paidAt = query.value(12).toString();
        rows << p;
    }
    return rows;
}

domain::Status DisbursementStore::rebuild()
{
    // The backfill statements of the statistics migrations: 0008 (totals and
    // subject-months), then, whatever the triggers on stats_subject_month did
    // meanwhile (a statement of many rows; triggers off), 0016 (first paid
    // months), 0018 (gaps) and 0020 (policies sharing subjects).
    QMap<int, QStringList> backfill;
    for (const store::Migrator::Migration &m : store::Migrator(m_db).available()) {
        if (m.version != 8 && m.version != 16 && m.version != 18 && m.version != 20)
            continue;
        for (const QString &statement : store::Migrator::splitStatements(m.sql))
            if (statement.startsWith(QLatin1String("INSERT INTO stats_")) || statement.startsWith(QLatin1String("UPDATE stats_")))
                backfill[m.version] << statement;
    }
    if (backfill.value(8).isEmpty() || backfill.value(16).isEmpty() || backfill.value(18).isEmpty()
        || backfill.value(20).isEmpty())
        return domain::Status::failure(tr("The program has no statistics migration to rebuild from."));
    const QStringList statements = QStringList{QStringLiteral("DELETE FROM stats_subject_month"),
                                               QStringLiteral("DELETE FROM stats_policy_month")}
        + backfill.value(8)
        + QStringList{QStringLiteral("DELETE FROM stats_policy_subject_first"), QStringLiteral("DELETE FROM stats_subject_first"),
                      QStringLiteral("DELETE FROM stats_subject_gap")}
        + backfill.value(16) + backfill.value(18) + QStringList{QStringLiteral("DELETE FROM stats_policy_overlap")}
        + backfill.value(20);
    if (!m_db.beginWrite())
        return domain::Status::failure(tr("Could not start writing: %1").arg(m_db.lastError()));
    QSqlQuery query(m_db.connection());
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString error = query.lastError().text();
            query.finish();
            m_db.rollback();
            return domain::Status::failure(tr("Could not rebuild the statistics: %1").arg(error));
        }
    }
    query.finish();
    if (!m_db.commit())
        return domain::Status::failure(tr("Could not rebuild the statistics: %1").arg(m_db.lastError()));
    return {};
}

} // namespace mianshen::stats
