#pragma once

#include "domain/Result.h"
#include "matching/DecisionStore.h"
#include "matching/Engine.h"

#include <memory>
#include <vector>

namespace mianshen::matching {

// The EnginePolicy of one published policy version in a run (or a preview)
// together with `runPolicies`: compiled against the snapshot, its earlier
// awards as the rules' inputs, the budget it spent before the period, and
// the subjects another policy of its stacking group among `runPolicies`
// awarded before. Runs and previews share it so that both decide alike.
domain::Result<EnginePolicy> prepareEnginePolicy(std::shared_ptr<const rules::Policy> policy, int version,
                                                 const std::vector<const rules::Policy *> &runPolicies,
                                                 const DecisionStore::History &history, const rules::Snapshot &snapshot);

} // namespace mianshen::matching
