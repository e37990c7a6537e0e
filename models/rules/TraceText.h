#pragma once

#include "rules/Evaluation.h"
#include "rules/Text.h"
#include "rules/Trace.h"
#include "rules/Type.h"

#include <vector>

namespace mianshen::rules {

class PolicyNodes;
struct Policy;

// The texts of an explanation, in both languages, from what a step saw and
// the policy: used when a decision is explained (CompiledPolicy::explain)
// and when a stored one is rebuilt (TraceRecord::rebuild), so both give the
// same words.
class TraceText final
{
public:
    // One detail line: "expr: a op b is true", "name = value", a table rule.
    static Text detail(const Trace::Seen &seen, const PolicyNodes &nodes);
    static Text gateLabel(Evaluation::Status status, const Policy &policy);
    static std::vector<Text> gateDetails(const Policy &policy, const SubjectInputs &inputs);
    static Text amountLabel(const Policy &policy);
    static Text amountDetail(std::int64_t amountFen);
    // A value of a type, as explanations show it ('text', ¥1.00, 2021-09, ...).
    static QString value(const Type &type, bool present, const Trace::Operand &v, Language language);
};

} // namespace mianshen::rules
