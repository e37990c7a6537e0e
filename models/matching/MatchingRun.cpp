#include "matching/MatchingRun.h"

#include "domain/Month.h"
#include "matching/DecisionStore.h"
#include "matching/DecisionWriter.h"
#include "matching/ExplanationJson.h"
#include "matching/PolicyRepository.h"
#include "matching/SnapshotLoader.h"
#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <map>
#include <set>
#include <thread>

namespace mianshen::matching {

using domain::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::matching::MatchingRun", text);
}

constexpr const char *kEngineVersion = "matching/1";

struct Loaded
{
    PublishedPolicy published;
    std::shared_ptr<rules::Policy> policy;
};

// "feed=last import id;..." for the feeds the run reads.
Result<QString> inputsOf(store::Database &db, const std::set<QString> &feeds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT feed, MAX(id) FROM import_history WHERE result = 'imported' GROUP BY feed")))
        return Result<QString>::failure(detail::sqlFailure(q, "read import history"));
    std::map<QString, qint64> last;
    while (q.next())
        last[q.value(0).toString()] = q.value(1).toLongLong();
    QStringList parts;
    for (const QString &f : feeds)
        parts << f + QLatin1Char('=') + QString::number(last.count(f) ? last[f] : 0);
    return parts.join(QLatin1Char(';'));
}

// What else the decisions of a period depend on: earlier periods' runs and the ledger.
Result<QString> historyDigest(store::Database &db, const QString &period)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM matching_runs WHERE status = 'completed' AND period < ?"));
    q.addBindValue(period);
    if (!q.exec() || !q.next())
        return Result<QString>::failure(detail::sqlFailure(q, "digest runs"));
    parts << QStringLiteral("runs=%1/%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
    q.finish();
    QSqlQuery a(db.connection());
    if (!a.exec(QStringLiteral("SELECT status, COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(amount_fen), 0) FROM awards "
                               "GROUP BY status ORDER BY status")))
        return Result<QString>::failure(detail::sqlFailure(a, "digest awards"));
    while (a.next())
        parts << QStringLiteral("awards.%1=%2/%3/%4").arg(a.value(0).toString()).arg(a.value(1).toLongLong())
                     .arg(a.value(2).toLongLong()).arg(a.value(3).toLongLong());
    return parts.join(QLatin1Char(';'));
}

QString periodColumn(const rules::Policy &p, const QString &period)
{
    return p.schedule == rules::Policy::Schedule::Monthly ? period : QString();
}

rules::SubjectInputs toInputs(const DecisionStore::Earlier &e)
{
    rules::SubjectInputs in;
    in.awardedMonths = int(e.months.size());
    in.awardedCount = e.count;
    in.awardedTotalFen = e.totalFen;
    in.awardedYearTotalFen = e.yearTotalFen;
    return in;
}

rules::Text overBudgetNote()
{
    return {QStringLiteral("预算已用尽：按政策规定的顺序，本项未能获得预算"),
            QStringLiteral("over budget: in the policy's stated order, the budget ran out before this award")};
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

Result<RunResult> MatchingRun::execute(const RunRequest &request)
{
    using R = Result<RunResult>;
    const auto month = domain::Month::parse(request.period);
    if (!month)
        return R::failure(tr("The period must be a month written YYYY-MM, not \"%1\".").arg(request.period));
    const int threads = request.threads > 0 ? request.threads : qMax(1, QThread::idealThreadCount());
    QElapsedTimer total;
    total.start();

    // 1. The published versions in effect, loaded and checked.
    PolicyRepository repo(m_db, m_catalog);
    auto published = repo.effectiveFor(request.period, request.policyCodes);
    if (!published)
        return R::failure(published.error());
    if (published->isEmpty())
        return R::failure(tr("No published policy is in effect in %1.").arg(request.period));
    std::vector<Loaded> loaded;
    std::vector<rules::ColumnUse> uses;
    std::set<QString> feeds{QStringLiteral("persons"), QStringLiteral("enterprises"), QStringLiteral("payment_history")};
    QStringList policyParts;
    for (const PublishedPolicy &p : published.value()) {
        auto policy = repo.load(p);
        if (!policy)
            return R::failure(policy.error());
        for (const rules::ColumnUse &u : policy.value()->columnUses) {
            if (std::find(uses.begin(), uses.end(), u) == uses.end())
                uses.push_back(u);
            feeds.insert(u.feed);
        }
        policyParts << p.code + QLatin1Char('=') + QString::number(p.version);
        loaded.push_back({p, std::move(policy.value())});
    }

    // 2. Nothing changed since the last completed run of the period: done.
    auto inputs = inputsOf(m_db, feeds);
    if (!inputs)
        return R::failure(inputs.error());
    auto digest = historyDigest(m_db, request.period);
    if (!digest)
        return R::failure(digest.error());
    const QString policies = policyParts.join(QLatin1Char(';'));
    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash((QLatin1String(kEngineVersion) + QLatin1Char('\n') + inputs.value() + QLatin1Char('\n')
                                  + policies + QLatin1Char('\n') + digest.value()).toUtf8(),
                                 QCryptographicHash::Sha256).toHex());
    RunRepository runs(m_db);
    if (!request.force) {
        auto last = runs.latestCompleted(request.period);
        if (!last)
            return R::failure(last.error());
        if (last->has_value() && last->value().fingerprint == fingerprint) {
            RunResult result;
            result.upToDate = true;
            result.run = last->value();
            result.runId = result.run.id;
            auto summaries = runs.policySummaries(result.runId);
            auto conditions = runs.conditionCounts(result.runId);
            if (summaries)
                result.policies = summaries.value();
            if (conditions)
                result.conditions = conditions.value();
            return result;
        }
    }

    // 3. A running run.
    auto started = runs.start({request.period, request.startedBy, threads, inputs.value(), policies, fingerprint});
    if (!started)
        return R::failure(started.error());
    const qint64 runId = started.value();
    auto abort = [&](const QString &message) {
        const bool cancelled = m_cancel && m_cancel->load();
        runs.abort(runId, cancelled ? RunStatus::Cancelled : RunStatus::Failed, message);
        return R::failure(cancelled ? tr("The run was cancelled; it left no decisions.") : message);
    };

    // 4. The snapshot.
    QElapsedTimer phase;
    phase.start();
    if (m_progress)
        m_progress({Progress::Phase::Loading, 0, 0, 0, -1});
    SnapshotLoader loader(m_db, m_catalog);
    loader.setThreads(threads);
    loader.setCancelFlag(m_cancel);
    auto snapshot = loader.load(uses);
    if (!snapshot)
        return abort(snapshot.error());
    const rules::Snapshot &snap = snapshot.value();

    // 5. Compile; earlier awards as the rules' inputs.
    DecisionStore store(m_db);
    auto history = store.historyBefore(request.period);
    if (!history)
        return abort(history.error());
    std::vector<EnginePolicy> enginePolicies;
    for (const Loaded &l : loaded) {
        auto compiled = rules::CompiledPolicy::compile(*l.policy, snap);
        if (!compiled)
            return abort(compiled.error());
        EnginePolicy ep;
        ep.policy = l.policy;
        ep.version = l.published.version;
        ep.compiled = compiled.value();
        ep.spentBeforeFen = history->spentFen.value(l.policy->code);
        const auto byPolicy = history->byPolicy.constFind(l.policy->code);
        if (byPolicy != history->byPolicy.constEnd()) {
            const rules::SubjectTable &subjects = snap.subjects(l.policy->subject);
            for (auto it = byPolicy->constBegin(); it != byPolicy->constEnd(); ++it) {
                const std::int32_t s = subjects.find(it.key());
                if (s >= 0)
                    ep.inputs[s] = toInputs(it.value());
            }
        }
        if (!l.policy->stackingGroup.isEmpty()) {
            const rules::SubjectTable &subjects = snap.subjects(l.policy->subject);
            for (const Loaded &other : loaded) {
                if (other.policy->code == l.policy->code || other.policy->stackingGroup != l.policy->stackingGroup)
                    continue;
                const auto earlier = history->byPolicy.constFind(other.policy->code);
                if (earlier == history->byPolicy.constEnd())
                    continue;
                for (auto it = earlier->constBegin(); it != earlier->constEnd(); ++it) {
                    const std::int32_t s = subjects.find(it.key());
                    if (s >= 0 && it.value().count > 0)
                        ep.groupTakenBefore.insert(s);
                }
            }
        }
        enginePolicies.push_back(std::move(ep));
    }
    const qint64 loadMs = phase.restart();

    // 6. Evaluate.
    Engine engine(snap, enginePolicies, month->index());
    engine.setThreads(threads);
    engine.setCancelFlag(m_cancel);
    engine.setProgress(m_progress);
    auto evaluated = engine.evaluate();
    if (!evaluated)
        return abort(evaluated.error());
    const qint64 evaluateMs = phase.restart();

    // 7. The change sweep against the period's current decisions.
    QStringList codes;
    for (const Loaded &l : loaded)
        codes << l.policy->code;
    auto current = store.current(request.period, codes);
    if (!current)
        return abort(current.error());
    std::map<std::tuple<QString, QString, QString>, const Decision *> before;
    for (const Decision &d : current.value())
        before[{d.policyCode, d.subjectId, d.period}] = &d;

    struct Pending
    {
        std::size_t policy;
        std::int32_t subject;     // -1: not in the snapshot any more
        Decision decision;
    };
    std::vector<Pending> pending;
    RunTotals totals;
    for (std::size_t p = 0; p < enginePolicies.size(); ++p) {
        const rules::Policy &pol = *enginePolicies[p].policy;
        const EnginePolicyResult &res = evaluated.value()[p];
        const rules::SubjectTable &subjects = snap.subjects(pol.subject);
        const QString periodCol = periodColumn(pol, request.period);
        PolicySummary sum;
        sum.policyCode = pol.code;
        sum.policyVersion = enginePolicies[p].version;
        sum.evaluated = res.evaluated;
        sum.ineligible = res.ineligible;
        sum.skipped = res.skipped;
        for (const EngineAward &a : res.awards) {
            switch (a.outcome) {
            case Outcome::Auto: ++sum.approved; sum.totalFen += a.amountFen; break;
            case Outcome::Review: ++sum.flagged; sum.totalFen += a.amountFen; break;
            case Outcome::OverBudget: ++sum.overBudget; break;
            }
            Decision d;
            d.policyCode = pol.code;
            d.policyVersion = enginePolicies[p].version;
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
        while (p < enginePolicies.size() && enginePolicies[p].policy->code != old->policyCode)
            ++p;
        if (p == enginePolicies.size())
            continue;
        Decision d;
        d.policyCode = old->policyCode;
        d.policyVersion = enginePolicies[p].version;
        d.subjectId = old->subjectId;
        d.period = old->period;
        d.change = Change::Withdrawn;
        d.previousAmountFen = old->amountFen;
        for (PolicySummary &s : totals.policies)
            if (s.policyCode == d.policyCode)
                ++s.noLongerQualifying;
        pending.push_back({p, snap.subjects(enginePolicies[p].policy->subject).find(old->subjectId), std::move(d)});
    }

    // 8. Explanations of the changes, as they are now.
    if (m_progress)
        m_progress({Progress::Phase::Writing, 0, qint64(pending.size()), 0, -1});
    parallelFor(pending.size(), threads, [&](std::size_t i) {
        Pending &pd = pending[i];
        rules::Trace trace = engine.explain(pd.policy, pd.subject);
        if (pd.subject < 0)
            trace.subjectId = pd.decision.subjectId;
        rules::Text note;
        if (pd.decision.outcome == Outcome::OverBudget)
            note = overBudgetNote();
        if (pd.decision.change == Change::Withdrawn && trace.evaluation.eligible())
            note = {QStringLiteral("同一“不重复享受”组中另一项政策优先，或预算顺序变化"),
                    QStringLiteral("another policy of the same stacking group takes precedence")};
        pd.decision.explanation = ExplanationJson::fromTrace(trace, pd.decision.outcome, note);
    });
    if (m_cancel && m_cancel->load())
        return abort(tr("Cancelled."));

    // 9. Write in batches; complete.
    DecisionWriter writer(m_db, runId);
    for (Pending &pd : pending) {
        if (auto s = writer.add(std::move(pd.decision)); !s)
            return abort(s.error());
        if (m_cancel && m_cancel->load())
            return abort(tr("Cancelled."));
    }
    if (auto s = writer.flush(); !s)
        return abort(s.error());
    totals.decisionsWritten = writer.written();
    totals.loadMs = loadMs;
    totals.evaluateMs = evaluateMs;
    totals.writeMs = phase.elapsed();
    totals.subjects = snap.subjects(rules::SubjectKind::Person).size() + snap.subjects(rules::SubjectKind::Enterprise).size();
    if (auto s = runs.complete(runId, totals); !s)
        return abort(s.error());
    if (m_progress)
        m_progress({Progress::Phase::Done, totals.evaluations, totals.evaluations, 0, 0});

    RunResult result;
    result.runId = runId;
    auto record = runs.run(runId);
    if (record)
        result.run = record.value();
    result.policies = totals.policies;
    result.conditions = totals.conditions;
    result.readMs = loader.stats().readMs;
    result.buildMs = loader.stats().buildMs;
    result.snapshotRows = loader.stats().rows;
    return result;
}

Result<MatchingRun::WhyAnswer> MatchingRun::why(const QString &period, const QString &policyCode, const QString &subjectId)
{
    using R = Result<WhyAnswer>;
    const auto month = domain::Month::parse(period);
    if (!month)
        return R::failure(tr("The period must be a month written YYYY-MM, not \"%1\".").arg(period));
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

    WhyAnswer answer;
    DecisionStore store(m_db);
    auto decision = store.find(period, policyCode, subjectId);
    if (!decision)
        return R::failure(decision.error());
    answer.decision = decision.value();

    SnapshotLoader loader(m_db, m_catalog);
    loader.setSubjectFilter(pol.subject, subjectId);
    auto snapshot = loader.load(pol.columnUses);
    if (!snapshot)
        return R::failure(snapshot.error());
    auto compiled = rules::CompiledPolicy::compile(pol, snapshot.value());
    if (!compiled)
        return R::failure(compiled.error());
    auto history = store.historyBefore(period);
    if (!history)
        return R::failure(history.error());
    rules::SubjectInputs inputs;
    if (const DecisionStore::Earlier *e = history->find(policyCode, subjectId))
        inputs = toInputs(*e);
    const std::int32_t s = snapshot->subjects(pol.subject).find(subjectId);
    rules::Trace trace = compiled.value()->explain(s, month->index(), inputs);
    if (s < 0)
        trace.subjectId = subjectId;
    answer.eligibleNow = trace.evaluation.eligible();
    std::optional<Outcome> outcome;
    if (answer.decision)
        outcome = answer.decision->outcome;
    answer.explanation = ExplanationJson::fromTrace(trace, outcome,
                                                    outcome == Outcome::OverBudget ? overBudgetNote() : rules::Text{});
    return answer;
}

} // namespace mianshen::matching
