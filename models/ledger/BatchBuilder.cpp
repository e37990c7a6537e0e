#include "ledger/BatchBuilder.h"
#include "staff/Authorization.h"

#include "domain/Month.h"
#include "ledger/LedgerAudit.h"
#include "ledger/LedgerSql.h"
#include "ledger/PaymentTerms.h"
#include "review/AwardStore.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <limits>

namespace mianshen::ledger {

using detail::sqlFailure;
using domain::Status;

namespace {

constexpr qint64 unlimitedFen = std::numeric_limits<qint64>::max() / 4;

QString tempTable(store::Database &db)
{
    return db.dialect() == store::Dialect::Sqlite ? QStringLiteral("temp.ledger_build") : QStringLiteral("ledger_build");
}

// Per policy with a budget: net paid plus in-flight payments (what the budget
// has given), summed from the ledger itself. Policies without a budget are
// not summed: on a ledger of 10,000,000 payments the sum reads every payment
// of the policies it covers (1.9 s on PostgreSQL, docs/payments.md).
domain::Result<QHash<QString, qint64>> budgetUsed(store::Database &db, const QHash<QString, PaymentTerms> &terms)
{
    using R = domain::Result<QHash<QString, qint64>>;
    QHash<QString, qint64> used;
    QStringList budgeted;
    for (const PaymentTerms &t : terms) {
        if (t.budgetFen)
            budgeted.append(t.policyCode);
    }
    if (budgeted.isEmpty())
        return used;
    const QString marks = QStringList(budgeted.size(), QStringLiteral("?")).join(QLatin1Char(','));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT policy_code, SUM(amount_fen) FROM payments "
                             "WHERE policy_code IN (%1) AND status NOT IN ('failed', 'expired') GROUP BY policy_code")
                  .arg(marks));
    for (const QString &code : budgeted)
        q.addBindValue(code);
    if (!q.exec())
        return R::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "sum the payments")));
    while (q.next())
        used[q.value(0).toString()] += q.value(1).toLongLong();
    q.prepare(QStringLiteral("SELECT policy_code, SUM(amount_fen) FROM recoveries WHERE policy_code IN (%1) "
                             "AND status = 'settled' GROUP BY policy_code").arg(marks));
    for (const QString &code : budgeted)
        q.addBindValue(code);
    if (!q.exec())
        return R::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "sum the recoveries")));
    while (q.next())
        used[q.value(0).toString()] -= q.value(1).toLongLong();
    return used;
}

} // namespace

BatchBuilder::BatchBuilder(store::Database &db) : m_db(db) {}

domain::Result<BatchBuilder::Result> BatchBuilder::build(const QString &period)
{
    using R = domain::Result<Result>;
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::PaymentBatchCreate); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    if (!domain::Month::parse(period))
        return R::failure(tr("The batch month %1 is not a month YYYY-MM.").arg(period));
    auto terms = PaymentTerms::loadAll(m_db);
    if (!terms)
        return R::failure(terms.error());
    const QString actor = LedgerAudit::actor(m_db);
    const QString now = detail::nowText();
    if (!m_db.beginWrite())
        return R::failure(tr("Could not start a write transaction: %1").arg(m_db.lastError()));
    Result out;
    auto fail = [&](const QString &message) {
        m_db.rollback();
        return R::failure(message);
    };
    auto expired = expireFailed(terms.value(), period, actor, now);
    if (!expired)
        return fail(expired.error());
    out.expired = expired.value();
    // Money freed (a rejection, a recovery, an expiry) releases held awards in
    // the policy's order first (review's rule), so this batch can pay them.
    for (const PaymentTerms &t : terms.value()) {
        if (!t.budgetFen)
            continue;
        auto released = review::AwardStore::releaseHeldIn(m_db, t.policyCode);
        if (!released)
            return fail(released.error());
        out.released += released.value();
    }
    if (auto s = stageCandidates(terms.value(), period); !s)
        return fail(s.error());
    if (auto s = createBatch(terms.value(), period, actor, now, out); !s)
        return fail(s.error());
    if (auto s = rewriteHolds(now, out); !s)
        return fail(s.error());
    QSqlQuery drop(m_db.connection());
    drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(tempTable(m_db)));
    if (!m_db.commit())
        return R::failure(tr("The batch could not be saved: %1").arg(m_db.lastError()));
    return out;
}

domain::Result<qint64> BatchBuilder::expireFailed(const QHash<QString, PaymentTerms> &terms, const QString &period,
                                                  const QString &actor, const QString &now)
{
    using R = domain::Result<qint64>;
    const auto month = domain::Month::parse(period);
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral(
        "SELECT p.id, p.policy_code, p.period, p.failure_reason FROM payments p WHERE p.status = 'failed' "
        "AND NOT EXISTS (SELECT 1 FROM payments l WHERE l.award_id = p.award_id AND l.status NOT IN ('failed', 'expired')) "
        "ORDER BY p.id"));
    if (!find.exec())
        return R::failure(sqlFailure(find, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the failed payments")));
    QList<std::pair<qint64, QString>> due;
    while (find.next()) {
        const auto t = terms.constFind(find.value(1).toString());
        const int months = t == terms.constEnd() ? PaymentTerms::defaultExpireAfterMonths : t->expireAfterMonths;
        const auto paidIn = domain::Month::parse(find.value(2).toString());
        if (paidIn && paidIn->monthsUntil(*month) >= months)
            due.append({find.value(0).toLongLong(), find.value(3).toString()});
    }
    find.finish();
    QSqlQuery up(m_db.connection());
    up.prepare(QStringLiteral("UPDATE payments SET status = 'expired', expired_at = ? WHERE id = ? AND status = 'failed'"));
    for (const auto &[id, reason] : due) {
        up.addBindValue(now);
        up.addBindValue(id);
        if (!up.exec())
            return R::failure(sqlFailure(up, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "expire a failed payment")));
        if (auto s = LedgerAudit::append(m_db, actor, QStringLiteral("payment.expire"), QStringLiteral("payment"),
                                         QString::number(id), QStringLiteral("{\"status\":\"failed\"}"),
                                         QStringLiteral("{\"status\":\"expired\"}"), reason);
            !s)
            return R::failure(s.error());
    }
    return qint64(due.size());
}

domain::Status BatchBuilder::stageCandidates(const QHash<QString, PaymentTerms> &terms, const QString &period)
{
    auto used = budgetUsed(m_db, terms);
    if (!used)
        return Status::failure(used.error());
    QStringList rows{QStringLiteral("('', 0, 'person')")};
    QVariantList binds;
    for (const PaymentTerms &t : terms) {
        rows.append(QStringLiteral("(CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS TEXT))"));
        binds << t.policyCode
              << QVariant::fromValue<qlonglong>(t.budgetFen ? *t.budgetFen - used->value(t.policyCode) : unlimitedFen)
              << t.subjectKind;
    }
    const QString table = tempTable(m_db);
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    const QString columns = QStringLiteral(
        "(award_id BIGINT, policy_code TEXT, subject_id TEXT, award_period TEXT, amount_fen BIGINT, "
        "account_name TEXT, bank_name TEXT, account_no TEXT, account_import_id BIGINT, failed_id BIGINT, "
        "subject_kind TEXT, outcome TEXT)");
    QString create = QStringLiteral("CREATE TEMP TABLE ledger_build ") + columns;
    if (m_db.dialect() == store::Dialect::Postgres)
        create += QStringLiteral(" ON COMMIT DROP");
    if (!q.exec(create))
        return Status::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "choose the awards to pay")));
    // Each candidate's payments are looked up by its award: index probes in
    // subqueries, never a join the planner could turn into a hash of the
    // whole ledger (it did, on 10,000,000 payments: 5 s instead of 1 s for
    // 100,000 awards, docs/payments.md). On PostgreSQL, OFFSET 0 keeps the
    // NOT EXISTS a per-award probe instead of an anti-join.
    const QString probeEach = m_db.dialect() == store::Dialect::Postgres ? QStringLiteral(" OFFSET 0") : QString();
    // c: candidates with their account and last failed payment; k: why one
    // cannot be paid (before the budget); the window sums the payable ones
    // per policy in award order against what is left of the budget.
    q.prepare(QStringLiteral(
        "INSERT INTO ledger_build (award_id, policy_code, subject_id, award_period, amount_fen, account_name, bank_name, "
        "account_no, account_import_id, failed_id, subject_kind, outcome) "
        "WITH b(policy_code, available_fen, subject_kind) AS (VALUES %1), "
        "c AS (SELECT a.id AS award_id, a.policy_code, a.subject_id, a.subject_kind, a.period AS award_period, a.amount_fen, "
        "  ba.account_name, ba.bank_name, ba.account_no, ba.import_id AS account_import_id, "
        "  (SELECT MAX(x.id) FROM payments x WHERE x.award_id = a.id AND x.status = 'failed') AS failed_id "
        "  FROM awards a LEFT JOIN bank_accounts ba ON ba.subject_id = a.subject_id "
        "  WHERE a.status = 'approved' AND a.amount_fen > 0 AND (a.period = '' OR a.period <= ?) "
        "  AND NOT EXISTS (SELECT 1 FROM payments l WHERE l.award_id = a.id AND l.status <> 'failed'%3)), "
        "k AS (SELECT c.*, CASE WHEN c.account_no IS NULL THEN 'no_account' "
        "  WHEN c.failed_id IS NOT NULL AND EXISTS (SELECT 1 FROM payments f WHERE f.id = c.failed_id "
        "    AND f.account_no = c.account_no AND f.bank_name = c.bank_name) "
        "  THEN 'awaiting_account' ELSE '' END AS blocked FROM c), "
        "w AS (SELECT k.*, SUM(CASE WHEN k.blocked = '' THEN k.amount_fen ELSE 0 END) "
        "  OVER (PARTITION BY k.policy_code ORDER BY k.award_id) AS cumulative_fen FROM k) "
        "SELECT w.award_id, w.policy_code, w.subject_id, w.award_period, w.amount_fen, w.account_name, w.bank_name, "
        "  w.account_no, w.account_import_id, w.failed_id, w.subject_kind, "
        "  CASE WHEN w.blocked <> '' THEN w.blocked "
        "  WHEN w.cumulative_fen > COALESCE(b.available_fen, %2) THEN 'over_budget' ELSE '' END AS outcome "
        "FROM w LEFT JOIN b ON b.policy_code = w.policy_code")
                  .arg(rows.join(QLatin1String(", ")))
                  .arg(unlimitedFen)
                  .arg(probeEach));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(period);
    return detail::exec(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "choose the awards to pay"));
}

domain::Status BatchBuilder::createBatch(const QHash<QString, PaymentTerms> &terms, const QString &period,
                                         const QString &actor, const QString &now, Result &out)
{
    const QString table = tempTable(m_db);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT policy_code, COUNT(*), SUM(amount_fen), SUM(CASE WHEN failed_id IS NULL THEN 0 ELSE 1 END) "
                               "FROM %1 WHERE outcome = '' GROUP BY policy_code").arg(table)))
        return Status::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "sum the batch")));
    while (q.next()) {
        const QString code = q.value(0).toString();
        const qint64 sum = q.value(2).toLongLong();
        out.paymentCount += q.value(1).toLongLong();
        out.totalFen += sum;
        out.retries += q.value(3).toLongLong();
        const auto t = terms.constFind(code);
        const qint64 threshold = t == terms.constEnd() ? PaymentTerms::defaultSecondApprovalAboveFen : t->secondApprovalAboveFen;
        if (sum > threshold)
            out.approvalsRequired = 2;
    }
    if (out.paymentCount == 0)
        return {};
    q.prepare(QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at, approvals_required) "
                             "VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(period);
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(out.approvalsRequired);
    if (!q.exec() || !q.next())
        return Status::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "create the batch")));
    out.batchId = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, award_period, "
        "amount_fen, status, account_name, bank_name, account_no, account_import_id, retry_of, created_at) "
        "SELECT award_id, ?, policy_code, subject_id, subject_kind, ?, award_period, amount_fen, 'created', "
        "account_name, bank_name, account_no, account_import_id, failed_id, ? FROM %1 WHERE outcome = '' "
        "ORDER BY award_id").arg(table));
    q.addBindValue(out.batchId);
    q.addBindValue(period);
    q.addBindValue(now);
    if (auto s = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "write the payments")); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE payment_batches SET total_fen = ?, payment_count = ? WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qlonglong>(out.totalFen));
    q.addBindValue(QVariant::fromValue<qlonglong>(out.paymentCount));
    q.addBindValue(out.batchId);
    if (auto s = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "set the batch total")); !s)
        return s;
    return LedgerAudit::append(m_db, actor, QStringLiteral("payment.batch.create"), QStringLiteral("payment_batch"),
                               QString::number(out.batchId), {},
                               QStringLiteral("{\"period\":\"%1\",\"status\":\"created\",\"total_fen\":%2,"
                                              "\"payment_count\":%3,\"approvals_required\":%4,\"retries\":%5}")
                                   .arg(period).arg(out.totalFen).arg(out.paymentCount).arg(out.approvalsRequired)
                                   .arg(out.retries));
}

domain::Status BatchBuilder::rewriteHolds(const QString &now, Result &out)
{
    const QString table = tempTable(m_db);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM payment_holds")))
        return Status::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "rewrite the payment holds")));
    q.prepare(QStringLiteral("INSERT INTO payment_holds (award_id, reason, since, detail) "
                             "SELECT award_id, outcome, ?, '' FROM %1 WHERE outcome <> ''").arg(table));
    q.addBindValue(now);
    if (auto s = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "rewrite the payment holds")); !s)
        return s;
    // Approved awards whose payment expired: held for good.
    q.prepare(QStringLiteral(
        "INSERT INTO payment_holds (award_id, reason, since, detail) "
        "SELECT a.id, 'expired', ?, '' FROM awards a WHERE a.status = 'approved' "
        "AND EXISTS (SELECT 1 FROM payments e WHERE e.award_id = a.id AND e.status = 'expired') "
        "AND NOT EXISTS (SELECT 1 FROM payments l WHERE l.award_id = a.id AND l.status NOT IN ('failed', 'expired'))"));
    q.addBindValue(now);
    if (auto s = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "rewrite the payment holds")); !s)
        return s;
    if (!q.exec(QStringLiteral("SELECT reason, COUNT(*) FROM payment_holds GROUP BY reason")))
        return Status::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "count the payment holds")));
    while (q.next())
        out.holds.insert(q.value(0).toString(), q.value(1).toLongLong());
    return {};
}

} // namespace mianshen::ledger
