// A matching run killed with SIGKILL at random moments (the real `mianshen`
// executable, at least 20 times) leaves no partial run behind: nothing of
// the killed run is visible, the database is intact, and the next run
// completes with exactly the decisions of an uninterrupted run.

#include "GoldenFixture.h"
#include "MatchingTestDatabase.h"

#include "matching/DecisionStore.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <limits>
#include <sys/types.h>
#include <signal.h>

using namespace mianshen;

namespace {

using testing::exportOf;

qint64 scalar(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestMatchingKill final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;

    int runMatch(const QString &db, const QString &period, int killAfterMs, bool *killed)
    {
        QProcess p;
        p.setProgram(QStringLiteral(MIANSHEN_EXECUTABLE));
        p.setArguments({QStringLiteral("--db"), db, QStringLiteral("match"), QStringLiteral("--period"), period,
                        QStringLiteral("--quiet")});
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        if (!p.waitForStarted())
            return -1;
        *killed = false;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            *killed = true;
        }
        p.waitForFinished(60000);
        return *killed ? -9 : p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        auto db = testing::openMigrated(store::ConnectionSpec::sqlite(m_template));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(testing::importGolden(*db.value()).isEmpty());
        QVERIFY(testing::publishTestPolicies(*db.value()).isEmpty());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    void killedRun_leavesNothing_nextRunGivesSameDecisions()
    {
        const QString period = QStringLiteral("2021-09");
        const QString expected = testing::readText(testing::goldenDir() + QStringLiteral("/expected_2021-09.csv"));
        const QString header = matching::DecisionStore::csvHeader() + QLatin1Char('\n');
        // How long an uninterrupted run takes, process start included: the
        // shortest of three on fresh copies (a busy machine makes single
        // timings long, and then most kills would come after the run ended).
        bool killed = false;
        int fullMs = std::numeric_limits<int>::max();
        for (int i = 0; i < 3; ++i) {
            const QString timing = m_dir.filePath(QStringLiteral("timing%1.sqlite").arg(i));
            QVERIFY(QFile::copy(m_template, timing));
            QElapsedTimer t;
            t.start();
            QCOMPARE(runMatch(timing, period, -1, &killed), 0);
            fullMs = qMin(fullMs, int(t.elapsed()));
        }

        QRandomGenerator rng(20210901);
        int killedCount = 0, completedBeforeKill = 0, attempts = 0;
        // 30 runs killed by SIGKILL, or 60 attempts at most.
        for (int i = 0; killedCount < 30 && i < 60; ++i, ++attempts) {
            const QString file = m_dir.filePath(QStringLiteral("kill%1.sqlite").arg(i));
            QVERIFY(QFile::copy(m_template, file));
            const int delay = int(rng.bounded(qMax(1, fullMs * 9 / 10)));
            runMatch(file, period, delay, &killed);
            {
                auto db = store::Database::open(store::ConnectionSpec::sqlite(file));
                QVERIFY2(db.ok(), qPrintable(db.error()));
                QSqlQuery ic(db.value()->connection());
                QVERIFY(ic.exec(QStringLiteral("PRAGMA integrity_check")) && ic.next());
                QCOMPARE(ic.value(0).toString(), QStringLiteral("ok"));
                const qint64 completed = scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM matching_runs WHERE status = 'completed'"));
                const QString visible = exportOf(*db.value(), period);
                if (completed == 0) {
                    QCOMPARE(visible, header);     // nothing of the killed run is visible
                } else {
                    QCOMPARE(visible, expected);   // killed after it completed
                    ++completedBeforeKill;
                }
            }
            killedCount += killed ? 1 : 0;
            // The next run, uninterrupted.
            QCOMPARE(runMatch(file, period, -1, &killed), 0);
            auto db = store::Database::open(store::ConnectionSpec::sqlite(file));
            QVERIFY(db.ok());
            QCOMPARE(exportOf(*db.value(), period), expected);
            QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM matching_runs WHERE status = 'running'")), 0);
            QCOMPARE(scalar(*db.value(), QStringLiteral(
                         "SELECT COUNT(*) FROM decisions d JOIN matching_runs r ON r.id = d.run_id WHERE r.status <> 'completed'")), 0);
        }
        qInfo("%d of %d runs killed by SIGKILL (%d had completed first); full run %d ms", killedCount, attempts,
              completedBeforeKill, fullMs);
        QVERIFY(killedCount >= 20);
    }
};

QTEST_GUILESS_MAIN(TestMatchingKill)
#include "tst_matching_kill.moc"
