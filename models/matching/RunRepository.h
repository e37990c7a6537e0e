#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

enum class RunStatus { Running, Completed, Cancelled, Failed };
QString runStatusName(RunStatus status);  // "running" | "completed" | "cancelled" | "failed"

// A row of matching_runs.
struct RunRecord final
{
    qint64 id = 0;
    QString period;                 // "YYYY-MM"
    QString status;                 // runStatusName()
    QString startedBy;
    QString startedAt;              // ISO 8601 UTC
    QString finishedAt;             // empty while running
    qint64 durationMs = 0;
    qint64 loadMs = 0;
    qint64 evaluateMs = 0;
    qint64 writeMs = 0;
    int threads = 1;
    qint64 subjects = 0;            // subjects read
    qint64 evaluations = 0;         // subject-policy evaluations
    qint64 decisionsWritten = 0;    // changes written by this run
    QString inputs;                 // "feed=last_import_id;..." the run reflects
    QString policies;               // "CODE=version;..." it used
    QString fingerprint;            // digest of everything its decisions depend on
    QString message;                // why it failed / was cancelled
};

// Per run and policy: the award state of the period after the run (row of run_policies).
struct PolicySummary final
{
    QString policyCode;
    int policyVersion = 0;
    qint64 evaluated = 0;           // subjects of the policy's kind looked at
    qint64 approved = 0;            // outcome auto
    qint64 flagged = 0;             // outcome review
    qint64 overBudget = 0;
    qint64 ineligible = 0;
    qint64 skipped = 0;             // schedule: already awarded once / max months reached / lost a stacking group
    std::int64_t totalFen = 0;      // sum of auto + review amounts
    qint64 newlyQualifying = 0;     // the change sweep of this run
    qint64 amountChanged = 0;
    qint64 noLongerQualifying = 0;
    // Incremental runs: the policy's fingerprint (what its decisions depend
    // on), whether this run evaluated it again, and the run whose evaluation
    // the counts come from (this run when re-evaluated; carried over from an
    // earlier run of the period when unchanged; the change sweep is then 0).
    QString fingerprint;
    bool reevaluated = true;
    qint64 evaluatedInRun = 0;
    qint64 runId = 0;               // the run this row belongs to (read side)
};

// Ineligible subjects are counted by the first condition they failed.
struct ConditionCount final
{
    QString policyCode;
    QString conditionId;
    qint64 failed = 0;
};

// Called inside the transaction that marks a run completed (after its
// summaries are written), e.g. review::AwardStore::applyRun turning the run's
// decisions into awards. A failure rolls the completion back. Matching comes
// before review in the area order, so the caller (CLI, GUI) passes it in.
using CompletionHook = std::function<domain::Status(store::Database &db, qint64 runId)>;

struct RunStart final
{
    QString period;
    QString startedBy;
    int threads = 1;
    QString inputs;
    QString policies;
    QString fingerprint;
};

struct RunTotals final
{
    qint64 loadMs = 0;
    qint64 evaluateMs = 0;
    qint64 writeMs = 0;
    qint64 subjects = 0;
    qint64 evaluations = 0;
    qint64 decisionsWritten = 0;
    QList<PolicySummary> policies;
    QList<ConditionCount> conditions;
};

// Bookkeeping of matching runs (matching_runs, run_policies,
// run_condition_counts) and the visibility rule: a run's decisions are
// visible only once complete() flips it to 'completed' in one transaction.
//
// One run per period at a time, across connections and processes: the
// period lock. PostgreSQL: a session advisory lock keyed by (a constant,
// the month), which the server drops when the session ends; SQLite: an
// open-file-description lock on the month's byte of "<database file>-runs.lock",
// which the kernel drops when the process dies. Both are also refused within
// one process while another RunRepository holds them. A second run for the
// period is refused with who started the first and when. A run row found
// 'running' while its period lock is free was left by a process that died:
// start() marks it failed and deletes its decisions.
class RunRepository final
{
public:
    explicit RunRepository(store::Database &db);
    ~RunRepository();
    RunRepository(const RunRepository &) = delete;
    RunRepository &operator=(const RunRepository &) = delete;

    // Takes the period lock (kept until complete(), abort(), unlockPeriod()
    // or destruction). Refused when another run of the period is in progress:
    // "A run for 2021-09 is already in progress, started by X at T."
    domain::Status lockPeriod(const QString &period);
    void unlockPeriod();
    bool holdsPeriodLock() const;

    // Marks runs left 'running' whose period lock is free (their process is
    // gone) as failed and deletes their decisions. Returns how many.
    domain::Result<int> abandonStaleRuns();
    // Takes the period lock if not held yet, cleans up stale runs, then
    // inserts a 'running' row; returns its id.
    domain::Result<qint64> start(const RunStart &start);
    // In one transaction: per-policy summaries, condition counts, totals,
    // status 'completed', then `hook` (if any). Decisions become visible with
    // it. Releases the lock.
    domain::Status complete(qint64 runId, const RunTotals &totals, const CompletionHook &hook = {});
    // 'cancelled' or 'failed': deletes the run's decisions, keeps the run row.
    // Releases the lock.
    domain::Status abort(qint64 runId, RunStatus status, const QString &message);

    // Per policy code, the run_policies row of the period's latest completed
    // run that has one (its fingerprint decides whether a run re-evaluates it).
    domain::Result<QHash<QString, PolicySummary>> latestPolicyStates(const QString &period) const;

    domain::Result<RunRecord> run(qint64 runId) const;
    // The latest completed run of a period, if any.
    domain::Result<std::optional<RunRecord>> latestCompleted(const QString &period) const;
    // Newest first.
    domain::Result<QList<RunRecord>> list(int limit = 200) const;
    domain::Result<QList<PolicySummary>> policySummaries(qint64 runId) const;
    domain::Result<QList<ConditionCount>> conditionCounts(qint64 runId) const;

private:
    class PeriodLock;
    store::Database &m_db;
    std::unique_ptr<PeriodLock> m_lock;
};

} // namespace mianshen::matching
