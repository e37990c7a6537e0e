#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Result.h"
#include "matching/Decision.h"
#include "matching/Engine.h"
#include "matching/RunRepository.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

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
    QList<PolicySummary> policies;
    QList<ConditionCount> conditions;
    // Where the load time went (not stored): database -> chunks, chunks -> snapshot.
    qint64 readMs = 0;
    qint64 buildMs = 0;
    qint64 snapshotRows = 0;
};

// A whole matching run for one period, as the CLI and the Matching page start
// it: the published versions in effect (PolicyRepository), a fingerprint of
// every input (last import per feed, policy versions, earlier awards and
// runs) — equal to the last completed run's, nothing is done —, a run row
// (RunRepository), the snapshot (SnapshotLoader), evaluation (Engine), the
// change sweep against the period's current decisions, explanations of the
// changes, batched writes (DecisionWriter), and completion, which makes the
// decisions visible together. Cancelled or failed: the run's rows go.
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

    domain::Result<RunResult> execute(const RunRequest &request);

    // "Why (not)?" for one subject, policy and period: the stored decision
    // when there is one (its explanation as it was at the time), and a fresh
    // evaluation with its full trace, reading only that subject's rows.
    struct WhyAnswer final
    {
        std::optional<Decision> decision;   // the current award, if any
        QString explanation;                // JSON (ExplanationJson) of the fresh evaluation
        bool eligibleNow = false;
    };
    domain::Result<WhyAnswer> why(const QString &period, const QString &policyCode, const QString &subjectId);

private:
    store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace mianshen::matching
