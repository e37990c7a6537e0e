#include "ledger/BatchApproval.h"
#include "staff/Authorization.h"

#include "ledger/LedgerAudit.h"
#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace mianshen::ledger {

BatchApproval::BatchApproval(store::Database &db) : m_db(db) {}

domain::Result<BatchApproval::Result> BatchApproval::approve(qint64 batchId)
{
    using R = domain::Result<Result>;
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::PaymentBatchApprove); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    const QString actor = LedgerAudit::actor(m_db);
    if (!m_db.beginWrite())
        return R::failure(tr("Could not start a write transaction: %1").arg(m_db.lastError()));
    auto fail = [&](const QString &message) {
        m_db.rollback();
        return R::failure(message);
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, created_by, approved_by, second_approved_by, approvals_required, version "
                             "FROM payment_batches WHERE id = ?")
              + (m_db.dialect() == store::Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(batchId);
    if (!q.exec())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the batch")));
    if (!q.next())
        return fail(tr("There is no payment batch %1.").arg(batchId));
    const QString status = q.value(0).toString();
    const QString creator = q.value(1).toString();
    const QString first = q.value(2).toString();
    Result out;
    out.approvalsRequired = q.value(4).toInt();
    const int version = q.value(5).toInt();
    q.finish();
    if (status != QLatin1String("created"))
        return fail(tr("Batch %1 is already %2; only a created batch can be approved.").arg(batchId).arg(status));
    if (actor == creator)
        return fail(tr("%1 created batch %2 and cannot approve it: another person must.").arg(actor).arg(batchId));
    if (!first.isEmpty() && actor == first)
        return fail(tr("%1 has already approved batch %2; its total needs a second, different approver.")
                        .arg(actor).arg(batchId));
    const bool second = !first.isEmpty();
    out.approvals = second ? 2 : 1;
    out.status = out.approvals >= out.approvalsRequired ? QStringLiteral("approved") : QStringLiteral("created");
    const QString now = detail::nowText();
    q.prepare(second ? QStringLiteral("UPDATE payment_batches SET second_approved_by = ?, second_approved_at = ?, "
                                      "status = ?, version = version + 1 WHERE id = ? AND version = ?")
                     : QStringLiteral("UPDATE payment_batches SET approved_by = ?, approved_at = ?, "
                                      "status = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(out.status);
    q.addBindValue(batchId);
    q.addBindValue(version);
    if (!q.exec())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "approve the batch")));
    if (q.numRowsAffected() != 1)
        return fail(tr("Batch %1 was changed by someone else meanwhile; look at it again.").arg(batchId));
    if (auto s = LedgerAudit::append(m_db, actor, QStringLiteral("payment.batch.approve"), QStringLiteral("payment_batch"),
                                     QString::number(batchId), QStringLiteral("{\"status\":\"created\"}"),
                                     QStringLiteral("{\"status\":\"%1\",\"approval\":%2,\"approvals_required\":%3}")
                                         .arg(out.status).arg(out.approvals).arg(out.approvalsRequired));
        !s)
        return fail(s.error());
    if (!m_db.commit())
        return R::failure(tr("The approval could not be saved: %1").arg(m_db.lastError()));
    return out;
}

} // namespace mianshen::ledger
