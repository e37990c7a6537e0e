#pragma once

#include "domain/Result.h"
#include "matching/Decision.h"
#include "rules/CompiledPolicy.h"
#include "rules/Evaluation.h"
#include "rules/Policy.h"
#include "rules/Snapshot.h"
#include "rules/Trace.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mianshen::matching {

// Where a run is, for a progress bar. Reported from the thread that called
// Engine::evaluate() / MatchingRun::execute(), never from a worker.
struct Progress final
{
    enum class Phase { Loading, Evaluating, Writing, Done };
    Phase phase = Phase::Loading;
    qint64 done = 0;              // subject-policy evaluations so far (Evaluating)
    qint64 total = 0;
    double perSecond = 0;         // evaluations per second so far
    double secondsLeft = -1;      // estimate; -1 = unknown
};
using ProgressCallback = std::function<void(const Progress &)>;

// One published policy version taking part in a run, compiled against the
// run's snapshot.
struct EnginePolicy final
{
    std::shared_ptr<const rules::Policy> policy;
    int version = 0;                                   // the published version
    std::shared_ptr<const rules::CompiledPolicy> compiled;
    // Earlier awards (rules' engine inputs) of subjects that have any, by subject index.
    std::unordered_map<std::int32_t, rules::SubjectInputs> inputs;
    std::int64_t spentBeforeFen = 0;                   // budget used by earlier periods
    // Subjects awarded before the period by another policy of the same
    // stacking group: this policy skips them (one policy of a group per subject).
    std::unordered_set<std::int32_t> groupTakenBefore;
};

// A qualifying subject after schedules, stacking and budget.
struct EngineAward final
{
    std::int32_t subject = 0;
    std::int64_t amountFen = 0;
    std::uint64_t flags = 0;                           // bit i = policy.flags[i]
    Outcome outcome = Outcome::Auto;
};

struct EnginePolicyResult final
{
    std::vector<EngineAward> awards;                   // sorted by subject id
    qint64 evaluated = 0;                              // registered subjects and those in a feed it reads
    qint64 ineligible = 0;                             // a condition failed / an exclusion fired / zero amount / error
    qint64 skipped = 0;                                // already awarded, max months, lost its stacking group
    qint64 stackingLost = 0;
    qint64 errors = 0;
    std::vector<qint64> failedByRule;                  // per condition, then exclusion
    qint64 zeroAmount = 0;
};

// Evaluates the compiled policies of one period over every subject of their
// kind that is registered or appears in a feed the policy reads, in parallel chunks of subjects on `threads` threads. The
// result does not depend on the thread count: chunks are fixed and merged in
// order, and everything after evaluation (stacking groups, then budgets in
// each policy's stated order) is sequential and ordered by stable keys.
//
// Stacking: of the policies sharing a stacking group that a subject qualifies
// for in the run, the lowest stacking rank wins, then the larger amount, then
// the policy code; the others count as skipped.
// Budget: the policy's budget minus what it awarded before the period;
// awards are served in the policy's budget order (its order-by expression,
// ascending or descending; subject id breaks ties); from the first award that
// no longer fits, every later one is over budget.
class Engine final
{
public:
    Engine(const rules::Snapshot &snapshot, std::vector<EnginePolicy> &policies, std::int32_t periodMonthIndex);

    void setThreads(int threads) { m_threads = qMax(1, threads); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    // Subjects per work item (default 8192).
    void setChunkSize(int subjects) { m_chunk = qMax(1, subjects); }

    // One result per policy, in the order given.
    domain::Result<std::vector<EnginePolicyResult>> evaluate();

    // The same decision for one subject with its full trace.
    rules::Trace explain(std::size_t policy, std::int32_t subject) const;
    const rules::SubjectInputs &inputsOf(std::size_t policy, std::int32_t subject) const;

    // The id of a condition / exclusion by failedIndex, or "error".
    static QString failedRuleId(const rules::Policy &policy, int failedIndex);
    // Flag ids of a bit set, sorted.
    static QStringList flagIds(const rules::Policy &policy, std::uint64_t flags);

private:
    const rules::Snapshot &m_snapshot;
    std::vector<EnginePolicy> &m_policies;
    std::int32_t m_period;
    int m_threads = 1;
    int m_chunk = 8192;
    const std::atomic<bool> *m_cancel = nullptr;
    ProgressCallback m_progress;
};

} // namespace mianshen::matching
