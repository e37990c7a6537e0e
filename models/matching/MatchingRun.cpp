#include "matching/MatchingRun.h"
#include "staff/Authorization.h"

#include "domain/Month.h"
#include "matching/DecisionStore.h"
#include "matching/EnginePolicyPreparation.h"
#include "matching/DecisionWriter.h"
#include "matching/ExplanationJson.h"
#include "matching/ExplanationReader.h"
#include "matching/PolicyRepository.h"
#include "matching/RunPlan.h"
#include "matching/ChangeSweep.h"
#include "matching/SnapshotLoader.h"
#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>

namespace mianshen::matching {

using domain::Result;
using domain::Status;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::matching::MatchingRun", text);
}

// Runs `job(i)` for i in [0, n) on `threads` threads.
template <typename Job>
void parallelFor(std::size_t n, int threads, Job job)
{
    std::atomic<std::size_t> next{0};
    auto work = [&]() {
        for (std::size_t i; (i = next.fetch_add(1)) < n;)
            job(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && std::size_t(t) < n; ++t)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
}

} // namespace

MatchingRun::MatchingRun(store::Database &db, const catalog::FeedCatalog &catalog) : m_db(db), m_catalog(catalog) {}

// One execution's state, handed from step to step.
struct MatchingRun::Run
{
    Run(store::Database &db, const RunRequest &request) : request(request), runs(db) {}

    const RunRequest &request;
    domain::Month month;
    int threads = 1;
    RunRepository runs;
    RunPlan plan;
    qint64 runId = 0;
    std::vector<const PlannedPolicy *> work;            // the policies evaluated again
    std::optional<rules::Snapshot> snapshot;            // their columns
    SnapshotLoader::Stats loadStats;
    std::optional<DecisionStore::History> earlier;      // earlier awards, before the period
    std::vector<EnginePolicy> enginePolicies;           // `work`, compiled
    std::vector<EnginePolicyResult> evaluated;
    SweepResult sweep;
    QHash<qint64, QList<ConditionCount>> conditionsOfRun;
    QElapsedTimer phase;
    qint64 loadMs = 0;
    qint64 evaluateMs = 0;
    RunResult result;
};

namespace {

bool byCode(const PolicySummary &a, const PolicySummary &b)
{
    return a.policyCode < b.policyCode;
}

} // namespace

Result<RunResult> MatchingRun::execute(const RunRequest &request)
{
    using R = Result<RunResult>;
    if (Status allowed = staff::authorize(m_db, staff::Action::RunMatching); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    Run run(m_db, request);
    const auto month = domain::Month::parse(request.period);
    if (!month)
        return R::failure(tr("The period must be a month written YYYY-MM, not \"%1\".").arg(request.period));
    run.month = *month;
    run.threads = request.threads > 0 ? request.threads : qMax(1, QThread::idealThreadCount());

    // 1. One run per period at a time: a second one is refused here.
    if (Status locked = run.runs.lockPeriod(request.period); !locked)
        return R::failure(locked.error());
    // 2. The published versions in effect, loaded and checked.
    auto plan = planRun(m_db, m_catalog, run.month, request.policyCodes);
    if (!plan)
        return R::failure(plan.error());
    run.plan = std::move(plan.value());
    // 3. Per policy, what its decisions depend on; unchanged since the run
    // that last evaluated it: its decisions stay untouched.
    if (Status s = fingerprintRun(m_db, run.plan, request.force); !s)
        return R::failure(s.error());
    if (run.plan.upToDate())
        return keptResult(run);

    // 4. A running run.
    auto started = run.runs.start({request.period, request.startedBy, run.threads, run.plan.inputs,
                                   run.plan.policyVersions, run.plan.fingerprint});
    if (!started)
        return R::failure(started.error());
    run.runId = started.value();
    // 5.-10. Cancelled or failed, the run's rows go.
    for (auto step : {&MatchingRun::loadInputs, &MatchingRun::evaluate, &MatchingRun::sweepChanges,
                      &MatchingRun::carryUnchanged, &MatchingRun::explainChanges, &MatchingRun::writeDecisions}) {
        if (Status s = (this->*step)(run); !s) {
            const bool cancelled = m_cancel && m_cancel->load();
            const Status aborted = run.runs.abort(run.runId, cancelled ? RunStatus::Cancelled : RunStatus::Failed, s.error());
            const QString said = cancelled ? tr("The run was cancelled; it left no decisions.") : s.error();
            if (!aborted) // the run stays "running" until the next start marks it stale: say so
                return R::failure(said + u'\n' + aborted.error());
            return R::failure(said);
        }
    }
    if (m_progress)
        m_progress({Progress::Phase::Done, run.sweep.totals.evaluations, run.sweep.totals.evaluations, 0, 0});

    RunResult &result = run.result;
    result.runId = run.runId;
    auto record = run.runs.run(run.runId);
    if (record)
        result.run = record.value();
    result.policies = run.sweep.totals.policies;
    result.conditions = run.sweep.totals.conditions;
    result.readMs = run.loadStats.readMs;
    result.buildMs = run.loadStats.buildMs;
    result.snapshotRows = run.loadStats.rows;
    return std::move(result);
}

// Carried over: the counts of the run that last evaluated the policy.
Status MatchingRun::carry(Run &run, const PlannedPolicy &l, RunTotals &into)
{
    PolicySummary s = run.plan.previous.value(l.policy->code);
    s.reevaluated = false;
    s.newlyQualifying = s.amountChanged = s.noLongerQualifying = 0;
    s.fingerprint = l.fingerprint;
    if (!run.conditionsOfRun.contains(s.runId)) {
        auto c = run.runs.conditionCounts(s.runId);
        if (!c)
            return Status::failure(c.error());
        run.conditionsOfRun.insert(s.runId, c.value());
    }
    for (const ConditionCount &c : run.conditionsOfRun.value(s.runId))
        if (c.policyCode == s.policyCode)
            into.conditions.append(c);
    into.policies.append(s);
    return {};
}

// Nothing changed: no run is started; the latest completed run's counts.
Result<RunResult> MatchingRun::keptResult(Run &run)
{
    using R = Result<RunResult>;
    RunResult result;
    result.upToDate = true;
    auto last = run.runs.latestCompleted(run.month.toString());
    if (!last)
        return R::failure(last.error());
    if (last->has_value())
        result.run = last->value();
    result.runId = result.run.id;
    RunTotals kept;
    for (const PlannedPolicy &l : run.plan.policies) {
        if (Status s = carry(run, l, kept); !s)
            return R::failure(s.error());
        result.unchanged << l.policy->code;
    }
    std::sort(kept.policies.begin(), kept.policies.end(), byCode);
    result.policies = kept.policies;
    result.conditions = kept.conditions;
    return result;
}

// 5. The snapshot: only the columns of the policies evaluated again; 6. compiled,
// with earlier awards as the rules' inputs.
Status MatchingRun::loadInputs(Run &run)
{
    run.phase.start();
    if (m_progress)
        m_progress({Progress::Phase::Loading, 0, 0, 0, -1});
    std::vector<rules::ColumnUse> uses;
    for (const PlannedPolicy &l : run.plan.policies) {
        if (!l.reevaluate)
            continue;
        run.work.push_back(&l);
        for (const rules::ColumnUse &u : l.policy->columnUses)
            if (std::find(uses.begin(), uses.end(), u) == uses.end())
                uses.push_back(u);
    }
    // Earlier awards are read meanwhile, on a connection of their own.
    auto earlierRead = DecisionStore::historyBeforeInBackground(m_db, run.month.toString());
    SnapshotLoader loader(m_db, m_catalog);
    loader.setThreads(run.threads);
    loader.setCancelFlag(m_cancel);
    std::vector<const rules::Policy *> reading;
    for (const PlannedPolicy *l : run.work)
        reading.push_back(l->policy.get());
    loader.setRecordFilters(reading, run.month.index());
    auto snapshot = loader.load(uses);
    if (!snapshot)
        return Status::failure(snapshot.error());
    run.snapshot.emplace(std::move(snapshot.value()));
    run.loadStats = loader.stats();

    Result<DecisionStore::History> earlier = earlierRead.get();
    if (!earlier)
        return Status::failure(earlier.error());
    run.earlier.emplace(std::move(earlier.value()));
    std::vector<const rules::Policy *> runPolicies;
    for (const PlannedPolicy &l : run.plan.policies)
        runPolicies.push_back(l.policy.get());
    for (const PlannedPolicy *l : run.work) {
        auto ep = prepareEnginePolicy(l->policy, l->published.version, runPolicies, *run.earlier, *run.snapshot);
        if (!ep)
            return Status::failure(ep.error());
        run.enginePolicies.push_back(std::move(ep.value()));
    }
    run.loadMs = run.phase.restart();
    return {};
}

// 7. Evaluate.
Status MatchingRun::evaluate(Run &run)
{
    Engine engine(*run.snapshot, run.enginePolicies, run.month.index());
    engine.setThreads(run.threads);
    engine.setCancelFlag(m_cancel);
    engine.setProgress(m_progress);
    auto evaluated = engine.evaluate();
    if (!evaluated)
        return Status::failure(evaluated.error());
    run.evaluated = std::move(evaluated.value());
    run.evaluateMs = run.phase.restart();
    return {};
}

// 8. The change sweep against the period's current decisions of the
// policies evaluated again.
Status MatchingRun::sweepChanges(Run &run)
{
    QStringList codes;
    for (const PlannedPolicy *l : run.work)
        codes << l->policy->code;
    auto current = DecisionStore(m_db).current(run.month.toString(), codes);
    if (!current)
        return Status::failure(current.error());
    run.sweep = matching::sweepChanges(run.enginePolicies, run.evaluated, *run.snapshot, current.value(),
                                       run.month.toString(), run.runId);
    for (std::size_t p = 0; p < run.work.size(); ++p)
        run.sweep.totals.policies[qsizetype(p)].fingerprint = run.work[p]->fingerprint;
    return {};
}

// The policies kept untouched: their counts carried over.
Status MatchingRun::carryUnchanged(Run &run)
{
    for (const PlannedPolicy &l : run.plan.policies) {
        if (l.reevaluate) {
            run.result.reevaluated << l.policy->code;
            continue;
        }
        run.result.unchanged << l.policy->code;
        if (Status s = carry(run, l, run.sweep.totals); !s)
            return s;
    }
    std::sort(run.sweep.totals.policies.begin(), run.sweep.totals.policies.end(), byCode);
    return {};
}

// 9. Explanations of the changes, as they are now.
Status MatchingRun::explainChanges(Run &run)
{
    const std::vector<EnginePolicy> &policies = run.enginePolicies;
    // Who took a stacking group from a subject that qualifies: an earlier
    // award of another member, or another member's award in this run.
    std::vector<std::unordered_set<std::int32_t>> awardedNow(policies.size());
    for (std::size_t p = 0; p < policies.size(); ++p)
        if (!policies[p].policy->stackingGroup.isEmpty())
            for (const EngineAward &a : run.evaluated[p].awards)
                awardedNow[p].insert(a.subject);
    auto blockOf = [&](std::size_t p, std::int32_t subject, const QString &subjectId) -> std::optional<StackingBlock> {
        const rules::Policy &pol = *policies[p].policy;
        if (pol.stackingGroup.isEmpty())
            return std::nullopt;
        for (const PlannedPolicy &other : run.plan.policies) {
            if (other.policy->code == pol.code || other.policy->stackingGroup != pol.stackingGroup)
                continue;
            const DecisionStore::Earlier *e = run.earlier->find(other.policy->code, subjectId);
            if (e && e->count > 0)
                return StackingBlock{pol.stackingGroup, other.policy->code, true};
        }
        if (subject < 0)
            return std::nullopt;
        for (std::size_t q = 0; q < policies.size(); ++q)
            if (q != p && policies[q].policy->stackingGroup == pol.stackingGroup && awardedNow[q].count(subject))
                return StackingBlock{pol.stackingGroup, policies[q].policy->code, false};
        return std::nullopt;
    };

    std::vector<PendingDecision> &pending = run.sweep.pending;
    if (m_progress)
        m_progress({Progress::Phase::Writing, 0, qint64(pending.size()), 0, -1});
    const Engine engine(*run.snapshot, run.enginePolicies, run.month.index());
    parallelFor(pending.size(), run.threads, [&](std::size_t i) {
        PendingDecision &pd = pending[i];
        rules::Trace trace = engine.explain(pd.policy, pd.subject);
        if (pd.subject < 0)
            trace.subjectId = pd.decision.subjectId;
        ExplanationNote note = ExplanationNote::None;
        std::optional<StackingBlock> block;
        if (pd.decision.outcome == Outcome::OverBudget)
            note = ExplanationNote::OverBudget;
        if (pd.decision.change == Change::Withdrawn && trace.evaluation.eligible()) {
            block = blockOf(pd.policy, pd.subject, pd.decision.subjectId);
            if (!block)
                note = ExplanationNote::NoLongerAwarded;
        }
        // The compact form: the texts are rendered again from the policy when read.
        pd.decision.explanation = ExplanationJson::stored(trace, pd.decision.outcome, note, block);
    });
    if (m_cancel && m_cancel->load())
        return Status::failure(tr("Cancelled."));
    return {};
}

// 10. Write in batches; complete.
Status MatchingRun::writeDecisions(Run &run)
{
    DecisionWriter writer(m_db, run.runId);
    for (PendingDecision &pd : run.sweep.pending) {
        if (auto s = writer.add(std::move(pd.decision)); !s)
            return s;
        if (m_cancel && m_cancel->load())
            return Status::failure(tr("Cancelled."));
    }
    if (auto s = writer.flush(); !s)
        return s;
    RunTotals &totals = run.sweep.totals;
    totals.decisionsWritten = writer.written();
    totals.loadMs = run.loadMs;
    totals.evaluateMs = run.evaluateMs;
    totals.writeMs = run.phase.elapsed();
    const rules::Snapshot &snap = *run.snapshot;
    totals.subjects = snap.subjects(rules::SubjectKind::Person).size() + snap.subjects(rules::SubjectKind::Enterprise).size();
    return run.runs.complete(run.runId, totals, m_completionHook);
}

Result<MatchingRun::WhyAnswer> MatchingRun::why(const QString &period, const QString &policyCode, const QString &subjectId)
{
    const auto month = domain::Month::parse(period);
    if (!month)
        return Result<WhyAnswer>::failure(tr("The period must be a month written YYYY-MM, not \"%1\".").arg(period));
    return why(*month, policyCode, subjectId);
}

Result<MatchingRun::WhyAnswer> MatchingRun::why(domain::Month month, const QString &policyCode, const QString &subjectId)
{
    using R = Result<WhyAnswer>;
    const QString period = month.toString();
    PolicyRepository repo(m_db, m_catalog);
    auto published = repo.effectiveFor(period, {policyCode});
    if (!published)
        return R::failure(published.error());
    if (published->isEmpty())
        return R::failure(tr("Policy %1 has no published version in effect in %2.").arg(policyCode, period));
    auto policy = repo.load(published->first());
    if (!policy)
        return R::failure(policy.error());
    const rules::Policy &pol = *policy.value();

    // The other policies of its stacking group in effect in the period.
    std::vector<std::shared_ptr<rules::Policy>> rivals;
    std::vector<rules::ColumnUse> uses = pol.columnUses;
    if (!pol.stackingGroup.isEmpty()) {
        auto all = repo.effectiveFor(period);
        if (!all)
            return R::failure(all.error());
        for (const PublishedPolicy &p : all.value()) {
            if (p.code == pol.code)
                continue;
            auto other = repo.load(p);
            if (!other)
                return R::failure(other.error());
            if (other.value()->stackingGroup != pol.stackingGroup || other.value()->subject != pol.subject)
                continue;
            for (const rules::ColumnUse &u : other.value()->columnUses)
                if (std::find(uses.begin(), uses.end(), u) == uses.end())
                    uses.push_back(u);
            rivals.push_back(std::move(other.value()));
        }
    }

    WhyAnswer answer;
    DecisionStore store(m_db);
    auto decision = store.find(period, policyCode, subjectId);
    if (!decision)
        return R::failure(decision.error());
    answer.decision = decision.value();
    // Its explanation as it was at decision time, from the stored form and the
    // policy version the decision names (which may be older than `pol`).
    if (answer.decision) {
        auto json = ExplanationReader(m_db, m_catalog).json(*answer.decision);
        if (!json)
            return R::failure(json.error());
        answer.decision->explanation = json.value();
    }

    SnapshotLoader loader(m_db, m_catalog);
    loader.setSubjectFilter(pol.subject, subjectId);
    std::vector<const rules::Policy *> reading{&pol};
    for (const auto &r : rivals)
        reading.push_back(r.get());
    loader.setRecordFilters(reading, month.index());
    auto snapshot = loader.load(uses);
    if (!snapshot)
        return R::failure(snapshot.error());
    auto compiled = rules::CompiledPolicy::compile(pol, snapshot.value());
    if (!compiled)
        return R::failure(compiled.error());
    auto history = store.historyBefore(period);
    if (!history)
        return R::failure(history.error());
    auto inputsFor = [&](const QString &code) {
        rules::SubjectInputs in;
        if (const DecisionStore::Earlier *e = history->find(code, subjectId))
            in = e->inputs();
        return in;
    };
    const std::int32_t s = snapshot->subjects(pol.subject).find(subjectId);
    rules::Trace trace = compiled.value()->explain(s, month.index(), inputsFor(policyCode));
    if (s < 0)
        trace.subjectId = subjectId;
    answer.eligibleNow = trace.evaluation.eligible();

    // Qualifies: does another policy of its stacking group take precedence?
    // As the engine decides: an earlier award of another member excludes it;
    // in the period the lowest rank wins, then the larger amount, then the code.
    if (answer.eligibleNow && !rivals.empty()) {
        for (const auto &r : rivals) {
            const DecisionStore::Earlier *e = history->find(r->code, subjectId);
            if (e && e->count > 0 && (!answer.stacking || r->code < answer.stacking->winner))
                answer.stacking = StackingBlock{pol.stackingGroup, r->code, true};
        }
        if (!answer.stacking) {
            auto best = std::make_tuple(pol.stackingRank, -trace.evaluation.amountFen, pol.code);
            for (const auto &r : rivals) {
                auto rc = rules::CompiledPolicy::compile(*r, snapshot.value());
                if (!rc)
                    return R::failure(rc.error());
                const rules::Evaluation e = rc.value()->evaluate(s, month.index(), inputsFor(r->code));
                if (!e.eligible())
                    continue;
                const auto theirs = std::make_tuple(r->stackingRank, -e.amountFen, r->code);
                if (theirs < best)
                    best = theirs;
            }
            if (std::get<2>(best) != pol.code)
                answer.stacking = StackingBlock{pol.stackingGroup, std::get<2>(best), false};
        }
    }
    std::optional<Outcome> outcome;
    if (answer.decision)
        outcome = answer.decision->outcome;
    // Through the stored form, as every reader of explanations.
    const QString stored = ExplanationJson::stored(trace, outcome,
                                                   outcome == Outcome::OverBudget ? ExplanationNote::OverBudget : ExplanationNote::None,
                                                   answer.stacking);
    auto json = ExplanationJson::rebuild(stored, pol, compiled.value()->nodes(), trace.subjectId);
    if (!json)
        return R::failure(json.error());
    answer.explanation = json.value();
    return answer;
}

} // namespace mianshen::matching
