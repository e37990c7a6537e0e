#pragma once

#include "rules/Evaluation.h"
#include "rules/Policy.h"
#include "rules/Snapshot.h"
#include "rules/Trace.h"

#include "domain/Result.h"

#include <memory>

namespace mianshen::rules {

class ExpressionCompiler;
class PolicyNodes;

// A checked policy compiled against one Snapshot: closures that read the
// snapshot's arrays directly. Thread-safe for evaluation (const, no shared
// mutable state); the Policy and the Snapshot must outlive it.
//
//   evaluate(): the fast path for bulk matching (no trace, no allocation);
//   explain():  the same decision with a full trace (for the UI, reviewers,
//               `policy test` and the decision's stored explanation).
class CompiledPolicy final
{
public:
    static domain::Result<std::shared_ptr<const CompiledPolicy>> compile(const Policy &policy, const Snapshot &snapshot);
    ~CompiledPolicy();

    const Policy &policy() const { return m_policy; }
    Evaluation evaluate(std::int32_t subject, std::int32_t periodMonthIndex, const SubjectInputs &inputs) const;
    Trace explain(std::int32_t subject, std::int32_t periodMonthIndex, const SubjectInputs &inputs) const;
    // The numbering of the policy's nodes its traces use (Trace::Seen).
    const PolicyNodes &nodes() const { return *m_nodes; }

private:
    struct Program;
    CompiledPolicy(const Policy &policy, const Snapshot &snapshot);
    const Policy &m_policy;
    const Snapshot &m_snapshot;
    std::unique_ptr<Program> m_fast;
    std::unique_ptr<Program> m_explain;
    std::unique_ptr<const PolicyNodes> m_nodes;
};

} // namespace mianshen::rules
