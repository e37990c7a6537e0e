#include "ledger/PaymentHistoryExport.h"

#include "domain/Money.h"
#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QIODevice>
#include <QSqlQuery>

namespace mianshen::ledger {

PaymentHistoryExport::PaymentHistoryExport(store::Database &db) : m_db(db) {}

domain::Result<qint64> PaymentHistoryExport::write(const QString &period, QIODevice &out) const
{
    using R = domain::Result<qint64>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT policy_code, subject_id, award_period, amount_fen, paid_at FROM payments "
                             "WHERE period = ? AND status = 'paid' ORDER BY policy_code, subject_id, award_period"));
    q.addBindValue(period);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the payments")));
    if (out.write("op,policy_code,subject_id,period,amount,paid_date\n") < 0)
        return R::failure(tr("Cannot write the payments: %1").arg(out.errorString()));
    qint64 n = 0;
    while (q.next()) {
        // Codes, ids, months, amounts and dates hold no comma or quote.
        const QByteArray line = QStringLiteral("upsert,%1,%2,%3,%4,%5\n")
                                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         domain::Money::fromFen(q.value(3).toLongLong()).toYuanString(),
                                         q.value(4).toString().left(10))
                                    .toUtf8();
        if (out.write(line) < 0)
            return R::failure(tr("Cannot write the payments: %1").arg(out.errorString()));
        ++n;
    }
    return n;
}

} // namespace mianshen::ledger
