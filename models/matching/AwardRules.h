#pragma once

#include "domain/Result.h"
#include "matching/Engine.h"

#include <cstdint>
#include <vector>

namespace mianshen::matching {

// What the engine does after evaluation, in this order, each step on the
// merged per-policy results (awards sorted by subject id):
//  1. settleStackingGroups: of the policies sharing a stacking group that a
//     subject qualifies for in the run, the lowest stacking rank wins, then the
//     larger amount, then the policy code; the others count as skipped;
//  2. dropGroupTakenBefore: subjects awarded before the period by another
//     member of the group are skipped (one policy of a group per subject);
//  3. applyBudgets: the budget minus what was awarded before the period, served
//     in the policy's budget order; from the first award that no longer fits,
//     every later one is over budget. The awards end sorted by subject id.
class AwardRules final
{
public:
    static void settleStackingGroups(const std::vector<EnginePolicy> &policies, std::vector<EnginePolicyResult> &results);
    static void dropGroupTakenBefore(const std::vector<EnginePolicy> &policies, std::vector<EnginePolicyResult> &results);
    [[nodiscard]] static domain::Status applyBudgets(const rules::Snapshot &snapshot, const std::vector<EnginePolicy> &policies,
                                                     std::int32_t periodMonthIndex, std::vector<EnginePolicyResult> &results);
    // By the subjects' 18-character ids, as stored.
    static void sortBySubjectId(const rules::SubjectTable &subjects, std::vector<EngineAward> &awards);
};

} // namespace mianshen::matching
