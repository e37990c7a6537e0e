#include "matching/EnginePolicyPreparation.h"

#include "rules/CompiledPolicy.h"

namespace mianshen::matching {

domain::Result<EnginePolicy> prepareEnginePolicy(std::shared_ptr<const rules::Policy> policy, int version,
                                                 const std::vector<const rules::Policy *> &runPolicies,
                                                 const DecisionStore::History &history, const rules::Snapshot &snapshot)
{
    const rules::Policy &pol = *policy;
    auto compiled = rules::CompiledPolicy::compile(pol, snapshot);
    if (!compiled)
        return domain::Result<EnginePolicy>::failure(compiled.error());
    EnginePolicy ep;
    ep.policy = std::move(policy);
    ep.version = version;
    ep.compiled = compiled.value();
    ep.spentBeforeFen = history.spentFen.value(pol.code);
    const rules::SubjectTable &subjects = snapshot.subjects(pol.subject);
    const auto byPolicy = history.byPolicy.constFind(pol.code);
    if (byPolicy != history.byPolicy.constEnd()) {
        for (auto it = byPolicy->constBegin(); it != byPolicy->constEnd(); ++it) {
            const std::int32_t s = subjects.find(it.key());
            if (s >= 0)
                ep.inputs[s] = it.value().inputs();
        }
    }
    if (!pol.stackingGroup.isEmpty()) {
        for (const rules::Policy *other : runPolicies) {
            if (other->code == pol.code || other->stackingGroup != pol.stackingGroup)
                continue;
            const auto taken = history.byPolicy.constFind(other->code);
            if (taken == history.byPolicy.constEnd())
                continue;
            for (auto it = taken->constBegin(); it != taken->constEnd(); ++it) {
                const std::int32_t s = subjects.find(it.key());
                if (s >= 0 && it.value().count > 0)
                    ep.groupTakenBefore.insert(s);
            }
        }
    }
    return ep;
}

} // namespace mianshen::matching
