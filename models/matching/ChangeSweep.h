#pragma once

#include "matching/Decision.h"
#include "matching/Engine.h"
#include "matching/RunRepository.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace mianshen::matching {

// A decision a run will write: its policy (index into the run's engine
// policies) and subject (index into the snapshot; -1 when the subject is not
// in the snapshot any more).
struct PendingDecision final
{
    std::size_t policy = 0;
    std::int32_t subject = -1;
    Decision decision;
};

struct SweepResult final
{
    std::vector<PendingDecision> pending;   // new, changed, then withdrawn
    RunTotals totals;                       // per policy summaries and condition counts, evaluations
};

// The change sweep of a run: the engine's awards compared with the period's
// current decisions of the policies evaluated again. An award with no current
// decision is new; one that differs in version, outcome, amount or flags has
// changed; an unchanged one is not written again; a current decision with no
// award any more is withdrawn. Counts each policy's summary (stamped with
// `runId`) and its failed conditions. Reads no database.
[[nodiscard]] SweepResult sweepChanges(const std::vector<EnginePolicy> &policies,
                                       const std::vector<EnginePolicyResult> &results, const rules::Snapshot &snapshot,
                                       const QList<Decision> &current, const QString &period, qint64 runId);

} // namespace mianshen::matching
