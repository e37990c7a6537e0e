// The named steps of a matching run, each on its own: the plan (published
// versions in effect and the feeds they read), the fingerprints that decide
// what is evaluated again, and the award rules after evaluation (stacking
// groups in the period and across periods).

#include "GoldenFixture.h"
#include "MatchingTestDatabase.h"

#include "matching/AwardRules.h"
#include "matching/MatchingRun.h"
#include "matching/RunPlan.h"

#include <QTest>

using namespace mianshen;

namespace {

const domain::Month kSept = domain::Month::fromYearMonth(2021, 9);

std::shared_ptr<rules::Policy> grouped(const QString &code, const QString &group, int rank)
{
    auto p = std::make_shared<rules::Policy>();
    p->code = code;
    p->stackingGroup = group;
    p->stackingRank = rank;
    return p;
}

matching::EngineAward award(std::int32_t subject, std::int64_t fen)
{
    return {subject, fen, 0, matching::Outcome::Auto};
}

std::vector<std::int32_t> subjectsOf(const matching::EnginePolicyResult &r)
{
    std::vector<std::int32_t> out;
    for (const auto &a : r.awards)
        out.push_back(a.subject);
    return out;
}

} // namespace

class TestMatchingSteps final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_namesEveryPolicyInEffectAndTheFeedsTheyRead()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        QCOMPARE(testing::importGolden(*fixture.db), QString());
        QCOMPARE(testing::publishTestPolicies(*fixture.db), QString());

        auto plan = matching::planRun(*fixture.db, catalog::FeedCatalog::builtin(), kSept, {});
        QVERIFY2(plan, qPrintable(plan.error()));
        QStringList codes;
        for (const auto &p : plan->policies)
            codes << p.policy->code;
        codes.sort();
        QCOMPARE(codes, (QStringList{"TEST-HOUSE-A", "TEST-HOUSE-B", "TEST-LIVING", "TEST-PATENT"}));
        QVERIFY(plan->feeds.contains(QStringLiteral("persons")));
        QVERIFY(plan->feeds.contains(QStringLiteral("enterprises")));
        QVERIFY(plan->feeds.contains(QStringLiteral("payment_history")));
        QVERIFY(std::is_sorted(plan->feeds.begin(), plan->feeds.end()));
        QVERIFY(plan->policyVersions.contains(QStringLiteral("TEST-LIVING=1")));

        auto none = matching::planRun(*fixture.db, catalog::FeedCatalog::builtin(), domain::Month::fromYearMonth(1999, 1), {});
        QVERIFY(!none);
    }

    void fingerprint_afterACompletedRun_isUpToDate_unlessForced()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        QCOMPARE(testing::importGolden(*fixture.db), QString());
        QCOMPARE(testing::publishTestPolicies(*fixture.db), QString());
        const auto &catalog = catalog::FeedCatalog::builtin();

        auto fresh = matching::planRun(*fixture.db, catalog, kSept, {});
        QVERIFY(fresh);
        QVERIFY(matching::fingerprintRun(*fixture.db, fresh.value(), false));
        QVERIFY(!fresh->upToDate());
        QVERIFY(!fresh->fingerprint.isEmpty());
        QVERIFY(fresh->inputs.contains(QStringLiteral("persons=")));

        matching::RunRequest request;
        request.period = kSept.toString();
        request.startedBy = QStringLiteral("tester");
        request.threads = 2;
        auto run = matching::MatchingRun(*fixture.db, catalog).execute(request);
        QVERIFY2(run, qPrintable(run.error()));

        auto again = matching::planRun(*fixture.db, catalog, kSept, {});
        QVERIFY(again);
        QVERIFY(matching::fingerprintRun(*fixture.db, again.value(), false));
        QVERIFY(again->upToDate());
        QCOMPARE(again->fingerprint, fresh->fingerprint);
        for (const auto &p : again->policies)
            QCOMPARE(p.fingerprint, again->previous.value(p.policy->code).fingerprint);

        QVERIFY(matching::fingerprintRun(*fixture.db, again.value(), true));
        QVERIFY(std::all_of(again->policies.begin(), again->policies.end(), [](const auto &p) { return p.reevaluate; }));
    }

    void stacking_lowestRankWins_thenLargerAmount_thenCode()
    {
        std::vector<matching::EnginePolicy> policies(3);
        policies[0].policy = grouped(QStringLiteral("B"), QStringLiteral("G"), 1);
        policies[1].policy = grouped(QStringLiteral("A"), QStringLiteral("G"), 1);
        policies[2].policy = grouped(QStringLiteral("C"), QStringLiteral("G"), 0);
        std::vector<matching::EnginePolicyResult> results(3);
        results[0].awards = {award(1, 500), award(2, 900), award(4, 100)};   // B
        results[1].awards = {award(1, 500), award(2, 800), award(3, 100)};   // A
        results[2].awards = {award(3, 1)};                                   // C: rank 0 takes subject 3
        matching::AwardRules::settleStackingGroups(policies, results);
        QCOMPARE(subjectsOf(results[0]), (std::vector<std::int32_t>{2, 4}));   // 2: larger amount
        QCOMPARE(subjectsOf(results[1]), (std::vector<std::int32_t>{1}));      // 1: same amount, code A first
        QCOMPARE(subjectsOf(results[2]), (std::vector<std::int32_t>{3}));
        QCOMPARE(results[0].stackingLost, qint64(1));
        QCOMPARE(results[1].skipped, qint64(2));
    }

    void stacking_subjectsAwardedBeforeByTheGroup_areSkipped()
    {
        std::vector<matching::EnginePolicy> policies(1);
        policies[0].policy = grouped(QStringLiteral("A"), QStringLiteral("G"), 0);
        policies[0].groupTakenBefore = {2, 5};
        std::vector<matching::EnginePolicyResult> results(1);
        results[0].awards = {award(1, 100), award(2, 100), award(3, 100)};
        matching::AwardRules::dropGroupTakenBefore(policies, results);
        QCOMPARE(subjectsOf(results[0]), (std::vector<std::int32_t>{1, 3}));
        QCOMPARE(results[0].stackingLost, qint64(1));
        QCOMPARE(results[0].skipped, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestMatchingSteps)
#include "tst_matching_steps.moc"
