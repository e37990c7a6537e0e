// The golden fixture: a few hundred subjects imported with the real
// importer, the test policies published with the real repository, matched
// for four months; every export must equal the expected decisions computed
// independently by data/make_golden.py (flags, auto / review / over budget,
// budget order, stacking group also across months, one-off never repeated,
// max months counting payment_history). Also: idempotence, determinism over
// thread counts, why / why-not answers, per-condition counts.

#include "GoldenFixture.h"
#include "MatchingTestDatabase.h"

#include "matching/DecisionStore.h"
#include "matching/ExplanationJson.h"
#include "matching/MatchingRun.h"
#include "matching/RunRepository.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace mianshen;

namespace {

using testing::exportOf;

QString allDecisionRows(store::Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT r.period, d.policy_code, d.subject_id, d.period, d.change, d.outcome, d.amount_fen, "
                          "d.flags, d.explanation FROM decisions d JOIN matching_runs r ON r.id = d.run_id "
                          "ORDER BY r.period, d.policy_code, d.subject_id, d.period"));
    QString out;
    while (q.next()) {
        for (int i = 0; i < 9; ++i)
            out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

const QStringList kPeriods = {QStringLiteral("2021-09"), QStringLiteral("2021-10"), QStringLiteral("2021-11"),
                              QStringLiteral("2021-12")};

} // namespace

class TestMatchingGolden final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_decisionsEqualExpected_everyMonth_data() { MIANSHEN_BOTH_DATABASES(); }
    void golden_decisionsEqualExpected_everyMonth()
    {
        MIANSHEN_MATCHING_DB(db);
        const QString imported = testing::importGolden(db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        const QString published = testing::publishTestPolicies(db);
        QVERIFY2(published.isEmpty(), qPrintable(published));
        for (const QString &period : kPeriods) {
            matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
            auto result = run.execute({period, {}, QStringLiteral("tester"), 3, false});
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QVERIFY(!result->upToDate);
            QCOMPARE(result->run.status, QStringLiteral("completed"));
            const QString expected = testing::readText(testing::goldenDir() + QStringLiteral("/expected_") + period + QStringLiteral(".csv"));
            QCOMPARE(exportOf(db, period), expected);
        }
        // Summary of September, by hand from the fixture: 20 of 44 patent
        // awards fit the budget (16 auto, 4 flagged), 24 over budget.
        matching::RunRepository runs(db);
        const auto sept = runs.latestCompleted(QStringLiteral("2021-09"));
        QVERIFY(sept.ok() && sept->has_value());
        const auto summaries = runs.policySummaries(sept->value().id);
        bool seen = false;
        for (const auto &s : summaries.value()) {
            if (s.policyCode != u"TEST-PATENT")
                continue;
            seen = true;
            QCOMPARE(s.approved, 16);
            QCOMPARE(s.flagged, 4);
            QCOMPARE(s.overBudget, 24);
            QCOMPARE(s.totalFen, 20 * 500000);
            QCOMPARE(s.evaluated, 80);
            QCOMPARE(s.ineligible, 80 - 44);
        }
        QVERIFY(seen);
        // Ineligible enterprises counted by the first condition they failed.
        qint64 failed = 0;
        const auto counts = runs.conditionCounts(sept->value().id);
        QVERIFY(counts.ok());
        for (const auto &c : counts.value())
            if (c.policyCode == u"TEST-PATENT")
                failed += c.failed;
        QCOMPARE(failed, 80 - 44);
    }

    void rerun_withNothingChanged_writesNothing_data() { MIANSHEN_BOTH_DATABASES(); }
    void rerun_withNothingChanged_writesNothing()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        auto first = run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QString before = allDecisionRows(db);
        auto again = run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false});
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->upToDate);
        QCOMPARE(again->runId, first->runId);
        QCOMPARE(allDecisionRows(db), before);
        // Forced, it evaluates again and finds no change to write.
        auto forced = run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 1, true});
        QVERIFY2(forced.ok(), qPrintable(forced.error()));
        QVERIFY(forced->runId > first->runId);
        QCOMPARE(forced->run.decisionsWritten, 0);
        QCOMPARE(allDecisionRows(db), before);
    }

    void sweep_afterImport_showsNewChangedAndNoLongerQualifying()
    {
        testing::MatchingTestDatabase fx;
        QVERIFY2(fx.open(false), qPrintable(fx.error));
        store::Database &db = *fx.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        QVERIFY(run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false}).ok());
        // A delta: person 0 loses their first home (no longer qualifies for
        // TEST-HOUSE-A); a revoked enterprise (3) becomes active again and
        // takes budget order position by its establishment date.
        QTemporaryDir dir;
        const QString p0 = testing::readText(testing::goldenDir() + QStringLiteral("/persons.csv")).split(QLatin1Char('\n')).at(1).section(QLatin1Char(','), 0, 0);
        QFile housing(dir.filePath(QStringLiteral("housing_transactions_delta.csv")));
        QVERIFY(housing.open(QIODevice::WriteOnly));
        housing.write("op,id_number,contract_no,contract_date,property_area,floor_area_m2,price,first_home,registration_date\n");
        housing.write(QStringLiteral("delete,%1,HT00000,2021-05-01,441200-GX,90.50,1200000,1,\n").arg(p0).toUtf8());
        housing.close();
        const auto report = feeds::Importer(db, catalog::FeedCatalog::builtin()).import(housing.fileName());
        QVERIFY2(report.imported(), qPrintable(report.toText() + report.message));
        auto rerun = run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false});
        QVERIFY2(rerun.ok(), qPrintable(rerun.error()));
        QVERIFY(!rerun->upToDate);
        const auto changes = matching::DecisionStore(db).changes(rerun->runId);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().policyCode, QStringLiteral("TEST-HOUSE-A"));
        QCOMPARE(changes->first().subjectId, p0);
        QCOMPARE(changes->first().change, matching::Change::Withdrawn);
        QCOMPARE(changes->first().previousAmountFen.value_or(0), 300000);
        QVERIFY(testing::explanationOf(db, changes->first(), rules::Language::En).contains(QStringLiteral("zone_first_home")));
        for (const auto &s : rerun->policies)
            if (s.policyCode == u"TEST-HOUSE-A")
                QCOMPARE(s.noLongerQualifying, 1);
    }

    void determinism_oneThreadOrMany_sameDecisionsAndExplanations()
    {
        QString rows[2];
        for (int k = 0; k < 2; ++k) {
            testing::MatchingTestDatabase fx;
            QVERIFY2(fx.open(false), qPrintable(fx.error));
            QVERIFY(testing::importGolden(*fx.db).isEmpty());
            QVERIFY(testing::publishTestPolicies(*fx.db).isEmpty());
            matching::MatchingRun run(*fx.db, catalog::FeedCatalog::builtin());
            for (const QString &period : kPeriods)
                QVERIFY(run.execute({period, {}, QStringLiteral("tester"), k == 0 ? 1 : 8, false}).ok());
            rows[k] = allDecisionRows(*fx.db);
        }
        QVERIFY(rows[0].size() > 10000);
        QCOMPARE(rows[1], rows[0]);
    }

    void why_answersAwardedAndNotAwarded_data() { MIANSHEN_BOTH_DATABASES(); }
    void why_answersAwardedAndNotAwarded()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        QVERIFY(run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false}).ok());
        const QStringList ents = testing::readText(testing::goldenDir() + QStringLiteral("/enterprises.csv")).split(QLatin1Char('\n'));
        auto id = [&](int i) { return ents.at(i + 1).section(QLatin1Char(','), 0, 0); };
        // Enterprise 3 is revoked: not awarded, the failed condition and the value it saw.
        auto revoked = run.why(QStringLiteral("2021-09"), QStringLiteral("TEST-PATENT"), id(3));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error()));
        QVERIFY(!revoked->decision);
        QVERIFY(!revoked->eligibleNow);
        const QString en = matching::ExplanationJson::render(revoked->explanation, rules::Language::En);
        QVERIFY2(en.contains(QStringLiteral("active")) && en.contains(QStringLiteral("revoked")), qPrintable(en));
        QVERIFY(!matching::ExplanationJson::render(revoked->explanation, rules::Language::Zh).isEmpty());
        // Enterprise 7 is on the dishonesty list: the exclusion fired.
        auto dishonest = run.why(QStringLiteral("2021-09"), QStringLiteral("TEST-PATENT"), id(7));
        QVERIFY(dishonest.ok());
        QVERIFY(matching::ExplanationJson::render(dishonest->explanation, rules::Language::En).contains(QStringLiteral("dishonest")));
        // Enterprise 0 is awarded: the stored decision comes with it.
        auto awarded = run.why(QStringLiteral("2021-09"), QStringLiteral("TEST-PATENT"), id(0));
        QVERIFY(awarded.ok());
        QVERIFY(awarded->decision.has_value());
        QVERIFY(awarded->eligibleNow);
        QVERIFY(!awarded->decision->explanation.isEmpty());
        // ... with its explanation as at decision time, rebuilt from the stored form.
        QVERIFY(matching::ExplanationJson::render(awarded->decision->explanation, rules::Language::En).contains(QStringLiteral("Decision: ")));
        QCOMPARE(matching::ExplanationJson::render(awarded->decision->explanation, rules::Language::En),
                 matching::ExplanationJson::render(awarded->explanation, rules::Language::En));
        // An unknown subject: answered, not awarded.
        auto unknown = run.why(QStringLiteral("2021-09"), QStringLiteral("TEST-PATENT"), QStringLiteral("91441200MA99999999"));
        QVERIFY(unknown.ok());
        QVERIFY(!unknown->eligibleNow);
        // An unknown policy: a clear error.
        QVERIFY(!run.why(QStringLiteral("2021-09"), QStringLiteral("NO-SUCH"), id(0)).ok());
    }

    void cancel_duringEvaluation_leavesCancelledRunAndNoDecisions()
    {
        testing::MatchingTestDatabase fx;
        QVERIFY2(fx.open(false), qPrintable(fx.error));
        QVERIFY(testing::importGolden(*fx.db).isEmpty());
        QVERIFY(testing::publishTestPolicies(*fx.db).isEmpty());
        std::atomic<bool> cancel{false};
        matching::MatchingRun run(*fx.db, catalog::FeedCatalog::builtin());
        run.setCancelFlag(&cancel);
        bool sawEvaluating = false;
        run.setProgress([&](const matching::Progress &p) {
            if (p.phase == matching::Progress::Phase::Evaluating) {
                sawEvaluating = true;
                cancel = true;   // the user presses Cancel
            }
        });
        auto result = run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false});
        QVERIFY(!result.ok());
        QVERIFY(sawEvaluating);
        auto runs = matching::RunRepository(*fx.db).list();
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().status, QStringLiteral("cancelled"));
        QSqlQuery q(fx.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The next run completes as if nothing had happened.
        matching::MatchingRun again(*fx.db, catalog::FeedCatalog::builtin());
        QVERIFY(again.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false}).ok());
        QCOMPARE(exportOf(*fx.db, QStringLiteral("2021-09")),
                 testing::readText(testing::goldenDir() + QStringLiteral("/expected_2021-09.csv")));
    }

    void publish_sameTextTwice_isOneVersion_changedTextIsNext()
    {
        testing::MatchingTestDatabase fx;
        QVERIFY2(fx.open(false), qPrintable(fx.error));
        matching::PolicyRepository repo(*fx.db, catalog::FeedCatalog::builtin());
        const QString text = testing::readText(testing::policyDir() + QStringLiteral("/test-living.json"));
        auto first = repo.publishText(text, QStringLiteral("a.json"), QStringLiteral("x"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->policy.version, 1);
        auto same = repo.publishText(text, QStringLiteral("a.json"), QStringLiteral("x"));
        QVERIFY(same.ok() && same->alreadyPublished && same->policy.version == 1);
        QString changed = text;
        changed.replace(QStringLiteral("yuan(1000)"), QStringLiteral("yuan(1200)"));
        auto next = repo.publishText(changed, QStringLiteral("a.json"), QStringLiteral("x"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->policy.version, 2);
        QCOMPARE(repo.get(QStringLiteral("TEST-LIVING"), 1)->source, text);
        // A broken file and a file whose embedded test fails are refused.
        QString broken = text;
        broken.replace(QStringLiteral("s.insurance_type"), QStringLiteral("s.insurance_typo"));
        QVERIFY(!repo.publishText(broken, QStringLiteral("b.json"), QStringLiteral("x")).ok());
        QString failing = testing::readText(testing::policyDir() + QStringLiteral("/test-patent.json"));
        failing.replace(QStringLiteral("\"amount\": \"5000\""), QStringLiteral("\"amount\": \"5001\""));
        const auto refused = repo.publishText(failing, QStringLiteral("c.json"), QStringLiteral("x"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("eligible")), qPrintable(refused.error()));
        QCOMPARE(repo.list()->size(), 2);
        // Withdrawn: the older version is in effect again.
        QVERIFY(repo.withdraw(QStringLiteral("TEST-LIVING"), 2, QStringLiteral("x")).ok());
        QCOMPARE(repo.effectiveFor(QStringLiteral("2021-09"))->first().version, 1);
        QVERIFY(!repo.withdraw(QStringLiteral("TEST-LIVING"), 2, QStringLiteral("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMatchingGolden)
#include "tst_matching_golden.moc"
