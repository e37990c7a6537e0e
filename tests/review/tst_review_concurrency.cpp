// Several reviewers at once, with the real executable: 8 processes on the
// PostgreSQL test server, each logged in as its own role, and 4 processes on
// one SQLite file (USER=reviewerN), run `mianshen review work` (claim-next,
// then a random decision, until the queue is empty). Afterwards every case
// is decided exactly once, none is lost, and the audit chain verifies.

#include "ReviewFixture.h"

#include "audit/AuditVerifier.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <vector>

using namespace mianshen;
using testing::sqlCount;
using testing::sqlExec;

namespace {

struct Worker
{
    std::unique_ptr<QProcess> process;
    QString who;
};

// Starts `mianshen --db <db> review work --seed N` as each reviewer; waits for all.
QString runWorkers(const QStringList &databases, const QStringList &users, const QString &sqliteUserPrefix = {})
{
    std::vector<Worker> workers;
    for (int i = 0; i < databases.size(); ++i) {
        Worker w;
        w.process = std::make_unique<QProcess>();
        w.who = users[i];
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!sqliteUserPrefix.isEmpty())
            env.insert(QStringLiteral("USER"), users[i]);
        w.process->setProcessEnvironment(env);
        w.process->start(QStringLiteral(MIANSHEN_EXECUTABLE),
                         {QStringLiteral("--db"), databases[i], QStringLiteral("review"), QStringLiteral("work"),
                          QStringLiteral("--seed"), QString::number(i + 1)});
        workers.push_back(std::move(w));
    }
    QString errors;
    for (Worker &w : workers) {
        if (!w.process->waitForFinished(240000))
            errors += w.who + QStringLiteral(": did not finish\n");
        else if (w.process->exitStatus() != QProcess::NormalExit || w.process->exitCode() != 0)
            errors += w.who + QStringLiteral(": exit ") + QString::number(w.process->exitCode()) + QStringLiteral(": ")
                    + QString::fromUtf8(w.process->readAllStandardError()) + QLatin1Char('\n');
    }
    return errors;
}

// Every case decided exactly once, by one of `users`, none left open.
void checkDecidedOnce(store::Database &db, int cases, const QStringList &users)
{
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM awards")), qint64(cases));
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM awards WHERE status IN ('awaiting_review', 'reopened')")), 0);
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM reviews")), qint64(cases));
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(DISTINCT award_id) FROM reviews")), qint64(cases));
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM awards a WHERE a.version <> 2 OR a.decided_by IS NULL "
                                         "OR NOT EXISTS (SELECT 1 FROM reviews r WHERE r.award_id = a.id "
                                         "AND r.reviewer = a.decided_by AND r.status_after = a.status)")), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT reviewer, COUNT(*) FROM reviews GROUP BY reviewer")));
    int reviewers = 0;
    while (q.next()) {
        QVERIFY2(users.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
        ++reviewers;
    }
    QVERIFY2(reviewers >= 2, "the work was not shared");
    // The counts the queue shows (award_counts, kept by triggers) match the awards.
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT status, COUNT(*) AS n FROM awards GROUP BY status) a "
                                         "FULL OUTER JOIN (SELECT status, SUM(n) AS n FROM award_counts GROUP BY status "
                                         "HAVING SUM(n) <> 0) c ON c.status = a.status WHERE a.n IS NULL OR c.n IS NULL OR a.n <> c.n")),
             0);
    // Each decision and each claim has its audit row; the chain holds.
    QCOMPARE(sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'review.%' AND action <> 'review.claim'")),
             qint64(cases));
    auto verified = audit::verifyAuditChain(db);
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY2(verified->intact(), qPrintable(verified->message()));
}

} // namespace

class TestReviewConcurrency final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgres_eightLogins_decideTenThousandCasesEachOnce()
    {
        testing::MatchingTestDatabase fixture;
        MIANSHEN_REQUIRE_POSTGRES(fixture.pg);
        QVERIFY2(fixture.open(true), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        const int cases = 10000;
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("publisher")).isEmpty());
        const QString made = testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), cases);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // Eight login roles (cluster-wide: a random suffix; dropped at the end).
        const QString suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
        QStringList users, urls;
        for (int i = 1; i <= 8; ++i) {
            const QString role = QStringLiteral("mianshen_rv%1_%2").arg(suffix).arg(i);
            QVERIFY(sqlExec(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw%2'").arg(role).arg(i)).isEmpty());
            QVERIFY(sqlExec(db, QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %1").arg(role)).isEmpty());
            QVERIFY(sqlExec(db, QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)).isEmpty());
            store::ConnectionSpec spec = fixture.pg.spec();
            spec.user = role;
            spec.password = QStringLiteral("pw%1").arg(i);
            users << role;
            urls << spec.toString(true);
        }
        QElapsedTimer t;
        t.start();
        const QString errors = runWorkers(urls, users);
        qInfo("8 PostgreSQL reviewers decided %d cases in %lld ms", cases, t.elapsed());
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        checkDecidedOnce(db, cases, users);
        for (const QString &role : users) {
            sqlExec(db, QStringLiteral("DROP OWNED BY %1").arg(role));
            sqlExec(db, QStringLiteral("DROP ROLE %1").arg(role));
        }
    }

    void sqlite_fourProcesses_decideEveryCaseOnce()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        const int cases = 2500;   // every commit waits for the disk (synchronous=FULL)
        QVERIFY(testing::publishStub(db, QStringLiteral("TEST-X"), 1, QStringLiteral("publisher")).isEmpty());
        QVERIFY(testing::makeAwaitingCases(db, QStringLiteral("TEST-X"), QStringLiteral("2021-09"), cases).isEmpty());
        const QString file = db.spec().path;
        const QStringList users{QStringLiteral("reviewer1"), QStringLiteral("reviewer2"), QStringLiteral("reviewer3"),
                                QStringLiteral("reviewer4")};
        QElapsedTimer t;
        t.start();
        const QString errors = runWorkers({file, file, file, file}, users, QStringLiteral("reviewer"));
        qInfo("4 SQLite reviewers decided %d cases in %lld ms", cases, t.elapsed());
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        checkDecidedOnce(db, cases, users);
    }
};

QTEST_GUILESS_MAIN(TestReviewConcurrency)
#include "tst_review_concurrency.moc"
