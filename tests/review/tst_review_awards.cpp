// Awards from decisions, on SQLite and PostgreSQL: a real run of the golden
// fixture makes auto -> approved, review -> awaiting_review, over budget ->
// held in the run's own transaction; a rerun with nothing changed writes
// nothing; a changed input reopens a decided award and keeps the decision
// on record; withdrawals; "awarded before" follows the awards.

#include "ReviewFixture.h"
#include "matching/GoldenFixture.h"

#include "audit/AuditVerifier.h"
#include "matching/DecisionStore.h"
#include "matching/MatchingRun.h"
#include "review/AwardStore.h"
#include "review/ReviewDecisions.h"

#include <QTest>

using namespace mianshen;
using testing::sqlCount;

namespace {

matching::RunRequest request(const QString &period, bool force = false)
{
    matching::RunRequest r;
    r.period = period;
    r.startedBy = QStringLiteral("tester");
    r.threads = 2;
    r.force = force;
    return r;
}

QString expectedStatus(matching::Outcome o)
{
    switch (o) {
    case matching::Outcome::Auto: return QStringLiteral("approved");
    case matching::Outcome::Review: return QStringLiteral("awaiting_review");
    case matching::Outcome::OverBudget: return QStringLiteral("held");
    }
    return {};
}

review::Award awardOf(store::Database &db, const QString &subject)
{
    auto a = review::AwardStore(db).find(QStringLiteral("TEST-X"), subject, QStringLiteral("2021-09"));
    return a && a.value() ? *a.value() : review::Award{};
}

} // namespace

class TestReviewAwards final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenRun_makesAwardsInItsTransaction_rerunWritesNothing_data() { MIANSHEN_BOTH_DATABASES(); }
    void goldenRun_makesAwardsInItsTransaction_rerunWritesNothing()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        run.setCompletionHook(&review::AwardStore::applyRun);
        auto first = run.execute(request(QStringLiteral("2021-09")));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto decisions = matching::DecisionStore(db).current(QStringLiteral("2021-09"));
        QVERIFY(decisions.ok());
        QVERIFY(decisions->size() > 10);
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM awards")), qint64(decisions->size()));
        QSet<QString> statuses;
        review::AwardStore store(db);
        for (const matching::Decision &d : decisions.value()) {
            auto a = store.find(d.policyCode, d.subjectId, d.period);
            QVERIFY(a.ok() && a.value());
            QCOMPARE(a.value()->status, expectedStatus(*d.outcome));
            QCOMPARE(a.value()->amountFen, d.amountFen);
            QCOMPARE(a.value()->flags, d.flags);
            QCOMPARE(a.value()->decidedInRun, first->runId);
            statuses.insert(a.value()->status);
        }
        QVERIFY(statuses.contains(QStringLiteral("approved")));
        QVERIFY(statuses.contains(QStringLiteral("awaiting_review")));
        // New awards: one audit row for the run, not one per award.
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'awards.apply_run'")), 1);

        const qint64 audit = sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto again = run.execute(request(QStringLiteral("2021-09"), true));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->run.decisionsWritten, 0);
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM award_changes")), 0);
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT MAX(version) FROM awards")), 1);
        // The forced run records itself (run.complete); no award changed.
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit + 1);
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'award%'")), 1);
        auto verified = audit::verifyAuditChain(db);
        QVERIFY(verified.ok() && verified->intact());
    }

    void laterRun_updatesUndecided_reopensDecided_withdraws_data() { MIANSHEN_BOTH_DATABASES(); }
    void laterRun_updatesUndecided_reopensDecided_withdraws()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("publisher")).isEmpty());
        const QString p = QStringLiteral("2021-09");
        const qint64 run1 = testing::completedRun(db, p);
        QVERIFY(testing::addDecisions(db, run1, QStringLiteral("TEST-X"), p, {
            {QStringLiteral("A"), QStringLiteral("new"), QStringLiteral("auto"), 50000, {}},
            {QStringLiteral("B"), QStringLiteral("new"), QStringLiteral("review"), 50000, QStringLiteral("F1")},
            {QStringLiteral("C"), QStringLiteral("new"), QStringLiteral("over_budget"), 70000, {}},
            {QStringLiteral("D"), QStringLiteral("new"), QStringLiteral("review"), 80000, QStringLiteral("F1")},
            {QStringLiteral("E"), QStringLiteral("new"), QStringLiteral("review"), 10000, QStringLiteral("F2")},
        }).isEmpty());
        auto c1 = testing::applyInTransaction(db, run1);
        QVERIFY2(c1.ok(), qPrintable(c1.error()));
        QCOMPARE(c1->created, 5);
        QCOMPARE(awardOf(db, QStringLiteral("A")).status, QStringLiteral("approved"));
        QCOMPARE(awardOf(db, QStringLiteral("B")).status, QStringLiteral("awaiting_review"));
        QCOMPARE(awardOf(db, QStringLiteral("C")).status, QStringLiteral("held"));
        // Applying the same run again changes nothing.
        auto same = testing::applyInTransaction(db, run1);
        QVERIFY(same.ok());
        QCOMPARE(same->total(), 0);

        // A reviewer approves B and rejects D.
        qputenv("USER", "alice");
        review::ReviewDecisions decide(db);
        const review::Award b = awardOf(db, QStringLiteral("B"));
        auto approved = decide.decide({b.id, b.version, review::ReviewAction::Approve, {}, QStringLiteral("ok"), {}, {}});
        QVERIFY2(approved.ok(), qPrintable(approved.error()));
        const review::Award d = awardOf(db, QStringLiteral("D"));
        auto rejected = decide.decide({d.id, d.version, review::ReviewAction::Reject, QStringLiteral("not_eligible"),
                                       QStringLiteral("not resident"), {}, {}});
        QVERIFY2(rejected.ok(), qPrintable(rejected.error()));

        // Run 2: B's amount changes (decided -> reopened), D's flags change
        // (rejected -> reopened), A's amount changes (approved by the run:
        // updated, stays approved), C now fits the budget (held -> approved),
        // E's amount changes while awaiting (updated).
        const qint64 run2 = testing::completedRun(db, p);
        QVERIFY(testing::addDecisions(db, run2, QStringLiteral("TEST-X"), p, {
            {QStringLiteral("A"), QStringLiteral("changed"), QStringLiteral("auto"), 60000, {}},
            {QStringLiteral("B"), QStringLiteral("changed"), QStringLiteral("review"), 80000, QStringLiteral("F1")},
            {QStringLiteral("C"), QStringLiteral("changed"), QStringLiteral("auto"), 70000, {}},
            {QStringLiteral("D"), QStringLiteral("changed"), QStringLiteral("review"), 80000, QStringLiteral("F1;F2")},
            {QStringLiteral("E"), QStringLiteral("changed"), QStringLiteral("review"), 20000, QStringLiteral("F2")},
        }).isEmpty());
        const qint64 auditBefore = sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto c2 = testing::applyInTransaction(db, run2);
        QVERIFY2(c2.ok(), qPrintable(c2.error()));
        QCOMPARE(c2->reopened, 2);
        QCOMPARE(c2->updated, 3);
        QCOMPARE(c2->created, 0);
        // One audit row per changed award plus the run's.
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 6);
        const review::Award b2 = awardOf(db, QStringLiteral("B"));
        QCOMPARE(b2.status, QStringLiteral("reopened"));
        QCOMPARE(b2.amountFen, 80000);
        QCOMPARE(b2.version, b.version + 2);
        // The earlier decision stays on record, and the reason says what changed.
        auto history = decide.reviews(b.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().action, QStringLiteral("approve"));
        auto changes = review::AwardStore(db).changes(b.id);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().kind, QStringLiteral("reopened"));
        QVERIFY2(changes->first().reason().contains(QStringLiteral("from ¥500.00 to ¥800.00")),
                 qPrintable(changes->first().reason()));
        QCOMPARE(awardOf(db, QStringLiteral("D")).status, QStringLiteral("reopened"));
        QCOMPARE(awardOf(db, QStringLiteral("A")).status, QStringLiteral("approved"));
        QCOMPARE(awardOf(db, QStringLiteral("A")).amountFen, 60000);
        QCOMPARE(awardOf(db, QStringLiteral("C")).status, QStringLiteral("approved"));
        QCOMPARE(awardOf(db, QStringLiteral("E")).status, QStringLiteral("awaiting_review"));
        QCOMPARE(awardOf(db, QStringLiteral("E")).amountFen, 20000);

        // Run 3: A and E no longer qualify -> withdrawn with the reason.
        const qint64 run3 = testing::completedRun(db, p);
        QVERIFY(testing::addDecisions(db, run3, QStringLiteral("TEST-X"), p, {
            {QStringLiteral("A"), QStringLiteral("withdrawn"), {}, 0, {}},
            {QStringLiteral("E"), QStringLiteral("withdrawn"), {}, 0, {}},
        }).isEmpty());
        auto c3 = testing::applyInTransaction(db, run3);
        QVERIFY2(c3.ok(), qPrintable(c3.error()));
        QCOMPARE(c3->withdrawn, 2);
        QCOMPARE(awardOf(db, QStringLiteral("A")).status, QStringLiteral("withdrawn"));
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'award.withdrawn' AND reason LIKE ?"),
                          {QStringLiteral("%no longer qualifies%")}), 2);
        auto verified = audit::verifyAuditChain(db);
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact(), qPrintable(verified->message()));
    }

    // A case returned for data correction waits until its feed is imported
    // again and the policy is matched again; then it is awaiting review again.
    void returnedCase_resumesAfterItsFeedIsImportedAgain_data() { MIANSHEN_BOTH_DATABASES(); }
    void returnedCase_resumesAfterItsFeedIsImportedAgain()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("publisher")).isEmpty());
        const QString p = QStringLiteral("2021-09");
        const qint64 run1 = testing::completedRun(db, p);
        QVERIFY(testing::addDecisions(db, run1, QStringLiteral("TEST-X"), p,
                                      {{QStringLiteral("R"), QStringLiteral("new"), QStringLiteral("review"), 1000, QStringLiteral("F")}})
                    .isEmpty());
        QVERIFY(testing::applyInTransaction(db, run1).ok());
        const review::Award a = awardOf(db, QStringLiteral("R"));
        auto returned = review::ReviewDecisions(db).decide({a.id, a.version, review::ReviewAction::Return, {},
                                                            QStringLiteral("the degree looks wrong"),
                                                            QStringLiteral("education"), QStringLiteral("degree")});
        QVERIFY2(returned.ok(), qPrintable(returned.error()));
        QCOMPARE(returned->award.status, QStringLiteral("returned"));
        auto runOfPolicy = [&]() {
            const qint64 run = testing::completedRun(db, p);
            const QString e = testing::sqlExec(db, QStringLiteral("INSERT INTO run_policies (run_id, policy_code, policy_version) "
                                                                  "VALUES (?, 'TEST-X', 1)"), {run});
            return e.isEmpty() ? run : -1;
        };
        // A run without a new education import: still returned.
        const qint64 run2 = runOfPolicy();
        QVERIFY(run2 > 0);
        QVERIFY(testing::applyInTransaction(db, run2).ok());
        QCOMPARE(awardOf(db, QStringLiteral("R")).status, QStringLiteral("returned"));
        // The education feed is imported again; the next run resumes the case.
        QVERIFY(testing::sqlExec(db, QStringLiteral(
            "INSERT INTO import_history (started_at, actor, file_name, sha256, feed, mode, result) VALUES "
            "('2021-10-03T08:00:00Z', 'clerk', 'education.csv', ?, 'education', 'snapshot', 'imported')"),
            {QString(64, QLatin1Char('a'))}).isEmpty());
        const qint64 run3 = runOfPolicy();
        auto resumed = testing::applyInTransaction(db, run3);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed->resumed, 1);
        QCOMPARE(awardOf(db, QStringLiteral("R")).status, QStringLiteral("awaiting_review"));
    }

    // docs/matching.md "Awarded before": approved, awaiting_review, returned,
    // reopened, paid count; rejected, withdrawn, held do not.
    void awardWithPaymentOnItsWay_isLeftAsItIs_data() { MIANSHEN_BOTH_DATABASES(); }
    void awardWithPaymentOnItsWay_isLeftAsItIs()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("publisher")).isEmpty());
        const QString p = QStringLiteral("2021-09");
        const qint64 run1 = testing::completedRun(db, p);
        QVERIFY(testing::addDecisions(db, run1, QStringLiteral("TEST-X"), p, {
            {QStringLiteral("A"), QStringLiteral("new"), QStringLiteral("auto"), 50000, {}},
            {QStringLiteral("B"), QStringLiteral("new"), QStringLiteral("auto"), 50000, {}},
        }).isEmpty());
        QVERIFY(testing::applyInTransaction(db, run1).ok());
        // A's payment is in a batch (created, not yet sent); B has none.
        const review::Award a = awardOf(db, QStringLiteral("A"));
        QCOMPARE(testing::sqlExec(db, QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at) "
                                                     "VALUES (?, 'clerk', '2021-10-01T00:00:00Z')"), {p}), QString());
        QCOMPARE(testing::sqlExec(db, QStringLiteral(
                     "INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, award_period, "
                     "amount_fen, account_name, bank_name, account_no, account_import_id, created_at, status) "
                     "SELECT ?, MAX(id), 'TEST-X', 'A', 'person', ?, ?, 50000, 'A', 'Bank', '6222000000000001', 1, "
                     "'2021-10-01T00:00:00Z', 'created' FROM payment_batches"), {a.id, p, p}), QString());

        // Run 2 withdraws both: B is withdrawn, A stays approved (its
        // payment is on its way) and the change is on record.
        const qint64 run2 = testing::completedRun(db, p);
        QVERIFY(testing::addDecisions(db, run2, QStringLiteral("TEST-X"), p, {
            {QStringLiteral("A"), QStringLiteral("withdrawn"), {}, 0, {}},
            {QStringLiteral("B"), QStringLiteral("withdrawn"), {}, 0, {}},
        }).isEmpty());
        auto c2 = testing::applyInTransaction(db, run2);
        QVERIFY2(c2.ok(), qPrintable(c2.error()));
        QCOMPARE(awardOf(db, QStringLiteral("B")).status, QStringLiteral("withdrawn"));
        const review::Award a2 = awardOf(db, QStringLiteral("A"));
        QCOMPARE(a2.status, QStringLiteral("approved"));
        QCOMPARE(a2.version, a.version);
        QCOMPARE(a2.amountFen, qint64(50000));
        QCOMPARE(testing::sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM award_changes WHERE award_id = ? AND kind = 'paid_changed'"),
                                   {a.id}), qint64(1));
    }

    void awardedBefore_followsTheAwards_data() { MIANSHEN_BOTH_DATABASES(); }
    void awardedBefore_followsTheAwards()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("publisher")).isEmpty());
        const qint64 run = testing::completedRun(db, QStringLiteral("2021-08"));
        const QStringList statuses{QStringLiteral("approved"), QStringLiteral("awaiting_review"), QStringLiteral("returned"),
                                   QStringLiteral("reopened"), QStringLiteral("paid"), QStringLiteral("rejected"),
                                   QStringLiteral("withdrawn"), QStringLiteral("held")};
        QList<testing::TestDecision> rows;
        for (const QString &s : statuses)
            rows.append({s, QStringLiteral("new"), QStringLiteral("review"), 1000, QStringLiteral("F")});
        QVERIFY(testing::addDecisions(db, run, QStringLiteral("TEST-X"), QStringLiteral("2021-08"), rows).isEmpty());
        auto applied = testing::applyInTransaction(db, run);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        for (const QString &s : statuses)
            QVERIFY(testing::sqlExec(db, QStringLiteral("UPDATE awards SET status = ? WHERE subject_id = ?"), {s, s}).isEmpty());
        auto history = matching::DecisionStore(db).historyBefore(QStringLiteral("2021-09"));
        QVERIFY2(history.ok(), qPrintable(history.error()));
        for (const QString &s : statuses) {
            const bool counts = s != u"rejected" && s != u"withdrawn" && s != u"held";
            QVERIFY2(history->monthsOf(QStringLiteral("TEST-X"), s) == (counts ? 1 : 0), qPrintable(s));
        }
    }
};

QTEST_GUILESS_MAIN(TestReviewAwards)
#include "tst_review_awards.moc"
