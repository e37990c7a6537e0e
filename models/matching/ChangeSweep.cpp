#include "matching/ChangeSweep.h"

#include <map>
#include <tuple>

namespace mianshen::matching {

namespace {

QString periodColumn(const rules::Policy &p, const QString &period)
{
    return p.schedule == rules::Policy::Schedule::Monthly ? period : QString();
}

} // namespace

SweepResult sweepChanges(const std::vector<EnginePolicy> &policies, const std::vector<EnginePolicyResult> &results,
                         const rules::Snapshot &snapshot, const QList<Decision> &current, const QString &period, qint64 runId)
{
    std::map<std::tuple<QString, QString, QString>, const Decision *> before;
    for (const Decision &d : current)
        before[{d.policyCode, d.subjectId, d.period}] = &d;

    SweepResult out;
    std::vector<PendingDecision> &pending = out.pending;
    RunTotals &totals = out.totals;
    for (std::size_t p = 0; p < policies.size(); ++p) {
        const rules::Policy &pol = *policies[p].policy;
        const EnginePolicyResult &res = results[p];
        const rules::SubjectTable &subjects = snapshot.subjects(pol.subject);
        const QString periodCol = periodColumn(pol, period);
        PolicySummary sum;
        sum.policyCode = pol.code;
        sum.policyVersion = policies[p].version;
        sum.evaluated = res.evaluated;
        sum.ineligible = res.ineligible;
        sum.skipped = res.skipped;
        sum.reevaluated = true;
        sum.evaluatedInRun = runId;
        sum.runId = runId;
        for (const EngineAward &a : res.awards) {
            switch (a.outcome) {
            case Outcome::Auto: ++sum.approved; sum.totalFen += a.amountFen; break;
            case Outcome::Review: ++sum.flagged; sum.totalFen += a.amountFen; break;
            case Outcome::OverBudget: ++sum.overBudget; break;
            }
            Decision d;
            d.policyCode = pol.code;
            d.policyVersion = policies[p].version;
            d.subjectId = subjects.id(a.subject);
            d.period = periodCol;
            d.outcome = a.outcome;
            d.amountFen = a.amountFen;
            d.flags = Engine::flagIds(pol, a.flags);
            const auto it = before.find({d.policyCode, d.subjectId, d.period});
            if (it == before.end()) {
                d.change = Change::New;
                ++sum.newlyQualifying;
            } else {
                const Decision &old = *it->second;
                const bool same = old.policyVersion == d.policyVersion && old.outcome == d.outcome
                    && old.amountFen == d.amountFen && old.flags == d.flags;
                before.erase(it);
                if (same)
                    continue;
                d.change = Change::Changed;
                d.previousAmountFen = old.amountFen;
                ++sum.amountChanged;
            }
            pending.push_back({p, a.subject, std::move(d)});
        }
        for (std::size_t k = 0; k < res.failedByRule.size(); ++k)
            if (res.failedByRule[k] > 0)
                totals.conditions.append({pol.code, Engine::failedRuleId(pol, int(k)), res.failedByRule[k]});
        if (res.zeroAmount > 0)
            totals.conditions.append({pol.code, QStringLiteral("zero_amount"), res.zeroAmount});
        if (res.errors > 0)
            totals.conditions.append({pol.code, QStringLiteral("error"), res.errors});
        totals.evaluations += res.evaluated;
        totals.policies.append(sum);
    }
    // Whatever is left no longer qualifies.
    for (const auto &[key, old] : before) {
        std::size_t p = 0;
        while (p < policies.size() && policies[p].policy->code != old->policyCode)
            ++p;
        if (p == policies.size())
            continue;
        Decision d;
        d.policyCode = old->policyCode;
        d.policyVersion = policies[p].version;
        d.subjectId = old->subjectId;
        d.period = old->period;
        d.change = Change::Withdrawn;
        d.previousAmountFen = old->amountFen;
        for (PolicySummary &s : totals.policies)
            if (s.policyCode == d.policyCode)
                ++s.noLongerQualifying;
        pending.push_back({p, snapshot.subjects(policies[p].policy->subject).find(old->subjectId), std::move(d)});
    }
    return out;
}

} // namespace mianshen::matching
