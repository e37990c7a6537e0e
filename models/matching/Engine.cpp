#include "matching/Engine.h"

#include "rules/ExpressionCompiler.h"

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
    // The subjects of each policy: its registry's, and those that appear in a
    // feed it reads (as its subject kind).
    std::vector<SubjectSet> subjectSets;
    subjectSets.reserve(m_policies.size());
    for (const EnginePolicy &ep : m_policies)
        subjectSets.emplace_back(m_snapshot, *ep.policy);
    // Fixed work items: (policy, subject range).
    std::vector<Item> items;
    qint64 total = 0;
    for (std::size_t p = 0; p < m_policies.size(); ++p) {
        const std::int32_t n = m_snapshot.subjects(m_policies[p].policy->subject).size();
        total += subjectSets[p].count(n);
        for (std::int32_t a = 0; a < n; a += m_chunk)
            items.push_back({p, a, std::min(n, a + m_chunk)});
    }
    std::vector<ItemResult> results(items.size());
    std::atomic<std::size_t> next{0};
    std::atomic<qint64> done{0};
    std::atomic<int> running{0};

    auto work = [&]() {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= items.size())
                break;
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                break;
            const Item &item = items[i];
            const EnginePolicy &ep = m_policies[item.policy];
            const rules::CompiledPolicy &cp = *ep.compiled;
            const SubjectSet &subjects = subjectSets[item.policy];
            ItemResult &out = results[i];
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
                const rules::Evaluation e = cp.evaluate(s, m_period, *in);
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
            done.fetch_add(out.counts.evaluated, std::memory_order_relaxed);
        }
        running.fetch_sub(1);
    };

    QElapsedTimer timer;
    timer.start();
    const int threads = int(std::min<std::size_t>(std::size_t(m_threads), std::max<std::size_t>(1, items.size())));
    running = threads;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    while (running.load() > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (m_progress && done.load() < total) {
            Progress p;
            p.phase = Progress::Phase::Evaluating;
            p.done = done.load();
            p.total = total;
            const double secs = timer.elapsed() / 1000.0;
            p.perSecond = secs > 0 ? p.done / secs : 0;
            p.secondsLeft = p.perSecond > 0 ? (total - p.done) / p.perSecond : -1;
            m_progress(p);
        }
    }
    for (std::thread &t : pool)
        t.join();
    if (m_cancel && m_cancel->load())
        return R::failure(QCoreApplication::translate("mianshen::matching::Engine", "Cancelled."));
    // Merge in item order.
    std::vector<EnginePolicyResult> out(m_policies.size());
    for (std::size_t p = 0; p < m_policies.size(); ++p)
        out[p].failedByRule.assign(m_policies[p].policy->conditions.size() + m_policies[p].policy->exclusions.size(), 0);
    for (std::size_t i = 0; i < items.size(); ++i) {
        EnginePolicyResult &r = out[items[i].policy];
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
    for (std::size_t p = 0; p < m_policies.size(); ++p) {
        const rules::SubjectTable &t = m_snapshot.subjects(m_policies[p].policy->subject);
        std::sort(out[p].awards.begin(), out[p].awards.end(),
                  [&t](const EngineAward &a, const EngineAward &b) { return idLess(t, a.subject, b.subject); });
    }

    // Stacking groups across policies.
    std::map<QString, std::vector<std::size_t>> groups;
    for (std::size_t p = 0; p < m_policies.size(); ++p)
        if (!m_policies[p].policy->stackingGroup.isEmpty())
            groups[m_policies[p].policy->stackingGroup].push_back(p);
    for (const auto &[group, members] : groups) {
        if (members.size() < 2)
            continue;
        // subject (kind, index) -> winning policy
        std::map<std::pair<int, std::int32_t>, std::size_t> best;
        std::map<std::pair<int, std::int32_t>, std::int64_t> bestAmount;
        for (std::size_t p : members) {
            const rules::Policy &pol = *m_policies[p].policy;
            for (const EngineAward &a : out[p].awards) {
                const std::pair<int, std::int32_t> key{int(pol.subject), a.subject};
                const auto it = best.find(key);
                if (it == best.end()) {
                    best[key] = p;
                    bestAmount[key] = a.amountFen;
                    continue;
                }
                const rules::Policy &cur = *m_policies[it->second].policy;
                const auto mine = std::make_tuple(pol.stackingRank, -a.amountFen, pol.code);
                const auto theirs = std::make_tuple(cur.stackingRank, -bestAmount[key], cur.code);
                if (mine < theirs) {
                    it->second = p;
                    bestAmount[key] = a.amountFen;
                }
            }
        }
        for (std::size_t p : members) {
            const rules::Policy &pol = *m_policies[p].policy;
            auto &awards = out[p].awards;
            const auto before = awards.size();
            awards.erase(std::remove_if(awards.begin(), awards.end(),
                                        [&](const EngineAward &a) { return best[{int(pol.subject), a.subject}] != p; }),
                         awards.end());
            const qint64 lost = qint64(before - awards.size());
            out[p].stackingLost += lost;
            out[p].skipped += lost;
        }
    }

    // One policy of a group per subject, also across periods.
    for (std::size_t p = 0; p < m_policies.size(); ++p) {
        const auto &taken = m_policies[p].groupTakenBefore;
        if (taken.empty())
            continue;
        auto &awards = out[p].awards;
        const auto before = awards.size();
        awards.erase(std::remove_if(awards.begin(), awards.end(),
                                    [&](const EngineAward &a) { return taken.count(a.subject) > 0; }),
                     awards.end());
        const qint64 lost = qint64(before - awards.size());
        out[p].stackingLost += lost;
        out[p].skipped += lost;
    }

    // Budgets, in each policy's stated order.
    for (std::size_t p = 0; p < m_policies.size(); ++p) {
        const rules::Policy &pol = *m_policies[p].policy;
        if (!pol.budgetFen)
            continue;
        auto &awards = out[p].awards;
        BudgetOrder order(pol, m_snapshot);
        if (!order.ok())
            return R::failure(QStringLiteral("%1: %2").arg(pol.code, order.error()));
        if (order.has()) {
            std::vector<std::pair<std::pair<int, std::int64_t>, std::size_t>> keyed;
            keyed.reserve(awards.size());
            for (std::size_t i = 0; i < awards.size(); ++i) {
                auto k = order.key(awards[i].subject, m_period, inputsOf(p, awards[i].subject));
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
        std::int64_t remaining = *pol.budgetFen - m_policies[p].spentBeforeFen;
        bool exhausted = false;
        for (EngineAward &a : awards) {
            if (!exhausted && a.amountFen <= remaining) {
                remaining -= a.amountFen;
                continue;
            }
            exhausted = true;
            a.outcome = Outcome::OverBudget;
        }
        const rules::SubjectTable &t = m_snapshot.subjects(pol.subject);
        std::sort(awards.begin(), awards.end(),
                  [&t](const EngineAward &a, const EngineAward &b) { return idLess(t, a.subject, b.subject); });
    }
    if (m_progress) {
        // The count ends at the number of evaluations made (total counts the
        // subjects of each policy, as the workers do).
        Progress pr;
        pr.phase = Progress::Phase::Evaluating;
        pr.done = pr.total = total;
        const double secs = timer.elapsed() / 1000.0;
        pr.perSecond = secs > 0 ? double(total) / secs : 0;
        pr.secondsLeft = 0;
        m_progress(pr);
    }
    return out;
}

} // namespace mianshen::matching
