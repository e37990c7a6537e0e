#include "ledger/BatchDispatch.h"
#include "staff/Authorization.h"

#include "ledger/BankFileWriter.h"
#include "ledger/LedgerAudit.h"
#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace mianshen::ledger {

BatchDispatch::BatchDispatch(store::Database &db) : m_db(db) {}

domain::Result<QString> BatchDispatch::exportTo(qint64 batchId, const QString &path)
{
    using R = domain::Result<QString>;
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::PaymentExport); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    auto file = BankFileWriter(m_db).load(batchId);
    if (!file)
        return R::failure(file.error());
    if (file->status != QLatin1String("approved") && file->status != QLatin1String("exported"))
        return R::failure(tr("Batch %1 is %2: only an approved batch (or an exported one, again) can be exported.")
                              .arg(batchId).arg(file->status));
    if (auto s = BankFileWriter::write(file.value(), path); !s)
        return R::failure(s.error());
    if (file->status == QLatin1String("approved")) {
        if (auto s = advance(batchId, QStringLiteral("approved"), QStringLiteral("exported"), QStringLiteral("created"),
                             QStringLiteral("payment.batch.export"), QStringLiteral("export_sha256"), file->checksum);
            !s)
            return R::failure(s.error());
    }
    return file->checksum;
}

domain::Status BatchDispatch::markSent(qint64 batchId)
{
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::PaymentExport); !allowed) // roles (docs/roles.md)
        return allowed;
    return advance(batchId, QStringLiteral("exported"), QStringLiteral("sent"), QStringLiteral("exported"),
                   QStringLiteral("payment.batch.send"), {}, {});
}

domain::Status BatchDispatch::advance(qint64 batchId, const QString &from, const QString &to, const QString &paymentsFrom,
                                      const QString &action, const QString &extraSet, const QString &extraValue)
{
    using domain::Status;
    const QString actor = LedgerAudit::actor(m_db);
    const QString now = detail::nowText();
    if (!m_db.beginWrite())
        return Status::failure(tr("Could not start a write transaction: %1").arg(m_db.lastError()));
    auto fail = [&](const QString &message) {
        m_db.rollback();
        return Status::failure(message);
    };
    // The column names come from this fixed set: exported_* or sent_*.
    const QString by = to == QLatin1String("exported") ? QStringLiteral("exported") : QStringLiteral("sent");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE payment_batches SET status = ?, %1_by = ?, %1_at = ?%2, version = version + 1 "
                             "WHERE id = ? AND status = ?")
                  .arg(by, extraSet.isEmpty() ? QString() : QStringLiteral(", %1 = ?").arg(extraSet)));
    q.addBindValue(to);
    q.addBindValue(actor);
    q.addBindValue(now);
    if (!extraSet.isEmpty())
        q.addBindValue(extraValue);
    q.addBindValue(batchId);
    q.addBindValue(from);
    if (!q.exec())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "change the batch's status")));
    if (q.numRowsAffected() != 1)
        return fail(tr("Batch %1 is not %2 (it does not exist, or someone else moved it on).").arg(batchId).arg(from));
    q.prepare(QStringLiteral("UPDATE payments SET status = ? WHERE batch_id = ? AND status = ?"));
    q.addBindValue(to);
    q.addBindValue(batchId);
    q.addBindValue(paymentsFrom);
    if (!q.exec())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "change the payments' status")));
    if (auto s = LedgerAudit::append(m_db, actor, action, QStringLiteral("payment_batch"), QString::number(batchId),
                                     QStringLiteral("{\"status\":\"%1\"}").arg(from),
                                     QStringLiteral("{\"status\":\"%1\"%2}").arg(to, extraSet.isEmpty() ? QString()
                                         : QStringLiteral(",\"%1\":\"%2\"").arg(extraSet, extraValue)));
        !s)
        return fail(s.error());
    if (!m_db.commit())
        return Status::failure(tr("The batch's new status could not be saved: %1").arg(m_db.lastError()));
    return {};
}

} // namespace mianshen::ledger
