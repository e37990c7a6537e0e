#include "ledger/LedgerQueries.h"

#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

namespace mianshen::ledger {

LedgerQueries::LedgerQueries(store::Database &db) : m_db(db) {}

namespace {

const char batchColumns[] =
    "SELECT b.id, b.period, b.status, b.total_fen, b.payment_count, b.approvals_required, b.created_by, b.created_at, "
    "COALESCE(b.approved_by, ''), COALESCE(b.second_approved_by, ''), "
    "COALESCE((SELECT SUM(f.paid_count) FROM bank_return_files f WHERE f.batch_id = b.id), 0), "
    "COALESCE((SELECT SUM(f.paid_fen) FROM bank_return_files f WHERE f.batch_id = b.id), 0), "
    "COALESCE((SELECT SUM(f.failed_count) FROM bank_return_files f WHERE f.batch_id = b.id), 0), "
    "COALESCE((SELECT SUM(f.failed_fen) FROM bank_return_files f WHERE f.batch_id = b.id), 0) "
    "FROM payment_batches b ";

BatchSummary batchFrom(const QSqlQuery &q)
{
    BatchSummary b;
    b.id = q.value(0).toLongLong();
    b.period = q.value(1).toString();
    b.status = q.value(2).toString();
    b.totalFen = q.value(3).toLongLong();
    b.paymentCount = q.value(4).toLongLong();
    b.approvalsRequired = q.value(5).toInt();
    b.createdBy = q.value(6).toString();
    b.createdAt = q.value(7).toString();
    b.approvedBy = q.value(8).toString();
    b.secondApprovedBy = q.value(9).toString();
    b.paidCount = q.value(10).toLongLong();
    b.paidFen = q.value(11).toLongLong();
    b.failedCount = q.value(12).toLongLong();
    b.failedFen = q.value(13).toLongLong();
    return b;
}

} // namespace

domain::Result<QList<BatchSummary>> LedgerQueries::batches(const QString &period, int limit, qint64 beforeId) const
{
    using R = domain::Result<QList<BatchSummary>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(batchColumns)
              + QStringLiteral("WHERE b.id < ? AND (? = '' OR b.period = ?) ORDER BY b.id DESC LIMIT ?"));
    const QString p = period.isNull() ? QStringLiteral("") : period;
    q.addBindValue(QVariant::fromValue<qlonglong>(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()));
    q.addBindValue(p);
    q.addBindValue(p);
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the batches")));
    QList<BatchSummary> out;
    while (q.next())
        out.append(batchFrom(q));
    return out;
}

domain::Result<BatchSummary> LedgerQueries::batch(qint64 batchId) const
{
    using R = domain::Result<BatchSummary>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(batchColumns) + QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the batches")));
    if (!q.next())
        return R::failure(QCoreApplication::translate("mianshen::ledger::LedgerQueries",
                                                      "There is no payment batch %1.").arg(batchId));
    return batchFrom(q);
}

domain::Result<RetryFigures> LedgerQueries::retryFigures() const
{
    using R = domain::Result<RetryFigures>;
    // The newest failed payment of each award without a live or expired
    // payment, and the award's subject's account on file now.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(p.amount_fen), 0), "
            "COALESCE(SUM(CASE WHEN ba.account_no IS NOT NULL AND (ba.account_no <> p.account_no "
            "  OR ba.bank_name <> p.bank_name) THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN ba.account_no IS NOT NULL AND (ba.account_no <> p.account_no "
            "  OR ba.bank_name <> p.bank_name) THEN p.amount_fen ELSE 0 END), 0) "
            "FROM payments p LEFT JOIN bank_accounts ba ON ba.subject_id = p.subject_id "
            "WHERE p.status = 'failed' "
            "AND p.id = (SELECT MAX(x.id) FROM payments x WHERE x.award_id = p.award_id) ")))
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the payments")));
    RetryFigures f;
    if (q.next()) {
        f.failedCount = q.value(0).toLongLong();
        f.failedFen = q.value(1).toLongLong();
        f.retryableCount = q.value(2).toLongLong();
        f.retryableFen = q.value(3).toLongLong();
    }
    return f;
}

domain::Result<QList<PaymentRow>> LedgerQueries::payments(qint64 batchId, qint64 afterId, int limit,
                                                          const QString &status) const
{
    using R = domain::Result<QList<PaymentRow>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool filtered = !status.isEmpty();
    q.prepare(QStringLiteral("SELECT id, award_id, policy_code, subject_id, award_period, amount_fen, status, account_name, "
                             "bank_name, account_no, COALESCE(failure_reason, '') FROM payments "
                             "WHERE batch_id = ? AND id > ?%1 ORDER BY id LIMIT ?")
                  .arg(filtered ? QStringLiteral(" AND status = ?") : QString()));
    q.addBindValue(batchId);
    q.addBindValue(afterId);
    if (filtered)
        q.addBindValue(status);
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the payments")));
    QList<PaymentRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString()});
    return out;
}

} // namespace mianshen::ledger
