#include "matching/RunRepository.h"

#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::matching {

using domain::Result;
using domain::Status;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::matching::RunRepository", text);
}

const char *const runColumns =
    "id, period, status, started_by, started_at, finished_at, duration_ms, load_ms, evaluate_ms, "
    "write_ms, threads, subjects, evaluations, decisions_written, inputs, policies, fingerprint, message";

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.period = q.value(1).toString();
    r.status = q.value(2).toString();
    r.startedBy = q.value(3).toString();
    r.startedAt = q.value(4).toString();
    r.finishedAt = q.value(5).toString();
    r.durationMs = q.value(6).toLongLong();
    r.loadMs = q.value(7).toLongLong();
    r.evaluateMs = q.value(8).toLongLong();
    r.writeMs = q.value(9).toLongLong();
    r.threads = q.value(10).toInt();
    r.subjects = q.value(11).toLongLong();
    r.evaluations = q.value(12).toLongLong();
    r.decisionsWritten = q.value(13).toLongLong();
    r.inputs = q.value(14).toString();
    r.policies = q.value(15).toString();
    r.fingerprint = q.value(16).toString();
    r.message = q.value(17).toString();
    return r;
}

qint64 millisSince(const QString &isoStart)
{
    const QDateTime start = QDateTime::fromString(isoStart, Qt::ISODateWithMs);
    if (!start.isValid())
        return 0;
    return start.msecsTo(QDateTime::currentDateTimeUtc());
}

// Runs `work` inside a write transaction; rolls back on failure.
template <typename Work>
Status inTransaction(store::Database &db, Work work)
{
    if (!db.beginWrite())
        return Status::failure(tr("Cannot start a transaction: %1").arg(db.lastError()));
    const Status s = work();
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return Status::failure(tr("The database refused to commit: %1").arg(db.lastError()));
    return {};
}

} // namespace

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Completed: return QStringLiteral("completed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

RunRepository::RunRepository(store::Database &db) : m_db(db) {}

Result<int> RunRepository::abandonStaleRuns()
{
    int cleaned = 0;
    const Status s = inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM matching_runs WHERE status = 'running'")))
            return Status::failure(detail::sqlFailure(q, "abandonStaleRuns"));
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        for (qint64 id : ids) {
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM decisions WHERE run_id = ?"));
            del.addBindValue(id);
            if (Status e = detail::exec(del, "delete decisions of a stale run"); !e)
                return e;
            QSqlQuery upd(m_db.connection());
            upd.prepare(QStringLiteral(
                "UPDATE matching_runs SET status = 'failed', finished_at = ?, message = ? WHERE id = ?"));
            upd.addBindValue(detail::nowText());
            upd.addBindValue(tr("The run was interrupted (the program stopped before it completed)."));
            upd.addBindValue(id);
            if (Status e = detail::exec(upd, "fail a stale run"); !e)
                return e;
            ++cleaned;
        }
        return {};
    });
    if (!s)
        return Result<int>::failure(s.error());
    return cleaned;
}

Result<qint64> RunRepository::start(const RunStart &start)
{
    if (auto stale = abandonStaleRuns(); !stale)
        return Result<qint64>::failure(stale.error());
    qint64 id = 0;
    const Status s = inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO matching_runs (period, status, started_by, started_at, threads, inputs, "
            "policies, fingerprint) VALUES (?, 'running', ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(detail::text(start.period));
        q.addBindValue(detail::text(start.startedBy));
        q.addBindValue(detail::nowText());
        q.addBindValue(qMax(1, start.threads));
        q.addBindValue(detail::text(start.inputs));
        q.addBindValue(detail::text(start.policies));
        q.addBindValue(detail::text(start.fingerprint));
        if (!q.exec() || !q.next())
            return Status::failure(detail::sqlFailure(q, "start a run"));
        id = q.value(0).toLongLong();
        return {};
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status RunRepository::complete(qint64 runId, const RunTotals &totals)
{
    auto current = run(runId);
    if (!current)
        return Status::failure(current.error());
    if (current->status != QLatin1String("running"))
        return Status::failure(tr("Run %1 is %2, not running: it cannot be completed.").arg(runId).arg(current->status));
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery ps(m_db.connection());
        ps.prepare(QStringLiteral(
            "INSERT INTO run_policies (run_id, policy_code, policy_version, evaluated, approved, flagged, "
            "over_budget, ineligible, skipped, total_fen, newly_qualifying, amount_changed, no_longer_qualifying) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const PolicySummary &p : totals.policies) {
            ps.addBindValue(runId);
            ps.addBindValue(detail::text(p.policyCode));
            ps.addBindValue(p.policyVersion);
            ps.addBindValue(p.evaluated);
            ps.addBindValue(p.approved);
            ps.addBindValue(p.flagged);
            ps.addBindValue(p.overBudget);
            ps.addBindValue(p.ineligible);
            ps.addBindValue(p.skipped);
            ps.addBindValue(qint64(p.totalFen));
            ps.addBindValue(p.newlyQualifying);
            ps.addBindValue(p.amountChanged);
            ps.addBindValue(p.noLongerQualifying);
            if (Status e = detail::exec(ps, "insert run_policies"); !e)
                return e;
        }
        QSqlQuery cs(m_db.connection());
        cs.prepare(QStringLiteral(
            "INSERT INTO run_condition_counts (run_id, policy_code, condition_id, failed) VALUES (?, ?, ?, ?)"));
        for (const ConditionCount &c : totals.conditions) {
            cs.addBindValue(runId);
            cs.addBindValue(detail::text(c.policyCode));
            cs.addBindValue(detail::text(c.conditionId));
            cs.addBindValue(c.failed);
            if (Status e = detail::exec(cs, "insert run_condition_counts"); !e)
                return e;
        }
        QSqlQuery upd(m_db.connection());
        upd.prepare(QStringLiteral(
            "UPDATE matching_runs SET status = 'completed', finished_at = ?, duration_ms = ?, load_ms = ?, "
            "evaluate_ms = ?, write_ms = ?, subjects = ?, evaluations = ?, decisions_written = ? "
            "WHERE id = ? AND status = 'running'"));
        upd.addBindValue(detail::nowText());
        upd.addBindValue(millisSince(current->startedAt));
        upd.addBindValue(totals.loadMs);
        upd.addBindValue(totals.evaluateMs);
        upd.addBindValue(totals.writeMs);
        upd.addBindValue(totals.subjects);
        upd.addBindValue(totals.evaluations);
        upd.addBindValue(totals.decisionsWritten);
        upd.addBindValue(runId);
        if (Status e = detail::exec(upd, "complete a run"); !e)
            return e;
        if (upd.numRowsAffected() != 1)
            return Status::failure(tr("Run %1 was no longer running when it was to complete.").arg(runId));
        return {};
    });
}

Status RunRepository::abort(qint64 runId, RunStatus status, const QString &message)
{
    Q_ASSERT(status == RunStatus::Cancelled || status == RunStatus::Failed);
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM decisions WHERE run_id = ?"));
        del.addBindValue(runId);
        if (Status e = detail::exec(del, "delete decisions of an aborted run"); !e)
            return e;
        QSqlQuery upd(m_db.connection());
        upd.prepare(QStringLiteral(
            "UPDATE matching_runs SET status = ?, finished_at = ?, message = ?, "
            "duration_ms = ? WHERE id = ? AND status = 'running'"));
        upd.addBindValue(runStatusName(status));
        upd.addBindValue(detail::nowText());
        upd.addBindValue(detail::text(message));
        auto current = run(runId);
        upd.addBindValue(current ? millisSince(current->startedAt) : qint64(0));
        upd.addBindValue(runId);
        return detail::exec(upd, "abort a run");
    });
}

Result<RunRecord> RunRepository::run(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM matching_runs WHERE id = ?").arg(QLatin1String(runColumns)));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<RunRecord>::failure(detail::sqlFailure(q, "read a run"));
    if (!q.next())
        return Result<RunRecord>::failure(tr("There is no matching run %1.").arg(runId));
    return readRun(q);
}

Result<std::optional<RunRecord>> RunRepository::latestCompleted(const QString &period) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM matching_runs WHERE period = ? AND status = 'completed' "
                             "ORDER BY id DESC LIMIT 1").arg(QLatin1String(runColumns)));
    q.addBindValue(period);
    if (!q.exec())
        return Result<std::optional<RunRecord>>::failure(detail::sqlFailure(q, "latest completed run"));
    if (!q.next())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(readRun(q));
}

Result<QList<RunRecord>> RunRepository::list(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM matching_runs ORDER BY id DESC LIMIT ?").arg(QLatin1String(runColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QList<RunRecord>>::failure(detail::sqlFailure(q, "list runs"));
    QList<RunRecord> runs;
    while (q.next())
        runs.append(readRun(q));
    return runs;
}

Result<QList<PolicySummary>> RunRepository::policySummaries(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT policy_code, policy_version, evaluated, approved, flagged, over_budget, ineligible, skipped, "
        "total_fen, newly_qualifying, amount_changed, no_longer_qualifying FROM run_policies "
        "WHERE run_id = ? ORDER BY policy_code"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<PolicySummary>>::failure(detail::sqlFailure(q, "policy summaries"));
    QList<PolicySummary> out;
    while (q.next()) {
        PolicySummary p;
        p.policyCode = q.value(0).toString();
        p.policyVersion = q.value(1).toInt();
        p.evaluated = q.value(2).toLongLong();
        p.approved = q.value(3).toLongLong();
        p.flagged = q.value(4).toLongLong();
        p.overBudget = q.value(5).toLongLong();
        p.ineligible = q.value(6).toLongLong();
        p.skipped = q.value(7).toLongLong();
        p.totalFen = q.value(8).toLongLong();
        p.newlyQualifying = q.value(9).toLongLong();
        p.amountChanged = q.value(10).toLongLong();
        p.noLongerQualifying = q.value(11).toLongLong();
        out.append(p);
    }
    return out;
}

Result<QList<ConditionCount>> RunRepository::conditionCounts(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT policy_code, condition_id, failed FROM run_condition_counts "
                             "WHERE run_id = ? ORDER BY policy_code, failed DESC, condition_id"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<ConditionCount>>::failure(detail::sqlFailure(q, "condition counts"));
    QList<ConditionCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

} // namespace mianshen::matching
