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
    };

    QString policyCode;
    Text policyTitle;
    QString subjectId;
    QString period;
    Evaluation evaluation;
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
