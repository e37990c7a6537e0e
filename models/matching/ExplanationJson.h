#pragma once

#include "matching/Decision.h"
#include "rules/Text.h"
#include "rules/Trace.h"

#include <QString>

#include <optional>

namespace mianshen::matching {

// A subject that qualifies for a policy but loses its stacking group ("not
// to be enjoyed twice") to another policy of the group.
struct StackingBlock final
{
    QString group;
    QString winner;          // the policy that takes precedence
    bool earlier = false;    // awarded the winner in an earlier period (else: the winner won this period)
};

// The stored form of a decision's explanation (decisions.explanation): a
// compact JSON object holding the rules' trace as data, in both languages,
// plus what matching added after evaluation (budget, stacking group).
//   {"policy","subject","period","status","amount_fen","flags":[...],"failed":[...],
//    "outcome":"auto|review|over_budget|null","note":{"zh","en"},
//    "stacking":{"group","winner","earlier":bool}|null,
//    "steps":[{"kind","id","label":{"zh","en"},"result","expression","details":[{"zh","en"}]}],
//    "summary":{"zh","en"},"text":{"zh","en"}}
class ExplanationJson final
{
public:
    // A stacking block adds its note (stackingNote) after `note`.
    static QString fromTrace(const rules::Trace &trace, std::optional<Outcome> outcome = std::nullopt,
                             const rules::Text &note = {}, const std::optional<StackingBlock> &stacking = std::nullopt);
    // "Stacking group G: policy W takes precedence ..." in both languages.
    static rules::Text stackingNote(const StackingBlock &block);
    // The stacking block a stored explanation records, if any.
    static std::optional<StackingBlock> stacking(const QString &json);
    // The explanation as text for people, in one language.
    static QString render(const QString &json, rules::Language language);
    // The one-line summary in one language.
    static QString summary(const QString &json, rules::Language language);
};

} // namespace mianshen::matching
