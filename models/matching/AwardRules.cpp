#include "matching/AwardRules.h"

#include "rules/ExpressionCompiler.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <tuple>

namespace mianshen::matching {

namespace {

const rules::SubjectInputs kNoInputs{};

const rules::SubjectInputs &inputsOf(const EnginePolicy &policy, std::int32_t subject)
{
    const auto it = policy.inputs.find(subject);
    return it == policy.inputs.end() ? kNoInputs : it->second;
}

bool idLess(const rules::SubjectTable &t, std::int32_t a, std::int32_t b)
{
    return std::memcmp(t.ids[std::size_t(a)].data(), t.ids[std::size_t(b)].data(), 18) < 0;
}

// The policy's budget order, evaluated with the rules' own expression compiler.
class BudgetOrder final
{
public:
    BudgetOrder(const rules::Policy &policy, const rules::Snapshot &snapshot)
        : m_policy(policy), m_snapshot(snapshot), m_compiler(policy, snapshot, false)
    {
        if (!policy.budgetOrderBy || !policy.budgetOrderBy->root)
            return;
        for (const rules::Definition &d : policy.definitions)
            m_compiler.addDefinition(d);
        m_compiler.setExpression(&*policy.budgetOrderBy);
        if (policy.budgetOrderBy->type.optional)
            m_optional = m_compiler.optional(*policy.budgetOrderBy->root);
        else
            m_scalar = m_compiler.scalar(*policy.budgetOrderBy->root);
    }
    bool ok() const { return m_compiler.ok(); }
    QString error() const { return m_compiler.error(); }
    bool has() const { return bool(m_scalar) || bool(m_optional); }

    // Absent values sort last.
    std::pair<int, std::int64_t> key(std::int32_t subject, std::int32_t period, const rules::SubjectInputs &in) const
    {
        rules::Frame f;
        f.snapshot = &m_snapshot;
        f.subject = subject;
        f.period = period;
        f.inputs = &in;
        std::memset(f.defState, 0, sizeof f.defState);
        if (m_scalar)
            return {0, m_scalar(f)};
        std::int64_t v = 0;
        if (m_optional && m_optional(f, v))
            return {0, v};
        return {1, 0};
    }

private:
    const rules::Policy &m_policy;
    const rules::Snapshot &m_snapshot;
    rules::ExpressionCompiler m_compiler;
    rules::Fn m_scalar;
    rules::OptFn m_optional;
};

} // namespace

void AwardRules::sortBySubjectId(const rules::SubjectTable &subjects, std::vector<EngineAward> &awards)
{
    std::sort(awards.begin(), awards.end(),
              [&subjects](const EngineAward &a, const EngineAward &b) { return idLess(subjects, a.subject, b.subject); });
}

void AwardRules::settleStackingGroups(const std::vector<EnginePolicy> &policies, std::vector<EnginePolicyResult> &results)
{
    // Stacking groups across policies.
    std::map<QString, std::vector<std::size_t>> groups;
    for (std::size_t p = 0; p < policies.size(); ++p)
        if (!policies[p].policy->stackingGroup.isEmpty())
            groups[policies[p].policy->stackingGroup].push_back(p);
    for (const auto &[group, members] : groups) {
        if (members.size() < 2)
            continue;
        // subject (kind, index) -> winning policy
        std::map<std::pair<int, std::int32_t>, std::size_t> best;
        std::map<std::pair<int, std::int32_t>, std::int64_t> bestAmount;
        for (std::size_t p : members) {
            const rules::Policy &pol = *policies[p].policy;
            for (const EngineAward &a : results[p].awards) {
                const std::pair<int, std::int32_t> key{int(pol.subject), a.subject};
                const auto it = best.find(key);
                if (it == best.end()) {
                    best[key] = p;
                    bestAmount[key] = a.amountFen;
                    continue;
                }
                const rules::Policy &cur = *policies[it->second].policy;
                const auto mine = std::make_tuple(pol.stackingRank, -a.amountFen, pol.code);
                const auto theirs = std::make_tuple(cur.stackingRank, -bestAmount[key], cur.code);
                if (mine < theirs) {
                    it->second = p;
                    bestAmount[key] = a.amountFen;
                }
            }
        }
        for (std::size_t p : members) {
            const rules::Policy &pol = *policies[p].policy;
            auto &awards = results[p].awards;
            const auto before = awards.size();
            awards.erase(std::remove_if(awards.begin(), awards.end(),
                                        [&](const EngineAward &a) { return best[{int(pol.subject), a.subject}] != p; }),
                         awards.end());
            const qint64 lost = qint64(before - awards.size());
            results[p].stackingLost += lost;
            results[p].skipped += lost;
        }
    }
}

void AwardRules::dropGroupTakenBefore(const std::vector<EnginePolicy> &policies, std::vector<EnginePolicyResult> &results)
{
    // One policy of a group per subject, also across periods.
    for (std::size_t p = 0; p < policies.size(); ++p) {
        const auto &taken = policies[p].groupTakenBefore;
        if (taken.empty())
            continue;
        auto &awards = results[p].awards;
        const auto before = awards.size();
        awards.erase(std::remove_if(awards.begin(), awards.end(),
                                    [&](const EngineAward &a) { return taken.count(a.subject) > 0; }),
                     awards.end());
        const qint64 lost = qint64(before - awards.size());
        results[p].stackingLost += lost;
        results[p].skipped += lost;
    }
}

domain::Status AwardRules::applyBudgets(const rules::Snapshot &snapshot, const std::vector<EnginePolicy> &policies,
                                        std::int32_t periodMonthIndex, std::vector<EnginePolicyResult> &results)
{
    // Budgets, in each policy's stated order.
    for (std::size_t p = 0; p < policies.size(); ++p) {
        const rules::Policy &pol = *policies[p].policy;
        if (!pol.budgetFen)
            continue;
        auto &awards = results[p].awards;
        BudgetOrder order(pol, snapshot);
        if (!order.ok())
            return domain::Status::failure(QStringLiteral("%1: %2").arg(pol.code, order.error()));
        if (order.has()) {
            std::vector<std::pair<std::pair<int, std::int64_t>, std::size_t>> keyed;
            keyed.reserve(awards.size());
            for (std::size_t i = 0; i < awards.size(); ++i) {
                auto k = order.key(awards[i].subject, periodMonthIndex, inputsOf(policies[p], awards[i].subject));
                if (pol.budgetOrder == rules::Policy::BudgetOrder::Descending && k.first == 0)
                    k.second = -k.second;
                keyed.push_back({k, i});   // i = position in subject-id order: the tie break
            }
            std::stable_sort(keyed.begin(), keyed.end());
            std::vector<EngineAward> sorted;
            sorted.reserve(awards.size());
            for (const auto &k : keyed)
                sorted.push_back(awards[k.second]);
            awards = std::move(sorted);
        }
        std::int64_t remaining = *pol.budgetFen - policies[p].spentBeforeFen;
        bool exhausted = false;
        for (EngineAward &a : awards) {
            if (!exhausted && a.amountFen <= remaining) {
                remaining -= a.amountFen;
                continue;
            }
            exhausted = true;
            a.outcome = Outcome::OverBudget;
        }
        sortBySubjectId(snapshot.subjects(pol.subject), awards);
    }
    return {};
}

} // namespace mianshen::matching
