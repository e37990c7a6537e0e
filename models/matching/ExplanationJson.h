#pragma once

#include "domain/Result.h"
#include "matching/Decision.h"
#include "rules/Text.h"
#include "rules/Trace.h"

#include <QString>

#include <optional>

namespace mianshen::rules {
class PolicyNodes;
struct Policy;
}

namespace mianshen::matching {

// What matching adds to a decision's explanation after evaluation.
enum class ExplanationNote {
    None,
    OverBudget,        // qualifies, the budget ran out before it in the policy's order
    NoLongerAwarded    // withdrawn although it qualifies (budget order or stacking group)
};

// A subject that qualifies for a policy but loses its stacking group ("not
// to be enjoyed twice") to another policy of the group.
struct StackingBlock final
{
    QString group;
    QString winner;          // the policy that takes precedence
    bool earlier = false;    // awarded the winner in an earlier period (else: the winner won this period)
};

// A decision's explanation as JSON: the rules' trace with its texts, in both
// languages, plus what matching added after evaluation (budget, stacking
// group). Readers render it (render(), summary()).
//   {"policy","subject","period","status","amount_fen","flags":[...],"failed":[...],
//    "outcome":"auto|review|over_budget|null","note":{"zh","en"},
//    "stacking":{"group","winner","earlier":bool}|null,
//    "steps":[{"kind","id","label":{"zh","en"},"result","expression","details":[{"zh","en"}]}],
//    "summary":{"zh","en"},"text":{"zh","en"}}
//
// Decisions do not store this JSON (12 KB for a monthly talent award) but its
// compact form (stored(): rules::TraceRecord plus outcome, note and stacking
// winner; a few hundred bytes), and rebuild() gives back the same JSON from
// it and the published policy version the decision names. Rows written
// before the compact form (until 2026-12) hold the JSON itself; rebuild()
// returns it as stored.
class ExplanationJson final
{
public:
    static QString fromTrace(const rules::Trace &trace, std::optional<Outcome> outcome, ExplanationNote note,
                             const std::optional<StackingBlock> &stacking = std::nullopt);
    static rules::Text noteText(ExplanationNote note);
    // The compact form to store with a decision:
    //   [<rules::TraceRecord::toJson() elements>, outcome, note, stacking winner, earlier]
    // (outcome -1 none, 0 auto, 1 review, 2 over budget; trailing defaults left
    // out). A trace that holds a detail that cannot be kept as data is stored
    // as fromTrace() JSON instead.
    static QString stored(const rules::Trace &trace, std::optional<Outcome> outcome, ExplanationNote note,
                          const std::optional<StackingBlock> &stacking = std::nullopt);
    // THE way back from a stored explanation (either form) to the JSON
    // fromTrace() produced at decision time, texts rendered from `policy`,
    // the published version the decision names, and `nodes` (its numbering).
    static domain::Result<QString> rebuild(const QString &stored, const rules::Policy &policy,
                                           const rules::PolicyNodes &nodes, const QString &subjectId);
    // Whether a stored explanation is the compact form (else: full JSON).
    static bool isCompact(const QString &stored) { return stored.startsWith(QLatin1Char('[')); }

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
