#pragma once

#include "matching/Decision.h"
#include "rules/Text.h"
#include "rules/Trace.h"

#include <QString>

#include <optional>

namespace mianshen::matching {

// The stored form of a decision's explanation (decisions.explanation): a
// compact JSON object holding the rules' trace as data, in both languages,
// plus what matching added after evaluation (budget, stacking group).
//   {"policy","subject","period","status","amount_fen","flags":[...],"failed":[...],
//    "outcome":"auto|review|over_budget|null","note":{"zh","en"},
//    "steps":[{"kind","id","label":{"zh","en"},"result","expression","details":[{"zh","en"}]}],
//    "summary":{"zh","en"},"text":{"zh","en"}}
class ExplanationJson final
{
public:
    static QString fromTrace(const rules::Trace &trace, std::optional<Outcome> outcome = std::nullopt,
                             const rules::Text &note = {});
    // The explanation as text for people, in one language.
    static QString render(const QString &json, rules::Language language);
    // The one-line summary in one language.
    static QString summary(const QString &json, rules::Language language);
};

} // namespace mianshen::matching
