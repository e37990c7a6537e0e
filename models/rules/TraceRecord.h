#pragma once

#include "rules/Evaluation.h"
#include "rules/Trace.h"

#include "domain/Result.h"

#include <QJsonArray>

#include <optional>
#include <vector>

namespace mianshen::rules {

class PolicyNodes;
struct Policy;

// A Trace without its texts: the evaluation's outcome, the earlier awards it
// was given, and per step its result and what it saw (Trace::Seen). With the
// policy the trace came from, rebuild() gives back the very Trace that
// CompiledPolicy::explain produced (labels, expressions, every detail line,
// in both languages). A few hundred bytes where the texts take kilobytes.
struct TraceRecord final
{
    std::int32_t period = 0;          // month index
    Evaluation evaluation;            // status, amount, failed index, error position (flags: from the steps)
    SubjectInputs inputs;             // awarded months and count (the gate's details)
    std::int64_t shownAmountFen = 0;  // the amount step's last line
    struct Step
    {
        Trace::Step::Result result = Trace::Step::Result::Pass;
        std::vector<Trace::Seen> seen;
    };
    std::vector<Step> steps;          // in the order explain() takes them: gate, conditions, exclusions, amount, flags

    // Empty when a step holds a detail that could not be kept as data.
    static std::optional<TraceRecord> of(const Trace &trace);
    Trace rebuild(const Policy &policy, const PolicyNodes &nodes, const QString &subjectId) const;

    // Terse JSON: [period, status, amount, failed index, error position,
    // awarded months, awarded count, shown amount, [step, ...]], a step
    // [result, seen, ...], a seen value [node, a, b, holds] (a comparison),
    // [node, a] / [node] (a value, present or not), [-1 - table, rule, a] /
    // [-1 - table] (a table rule matched / none); a string value is a JSON
    // string, any other a number.
    QJsonArray toJson() const;
    static domain::Result<TraceRecord> fromJson(const QJsonArray &array);
};

} // namespace mianshen::rules
