#pragma once

#include "rules/Evaluation.h"
#include "rules/Text.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace mianshen::rules {

// How one decision was reached, step by step, in both languages: each
// condition with its label, the values it looked at and pass or fail; the
// exclusions; how the amount was derived; which flags fired and why.
struct Trace final
{
    // A value a step looked at, kept as data: a number (integer, fen,
    // hundredths, day or month index, bool) or, for a string, its text.
    struct Operand
    {
        std::int64_t number = 0;
        QString text;
        bool isText = false;
        friend bool operator==(const Operand &, const Operand &) = default;
    };
    // One detail line of a step without its text: what the policy's node
    // (PolicyNodes numbering) evaluated to, or which rule of a decision table
    // matched. TraceText renders it; TraceRecord stores it.
    struct Seen
    {
        int node = -1;          // PolicyNodes id of the node (a comparison or a value); -1 for a table
        int table = -1;         // PolicyNodes id of the table (a table rule matched, or none)
        int rule = -1;          // table: the rule that matched; -1 = none, the default applies
        bool compare = false;   // a comparison (a op b, a in list), else a value
        bool present = true;    // a value: it exists
        bool result = false;    // a comparison: it holds
        Operand a, b;           // a comparison: both sides; a value or a table rule's output: a
        friend bool operator==(const Seen &, const Seen &) = default;
    };
    struct Step
    {
        enum class Kind { Gate, Condition, Exclusion, Amount, Flag };
        enum class Result { Pass, Fail, Fired, NotFired, Value, Error };
        Kind kind = Kind::Condition;
        QString id;
        Text label;
        Result result = Result::Pass;
        QString expression;            // as written in the policy
        std::vector<Text> details;     // the values it looked at
        // details as data, one per line from an observation (the amount step
        // adds its amount line after them); empty when a value could not be
        // kept as data (the trace is then stored with its texts).
        std::vector<Seen> seen;
        bool seenComplete = true;
        std::int64_t shownAmountFen = 0; // Amount: the amount its last line shows
    };

    QString policyCode;
    Text policyTitle;
    QString subjectId;
    QString period;
    Evaluation evaluation;
    SubjectInputs inputs;              // the earlier awards the evaluation was given
    QStringList flagIds;               // the flags that fired
    QStringList failedIds;             // every condition that failed and exclusion that fired
    std::vector<Step> steps;

    QString render(Language language) const;
    // The outcome in one line, e.g. "eligible: ¥1,500.00, flags: no_bank_account".
    QString summary(Language language) const;
    // Every step with its texts in both languages, for storing with a decision:
    // {"policy", "subject", "period", "status", "amount_fen", "flags", "failed",
    //  "steps": [{"kind", "id", "label": {"zh","en"}, "result", "expression", "details": [{"zh","en"}]}]}
    QJsonObject toJson() const;
};

} // namespace mianshen::rules
