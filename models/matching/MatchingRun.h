#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Month.h"
#include "domain/Result.h"
#include "matching/Decision.h"
#include "matching/Engine.h"
#include "matching/ExplanationJson.h"
#include "matching/RunRepository.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

struct PlannedPolicy;

struct RunRequest final
{
    QString period;                 // "YYYY-MM"
    QStringList policyCodes;        // empty = every published policy in effect
    QString startedBy;
    int threads = 0;                // 0 = every core
    bool force = false;             // run even when nothing changed since the last completed run
};

struct RunResult final
{
    qint64 runId = 0;               // the new run, or the up-to-date one
    bool upToDate = false;          // nothing changed: no run was started, nothing written
    RunRecord run;
    QList<PolicySummary> policies;  // every policy of the run, by code (PolicySummary::reevaluated)
    QStringList reevaluated;        // policies whose inputs changed: evaluated again
    QStringList unchanged;          // policies whose decisions were kept untouched
    QList<ConditionCount> conditions;
    // Where the load time went (not stored): database -> chunks, chunks -> snapshot.
    qint64 readMs = 0;
    qint64 buildMs = 0;
    qint64 snapshotRows = 0;
};

// A whole matching run for one period, as the CLI and the Matching page start
// it: the period lock (a second run of the period is refused), the published
// versions in effect (PolicyRepository), per policy a fingerprint of what its
// decisions depend on (its code and version, the last import of each feed it
// reads and of the registries, its earlier awards, its stacking group, the
// period). Only the policies whose fingerprint differs from the one the
// period's latest completed run recorded are evaluated again (the members of
// a stacking group together); the others keep their decisions and their
// counts are carried over. Nothing differs: nothing is done. Then a run row
// (RunRepository), the snapshot of the re-evaluated policies' columns
// (SnapshotLoader), evaluation (Engine), the change sweep against the
// period's current decisions, explanations of the changes, batched writes
// (DecisionWriter), and completion, which makes the decisions visible
// together. Cancelled or failed: the run's rows go.
//
// Runs on the calling thread with its database connection; evaluation and
// reading use their own threads and connections. Progress is reported on
// the calling thread.
class MatchingRun final
{
public:
    MatchingRun(store::Database &db, const catalog::FeedCatalog &catalog);

    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Runs inside the transaction that completes the run (RunRepository::complete):
    // the CLI and the GUI set review::AwardStore::applyRun so that the run's
    // decisions become awards atomically with it.
    void setCompletionHook(CompletionHook hook) { m_completionHook = std::move(hook); }

    domain::Result<RunResult> execute(const RunRequest &request);

    // "Why (not)?" for one subject, policy and period: the stored decision
    // when there is one (its explanation as it was at the time), and a fresh
    // evaluation with its full trace, reading only that subject's rows.
    struct WhyAnswer final
    {
        std::optional<Decision> decision;   // the current award, if any; its `explanation` is the
                                            // JSON (ExplanationJson) as at decision time, rebuilt
                                            // from the stored form by ExplanationReader
        QString explanation;                // JSON (ExplanationJson) of the fresh evaluation
        bool eligibleNow = false;           // meets the conditions now (even if its stacking group is taken)
        // Qualifies, but another policy of its stacking group takes precedence
        // (earlier, or in this period by rank / amount / code).
        std::optional<StackingBlock> stacking;
    };
    domain::Result<WhyAnswer> why(domain::Month period, const QString &policyCode, const QString &subjectId);
    // The same with the period as "YYYY-MM" text (parsed here).
    domain::Result<WhyAnswer> why(const QString &period, const QString &policyCode, const QString &subjectId);

private:
    // The steps of execute(), in order; each reads and fills the run's state.
    struct Run;
    domain::Result<RunResult> keptResult(Run &run);
    domain::Status loadInputs(Run &run);
    domain::Status evaluate(Run &run);
    domain::Status sweepChanges(Run &run);
    domain::Status carryUnchanged(Run &run);
    domain::Status explainChanges(Run &run);
    domain::Status writeDecisions(Run &run);
    domain::Status carry(Run &run, const PlannedPolicy &policy, RunTotals &into);

    store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    CompletionHook m_completionHook;
};

} // namespace mianshen::matching
