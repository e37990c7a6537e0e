// Incremental runs on the golden fixture: after a delta import or a new
// policy version only the policies whose inputs changed are evaluated again
// (a stacking group together), the others keep their decisions and their
// counts; the result equals a forced full run. A second run of a period is
// refused while one is in progress (two connections). `why` names the policy
// that took a subject's stacking group, in both languages, also in the CLI.

#include "GoldenFixture.h"
#include "MatchingTestDatabase.h"

#include "matching/DecisionStore.h"
#include "matching/ExplanationJson.h"
#include "matching/MatchingRun.h"
#include "matching/RunRepository.h"

#include <QBuffer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;

namespace {

const QString kSept = QStringLiteral("2021-09");

using testing::exportOf;

// Empty on success.
QString importFile(store::Database &db, const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return QStringLiteral("cannot write ") + f.fileName();
    f.close();
    const auto report = feeds::Importer(db, catalog::FeedCatalog::builtin()).import(f.fileName());
    return report.imported() ? QString() : report.message + QLatin1Char('\n') + report.toText();
}

matching::RunRequest request(const QString &period, bool force = false, const QString &by = QStringLiteral("tester"))
{
    matching::RunRequest r;
    r.period = period;
    r.startedBy = by;
    r.threads = 2;
    r.force = force;
    return r;
}

const matching::PolicySummary *summaryOf(const matching::RunResult &r, const QString &code)
{
    for (const auto &p : r.policies)
        if (p.policyCode == code)
            return &p;
    return nullptr;
}

// Run rows of run_policies: code -> reevaluated.
QMap<QString, int> reevaluatedRows(store::Database &db, qint64 runId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT policy_code, reevaluated FROM run_policies WHERE run_id = ?"));
    q.addBindValue(runId);
    QMap<QString, int> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

const QStringList kAll = {QStringLiteral("TEST-HOUSE-A"), QStringLiteral("TEST-HOUSE-B"), QStringLiteral("TEST-LIVING"),
                          QStringLiteral("TEST-PATENT")};

} // namespace

class TestMatchingIncremental final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patentDelta_reevaluatesOnlyThePatentPolicy_sameAsForcedFullRun_data() { MIANSHEN_BOTH_DATABASES(); }
    void patentDelta_reevaluatesOnlyThePatentPolicy_sameAsForcedFullRun()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        auto first = run.execute(request(kSept));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->reevaluated, kAll);
        QVERIFY(first->unchanged.isEmpty());

        // Enterprise 0 loses its only invention patent.
        QTemporaryDir dir;
        const QString imported = importFile(db, dir, QStringLiteral("patents_delta.csv"),
            "op,patent_no,kind,title,patentee_credit_code,application_date,grant_date,status\n"
            "delete,ZL201910000100.7,invention,Invention 0,91441200MA00010000,2019-03-01,2021-01-15,valid\n");
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        auto second = run.execute(request(kSept));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!second->upToDate);
        QCOMPARE(second->reevaluated, QStringList{QStringLiteral("TEST-PATENT")});
        QCOMPARE(second->unchanged, (QStringList{QStringLiteral("TEST-HOUSE-A"), QStringLiteral("TEST-HOUSE-B"),
                                                 QStringLiteral("TEST-LIVING")}));
        // Only the patent policy's columns were read: persons' feeds were not.
        QVERIFY2(second->snapshotRows < first->snapshotRows,
                 qPrintable(QStringLiteral("%1 rows, full run %2").arg(second->snapshotRows).arg(first->snapshotRows)));
        QCOMPARE(second->run.evaluations, 80);   // the 80 enterprises, once
        // The summary stays complete: unchanged policies carry their counts.
        QCOMPARE(second->policies.size(), 4);
        for (const QString &code : {QStringLiteral("TEST-HOUSE-A"), QStringLiteral("TEST-HOUSE-B"), QStringLiteral("TEST-LIVING")}) {
            const auto *now = summaryOf(second.value(), code);
            const auto *then = summaryOf(first.value(), code);
            QVERIFY(now && then);
            QVERIFY(!now->reevaluated);
            QCOMPARE(now->evaluatedInRun, first->runId);
            QCOMPARE(now->approved, then->approved);
            QCOMPARE(now->flagged, then->flagged);
            QCOMPARE(now->ineligible, then->ineligible);
            QCOMPARE(now->totalFen, then->totalFen);
            QCOMPARE(now->newlyQualifying, 0);
        }
        const auto *patent = summaryOf(second.value(), QStringLiteral("TEST-PATENT"));
        QVERIFY(patent && patent->reevaluated);
        QCOMPARE(patent->noLongerQualifying, 1);
        QCOMPARE(reevaluatedRows(db, second->runId),
                 (QMap<QString, int>{{QStringLiteral("TEST-HOUSE-A"), 0}, {QStringLiteral("TEST-HOUSE-B"), 0},
                                     {QStringLiteral("TEST-LIVING"), 0}, {QStringLiteral("TEST-PATENT"), 1}}));
        // Condition counts are carried too.
        const auto stored = matching::RunRepository(db).conditionCounts(second->runId);
        QVERIFY(stored.ok());
        qint64 livingFailed = 0;
        for (const auto &c : stored.value())
            if (c.policyCode == u"TEST-LIVING")
                livingFailed += c.failed;
        QCOMPARE(livingFailed, summaryOf(first.value(), QStringLiteral("TEST-LIVING"))->ineligible);
        // The change sweep: enterprise 0 no longer qualifies; the budget it
        // freed goes to the first over-budget enterprise in budget order.
        const auto changes = matching::DecisionStore(db).changes(second->runId);
        QVERIFY(changes.ok());
        bool withdrawn = false;
        for (const auto &d : changes.value()) {
            QCOMPARE(d.policyCode, QStringLiteral("TEST-PATENT"));
            if (d.subjectId == u"91441200MA00010000")
                withdrawn = d.change == matching::Change::Withdrawn;
        }
        QVERIFY(withdrawn);

        // A forced full run evaluates everything and finds nothing to change.
        const QString incremental = exportOf(db, kSept);
        auto full = run.execute(request(kSept, true));
        QVERIFY2(full.ok(), qPrintable(full.error()));
        QCOMPARE(full->reevaluated, kAll);
        QCOMPARE(full->run.decisionsWritten, 0);
        QCOMPARE(exportOf(db, kSept), incremental);
        for (const QString &code : kAll) {
            const auto *a = summaryOf(full.value(), code);
            const auto *b = summaryOf(second.value(), code);
            QCOMPARE(a->approved, b->approved);
            QCOMPARE(a->flagged, b->flagged);
            QCOMPARE(a->overBudget, b->overBudget);
            QCOMPARE(a->ineligible, b->ineligible);
            QCOMPARE(a->skipped, b->skipped);
            QCOMPARE(a->totalFen, b->totalFen);
        }

        // Nothing changed since: nothing runs, every policy is unchanged.
        auto again = run.execute(request(kSept));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->upToDate);
        QCOMPARE(again->runId, full->runId);
        QCOMPARE(again->unchanged, kAll);
        QCOMPARE(again->policies.size(), 4);
    }

    void newPolicyVersion_reevaluatesOnlyThatPolicy_data() { MIANSHEN_BOTH_DATABASES(); }
    void newPolicyVersion_reevaluatesOnlyThatPolicy()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        auto first = run.execute(request(kSept));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
        QString living = testing::readText(testing::policyDir() + QStringLiteral("/test-living.json"));
        QVERIFY(living.contains(QStringLiteral("\"code\": \"TEST-LIVING\"")));
        living.replace(QStringLiteral("\"en\": \"Test:"), QStringLiteral("\"en\": \"Test (v2):"));
        auto published = repo.publishText(living, QStringLiteral("test-living.json"), QStringLiteral("tester"));
        QVERIFY2(published.ok(), qPrintable(published.error()));
        QCOMPARE(published->policy.version, 2);
        auto second = run.execute(request(kSept));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->reevaluated, QStringList{QStringLiteral("TEST-LIVING")});
        QCOMPARE(second->unchanged.size(), 3);
        const auto *s = summaryOf(second.value(), QStringLiteral("TEST-LIVING"));
        QCOMPARE(s->policyVersion, 2);
        // Same awards, decided by the new version: each one is a change.
        QCOMPARE(s->amountChanged, s->approved + s->flagged + s->overBudget);
        QCOMPARE(s->newlyQualifying, 0);

        // A member of a stacking group: the whole group is decided again.
        QString houseB = testing::readText(testing::policyDir() + QStringLiteral("/test-house-b.json"));
        houseB.replace(QStringLiteral("\"en\": \"Test:"), QStringLiteral("\"en\": \"Test (v2):"));
        QVERIFY(repo.publishText(houseB, QStringLiteral("test-house-b.json"), QStringLiteral("tester")).ok());
        auto third = run.execute(request(kSept));
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(third->reevaluated, (QStringList{QStringLiteral("TEST-HOUSE-A"), QStringLiteral("TEST-HOUSE-B")}));
        QCOMPARE(third->unchanged, (QStringList{QStringLiteral("TEST-LIVING"), QStringLiteral("TEST-PATENT")}));
        QCOMPARE(summaryOf(third.value(), QStringLiteral("TEST-HOUSE-A"))->amountChanged, 0);
        QCOMPARE(summaryOf(third.value(), QStringLiteral("TEST-LIVING"))->evaluatedInRun, second->runId);
    }

    void earlierPeriodDecided_laterPeriodReevaluatesWhatDependsOnIt()
    {
        testing::MatchingTestDatabase fx;
        QVERIFY2(fx.open(false), qPrintable(fx.error));
        store::Database &db = *fx.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        const QString oct = QStringLiteral("2021-10");
        QVERIFY(run.execute(request(oct)).ok());
        // September is decided after October: October's schedules, budgets and
        // stacking count September's awards, so every policy with any is decided again.
        QVERIFY(run.execute(request(kSept)).ok());
        auto again = run.execute(request(oct));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(!again->upToDate);
        QCOMPARE(again->reevaluated, kAll);
        QVERIFY(again->run.decisionsWritten > 0);
        const QString incremental = exportOf(db, oct);
        QCOMPARE(incremental, testing::readText(testing::goldenDir() + QStringLiteral("/expected_2021-10.csv")));

        // payment_history counts for the policy it names only: an imported
        // earlier payment re-evaluates TEST-LIVING and nothing else.
        // 441200197304040067 had June and July; August makes three months,
        // the most TEST-LIVING pays: October no longer qualifies.
        QTemporaryDir dir;
        const QString imported = importFile(db, dir, QStringLiteral("payment_history_delta.csv"),
            "op,policy_code,subject_id,period,amount,paid_date\n"
            "upsert,TEST-LIVING,441200197304040067,2021-08,1000,2021-08-28\n");
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        auto paid = run.execute(request(oct));
        QVERIFY2(paid.ok(), qPrintable(paid.error()));
        QCOMPARE(paid->reevaluated, QStringList{QStringLiteral("TEST-LIVING")});
        const auto changes = matching::DecisionStore(db).changes(paid->runId);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().subjectId, QStringLiteral("441200197304040067"));
        QCOMPARE(changes->first().change, matching::Change::Withdrawn);
        // And the result equals a full evaluation.
        const QString afterPayment = exportOf(db, oct);
        auto full = run.execute(request(oct, true));
        QVERIFY(full.ok());
        QCOMPARE(full->run.decisionsWritten, 0);
        QCOMPARE(exportOf(db, oct), afterPayment);
    }

    void secondRunOfAPeriod_isRefusedWhileTheFirstRuns_data() { MIANSHEN_BOTH_DATABASES(); }
    void secondRunOfAPeriod_isRefusedWhileTheFirstRuns()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        auto other = db.openAnother();
        QVERIFY2(other.ok(), qPrintable(other.error()));
        store::Database &db2 = *other.value();

        // Bookkeeping level: the second connection cannot start the period.
        {
            matching::RunRepository alice(db);
            auto started = alice.start({kSept, QStringLiteral("alice"), 1, {}, {}, {}});
            QVERIFY2(started.ok(), qPrintable(started.error()));
            matching::RunRepository bob(db2);
            auto refused = bob.start({kSept, QStringLiteral("bob"), 1, {}, {}, {}});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QStringLiteral("A run for 2021-09 is already in progress, started by alice at")),
                     qPrintable(refused.error()));
            // The same connection's second repository is refused too.
            QVERIFY(!matching::RunRepository(db).lockPeriod(kSept).ok());
            // Another period is free.
            QVERIFY(bob.lockPeriod(QStringLiteral("2021-10")).ok());
            bob.unlockPeriod();
            // The running run is alive: nobody marks it failed.
            const auto cleaned = bob.abandonStaleRuns();
            QVERIFY2(cleaned.ok(), qPrintable(cleaned.error()));
            QCOMPARE(cleaned.value(), 0);
            QCOMPARE(matching::RunRepository(db2).run(started.value())->status, QStringLiteral("running"));
            QVERIFY(alice.complete(started.value(), {}).ok());
            auto after = bob.start({kSept, QStringLiteral("bob"), 1, {}, {}, {}});
            QVERIFY2(after.ok(), qPrintable(after.error()));
            QVERIFY(bob.abort(after.value(), matching::RunStatus::Cancelled, QStringLiteral("test")).ok());
        }

        // Whole runs: while the first evaluates, a second one of the period on
        // the other connection is refused; one of another period is not.
        matching::MatchingRun first(db, catalog::FeedCatalog::builtin());
        std::optional<domain::Result<matching::RunResult>> samePeriod, otherPeriod;
        first.setProgress([&](const matching::Progress &p) {
            if (p.phase != matching::Progress::Phase::Evaluating || samePeriod)
                return;
            matching::MatchingRun second(db2, catalog::FeedCatalog::builtin());
            samePeriod = second.execute(request(kSept, true, QStringLiteral("bob")));
            otherPeriod = second.execute(request(QStringLiteral("2021-10"), false, QStringLiteral("bob")));
        });
        auto done = first.execute(request(kSept, true, QStringLiteral("alice")));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QVERIFY(samePeriod.has_value());
        QVERIFY(!samePeriod->ok());
        QVERIFY2(samePeriod->error().contains(QStringLiteral("already in progress, started by alice")),
                 qPrintable(samePeriod->error()));
        QVERIFY(otherPeriod.has_value());
        QVERIFY2(otherPeriod->ok(), qPrintable(otherPeriod->error()));
        QCOMPARE(exportOf(db, kSept), testing::readText(testing::goldenDir() + QStringLiteral("/expected_2021-09.csv")));
        // Exactly one run of September wrote decisions; nothing is left running.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM matching_runs WHERE status = 'running'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Once the first is done, the other connection may run the period.
        auto later = matching::MatchingRun(db2, catalog::FeedCatalog::builtin()).execute(request(kSept, false, QStringLiteral("bob")));
        QVERIFY2(later.ok(), qPrintable(later.error()));
        QVERIFY(later->upToDate);
    }

    void staleRunOfAClosedConnection_isFailedByTheNextStart_data() { MIANSHEN_BOTH_DATABASES(); }
    void staleRunOfAClosedConnection_isFailedByTheNextStart()
    {
        MIANSHEN_MATCHING_DB(db);
        qint64 dead = 0;
        {
            auto other = db.openAnother();
            QVERIFY(other.ok());
            matching::RunRepository gone(*other.value());
            auto started = gone.start({kSept, QStringLiteral("gone"), 1, {}, {}, {}});
            QVERIFY(started.ok());
            dead = started.value();
            // The connection closes without completing the run.
        }
        matching::RunRepository next(db);
        auto started = next.start({kSept, QStringLiteral("next"), 1, {}, {}, {}});
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(next.run(dead)->status, QStringLiteral("failed"));
    }

    void why_namesThePolicyThatTookTheStackingGroup_data() { MIANSHEN_BOTH_DATABASES(); }
    void why_namesThePolicyThatTookTheStackingGroup()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        QVERIFY(run.execute(request(kSept)).ok());
        // Person 0 has a first home in the zone: both housing policies apply,
        // TEST-HOUSE-A (rank 1) takes the group.
        const QString p0 = QStringLiteral("441200197001010012");
        auto why = run.why(kSept, QStringLiteral("TEST-HOUSE-B"), p0);
        QVERIFY2(why.ok(), qPrintable(why.error()));
        QVERIFY(!why->decision);
        QVERIFY(why->eligibleNow);
        QVERIFY(why->stacking.has_value());
        QCOMPARE(why->stacking->winner, QStringLiteral("TEST-HOUSE-A"));
        QCOMPARE(why->stacking->group, QStringLiteral("TEST-HOUSING"));
        QVERIFY(!why->stacking->earlier);
        const QString en = matching::ExplanationJson::render(why->explanation, rules::Language::En);
        QVERIFY2(en.contains(QStringLiteral("stacking group TEST-HOUSING: TEST-HOUSE-A takes precedence in this period")), qPrintable(en));
        const QString zh = matching::ExplanationJson::render(why->explanation, rules::Language::Zh);
        QVERIFY2(zh.contains(QStringLiteral("不重复享受")) && zh.contains(QStringLiteral("TEST-HOUSE-A")), qPrintable(zh));
        QCOMPARE(matching::ExplanationJson::stacking(why->explanation)->winner, QStringLiteral("TEST-HOUSE-A"));
        // The winner itself is not blocked.
        auto winner = run.why(kSept, QStringLiteral("TEST-HOUSE-A"), p0);
        QVERIFY(winner.ok() && winner->decision && !winner->stacking);

        // October: TEST-HOUSE-A was awarded in September (one-off); the group is taken earlier.
        QVERIFY(run.execute(request(QStringLiteral("2021-10"))).ok());
        auto oct = run.why(QStringLiteral("2021-10"), QStringLiteral("TEST-HOUSE-B"), p0);
        QVERIFY2(oct.ok(), qPrintable(oct.error()));
        QVERIFY(oct->stacking.has_value());
        QVERIFY(oct->stacking->earlier);
        QCOMPARE(oct->stacking->winner, QStringLiteral("TEST-HOUSE-A"));
        QVERIFY(matching::ExplanationJson::render(oct->explanation, rules::Language::En)
                    .contains(QStringLiteral("already awarded TEST-HOUSE-A in an earlier period")));
    }

    void withdrawnByStacking_storedExplanationNamesTheWinner()
    {
        testing::MatchingTestDatabase fx;
        QVERIFY2(fx.open(false), qPrintable(fx.error));
        store::Database &db = *fx.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        QVERIFY(run.execute(request(kSept)).ok());
        // Person 441200198201130259 got TEST-HOUSE-B (first home outside the
        // zone); the home turns out to be in the zone: TEST-HOUSE-A takes over.
        QTemporaryDir dir;
        const QString imported = importFile(db, dir, QStringLiteral("housing_transactions_delta.csv"),
            "op,id_number,contract_no,contract_date,property_area,floor_area_m2,price,first_home,registration_date\n"
            "upsert,441200198201130259,HT00012,2021-05-04,441200-GX,90.50,1200000,1,\n");
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        auto rerun = run.execute(request(kSept));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error()));
        QCOMPARE(rerun->reevaluated, (QStringList{QStringLiteral("TEST-HOUSE-A"), QStringLiteral("TEST-HOUSE-B")}));
        const auto changes = matching::DecisionStore(db).changes(rerun->runId);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(0).policyCode, QStringLiteral("TEST-HOUSE-A"));
        QCOMPARE(changes->at(0).change, matching::Change::New);
        QCOMPARE(changes->at(1).policyCode, QStringLiteral("TEST-HOUSE-B"));
        QCOMPARE(changes->at(1).change, matching::Change::Withdrawn);
        const QString json = testing::explanationJsonOf(db, changes->at(1));
        const auto block = matching::ExplanationJson::stacking(json);
        QVERIFY2(block.has_value(), qPrintable(json));
        QCOMPARE(block->winner, QStringLiteral("TEST-HOUSE-A"));
        QVERIFY(matching::ExplanationJson::render(json, rules::Language::En)
                    .contains(QStringLiteral("TEST-HOUSE-A takes precedence")));
    }

    void earlierAwardOfOneGroupMember_reevaluatesTheWholeGroup()
    {
        testing::MatchingTestDatabase fx;
        QVERIFY2(fx.open(false), qPrintable(fx.error));
        store::Database &db = *fx.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        QVERIFY(run.execute(request(kSept)).ok());
        // The previous system paid person 0 TEST-HOUSE-B (one-off) long ago:
        // only TEST-HOUSE-B's history changed, but TEST-HOUSE-A shares its
        // group and loses person 0.
        QTemporaryDir dir;
        const QString imported = importFile(db, dir, QStringLiteral("payment_history_delta.csv"),
            "op,policy_code,subject_id,period,amount,paid_date\n"
            "upsert,TEST-HOUSE-B,441200197001010012,,5000,2020-03-01\n");
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        auto rerun = run.execute(request(kSept));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error()));
        QCOMPARE(rerun->reevaluated, (QStringList{QStringLiteral("TEST-HOUSE-A"), QStringLiteral("TEST-HOUSE-B")}));
        const auto changes = matching::DecisionStore(db).changes(rerun->runId);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().policyCode, QStringLiteral("TEST-HOUSE-A"));
        QCOMPARE(changes->first().change, matching::Change::Withdrawn);
        const auto block = matching::ExplanationJson::stacking(testing::explanationJsonOf(db, changes->first()));
        QVERIFY(block && block->earlier && block->winner == u"TEST-HOUSE-B");
        const QString incremental = exportOf(db, kSept);
        auto full = run.execute(request(kSept, true));
        QVERIFY(full.ok());
        QCOMPARE(full->run.decisionsWritten, 0);
        QCOMPARE(exportOf(db, kSept), incremental);
    }

    void cli_whyAndMatch_sayStackingAndWhatWasReevaluated()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cli.sqlite"));
        {
            auto db = testing::openMigrated(store::ConnectionSpec::sqlite(file));
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(testing::importGolden(*db.value()).isEmpty());
            QVERIFY(testing::publishTestPolicies(*db.value()).isEmpty());
        }
        auto cli = [&](const QStringList &args) {
            QProcess p;
            p.setProgram(QStringLiteral(MIANSHEN_EXECUTABLE));
            p.setArguments(QStringList{QStringLiteral("--db"), file} + args);
            p.start();
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        auto [code, out] = cli({QStringLiteral("match"), QStringLiteral("--period"), kSept, QStringLiteral("--quiet")});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Re-evaluated (inputs changed): TEST-HOUSE-A, TEST-HOUSE-B, TEST-LIVING, TEST-PATENT. "
                                             "Unchanged (decisions kept): none.")), qPrintable(out));
        auto [code2, out2] = cli({QStringLiteral("match"), QStringLiteral("--period"), kSept, QStringLiteral("--quiet")});
        QCOMPARE(code2, 0);
        QVERIFY2(out2.contains(QStringLiteral("Nothing changed")) && out2.contains(QStringLiteral("unchanged (run 1)")), qPrintable(out2));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
            auto [c, why] = cli({QStringLiteral("why"), QStringLiteral("--period"), kSept, QStringLiteral("--policy"),
                                 QStringLiteral("TEST-HOUSE-B"), QStringLiteral("--lang"), lang, QStringLiteral("441200197001010012")});
            QVERIFY2(c == 0, qPrintable(why));
            if (lang == u"en")
                QVERIFY2(why.contains(QStringLiteral("Stacking group TEST-HOUSING: qualifies, but TEST-HOUSE-A takes precedence in this period")),
                         qPrintable(why));
            else
                QVERIFY2(why.contains(QStringLiteral("不重复享受：符合条件，但同组（TEST-HOUSING）的政策 TEST-HOUSE-A 本期优先")),
                         qPrintable(why));
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchingIncremental)
#include "tst_matching_incremental.moc"
