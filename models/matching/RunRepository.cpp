#include "matching/RunRepository.h"

#include "audit/AuditLog.h"
#include "domain/Month.h"
#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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

// Columns: policy_code, policy_version, evaluated, approved, flagged,
// over_budget, ineligible, skipped, total_fen, newly_qualifying,
// amount_changed, no_longer_qualifying, fingerprint, reevaluated,
// evaluated_in_run, run_id.
PolicySummary readSummary(const QSqlQuery &q)
{
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
    p.fingerprint = q.value(12).toString();
    p.reevaluated = q.value(13).toInt() != 0;
    p.runId = q.value(15).toLongLong();
    p.evaluatedInRun = q.value(14).isNull() ? p.runId : q.value(14).toLongLong();
    return p;
}

qint64 millisSince(const QString &isoStart)
{
    const QDateTime start = QDateTime::fromString(isoStart, Qt::ISODateWithMs);
    if (!start.isValid())
        return 0;
    return start.msecsTo(QDateTime::currentDateTimeUtc());
}

// The audit row of a completed run, with its per-policy counts, in the
// transaction that completes it.
Status auditRunCompleted(store::Database &db, const RunRecord &run, const RunTotals &totals)
{
    QJsonArray policies;
    for (const PolicySummary &p : totals.policies)
        policies.append(QJsonObject{{QStringLiteral("policy"), p.policyCode},
                                    {QStringLiteral("version"), p.policyVersion},
                                    {QStringLiteral("evaluated"), p.evaluated},
                                    {QStringLiteral("approved"), p.approved},
                                    {QStringLiteral("flagged"), p.flagged},
                                    {QStringLiteral("over_budget"), p.overBudget},
                                    {QStringLiteral("ineligible"), p.ineligible},
                                    {QStringLiteral("skipped"), p.skipped},
                                    {QStringLiteral("total_fen"), qint64(p.totalFen)},
                                    {QStringLiteral("reevaluated"), p.reevaluated}});
    const QJsonObject after{{QStringLiteral("period"), run.period},
                            {QStringLiteral("status"), QStringLiteral("completed")},
                            {QStringLiteral("subjects"), totals.subjects},
                            {QStringLiteral("decisions_written"), totals.decisionsWritten},
                            {QStringLiteral("policies"), policies}};
    audit::AuditEntry entry;
    entry.action = QStringLiteral("run.complete");
    entry.entity = QStringLiteral("run");
    entry.entityId = QString::number(run.id);
    entry.beforeJson = QStringLiteral("{\"status\":\"running\"}");
    entry.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return audit::appendAudit(db, entry);
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

// Period locks held by this process (database identity + month): a second
// RunRepository of the same process is refused too (a PostgreSQL session may
// take its own advisory lock twice).
QMutex &heldMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &held()
{
    static QSet<QString> keys;
    return keys;
}

QString sqliteFile(const store::Database &db)
{
    const QFileInfo info(db.spec().path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString databaseIdentity(const store::Database &db)
{
    const store::ConnectionSpec &spec = db.spec();
    if (spec.dialect == store::Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqliteFile(db);
    return QStringLiteral("postgresql:%1:%2/%3").arg(spec.host).arg(spec.port).arg(spec.database);
}

// The advisory lock key: (kLockClass, month index).
constexpr int kLockClass = 0x4D534D52;   // "MSMR": Mianshen matching run

} // namespace

// One held period lock; released when destroyed.
class RunRepository::PeriodLock final
{
public:
    enum class Got { Acquired, Busy, Failed };

    static std::unique_ptr<PeriodLock> acquire(store::Database &db, const QString &period, Got &got, QString &error)
    {
        const auto month = domain::Month::parse(period);
        if (!month) {
            got = Got::Failed;
            // The context is spelled out: inside PeriodLock lupdate would file tr() under PeriodLock.
            error = QCoreApplication::translate("mianshen::matching::RunRepository",
                                                "The period must be a month written YYYY-MM, not \"%1\".")
                        .arg(period);
            return {};
        }
        std::unique_ptr<PeriodLock> lock(new PeriodLock(db, period, month->index()));
        {
            QMutexLocker locker(&heldMutex());
            if (held().contains(lock->m_key)) {
                got = Got::Busy;
                return {};
            }
            held().insert(lock->m_key);
            lock->m_registered = true;
        }
        got = lock->take(error);
        if (got != Got::Acquired)
            return {};
        return lock;
    }

    ~PeriodLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);   // drops the open file description's lock
        if (m_pgLocked) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS INTEGER), CAST(? AS INTEGER))"));
            q.addBindValue(kLockClass);
            q.addBindValue(m_month);
            (void)q.exec();
        }
        if (m_registered) {
            QMutexLocker locker(&heldMutex());
            held().remove(m_key);
        }
    }

    const QString &period() const { return m_period; }

private:
    PeriodLock(store::Database &db, QString period, int month)
        : m_db(db), m_period(std::move(period)), m_month(month),
          m_key(databaseIdentity(db) + QLatin1Char('#') + QString::number(month))
    {
    }

    Got take(QString &error)
    {
        if (m_db.dialect() == store::Dialect::Postgres) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(CAST(? AS INTEGER), CAST(? AS INTEGER))"));
            q.addBindValue(kLockClass);
            q.addBindValue(m_month);
            if (!q.exec() || !q.next()) {
                error = detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "reserve the period for this run"));
                return Got::Failed;
            }
            m_pgLocked = q.value(0).toBool();
            return m_pgLocked ? Got::Acquired : Got::Busy;
        }
        const QString path = sqliteFile(m_db) + QStringLiteral("-runs.lock");
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (m_fd < 0) {
            error = QCoreApplication::translate("mianshen::matching::RunRepository", "Cannot open the run lock file %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return Got::Failed;
        }
#ifdef F_OFD_SETLK
        struct flock fl;
        std::memset(&fl, 0, sizeof fl);
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_start = m_month;
        fl.l_len = 1;
        if (::fcntl(m_fd, F_OFD_SETLK, &fl) == 0)
            return Got::Acquired;
        const bool busy = errno == EAGAIN || errno == EACCES;
#else
        // No byte-range locks per open file: one lock for every period.
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            return Got::Acquired;
        const bool busy = errno == EWOULDBLOCK;
#endif
        if (!busy)
            error = QCoreApplication::translate("mianshen::matching::RunRepository", "Cannot lock the run lock file %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::close(m_fd);
        m_fd = -1;
        return busy ? Got::Busy : Got::Failed;
    }

    store::Database &m_db;
    QString m_period;
    int m_month = 0;
    QString m_key;
    bool m_registered = false;
    bool m_pgLocked = false;
    int m_fd = -1;
};

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

RunRepository::~RunRepository() = default;

Status RunRepository::lockPeriod(const QString &period)
{
    if (m_lock && m_lock->period() == period)
        return {};
    m_lock.reset();
    PeriodLock::Got got = PeriodLock::Got::Failed;
    QString error;
    m_lock = PeriodLock::acquire(m_db, period, got, error);
    if (got == PeriodLock::Got::Acquired)
        return {};
    if (got == PeriodLock::Got::Failed)
        return Status::failure(error);
    // Busy: say who holds it.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT started_by, started_at, id FROM matching_runs WHERE period = ? AND status = 'running' "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(period);
    if (q.exec() && q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                          : q.value(1).toString();
        return Status::failure(tr("A run for %1 is already in progress, started by %2 at %3 (run %4); "
                                  "wait for it to finish or cancel it.")
                                   .arg(period, q.value(0).toString(), when)
                                   .arg(q.value(2).toLongLong()));
    }
    return Status::failure(tr("A run for %1 is already in progress (another connection is starting it); "
                              "wait for it to finish.").arg(period));
}

void RunRepository::unlockPeriod()
{
    m_lock.reset();
}

bool RunRepository::holdsPeriodLock() const
{
    return bool(m_lock);
}

Result<int> RunRepository::abandonStaleRuns()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, period FROM matching_runs WHERE status = 'running' ORDER BY id")))
        return Result<int>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "close the runs left running")));
    QList<std::pair<qint64, QString>> running;
    while (q.next())
        running.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    // A running row is stale when nobody holds its period's lock: this
    // repository holds it, or it can be taken (and is kept until cleaned).
    QList<qint64> stale;
    std::vector<std::unique_ptr<PeriodLock>> taken;
    for (const auto &[id, period] : running) {
        if (m_lock && m_lock->period() == period) {
            stale.append(id);
            continue;
        }
        bool mine = false;
        for (const auto &t : taken)
            mine = mine || t->period() == period;
        if (mine) {
            stale.append(id);
            continue;
        }
        PeriodLock::Got got = PeriodLock::Got::Failed;
        QString error;
        auto lock = PeriodLock::acquire(m_db, period, got, error);
        if (got == PeriodLock::Got::Failed)
            return Result<int>::failure(error);
        if (got == PeriodLock::Got::Acquired) {
            taken.push_back(std::move(lock));
            stale.append(id);
        }
    }
    int cleaned = 0;
    const Status s = inTransaction(m_db, [&]() -> Status {
        for (qint64 id : stale) {
            QSqlQuery upd(m_db.connection());
            upd.prepare(QStringLiteral(
                "UPDATE matching_runs SET status = 'failed', finished_at = ?, message = ? WHERE id = ? AND status = 'running'"));
            upd.addBindValue(detail::nowText());
            upd.addBindValue(tr("The run was interrupted (the program stopped before it completed)."));
            upd.addBindValue(id);
            if (Status e = detail::exec(upd, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "mark a run left running as failed")); !e)
                return e;
            if (upd.numRowsAffected() != 1)
                continue;   // it completed meanwhile: its decisions stay
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM decisions WHERE run_id = ?"));
            del.addBindValue(id);
            if (Status e = detail::exec(del, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "delete the decisions of a run left running")); !e)
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
    if (Status locked = lockPeriod(start.period); !locked)
        return Result<qint64>::failure(locked.error());
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
            return Status::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "start the run")));
        id = q.value(0).toLongLong();
        return {};
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status RunRepository::complete(qint64 runId, const RunTotals &totals, const CompletionHook &hook)
{
    auto current = run(runId);
    if (!current)
        return Status::failure(current.error());
    if (current->status != QLatin1String("running"))
        return Status::failure(tr("Run %1 is %2, not running: it cannot be completed.").arg(runId).arg(current->status));
    const Status done = inTransaction(m_db, [&]() -> Status {
        QSqlQuery ps(m_db.connection());
        ps.prepare(QStringLiteral(
            "INSERT INTO run_policies (run_id, policy_code, policy_version, evaluated, approved, flagged, "
            "over_budget, ineligible, skipped, total_fen, newly_qualifying, amount_changed, no_longer_qualifying, "
            "fingerprint, reevaluated, evaluated_in_run) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
            ps.addBindValue(detail::text(p.fingerprint));
            ps.addBindValue(p.reevaluated ? 1 : 0);
            ps.addBindValue(p.reevaluated || p.evaluatedInRun <= 0 ? runId : p.evaluatedInRun);
            if (Status e = detail::exec(ps, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "write the run's policy summaries")); !e)
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
            if (Status e = detail::exec(cs, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "write the counts by failed condition")); !e)
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
        if (Status e = detail::exec(upd, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "complete the run")); !e)
            return e;
        if (upd.numRowsAffected() != 1)
            return Status::failure(tr("Run %1 was no longer running when it was to complete.").arg(runId));
        if (Status a = auditRunCompleted(m_db, current.value(), totals); !a)
            return a;
        if (hook)
            return hook(m_db, runId);
        return {};
    });
    if (done && m_lock && m_lock->period() == current->period)
        m_lock.reset();
    return done;
}

Status RunRepository::abort(qint64 runId, RunStatus status, const QString &message)
{
    Q_ASSERT(status == RunStatus::Cancelled || status == RunStatus::Failed);
    const Status done = inTransaction(m_db, [&]() -> Status {
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM decisions WHERE run_id = ?"));
        del.addBindValue(runId);
        if (Status e = detail::exec(del, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "delete the decisions of the stopped run")); !e)
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
        return detail::exec(upd, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "stop the run"));
    });
    m_lock.reset();
    return done;
}

Result<RunRecord> RunRepository::run(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM matching_runs WHERE id = ?").arg(QLatin1String(runColumns)));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<RunRecord>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the run")));
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
        return Result<std::optional<RunRecord>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the latest completed run")));
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
        return Result<QList<RunRecord>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "list the runs")));
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
        "total_fen, newly_qualifying, amount_changed, no_longer_qualifying, fingerprint, reevaluated, "
        "evaluated_in_run, run_id FROM run_policies WHERE run_id = ? ORDER BY policy_code"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<PolicySummary>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the policy summaries")));
    QList<PolicySummary> out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

Result<QHash<QString, PolicySummary>> RunRepository::latestPolicyStates(const QString &period) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.policy_code, p.policy_version, p.evaluated, p.approved, p.flagged, p.over_budget, p.ineligible, "
        "p.skipped, p.total_fen, p.newly_qualifying, p.amount_changed, p.no_longer_qualifying, p.fingerprint, "
        "p.reevaluated, p.evaluated_in_run, p.run_id FROM run_policies p JOIN matching_runs r ON r.id = p.run_id "
        "WHERE r.period = ? AND r.status = 'completed' ORDER BY p.run_id"));
    q.addBindValue(period);
    if (!q.exec())
        return Result<QHash<QString, PolicySummary>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the policies' latest states")));
    QHash<QString, PolicySummary> out;
    while (q.next()) {
        PolicySummary p = readSummary(q);
        out.insert(p.policyCode, p);
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
        return Result<QList<ConditionCount>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the counts by failed condition")));
    QList<ConditionCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

} // namespace mianshen::matching
