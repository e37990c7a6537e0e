#include "matching/MatchingRun.h"

#include "domain/Month.h"
#include "matching/DecisionStore.h"
#include "matching/EnginePolicyPreparation.h"
#include "matching/DecisionWriter.h"
#include "matching/ExplanationJson.h"
#include "matching/ExplanationReader.h"
#include "matching/PolicyRepository.h"
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

constexpr const char *kEngineVersion = "matching/2";

struct Loaded
{
    PublishedPolicy published;
    std::shared_ptr<rules::Policy> policy;
    QString fingerprint;
};

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Last imported id per feed.
Result<std::map<QString, qint64>> lastImports(store::Database &db)
{
    using R = Result<std::map<QString, qint64>>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT feed, MAX(id) FROM import_history WHERE result = 'imported' GROUP BY feed")))
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the import history")));
    std::map<QString, qint64> last;
    while (q.next())
        last[q.value(0).toString()] = q.value(1).toLongLong();
    return last;
}

// "feed=last import id;..." for the given feeds.
QString inputsOf(const std::map<QString, qint64> &last, const std::set<QString> &feeds)
{
    QStringList parts;
    for (const QString &f : feeds) {
        const auto it = last.find(f);
        parts << f + QLatin1Char('=') + QString::number(it == last.end() ? 0 : it->second);
    }
    return parts.join(QLatin1Char(';'));
}

// The feeds a policy reads: its column uses' feeds and the two registries.
std::set<QString> feedsOf(const rules::Policy &p)
{
    std::set<QString> feeds{QStringLiteral("persons"), QStringLiteral("enterprises")};
    for (const rules::ColumnUse &u : p.columnUses)
        feeds.insert(u.feed);
    return feeds;
}

// Per policy code: a digest of the earlier awards its schedule and budget
// count (DecisionStore::historyBefore): earlier periods' decisions (only
// appended to, so count and last id change with every change), the ledger's
// awards by status, and payment_history (a written row carries its import).
Result<QHash<QString, QString>> historyDigests(store::Database &db, const QString &period)
{
    using R = Result<QHash<QString, QString>>;
    QHash<QString, QString> out;
    QSqlQuery d(db.connection());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT d.policy_code, COUNT(*), MAX(d.id) FROM decisions d "
                             "JOIN matching_runs r ON r.id = d.run_id WHERE r.status = 'completed' AND r.period < ? "
                             "GROUP BY d.policy_code"));
    d.addBindValue(period);
    if (!d.exec())
        return R::failure(detail::sqlFailure(d, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the earlier decisions")));
    while (d.next())
        out[d.value(0).toString()] += QStringLiteral("decisions=%1/%2;").arg(d.value(1).toLongLong()).arg(d.value(2).toLongLong());
    d.finish();
    QSqlQuery a(db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT policy_code, status, COUNT(*), MAX(id), SUM(amount_fen) FROM awards "
                             "WHERE decided_in_run IS NULL OR decided_in_run IN (SELECT id FROM matching_runs WHERE period < ?) "
                             "GROUP BY policy_code, status ORDER BY policy_code, status"));
    a.addBindValue(period);
    if (!a.exec())
        return R::failure(detail::sqlFailure(a, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the awards")));
    while (a.next())
        out[a.value(0).toString()] += QStringLiteral("awards.%1=%2/%3/%4;").arg(a.value(1).toString())
                                          .arg(a.value(2).toLongLong()).arg(a.value(3).toLongLong()).arg(a.value(4).toLongLong());
    a.finish();
    QSqlQuery ph(db.connection());
    ph.setForwardOnly(true);
    if (!ph.exec(QStringLiteral("SELECT policy_code, COUNT(*), MAX(import_id), SUM(amount_fen) FROM payment_history "
                                "GROUP BY policy_code")))
        return R::failure(detail::sqlFailure(ph, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the payment history")));
    while (ph.next())
        out[ph.value(0).toString()] += QStringLiteral("payment_history=%1/%2/%3;").arg(ph.value(1).toLongLong())
                                           .arg(ph.value(2).toLongLong()).arg(ph.value(3).toLongLong());
    return out;
}

// What one policy's decisions for the period depend on.
QString policyFingerprint(const Loaded &l, const std::vector<Loaded> &all, const std::map<QString, qint64> &imports,
                          const QHash<QString, QString> &history, const QString &period)
{
    const rules::Policy &p = *l.policy;
    QStringList parts;
    parts << QLatin1String(kEngineVersion) << QStringLiteral("period=") + period
          << QStringLiteral("policy=%1/%2/%3").arg(p.code).arg(l.published.version).arg(l.published.sha256)
          << QStringLiteral("feeds=") + inputsOf(imports, feedsOf(p))
          << QStringLiteral("history=") + history.value(p.code);
    if (!p.stackingGroup.isEmpty()) {
        QStringList members;
        for (const Loaded &o : all)
            if (o.policy->stackingGroup == p.stackingGroup)
                members << QStringLiteral("%1/%2").arg(o.policy->code).arg(o.published.version);
        parts << QStringLiteral("group=") + p.stackingGroup + QLatin1Char(':') + members.join(QLatin1Char(','));
    }
    return sha256(parts.join(QLatin1Char('\n')));
}

QString periodColumn(const rules::Policy &p, const QString &period)
{
    return p.schedule == rules::Policy::Schedule::Monthly ? period : QString();
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

    // 1. One run per period at a time: a second one is refused here.
    RunRepository runs(m_db);
    if (Status locked = runs.lockPeriod(request.period); !locked)
        return R::failure(locked.error());

    // 2. The published versions in effect, loaded and checked.
    PolicyRepository repo(m_db, m_catalog);
    auto published = repo.effectiveFor(request.period, request.policyCodes);
    if (!published)
        return R::failure(published.error());
    if (published->isEmpty())
        return R::failure(tr("No published policy is in effect in %1.").arg(request.period));
    std::vector<Loaded> loaded;
    std::set<QString> feeds{QStringLiteral("persons"), QStringLiteral("enterprises"), QStringLiteral("payment_history")};
    QStringList policyParts;
    for (const PublishedPolicy &p : published.value()) {
        auto policy = repo.load(p);
        if (!policy)
            return R::failure(policy.error());
        for (const QString &f : feedsOf(*policy.value()))
            feeds.insert(f);
        policyParts << p.code + QLatin1Char('=') + QString::number(p.version);
        loaded.push_back({p, std::move(policy.value()), {}});
    }

    // 3. Per policy, what its decisions depend on; unchanged since the run
    // that last evaluated it: its decisions stay untouched.
    auto imports = lastImports(m_db);
    if (!imports)
        return R::failure(imports.error());
    auto history = historyDigests(m_db, request.period);
    if (!history)
        return R::failure(history.error());
    auto previous = runs.latestPolicyStates(request.period);
    if (!previous)
        return R::failure(previous.error());
    QStringList fingerprintParts;
    std::vector<bool> redo(loaded.size(), false);
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        Loaded &l = loaded[i];
        l.fingerprint = policyFingerprint(l, loaded, imports.value(), history.value(), request.period);
        fingerprintParts << l.policy->code + QLatin1Char('=') + l.fingerprint;
        const auto before = previous->constFind(l.policy->code);
        redo[i] = request.force || before == previous->constEnd() || before->fingerprint != l.fingerprint
            || before->policyVersion != l.published.version;
    }
    // The members of a stacking group are decided together.
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (!redo[i] || loaded[i].policy->stackingGroup.isEmpty())
            continue;
        for (std::size_t j = 0; j < loaded.size(); ++j)
            if (loaded[j].policy->stackingGroup == loaded[i].policy->stackingGroup)
                redo[j] = true;
    }
    const QString inputs = inputsOf(imports.value(), feeds);
    const QString policies = policyParts.join(QLatin1Char(';'));
    const QString fingerprint = sha256(fingerprintParts.join(QLatin1Char('\n')));

    // Carried over: the counts of the run that last evaluated the policy.
    QHash<qint64, QList<ConditionCount>> conditionsOfRun;
    auto carry = [&](const Loaded &l, RunTotals &into) -> Status {
        PolicySummary s = previous->value(l.policy->code);
        s.reevaluated = false;
        s.newlyQualifying = s.amountChanged = s.noLongerQualifying = 0;
        s.fingerprint = l.fingerprint;
        if (!conditionsOfRun.contains(s.runId)) {
            auto c = runs.conditionCounts(s.runId);
            if (!c)
                return Status::failure(c.error());
            conditionsOfRun.insert(s.runId, c.value());
        }
        for (const ConditionCount &c : conditionsOfRun.value(s.runId))
            if (c.policyCode == s.policyCode)
                into.conditions.append(c);
        into.policies.append(s);
        return {};
    };
    auto byCode = [](const PolicySummary &a, const PolicySummary &b) { return a.policyCode < b.policyCode; };

    if (std::none_of(redo.begin(), redo.end(), [](bool b) { return b; })) {
        RunResult result;
        result.upToDate = true;
        auto last = runs.latestCompleted(request.period);
        if (!last)
            return R::failure(last.error());
        if (last->has_value())
            result.run = last->value();
        result.runId = result.run.id;
        RunTotals kept;
        for (const Loaded &l : loaded) {
            if (Status s = carry(l, kept); !s)
                return R::failure(s.error());
            result.unchanged << l.policy->code;
        }
        std::sort(kept.policies.begin(), kept.policies.end(), byCode);
        result.policies = kept.policies;
        result.conditions = kept.conditions;
        return result;
    }

    // 4. A running run.
    auto started = runs.start({request.period, request.startedBy, threads, inputs, policies, fingerprint});
    if (!started)
        return R::failure(started.error());
    const qint64 runId = started.value();
    auto abort = [&](const QString &message) {
        const bool cancelled = m_cancel && m_cancel->load();
        const domain::Status aborted = runs.abort(runId, cancelled ? RunStatus::Cancelled : RunStatus::Failed, message);
        const QString said = cancelled ? tr("The run was cancelled; it left no decisions.") : message;
        if (!aborted) // the run stays "running" until the next start marks it stale: say so
            return R::failure(said + u'\n' + aborted.error());
        return R::failure(said);
    };

    // 5. The snapshot: only the columns of the policies evaluated again.
    QElapsedTimer phase;
    phase.start();
    if (m_progress)
        m_progress({Progress::Phase::Loading, 0, 0, 0, -1});
    std::vector<const Loaded *> work;
    std::vector<rules::ColumnUse> uses;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (!redo[i])
            continue;
        work.push_back(&loaded[i]);
        for (const rules::ColumnUse &u : loaded[i].policy->columnUses)
            if (std::find(uses.begin(), uses.end(), u) == uses.end())
                uses.push_back(u);
    }
    // Earlier awards are read meanwhile, on a connection of their own.
    auto earlierRead = DecisionStore::historyBeforeInBackground(m_db, request.period);
    SnapshotLoader loader(m_db, m_catalog);
    loader.setThreads(threads);
    loader.setCancelFlag(m_cancel);
    std::vector<const rules::Policy *> reading;
    for (const Loaded *l : work)
        reading.push_back(l->policy.get());
    loader.setRecordFilters(reading, month->index());
    auto snapshot = loader.load(uses);
    if (!snapshot)
        return abort(snapshot.error());
    const rules::Snapshot &snap = snapshot.value();

    // 6. Compile; earlier awards as the rules' inputs.
    const Result<DecisionStore::History> earlier = earlierRead.get();
    if (!earlier)
        return abort(earlier.error());
    DecisionStore store(m_db);
    std::vector<const rules::Policy *> runPolicies;
    for (const Loaded &l : loaded)
        runPolicies.push_back(l.policy.get());
    std::vector<EnginePolicy> enginePolicies;
    for (const Loaded *l : work) {
        auto ep = prepareEnginePolicy(l->policy, l->published.version, runPolicies, earlier.value(), snap);
        if (!ep)
            return abort(ep.error());
        enginePolicies.push_back(std::move(ep.value()));
    }
    const qint64 loadMs = phase.restart();

    // 7. Evaluate.
    Engine engine(snap, enginePolicies, month->index());
    engine.setThreads(threads);
    engine.setCancelFlag(m_cancel);
    engine.setProgress(m_progress);
    auto evaluated = engine.evaluate();
    if (!evaluated)
        return abort(evaluated.error());
    const qint64 evaluateMs = phase.restart();

    // 8. The change sweep against the period's current decisions of the
    // policies evaluated again.
    QStringList codes;
    for (const Loaded *l : work)
        codes << l->policy->code;
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
        sum.fingerprint = work[p]->fingerprint;
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
    // The policies kept untouched.
    RunResult result;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (redo[i]) {
            result.reevaluated << loaded[i].policy->code;
            continue;
        }
        result.unchanged << loaded[i].policy->code;
        if (Status s = carry(loaded[i], totals); !s)
            return abort(s.error());
    }
    std::sort(totals.policies.begin(), totals.policies.end(), byCode);

    // Who took a stacking group from a subject that qualifies: an earlier
    // award of another member, or another member's award in this run.
    std::vector<std::unordered_set<std::int32_t>> awardedNow(enginePolicies.size());
    for (std::size_t p = 0; p < enginePolicies.size(); ++p)
        if (!enginePolicies[p].policy->stackingGroup.isEmpty())
            for (const EngineAward &a : evaluated.value()[p].awards)
                awardedNow[p].insert(a.subject);
    auto blockOf = [&](std::size_t p, std::int32_t subject, const QString &subjectId) -> std::optional<StackingBlock> {
        const rules::Policy &pol = *enginePolicies[p].policy;
        if (pol.stackingGroup.isEmpty())
            return std::nullopt;
        for (const Loaded &other : loaded) {
            if (other.policy->code == pol.code || other.policy->stackingGroup != pol.stackingGroup)
                continue;
            const DecisionStore::Earlier *e = earlier->find(other.policy->code, subjectId);
            if (e && e->count > 0)
                return StackingBlock{pol.stackingGroup, other.policy->code, true};
        }
        if (subject < 0)
            return std::nullopt;
        for (std::size_t q = 0; q < enginePolicies.size(); ++q)
            if (q != p && enginePolicies[q].policy->stackingGroup == pol.stackingGroup && awardedNow[q].count(subject))
                return StackingBlock{pol.stackingGroup, enginePolicies[q].policy->code, false};
        return std::nullopt;
    };

    // 9. Explanations of the changes, as they are now.
    if (m_progress)
        m_progress({Progress::Phase::Writing, 0, qint64(pending.size()), 0, -1});
    parallelFor(pending.size(), threads, [&](std::size_t i) {
        Pending &pd = pending[i];
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
        return abort(tr("Cancelled."));

    // 10. Write in batches; complete.
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
    if (auto s = runs.complete(runId, totals, m_completionHook); !s)
        return abort(s.error());
    if (m_progress)
        m_progress({Progress::Phase::Done, totals.evaluations, totals.evaluations, 0, 0});

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
    loader.setRecordFilters(reading, month->index());
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
    rules::Trace trace = compiled.value()->explain(s, month->index(), inputsFor(policyCode));
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
                const rules::Evaluation e = rc.value()->evaluate(s, month->index(), inputsFor(r->code));
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
