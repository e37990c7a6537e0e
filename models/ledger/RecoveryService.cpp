#include "ledger/RecoveryService.h"
#include "staff/Authorization.h"

#include "ledger/LedgerAudit.h"
#include "ledger/LedgerSql.h"
#include "ledger/PaymentTerms.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace mianshen::ledger {

using domain::Status;

RecoveryService::RecoveryService(store::Database &db) : m_db(db) {}

namespace {
// The month a payment is for: its award's month, or (one-off) the month paid in.
const char *forMonth = "(CASE WHEN p.award_period = '' THEN p.period ELSE p.award_period END)";
} // namespace

domain::Result<qint64> RecoveryService::propose()
{
    using R = domain::Result<qint64>;
    if (Status allowed = staff::authorize(m_db, staff::Action::PaymentBatchCreate); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    auto terms = PaymentTerms::loadAll(m_db);
    if (!terms)
        return R::failure(terms.error());
    const QString actor = LedgerAudit::actor(m_db);
    const QString now = detail::nowText();
    if (!m_db.beginWrite())
        return R::failure(tr("Could not start a write transaction: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    qint64 before = 0;
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM recoveries")) && q.next())
        before = q.value(0).toLongLong();
    q.finish();
    const QString month = QString::fromLatin1(forMonth);
    Status s = proposeFor(QStringLiteral("death"), QStringLiteral("JOIN death_records d ON d.id_number = p.subject_id"),
                          QStringLiteral("'death_records: death_date ' || d.death_date"),
                          QStringLiteral("d.death_date < %1 || '-01'").arg(month), {}, actor, now);
    if (s)
        s = proposeFor(QStringLiteral("serious_dishonesty"),
                       QStringLiteral("JOIN credit_records c ON c.subject_id = p.subject_id AND c.list = 'serious_dishonesty'"),
                       QStringLiteral("'credit_records: serious_dishonesty listed ' || c.listed_date || ' by ' || c.authority"),
                       QStringLiteral("c.listed_date <= %1 || '-31' AND (c.removed_date IS NULL OR c.removed_date >= %1 || '-01')")
                           .arg(month),
                       {}, actor, now);
    for (const PaymentTerms &t : terms.value()) {
        if (!s || t.duplicatePrograms.isEmpty())
            continue;
        QStringList likes;
        QVariantList binds{t.policyCode};
        for (const QString &program : t.duplicatePrograms) {
            likes.append(QStringLiteral("x.program_code LIKE ?"));
            binds.append(QString(QLatin1Char('%') + program + QLatin1Char('%')));
        }
        s = proposeFor(QStringLiteral("duplicate_subsidy"),
                       QStringLiteral("JOIN external_subsidies x ON x.subject_id = p.subject_id "
                                      "AND x.year = CAST(substr(%1, 1, 4) AS INTEGER)").arg(month),
                       QStringLiteral("'external_subsidies: ' || x.program_code || ' ' || x.program_name || ' ' "
                                      "|| CAST(x.year AS TEXT) || ', paid ' || x.paid_date"),
                       QStringLiteral("p.policy_code = ? AND (%1)").arg(likes.join(QLatin1String(" OR "))), binds, actor, now);
    }
    if (!s) {
        m_db.rollback();
        return R::failure(s.error());
    }
    qint64 added = 0;
    q.prepare(QStringLiteral("SELECT id, payment_id, amount_fen, reason, evidence FROM recoveries WHERE id > ? ORDER BY id"));
    q.addBindValue(before);
    if (!q.exec()) {
        m_db.rollback();
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the recoveries")));
    }
    QList<QStringList> created;
    while (q.next())
        created.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()});
    q.finish();
    for (const QStringList &c : created) {
        ++added;
        if (auto a = LedgerAudit::append(m_db, actor, QStringLiteral("payment.recovery.propose"), QStringLiteral("recovery"),
                                         c[0], {},
                                         QStringLiteral("{\"payment_id\":%1,\"amount_fen\":%2,\"status\":\"proposed\","
                                                        "\"reason\":\"%3\"}").arg(c[1], c[2], c[3]),
                                         c[4]);
            !a) {
            m_db.rollback();
            return R::failure(a.error());
        }
    }
    if (!m_db.commit())
        return R::failure(tr("The recovery orders could not be saved: %1").arg(m_db.lastError()));
    return added;
}

Status RecoveryService::proposeFor(const QString &reason, const QString &join, const QString &evidence,
                                   const QString &where, const QVariantList &binds, const QString &actor, const QString &now)
{
    // One order per payment: the first row of the join gives the evidence.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO recoveries (payment_id, policy_code, subject_id, period, amount_fen, status, reason, evidence, "
        "created_by, created_at) "
        "SELECT p.id, p.policy_code, p.subject_id, p.period, p.amount_fen, 'proposed', ?, MIN(%1), ?, ? "
        "FROM payments p %2 WHERE p.status = 'paid' AND %3 "
        "AND NOT EXISTS (SELECT 1 FROM recoveries r WHERE r.payment_id = p.id) "
        "GROUP BY p.id, p.policy_code, p.subject_id, p.period, p.amount_fen ORDER BY p.id")
                  .arg(evidence, join, where));
    q.addBindValue(reason);
    q.addBindValue(actor);
    q.addBindValue(now);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return detail::exec(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "propose recovery orders"));
}

Status RecoveryService::confirm(qint64 id)
{
    return move(id, QStringLiteral("proposed"), QStringLiteral("confirmed"), QStringLiteral("payment.recovery.confirm"), {});
}

Status RecoveryService::settle(qint64 id, const QString &note)
{
    return move(id, QStringLiteral("confirmed"), QStringLiteral("settled"), QStringLiteral("payment.recovery.settle"), note);
}

Status RecoveryService::writeOff(qint64 id, const QString &note)
{
    if (note.trimmed().isEmpty())
        return Status::failure(tr("Writing off recovery order %1 needs a reason.").arg(id));
    return move(id, QStringLiteral("confirmed"), QStringLiteral("written_off"), QStringLiteral("payment.recovery.write_off"), note);
}

Status RecoveryService::move(qint64 id, const QString &from, const QString &to, const QString &action, const QString &note)
{
    if (Status allowed = staff::authorize(m_db, staff::Action::RecoveryConfirm); !allowed) // roles (docs/roles.md)
        return allowed;
    const QString actor = LedgerAudit::actor(m_db);
    const QString now = detail::nowText();
    if (!m_db.beginWrite())
        return Status::failure(tr("Could not start a write transaction: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    // Column names from a fixed pair: confirmed_* or settled_*.
    const QString who = to == QLatin1String("confirmed") ? QStringLiteral("confirmed") : QStringLiteral("settled");
    q.prepare(QStringLiteral("UPDATE recoveries SET status = ?, %1_by = ?, %1_at = ?, note = ? WHERE id = ? AND status = ?").arg(who));
    q.addBindValue(to);
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(id);
    q.addBindValue(from);
    if (!q.exec()) {
        m_db.rollback();
        return Status::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "change the recovery order")));
    }
    if (q.numRowsAffected() != 1) {
        m_db.rollback();
        return Status::failure(tr("Recovery order %1 is not %2 (it does not exist, or it has moved on).").arg(id).arg(from));
    }
    if (auto s = LedgerAudit::append(m_db, actor, action, QStringLiteral("recovery"), QString::number(id),
                                     QStringLiteral("{\"status\":\"%1\"}").arg(from),
                                     QStringLiteral("{\"status\":\"%1\"}").arg(to), note);
        !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit())
        return Status::failure(tr("The recovery order could not be saved: %1").arg(m_db.lastError()));
    return {};
}

domain::Result<QList<Recovery>> RecoveryService::list(const QString &status) const
{
    using R = domain::Result<QList<Recovery>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, payment_id, policy_code, subject_id, period, amount_fen, status, reason, evidence, "
                             "created_at FROM recoveries WHERE (? = '' OR status = ?) ORDER BY id DESC"));
    q.addBindValue(status.isNull() ? QStringLiteral("") : status);
    q.addBindValue(status.isNull() ? QStringLiteral("") : status);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the recoveries")));
    QList<Recovery> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString()});
    return out;
}

} // namespace mianshen::ledger
