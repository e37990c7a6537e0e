#include "matching/PolicyPreview.h"

#include "domain/Month.h"
#include "matching/DecisionStore.h"
#include "matching/EnginePolicyPreparation.h"
#include "matching/PolicyRepository.h"
#include "matching/SnapshotLoader.h"
#include "rules/Diagnostic.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"
#include "rules/SourceJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <algorithm>

namespace mianshen::matching {

using domain::Result;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mianshen::matching::PolicyPreview", text, disambiguation, n);
}

rules::Language userLanguage()
{
    return QLocale().language() == QLocale::Chinese ? rules::Language::Zh : rules::Language::En;
}

// A policy version taking part in one side's evaluation.
struct Member
{
    std::shared_ptr<const rules::Policy> policy;
    int version = 0;
};

bool inEffect(const rules::Policy &p, std::int32_t month)
{
    return p.effectiveFrom <= month && (!p.effectiveUntil || *p.effectiveUntil >= month);
}

// The policy itself first, then the published policies of its stacking group.
std::vector<Member> sideMembers(const Member &self, const std::vector<Member> &published)
{
    std::vector<Member> out{self};
    if (self.policy->stackingGroup.isEmpty())
        return out;
    for (const Member &m : published)
        if (m.policy->code != self.policy->code && m.policy->stackingGroup == self.policy->stackingGroup)
            out.push_back(m);
    return out;
}

void addUses(std::vector<rules::ColumnUse> &uses, const rules::Policy &p)
{
    for (const rules::ColumnUse &u : p.columnUses)
        if (std::find(uses.begin(), uses.end(), u) == uses.end())
            uses.push_back(u);
}

struct Award
{
    QString subjectId;
    Outcome outcome = Outcome::Auto;
    std::int64_t amountFen = 0;
    QStringList flags;
};

void fillSide(PreviewSide &side, const EnginePolicy &ep, const EnginePolicyResult &res, const rules::Snapshot &snap,
              std::vector<Award> &awards)
{
    const rules::Policy &pol = *ep.policy;
    side.evaluated = res.evaluated;
    side.ineligible = res.ineligible;
    side.skipped = res.skipped;
    side.spentBeforeFen = ep.spentBeforeFen;
    const rules::SubjectTable &subjects = snap.subjects(pol.subject);
    awards.reserve(res.awards.size());
    for (const EngineAward &a : res.awards) {
        switch (a.outcome) {
        case Outcome::Auto: ++side.approved; side.totalFen += a.amountFen; break;
        case Outcome::Review: ++side.flagged; side.totalFen += a.amountFen; break;
        case Outcome::OverBudget: ++side.overBudget; break;
        }
        awards.push_back({subjects.id(a.subject), a.outcome, a.amountFen, Engine::flagIds(pol, a.flags)});
    }
    std::sort(awards.begin(), awards.end(), [](const Award &x, const Award &y) { return x.subjectId < y.subjectId; });
}

void describe(PreviewSide &side, const rules::Policy &pol, int publishedVersion, std::int32_t month,
              const std::vector<Member> &members)
{
    side.policyCode = pol.code;
    side.publishedVersion = publishedVersion;
    side.fileVersion = pol.version;
    side.titleZh = pol.title.zh;
    side.titleEn = pol.title.en;
    side.budgetFen = pol.budgetFen;
    side.inEffect = inEffect(pol, month);
    for (std::size_t i = 1; i < members.size(); ++i)
        side.stackingPartners << QStringLiteral("%1 v%2").arg(members[i].policy->code).arg(members[i].version);
}

} // namespace

QString previewDifferenceKindName(PreviewDifference::Kind kind)
{
    switch (kind) {
    case PreviewDifference::Kind::NewlyQualifying: return QStringLiteral("new");
    case PreviewDifference::Kind::NoLongerQualifying: return QStringLiteral("no_longer");
    case PreviewDifference::Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

PolicyPreview::PolicyPreview(store::Database &db, const catalog::FeedCatalog &catalog) : m_db(db), m_catalog(catalog) {}

namespace {

Result<domain::Month> parsePeriod(const QString &period)
{
    const auto month = domain::Month::parse(period);
    if (!month)
        return Result<domain::Month>::failure(tr("The period must be a month written YYYY-MM, not \"%1\".").arg(period));
    return *month;
}

} // namespace

Result<PreviewResult> PolicyPreview::previewFile(const QString &path, const QString &period)
{
    const auto month = parsePeriod(period);
    return month ? previewFile(path, month.value()) : Result<PreviewResult>::failure(month.error());
}

Result<PreviewResult> PolicyPreview::previewText(const QString &text, const QString &fileName, const QString &period)
{
    const auto month = parsePeriod(period);
    return month ? previewText(text, fileName, month.value()) : Result<PreviewResult>::failure(month.error());
}

Result<PreviewResult> PolicyPreview::preview(std::shared_ptr<const rules::Policy> policy, const QString &period)
{
    if (!policy)
        return Result<PreviewResult>::failure(tr("No policy to preview."));
    const auto month = parsePeriod(period);
    return month ? preview(std::move(policy), month.value()) : Result<PreviewResult>::failure(month.error());
}

Result<PreviewResult> PolicyPreview::previewFile(const QString &path, domain::Month period)
{
    using R = Result<PreviewResult>;
    if (QFileInfo(path).size() > rules::PolicyLoader::MaxFileSize)
        return R::failure(tr("%1: the file is too large for a policy.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return previewText(QString::fromUtf8(file.readAll()), path, period);
}

Result<PreviewResult> PolicyPreview::previewText(const QString &text, const QString &fileName, domain::Month period)
{
    rules::Diagnostics diagnostics;
    auto policy = rules::PolicyLoader(m_catalog).loadText(text, fileName, diagnostics);
    if (!policy || diagnostics.hasErrors())
        return Result<PreviewResult>::failure(tr("%1 cannot be previewed: it has errors.\n%2")
                                                  .arg(fileName, diagnostics.render(text, userLanguage())));
    return preview(std::shared_ptr<const rules::Policy>(std::move(policy)), period);
}

namespace {

// 1. The same checks as publishing: the checker's errors and the embedded
// tests. Returns how many tests passed.
Result<int> checkAsPublishing(const catalog::FeedCatalog &catalog, const rules::Policy &policy, const QString &fileName)
{
    using R = Result<int>;
    rules::Diagnostics diagnostics;
    rules::PolicyChecker(catalog).check(policy, diagnostics);
    if (diagnostics.hasErrors())
        return R::failure(tr("%1 cannot be previewed: it has errors.\n%2")
                              .arg(fileName, diagnostics.render(policy.source, userLanguage())));
    int passed = 0;
    QStringList failures;
    for (const auto &t : rules::PolicyTestRunner(catalog).run(policy)) {
        if (t.passed) {
            ++passed;
            continue;
        }
        int offset = 0;
        for (const rules::PolicyTest &pt : policy.tests)
            if (pt.name == t.name)
                offset = pt.fileOffset;
        const auto [line, column] = rules::lineColumn(policy.source, offset);
        failures << tr("%1:%2:%3: test %4 failed: %5")
                        .arg(fileName).arg(line).arg(column).arg(t.name, t.message.in(userLanguage()));
    }
    if (!failures.isEmpty())
        return R::failure(tr("%1 cannot be previewed: %n embedded test(s) failed.", nullptr, int(failures.size()))
                              .arg(fileName)
                          + QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
    return passed;
}

} // namespace

// The two sides of a preview, from the published versions to their awards.
struct PolicyPreview::Sides
{
    std::shared_ptr<const rules::Policy> policy;
    domain::Month month;
    int threads = 1;
    std::vector<Member> fileSide;           // the file, then its stacking partners
    std::vector<Member> currentSide;        // the published version in effect (if any), then its partners
    std::optional<rules::Snapshot> snapshot;
    std::vector<EnginePolicy> currentPolicies;
    std::vector<EnginePolicy> filePolicies;
    std::vector<EnginePolicyResult> currentResults;
    std::vector<EnginePolicyResult> fileResults;
    qint64 totalEvaluations = 0;
    QElapsedTimer phase;
};

Result<PreviewResult> PolicyPreview::preview(std::shared_ptr<const rules::Policy> policy, domain::Month month)
{
    using R = Result<PreviewResult>;
    if (!policy)
        return R::failure(tr("No policy to preview."));
    const QString period = month.toString();
    const std::int32_t monthIndex = month.index();
    Sides sides;
    sides.policy = policy;
    sides.month = month;
    sides.threads = m_threads > 0 ? m_threads : qMax(1, QThread::idealThreadCount());
    const QString fileName = policy->file.isEmpty() ? policy->code : policy->file;

    PreviewResult result;
    result.period = period;
    result.file = fileName;
    auto passed = checkAsPublishing(m_catalog, *policy, fileName);
    if (!passed)
        return R::failure(passed.error());
    result.testsPassed = passed.value();

    // 2. The published versions in effect: the current one of this code, and
    //    the others (the stacking partners of either side come from them).
    PolicyRepository repo(m_db, m_catalog);
    auto effective = repo.effectiveFor(period);
    if (!effective)
        return R::failure(effective.error());
    std::optional<Member> current;
    std::vector<Member> others;
    for (const PublishedPolicy &p : effective.value()) {
        auto loaded = repo.load(p);
        if (!loaded)
            return R::failure(loaded.error());
        Member m{std::shared_ptr<const rules::Policy>(std::move(loaded.value())), p.version};
        if (p.code == policy->code)
            current = std::move(m);
        else
            others.push_back(std::move(m));
    }
    sides.fileSide = sideMembers({policy, 0}, others);
    if (current)
        sides.currentSide = sideMembers(*current, others);
    describe(result.proposed, *policy, 0, monthIndex, sides.fileSide);
    result.proposed.present = true;
    if (current) {
        describe(result.current, *current->policy, current->version, monthIndex, sides.currentSide);
        result.current.present = true;
    } else {
        result.current.policyCode = policy->code;
    }

    if (auto s = loadSides(sides, result); !s)
        return R::failure(s.error());
    if (auto s = evaluateSides(sides, result); !s)
        return R::failure(s.error());
    compareSides(sides, result);
    if (m_progress)
        m_progress({Progress::Phase::Done, sides.totalEvaluations, sides.totalEvaluations, 0, 0});
    return result;
}

// 3. One snapshot with the columns of both sides; 4. earlier awards, each side
// compiled as a run would.
domain::Status PolicyPreview::loadSides(Sides &sides, PreviewResult &result)
{
    using S = domain::Status;
    std::vector<rules::ColumnUse> uses;
    for (const Member &m : sides.fileSide)
        addUses(uses, *m.policy);
    for (const Member &m : sides.currentSide)
        addUses(uses, *m.policy);
    sides.phase.start();
    if (m_progress)
        m_progress({Progress::Phase::Loading, 0, 0, 0, -1});
    // Earlier awards are read meanwhile, on a connection of their own.
    auto historyRead = DecisionStore::historyBeforeInBackground(m_db, result.period);
    SnapshotLoader loader(m_db, m_catalog);
    loader.setThreads(sides.threads);
    loader.setCancelFlag(m_cancel);
    // Only the rows either side can reach in the period, as a run reads them.
    std::vector<const rules::Policy *> reading;
    for (const Member &m : sides.fileSide)
        reading.push_back(m.policy.get());
    for (const Member &m : sides.currentSide)
        reading.push_back(m.policy.get());
    loader.setRecordFilters(reading, sides.month.index());
    auto snapshot = loader.load(uses);
    if (m_cancel && m_cancel->load())
        return S::failure(tr("The preview was cancelled."));
    if (!snapshot)
        return S::failure(snapshot.error());
    sides.snapshot.emplace(std::move(snapshot.value()));
    const rules::Snapshot &snap = *sides.snapshot;
    result.snapshotRows = loader.stats().rows;
    result.subjects = snap.subjects(rules::SubjectKind::Person).size() + snap.subjects(rules::SubjectKind::Enterprise).size();

    const auto history = historyRead.get();
    if (!history)
        return S::failure(history.error());
    auto prepare = [&](const std::vector<Member> &members, std::vector<EnginePolicy> &out) -> S {
        std::vector<const rules::Policy *> runPolicies;
        for (const Member &m : members)
            runPolicies.push_back(m.policy.get());
        for (const Member &m : members) {
            auto ep = prepareEnginePolicy(m.policy, m.version, runPolicies, history.value(), snap);
            if (!ep)
                return S::failure(ep.error());
            out.push_back(std::move(ep.value()));
        }
        return {};
    };
    if (auto s = prepare(sides.currentSide, sides.currentPolicies); !s)
        return s;
    if (auto s = prepare(sides.fileSide, sides.filePolicies); !s)
        return s;
    result.loadMs = sides.phase.restart();
    return {};
}

// 5. Evaluate both sides; progress over both.
domain::Status PolicyPreview::evaluateSides(Sides &sides, PreviewResult &result)
{
    using S = domain::Status;
    const rules::Snapshot &snap = *sides.snapshot;
    auto evaluations = [&](const std::vector<EnginePolicy> &policies) {
        qint64 n = 0;
        for (const EnginePolicy &ep : policies)
            n += snap.subjects(ep.policy->subject).size();
        return n;
    };
    sides.totalEvaluations = evaluations(sides.currentPolicies) + evaluations(sides.filePolicies);
    const qint64 totalEvaluations = sides.totalEvaluations;
    QElapsedTimer evalTimer;
    evalTimer.start();
    auto evaluate = [&](std::vector<EnginePolicy> &policies, qint64 offset) -> Result<std::vector<EnginePolicyResult>> {
        if (policies.empty())
            return std::vector<EnginePolicyResult>{};
        Engine engine(snap, policies, sides.month.index());
        engine.setThreads(sides.threads);
        engine.setCancelFlag(m_cancel);
        if (m_progress) {
            engine.setProgress([&, offset](const Progress &p) {
                Progress q = p;
                q.done = offset + p.done;
                q.total = totalEvaluations;
                const double secs = evalTimer.elapsed() / 1000.0;
                q.perSecond = secs > 0 ? q.done / secs : 0;
                q.secondsLeft = q.perSecond > 0 ? (q.total - q.done) / q.perSecond : -1;
                m_progress(q);
            });
        }
        return engine.evaluate();
    };
    auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    auto currentResults = evaluate(sides.currentPolicies, 0);
    if (cancelled())
        return S::failure(tr("The preview was cancelled."));
    if (!currentResults)
        return S::failure(currentResults.error());
    auto fileResults = evaluate(sides.filePolicies, evaluations(sides.currentPolicies));
    if (cancelled())
        return S::failure(tr("The preview was cancelled."));
    if (!fileResults)
        return S::failure(fileResults.error());
    sides.currentResults = std::move(currentResults.value());
    sides.fileResults = std::move(fileResults.value());
    result.evaluateMs = sides.phase.restart();
    return {};
}

// 6. The two sides and their differences, by subject id.
void PolicyPreview::compareSides(const Sides &sides, PreviewResult &result) const
{
    const rules::Snapshot &snap = *sides.snapshot;
    std::vector<Award> before, after;
    if (!sides.currentPolicies.empty())
        fillSide(result.current, sides.currentPolicies.front(), sides.currentResults.front(), snap, before);
    fillSide(result.proposed, sides.filePolicies.front(), sides.fileResults.front(), snap, after);
    auto note = [&](PreviewDifference d) {
        switch (d.kind) {
        case PreviewDifference::Kind::NewlyQualifying: ++result.newlyQualifying; break;
        case PreviewDifference::Kind::NoLongerQualifying: ++result.noLongerQualifying; break;
        case PreviewDifference::Kind::Changed: ++result.changed; break;
        }
        if (result.differences.size() < m_differenceLimit)
            result.differences.append(std::move(d));
        else
            result.differencesTruncated = true;
    };
    std::size_t i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
        PreviewDifference d;
        if (j == after.size() || (i < before.size() && before[i].subjectId < after[j].subjectId)) {
            const Award &b = before[i++];
            d.kind = PreviewDifference::Kind::NoLongerQualifying;
            d.subjectId = b.subjectId;
            d.outcomeBefore = b.outcome;
            d.amountBeforeFen = b.amountFen;
            d.flagsBefore = b.flags;
        } else if (i == before.size() || after[j].subjectId < before[i].subjectId) {
            const Award &a = after[j++];
            d.kind = PreviewDifference::Kind::NewlyQualifying;
            d.subjectId = a.subjectId;
            d.outcomeAfter = a.outcome;
            d.amountAfterFen = a.amountFen;
            d.flagsAfter = a.flags;
        } else {
            const Award &b = before[i++];
            const Award &a = after[j++];
            if (a.outcome == b.outcome && a.amountFen == b.amountFen && a.flags == b.flags)
                continue;
            d.kind = PreviewDifference::Kind::Changed;
            d.subjectId = a.subjectId;
            d.outcomeBefore = b.outcome;
            d.outcomeAfter = a.outcome;
            d.amountBeforeFen = b.amountFen;
            d.amountAfterFen = a.amountFen;
            d.flagsBefore = b.flags;
            d.flagsAfter = a.flags;
        }
        note(std::move(d));
    }
}

} // namespace mianshen::matching
