#include "matching/Engine.h"

#include "matching/AwardRules.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <map>
#include <thread>

namespace mianshen::matching {

using domain::Result;

namespace {

const rules::SubjectInputs kNoInputs{};

struct Item
{
    std::size_t policy = 0;
    std::int32_t from = 0;
    std::int32_t to = 0;
};

struct ItemResult
{
    std::vector<EngineAward> awards;
    EnginePolicyResult counts;
};

// The subjects a policy is evaluated for: registered ones, and those with a
// row in a feed the policy reads (rows of its subject kind in the snapshot).
class SubjectSet final
{
public:
    SubjectSet(const rules::Snapshot &snapshot, const rules::Policy &policy)
        : m_registered(snapshot.subjects(policy.subject).registered)
    {
        for (const rules::ColumnUse &u : policy.columnUses) {
            const rules::FeedTable *t = snapshot.table(u.feed, policy.subject);
            if (t && !t->registry && std::find(m_tables.begin(), m_tables.end(), t) == m_tables.end())
                m_tables.push_back(t);
        }
    }
    bool contains(std::int32_t s) const
    {
        if (m_registered[std::size_t(s)])
            return true;
        for (const rules::FeedTable *t : m_tables)
            if (t->end(s) > t->begin(s))
                return true;
        return false;
    }
    qint64 count(std::int32_t n) const
    {
        qint64 c = 0;
        for (std::int32_t s = 0; s < n; ++s)
            c += contains(s);
        return c;
    }

private:
    const std::vector<std::uint8_t> &m_registered;
    std::vector<const rules::FeedTable *> m_tables;
};

// The fixed work items of a run: (policy, subject range), and the subjects
// each policy is evaluated for.
struct WorkPlan
{
    std::vector<SubjectSet> subjectSets;
    std::vector<Item> items;
    qint64 total = 0;                  // evaluations to make, for the progress bar
};

WorkPlan planWork(const rules::Snapshot &snapshot, const std::vector<EnginePolicy> &policies, int chunk)
{
    WorkPlan plan;
    plan.subjectSets.reserve(policies.size());
    for (const EnginePolicy &ep : policies)
        plan.subjectSets.emplace_back(snapshot, *ep.policy);
    for (std::size_t p = 0; p < policies.size(); ++p) {
        const std::int32_t n = snapshot.subjects(policies[p].policy->subject).size();
        plan.total += plan.subjectSets[p].count(n);
        for (std::int32_t a = 0; a < n; a += chunk)
            plan.items.push_back({p, a, std::min(n, a + chunk)});
    }
    return plan;
}

// Evaluates one policy over one range of subjects.
void evaluateItem(const EnginePolicy &ep, const SubjectSet &subjects, const Item &item, std::int32_t period,
                  ItemResult &out)
{
    const rules::CompiledPolicy &cp = *ep.compiled;
    out.counts.failedByRule.assign(ep.policy->conditions.size() + ep.policy->exclusions.size(), 0);
    const bool hasInputs = !ep.inputs.empty();
    for (std::int32_t s = item.from; s < item.to; ++s) {
        if (!subjects.contains(s))
            continue;
        ++out.counts.evaluated;
        const rules::SubjectInputs *in = &kNoInputs;
        if (hasInputs) {
            const auto it = ep.inputs.find(s);
            if (it != ep.inputs.end())
                in = &it->second;
        }
        const rules::Evaluation e = cp.evaluate(s, period, *in);
        switch (e.status) {
        case rules::Evaluation::Status::Eligible:
            out.awards.push_back({s, e.amountFen, e.flags, e.flags ? Outcome::Review : Outcome::Auto});
            break;
        case rules::Evaluation::Status::Ineligible:
            ++out.counts.ineligible;
            if (e.failedIndex >= 0 && std::size_t(e.failedIndex) < out.counts.failedByRule.size())
                ++out.counts.failedByRule[std::size_t(e.failedIndex)];
            break;
        case rules::Evaluation::Status::ZeroAmount:
            ++out.counts.ineligible;
            ++out.counts.zeroAmount;
            break;
        case rules::Evaluation::Status::Error:
            ++out.counts.ineligible;
            ++out.counts.errors;
            break;
        case rules::Evaluation::Status::NotRegistered:
            --out.counts.evaluated;
            break;
        default:   // NotInEffect, AlreadyAwarded, LimitReached
            ++out.counts.skipped;
            break;
        }
    }
}

Progress evaluatingProgress(qint64 done, qint64 total, const QElapsedTimer &timer)
{
    Progress p;
    p.phase = Progress::Phase::Evaluating;
    p.done = done;
    p.total = total;
    const double secs = timer.elapsed() / 1000.0;
    p.perSecond = secs > 0 ? double(done) / secs : 0;
    p.secondsLeft = p.perSecond > 0 ? (total - done) / p.perSecond : -1;
    return p;
}

// Merges the items' results in item order, each policy's awards sorted by subject id.
std::vector<EnginePolicyResult> mergeResults(const rules::Snapshot &snapshot, const std::vector<EnginePolicy> &policies,
                                             const WorkPlan &plan, std::vector<ItemResult> &results)
{
    std::vector<EnginePolicyResult> out(policies.size());
    for (std::size_t p = 0; p < policies.size(); ++p)
        out[p].failedByRule.assign(policies[p].policy->conditions.size() + policies[p].policy->exclusions.size(), 0);
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        EnginePolicyResult &r = out[plan.items[i].policy];
        const EnginePolicyResult &c = results[i].counts;
        r.evaluated += c.evaluated;
        r.ineligible += c.ineligible;
        r.skipped += c.skipped;
        r.errors += c.errors;
        r.zeroAmount += c.zeroAmount;
        for (std::size_t k = 0; k < c.failedByRule.size(); ++k)
            r.failedByRule[k] += c.failedByRule[k];
        r.awards.insert(r.awards.end(), results[i].awards.begin(), results[i].awards.end());
        results[i] = {};
    }
    // A stable order that does not depend on the database's row order.
    for (std::size_t p = 0; p < policies.size(); ++p)
        AwardRules::sortBySubjectId(snapshot.subjects(policies[p].policy->subject), out[p].awards);
    return out;
}

// The work items on the pool's threads; progress from the calling thread.
struct Pool
{
    int threads = 1;
    const std::atomic<bool> *cancel = nullptr;
    const ProgressCallback *progress = nullptr;
};

std::vector<ItemResult> evaluateItems(const std::vector<EnginePolicy> &policies, std::int32_t period, const WorkPlan &plan,
                                      const Pool &pool, const QElapsedTimer &timer)
{
    std::vector<ItemResult> results(plan.items.size());
    std::atomic<std::size_t> next{0};
    std::atomic<qint64> done{0};
    std::atomic<int> running{0};
    auto work = [&]() {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= plan.items.size())
                break;
            if (pool.cancel && pool.cancel->load(std::memory_order_relaxed))
                break;
            const Item &item = plan.items[i];
            evaluateItem(policies[item.policy], plan.subjectSets[item.policy], item, period, results[i]);
            done.fetch_add(results[i].counts.evaluated, std::memory_order_relaxed);
        }
        running.fetch_sub(1);
    };
    const int threads = int(std::min<std::size_t>(std::size_t(pool.threads), std::max<std::size_t>(1, plan.items.size())));
    running = threads;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work);
    while (running.load() > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (*pool.progress && done.load() < plan.total)
            (*pool.progress)(evaluatingProgress(done.load(), plan.total, timer));
    }
    for (std::thread &t : workers)
        t.join();
    return results;
}

} // namespace

Engine::Engine(const rules::Snapshot &snapshot, std::vector<EnginePolicy> &policies, std::int32_t periodMonthIndex)
    : m_snapshot(snapshot), m_policies(policies), m_period(periodMonthIndex)
{
}

const rules::SubjectInputs &Engine::inputsOf(std::size_t policy, std::int32_t subject) const
{
    const auto &map = m_policies[policy].inputs;
    const auto it = map.find(subject);
    return it == map.end() ? kNoInputs : it->second;
}

rules::Trace Engine::explain(std::size_t policy, std::int32_t subject) const
{
    return m_policies[policy].compiled->explain(subject, m_period, inputsOf(policy, subject));
}

QString Engine::failedRuleId(const rules::Policy &policy, int failedIndex)
{
    const int nc = int(policy.conditions.size());
    if (failedIndex >= 0 && failedIndex < nc)
        return policy.conditions[std::size_t(failedIndex)].id;
    if (failedIndex >= nc && failedIndex < nc + int(policy.exclusions.size()))
        return policy.exclusions[std::size_t(failedIndex - nc)].id;
    return QStringLiteral("error");
}

QStringList Engine::flagIds(const rules::Policy &policy, std::uint64_t flags)
{
    QStringList ids;
    for (std::size_t i = 0; i < policy.flags.size() && i < 64; ++i)
        if (flags & (std::uint64_t(1) << i))
            ids.append(policy.flags[i].id);
    ids.sort();
    return ids;
}

Result<std::vector<EnginePolicyResult>> Engine::evaluate()
{
    using R = Result<std::vector<EnginePolicyResult>>;
    WorkPlan plan = planWork(m_snapshot, m_policies, m_chunk);
    QElapsedTimer timer;
    timer.start();
    std::vector<ItemResult> results = evaluateItems(m_policies, m_period, plan, {m_threads, m_cancel, &m_progress}, timer);
    if (m_cancel && m_cancel->load())
        return R::failure(QCoreApplication::translate("mianshen::matching::Engine", "Cancelled."));
    std::vector<EnginePolicyResult> out = mergeResults(m_snapshot, m_policies, plan, results);
    AwardRules::settleStackingGroups(m_policies, out);
    AwardRules::dropGroupTakenBefore(m_policies, out);
    if (domain::Status s = AwardRules::applyBudgets(m_snapshot, m_policies, m_period, out); !s)
        return R::failure(s.error());
    if (m_progress) {
        // The count ends at the number of evaluations made (total counts the
        // subjects of each policy, as the workers do).
        Progress pr = evaluatingProgress(plan.total, plan.total, timer);
        pr.secondsLeft = 0;
        m_progress(pr);
    }
    return out;
}

} // namespace mianshen::matching
