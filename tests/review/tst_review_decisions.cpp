// Reviewers' decisions: four eyes, claims and leases, stale versions, undo,
// overdue cases. Different reviewers on SQLite are different USER values
// (audit::currentActor); PostgreSQL's own logins are in tst_review_concurrency.

#include "ReviewFixture.h"

#include "review/AwardStore.h"
#include "review/ClaimService.h"
#include "review/ReviewDecisions.h"
#include "review/ReviewQueue.h"
#include "review/WorkingDays.h"

#include "catalog/FeedCatalog.h"
#include "review/ReviewSettings.h"
#include "rules/PolicyLoader.h"

#include <QFile>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mianshen;
using testing::sqlCount;
using testing::sqlExec;

namespace {

void actAs(const char *user)
{
    qputenv("USER", user);
}

review::Award awardOf(store::Database &db, qint64 id)
{
    auto a = review::AwardStore(db).award(id);
    return a ? a.value() : review::Award{};
}

review::DecisionRequest approve(const review::Award &a)
{
    return {a.id, a.version, review::ReviewAction::Approve, {}, {}, {}, {}};
}

qint64 idOf(store::Database &db, const QString &subject)
{
    return sqlCount(db, QStringLiteral("SELECT id FROM awards WHERE subject_id = ?"), {subject});
}

} // namespace

class TestReviewDecisions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourEyes_oneReviewerCannotApproveTwice_publisherNotAlone_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
    }
    void fourEyes_oneReviewerCannotApproveTwice_publisherNotAlone()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("pub"),
                                     QStringLiteral("{\"four_eyes\": {\"above_yuan\": \"1000.00\", \"flags\": [\"RISK\"]}}"))
                    .isEmpty());
        const qint64 run = testing::completedRun(db, QStringLiteral("2021-09"));
        QVERIFY(testing::addDecisions(db, run, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), {
            {QStringLiteral("BIG"), QStringLiteral("new"), QStringLiteral("review"), 200000, QStringLiteral("F")},
            {QStringLiteral("SMALL"), QStringLiteral("new"), QStringLiteral("review"), 10000, QStringLiteral("F")},
            {QStringLiteral("RISKY"), QStringLiteral("new"), QStringLiteral("review"), 10000, QStringLiteral("RISK")},
        }).isEmpty());
        QVERIFY(testing::applyInTransaction(db, run).ok());

        // Above the amount: alice's approval is the first of two; she cannot give the second.
        actAs("alice");
        auto first = review::ReviewDecisions(db).decide(approve(awardOf(db, idOf(db, QStringLiteral("BIG")))));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->awaitingSecondApproval);
        QCOMPARE(first->award.status, QStringLiteral("awaiting_review"));
        QCOMPARE(first->award.firstApprovedBy, QStringLiteral("alice"));
        auto twice = review::ReviewDecisions(db).decide(approve(first->award));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QStringLiteral("another reviewer")), qPrintable(twice.error()));
        // claim-next does not offer it to alice again.
        auto next = review::ClaimService(db).claimNext();
        QVERIFY(next.ok() && next.value());
        QVERIFY(next.value()->subjectId != QStringLiteral("BIG"));
        QVERIFY(review::ClaimService(db).release(next.value()->id).ok());
        actAs("bob");
        auto second = review::ReviewDecisions(db).decide(approve(awardOf(db, first->award.id)));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!second->awaitingSecondApproval);
        QCOMPARE(second->award.status, QStringLiteral("approved"));

        // A four-eyes flag: the same.
        auto risky = review::ReviewDecisions(db).decide(approve(awardOf(db, idOf(db, QStringLiteral("RISKY")))));
        QVERIFY(risky.ok() && risky->awaitingSecondApproval);

        // The publisher of the policy version never approves alone.
        actAs("pub");
        auto byPublisher = review::ReviewDecisions(db).decide(approve(awardOf(db, idOf(db, QStringLiteral("SMALL")))));
        QVERIFY2(byPublisher.ok(), qPrintable(byPublisher.error()));
        QVERIFY(byPublisher->awaitingSecondApproval);
        actAs("carol");
        auto completed = review::ReviewDecisions(db).decide(approve(byPublisher->award));
        QVERIFY2(completed.ok(), qPrintable(completed.error()));
        QCOMPARE(completed->award.status, QStringLiteral("approved"));
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE action = 'first_approval'")), 3);
    }

    void claims_staleVersions_undo_data() { MIANSHEN_BOTH_DATABASES(); }
    void claims_staleVersions_undo()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("pub")).isEmpty());
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), 3).isEmpty());
        auto open = review::AwardStore(db);
        actAs("alice");
        review::ClaimService claims(db);
        auto a = claims.claimNext();
        QVERIFY2(a.ok() && a.value(), qPrintable(a.error()));
        auto b = claims.claimNext();
        QVERIFY(b.ok() && b.value());
        QVERIFY(a.value()->id != b.value()->id);
        QCOMPARE(awardOf(db, a.value()->id).claimedBy, claims.actor());

        // A decision on a version that changed meanwhile is refused with who decided first.
        const review::Award seen = awardOf(db, a.value()->id);
        review::ReviewDecisions decisions(db);
        auto done = decisions.decide({seen.id, seen.version, review::ReviewAction::Reject, QStringLiteral("not_eligible"),
                                      QStringLiteral("no residence"), {}, {}});
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->award.version, seen.version + 1);
        QVERIFY(done->award.claimedBy.isEmpty());
        auto stale = decisions.decide(approve(seen));
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(decisions.actor()) && stale.error().contains(QStringLiteral("version")),
                 qPrintable(stale.error()));
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE award_id = ?"), {seen.id}), 1);
        // The last defence: a second decision row for the same award version is refused by the database.
        QVERIFY(!sqlExec(db, QStringLiteral("INSERT INTO reviews (award_id, reviewer, action, decided_at, version) "
                                            "VALUES (?, 'x', 'approve', 'now', ?)"), {seen.id, seen.version}).isEmpty());
        // Reject requires a reason code and a text.
        const review::Award other = awardOf(db, b.value()->id);
        QVERIFY(!decisions.decide({other.id, other.version, review::ReviewAction::Reject, {}, QStringLiteral("x"), {}, {}}).ok());
        QVERIFY(!decisions.decide({other.id, other.version, review::ReviewAction::Reject, QStringLiteral("other"), {}, {}, {}}).ok());
        // Undo of one's own last decision: back to awaiting review.
        auto undone = decisions.undoLast(seen.id, seen.version + 1);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(undone->award.status, QStringLiteral("awaiting_review"));
        QCOMPARE(undone->award.version, seen.version + 2);
        QVERIFY(!decisions.undoLast(seen.id, seen.version + 2).ok());   // nothing of alice's left to undo
        QVERIFY(review::ClaimService(db).renew(other.id).ok());
        QVERIFY(review::ClaimService(db).release(other.id).ok());
        // Comments.
        QVERIFY(decisions.comment(seen.id, QStringLiteral("call the applicant")).ok());
        auto comments = decisions.comments(seen.id);
        QVERIFY(comments.ok() && comments->size() == 1);
        Q_UNUSED(open)
    }

    void claims_anotherReviewerIsRefusedUntilTheLeaseEnds_teamLeadReleases_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
    }
    void claims_anotherReviewerIsRefusedUntilTheLeaseEnds_teamLeadReleases()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("pub")).isEmpty());
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), 2).isEmpty());
        actAs("alice");
        auto mine = review::ClaimService(db).claimNext();
        QVERIFY(mine.ok() && mine.value());
        const qint64 id = mine.value()->id;
        actAs("bob");
        auto refused = review::ClaimService(db).claim(id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("alice")), qPrintable(refused.error()));
        auto decideRefused = review::ReviewDecisions(db).decide(approve(awardOf(db, id)));
        QVERIFY(!decideRefused.ok());
        auto others = review::ClaimService(db).claimNext();
        QVERIFY(others.ok() && others.value() && others.value()->id != id);
        QCOMPARE(review::ClaimService(db).claimNext().value(), std::nullopt);   // none left for bob
        // The queue shows who holds what.
        review::QueueFilter byAlice;
        byAlice.claimedBy = QStringLiteral("alice");
        QCOMPARE(review::ReviewQueue(db).count(byAlice).value(), 1);
        // The lease runs out: bob may take it.
        QVERIFY(sqlExec(db, QStringLiteral("UPDATE awards SET lease_until = '2000-01-01T00:00:00.000Z' WHERE id = ?"), {id}).isEmpty());
        QVERIFY(review::ClaimService(db).claim(id).ok());
        // A team lead releases every case of bob.
        actAs("lead");
        auto released = review::ClaimService(db).releaseAllOf(QStringLiteral("bob"));
        QVERIFY(released.ok());
        QCOMPARE(released.value(), 2);
        QVERIFY(review::ClaimService(db).reassign(id, QStringLiteral("carol")).ok());
        QCOMPARE(awardOf(db, id).claimedBy, QStringLiteral("carol"));
    }

    void overdue_countsWorkingDaysPerPolicyDeadline_data() { MIANSHEN_BOTH_DATABASES(); }
    void overdue_countsWorkingDaysPerPolicyDeadline()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("pub"),
                                     QStringLiteral("{\"deadline_working_days\": 5}")).isEmpty());
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), 4).isEmpty());
        // Monday 2026-11-30: waiting since Friday 11-20 (6 working days) is overdue,
        // since Monday 11-23 (5 working days) is not.
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        QVERIFY(sqlExec(db, QStringLiteral("UPDATE awards SET waiting_since = '2026-11-20T09:00:00.000Z' WHERE subject_id IN ('S100001', 'S100002')")).isEmpty());
        QVERIFY(sqlExec(db, QStringLiteral("UPDATE awards SET waiting_since = '2026-11-23T09:00:00.000Z' WHERE subject_id IN ('S100003', 'S100004')")).isEmpty());
        auto overdue = review::ReviewQueue(db).overdueCount(now);
        QVERIFY2(overdue.ok(), qPrintable(overdue.error()));
        QCOMPARE(overdue.value(), 2);
        QCOMPARE(review::WorkingDays::between(QDate(2026, 11, 20), QDate(2026, 11, 30)), 6);
        QCOMPARE(review::WorkingDays::add(QDate(2026, 11, 27), 1), QDate(2026, 11, 30));
    }

    // The command line, with the real executable: list, claim-next, decide
    // (a stale --version is refused with exit 1), list by status.
    void cli_listClaimDecide()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("pub")).isEmpty());
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), 3).isEmpty());
        auto run = [&](const QStringList &args, QString *out = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("USER"), QStringLiteral("clerk"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MIANSHEN_EXECUTABLE), QStringList{QStringLiteral("--db"), db.spec().path, QStringLiteral("review")} + args);
            p.waitForFinished(60000);
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        const QString csv = fixture.dir.filePath(QStringLiteral("queue.csv"));
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--out"), csv}), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), review::ReviewQueue::csvHeader());
        QString claimed;
        QCOMPARE(run({QStringLiteral("claim-next")}, &claimed), 0);
        const QString id = claimed.section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(id.toLongLong() > 0, qPrintable(claimed));
        QString refused;
        QCOMPARE(run({QStringLiteral("decide"), id, QStringLiteral("reject")}, &refused), 1);   // no reason
        QCOMPARE(run({QStringLiteral("decide"), id, QStringLiteral("reject"), QStringLiteral("--reason"),
                      QStringLiteral("not resident"), QStringLiteral("--code"), QStringLiteral("not_eligible"),
                      QStringLiteral("--version"), QStringLiteral("1")}), 0);
        QCOMPARE(run({QStringLiteral("decide"), id, QStringLiteral("approve"), QStringLiteral("--version"), QStringLiteral("1")},
                     &refused), 1);
        QVERIFY2(refused.contains(QStringLiteral("clerk")) && refused.contains(QStringLiteral("version")), qPrintable(refused));
        QString rejected;
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("rejected")}, &rejected), 0);
        QCOMPARE(rejected.trimmed().split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE reviewer = 'clerk' AND action = 'reject'")), 1);
    }

    // The policy format's review block: read by the loader (checked) and by the review area.
    void policyReviewBlock_isCheckedAndRead()
    {
        QFile f(QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/policies/test-living.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString base = QString::fromUtf8(f.readAll());
        auto withReview = [&](const QString &block) {
            QString text = base;
            text.replace(QStringLiteral("\"code\": \"TEST-LIVING\","),
                         QStringLiteral("\"code\": \"TEST-LIVING\", \"review\": %1,").arg(block));
            return text;
        };
        rules::PolicyLoader loader(catalog::FeedCatalog::builtin());
        const QString good = withReview(QStringLiteral(
            "{\"four_eyes\": {\"above_yuan\": \"1000.00\", \"flags\": [\"overseas_degree\"]}, \"deadline_working_days\": 3}"));
        rules::Diagnostics d;
        auto policy = loader.loadText(good, QStringLiteral("good.json"), d);
        QVERIFY2(policy && !d.hasErrors(), qPrintable(d.render(good, rules::Language::En)));
        QCOMPARE(policy->review.fourEyesAboveFen, std::optional<std::int64_t>(100000));
        QCOMPARE(policy->review.fourEyesFlags, QStringList{QStringLiteral("overseas_degree")});
        QCOMPARE(policy->review.deadlineWorkingDays, 3);
        const auto settings = review::ReviewSettings::fromPolicyJson(QJsonDocument::fromJson(good.toUtf8()).object());
        QCOMPARE(settings.fourEyesAboveFen, std::optional<std::int64_t>(100000));
        QCOMPARE(settings.fourEyesFlags, QStringList{QStringLiteral("overseas_degree")});
        QCOMPARE(settings.deadlineWorkingDays, 3);
        for (const auto &[block, code] : {std::pair{QStringLiteral("{\"four_eyes\": {\"flags\": [\"no_such_flag\"]}}"), QStringLiteral("unknown-flag")},
                                          std::pair{QStringLiteral("{\"deadline_working_days\": 0}"), QStringLiteral("bad-deadline")},
                                          std::pair{QStringLiteral("{\"four_eyes\": {\"above_yuan\": \"12.345\"}}"), QStringLiteral("bad-money")}}) {
            rules::Diagnostics bad;
            loader.loadText(withReview(block), QStringLiteral("bad.json"), bad);
            bool found = false;
            for (const auto &item : bad.items())
                found = found || item.code == code;
            QVERIFY2(found, qPrintable(block));
        }
    }

    void queue_filtersSortsPagesAndCounts_data() { MIANSHEN_BOTH_DATABASES(); }
    void queue_filtersSortsPagesAndCounts()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), 300).isEmpty());
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-Y"), QStringLiteral("2021-10"), 30).isEmpty());
        review::ReviewQueue queue(db);
        review::QueueFilter all;
        QCOMPARE(queue.count(all).value(), 330);
        // Keyset pages by amount, descending: every case once, in order.
        QSet<qint64> seen;
        std::optional<review::QueueCursor> after;
        qint64 last = std::numeric_limits<qint64>::max();
        do {
            auto page = queue.page(all, {review::QueueColumn::Amount, Qt::DescendingOrder}, after, 47);
            QVERIFY2(page.ok(), qPrintable(page.error()));
            for (const review::Award &a : page->rows) {
                QVERIFY(a.amountFen <= last);
                last = a.amountFen;
                QVERIFY(!seen.contains(a.id));
                seen.insert(a.id);
            }
            after = page->next;
        } while (after);
        QCOMPARE(seen.size(), 330);
        review::QueueFilter f;
        f.policyCode = QStringLiteral("TEST-Y");
        QCOMPARE(queue.count(f).value(), 30);
        f = {};
        f.flag = QStringLiteral("HIGH");
        QCOMPARE(queue.count(f).value(), 220);   // i % 3 in {0, 1}
        f = {};
        f.minFen = 10000;
        f.maxFen = 10100;
        QCOMPARE(queue.count(f).value(), 13);    // (i % 50) in {0, 1}: 6 + 6 of 300, 1 of 30
        f = {};
        f.subject = QStringLiteral("Name 29");
        QVERIFY(queue.count(f).value() >= 2);
        auto byFlag = queue.countsByFlag({});
        QVERIFY(byFlag.ok());
        QCOMPARE(byFlag->first(), (QPair<QString, qint64>{QStringLiteral("HIGH"), 220}));
        auto byPolicy = queue.countsByPolicy({});
        QVERIFY(byPolicy.ok());
        QCOMPARE(byPolicy->size(), 2);
        QCOMPARE(byPolicy->first().second, 300);
    }
};

QTEST_GUILESS_MAIN(TestReviewDecisions)
#include "tst_review_decisions.moc"
