// The real `mianshen` executable SIGKILLed at random moments of a month's
// payment: batch -> approve (one or two approvers) -> export -> sent ->
// returns -> recovery (propose, confirm, settle). Every step is run again
// until it has taken effect, and once more after that (a second desk, a
// double click). After every kill and every step the invariants hold:
// at most one live payment per award and per key; every approved award of a
// batched month has exactly one payment (live, or failed awaiting its retry)
// or one explicit hold; every paid payment's award is paid; every batch
// total equals its rows; the audit chain verifies; PRAGMA integrity_check is
// ok (SQLite).
// Seeded: MIANSHEN_LEDGER_KILL_SEED (default 13); runs per database:
// MIANSHEN_LEDGER_KILL_RUNS (default 20; the full count is 200).

#include "LedgerFixture.h"

#include "audit/AuditVerifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <csignal>
#include <sys/types.h>

using namespace mianshen;
using mianshen::testing::personId;

class LedgerKillTest : public QObject
{
    Q_OBJECT

    testing::LedgerFixture *m_f = nullptr;
    QRandomGenerator m_random;
    int m_kills = 0;
    int m_steps = 0;
    qint64 m_coveredAwardId = 0;   // awards up to this id were there when the last batch was built

    QString dbArgument(const QString &actor)
    {
        if (!m_f->postgres)
            return m_f->dir.filePath(QStringLiteral("ledger.sqlite"));
        m_f->as(actor);   // creates the role
        store::ConnectionSpec spec = m_f->pg.spec();
        spec.user = m_f->actorName(actor);
        spec.password = QStringLiteral("ledger-test");
        return spec.toString(true);
    }

    // Runs `mianshen --db ... args` as `actor`, SIGKILLed after a random delay
    // with probability 3/4. Returns true when it ran to its end.
    bool run(const QString &actor, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), actor);
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(MIANSHEN_EXECUTABLE));
        p.setArguments(QStringList{QStringLiteral("--db"), dbArgument(actor)} + args);
        p.start();
        if (!p.waitForStarted())
            qFatal("cannot start mianshen");
        ++m_steps;
        const bool kill = m_random.bounded(4) != 0;
        const int delay = int(m_random.bounded(m_f->postgres ? 250 : 120));
        if (kill && !p.waitForFinished(delay)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            ++m_kills;
            return false;
        }
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit;
    }

    // Runs a step until `done` holds, then once more unkilled; checks the
    // invariants after every attempt.
    void step(const QString &actor, const QStringList &args, const std::function<bool()> &done, const QString &period)
    {
        for (int attempt = 0; attempt < 30 && !done(); ++attempt) {
            run(actor, args);
            checkInvariants(period);
        }
        QVERIFY2(done(), qPrintable(QStringLiteral("step never took effect: ") + args.join(QLatin1Char(' '))));
        m_random.bounded(2);   // the seed's sequence does not depend on the step's timing below
        QProcess again;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), actor);
        again.setProcessEnvironment(env);
        again.start(QStringLiteral(MIANSHEN_EXECUTABLE), QStringList{QStringLiteral("--db"), dbArgument(actor)} + args);
        again.waitForFinished(60000);
        checkInvariants(period);
    }

    void checkInvariants(const QString &period)
    {
        testing::LedgerFixture &f = *m_f;
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM (SELECT award_id FROM payments WHERE status NOT IN "
                                        "('failed', 'expired') GROUP BY award_id HAVING COUNT(*) > 1) x")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM (SELECT policy_code FROM payments WHERE status NOT IN "
                                        "('failed', 'expired') GROUP BY policy_code, subject_id, award_period "
                                        "HAVING COUNT(*) > 1) x")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payment_batches b WHERE b.total_fen <> "
                                        "(SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p WHERE p.batch_id = b.id) "
                                        "OR b.payment_count <> (SELECT COUNT(*) FROM payments p WHERE p.batch_id = b.id)")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments p JOIN awards a ON a.id = p.award_id "
                                        "WHERE p.status = 'paid' AND a.status <> 'paid'")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM awards a WHERE a.status = 'paid' AND (SELECT COUNT(*) "
                                        "FROM payments p WHERE p.award_id = a.id AND p.status = 'paid') <> 1")), 0);
        // Awards a completed batch build has seen: one payment or one hold each.
        Q_UNUSED(period)
        QCOMPARE(f.count(QStringLiteral(
                     "SELECT COUNT(*) FROM awards a WHERE a.status = 'approved' AND a.amount_fen > 0 "
                     "AND a.id <= ? AND "
                     "(SELECT COUNT(*) FROM payments p WHERE p.award_id = a.id AND p.status NOT IN ('failed', 'expired')) "
                     "+ (SELECT COUNT(*) FROM payment_holds h WHERE h.award_id = a.id) "
                     "+ (CASE WHEN EXISTS (SELECT 1 FROM payments p WHERE p.award_id = a.id AND p.status = 'failed') "
                     "   AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.award_id = a.id AND p.status NOT IN ('failed', 'expired')) "
                     "   AND NOT EXISTS (SELECT 1 FROM payment_holds h WHERE h.award_id = a.id) THEN 1 ELSE 0 END) <> 1"),
                         {m_coveredAwardId}),
                 0);
        if (!f.postgres)
            QCOMPARE(f.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        auto chain = audit::verifyAuditChain(*f.db);
        QVERIFY2(chain, qPrintable(chain.error()));
        QVERIFY2(chain->intact(), qPrintable(chain->message()));
    }

    // A month's awards: 30 monthly subjects (the same every month; every
    // tenth without a bank account) and 10 new one-off subjects.
    void seedMonth(int run, const QString &period)
    {
        testing::LedgerFixture &f = *m_f;
        for (int i = 0; i < 40; ++i) {
            const bool oneOff = i % 4 == 0;
            const QString subject = oneOff ? personId(1000 + run * 40 + i) : personId(i);
            if (oneOff || (run == 0 && i % 10 != 9))
                f.setAccount(subject, QStringLiteral("62220000%1").arg(oneOff ? 1000 + run * 40 + i : i, 8, 10, QLatin1Char('0')));
            f.addAward(oneOff ? QStringLiteral("ONE") : QStringLiteral("MONTHLY"), subject,
                       oneOff ? QString() : period, 100 * (1 + qint64(m_random.bounded(5000))));
        }
    }

    void oneMonth(int run)
    {
        testing::LedgerFixture &f = *m_f;
        const QString period = QStringLiteral("20%1-%2").arg(30 + run / 12).arg(run % 12 + 1, 2, 10, QLatin1Char('0'));
        seedMonth(run, period);
        const qint64 before = f.count(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM payment_batches"));
        auto batchId = [&] {
            return f.count(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM payment_batches WHERE period = ? AND id > ?"),
                           {period, before});
        };
        auto batchStatus = [&] {
            return f.scalar(QStringLiteral("SELECT status FROM payment_batches WHERE id = ?"), {batchId()}).toString();
        };
        step(QStringLiteral("clerk"), {QStringLiteral("pay"), QStringLiteral("batch"), QStringLiteral("--period"), period},
             [&] { return batchId() > 0; }, period);
        m_coveredAwardId = f.count(QStringLiteral("SELECT MAX(id) FROM awards"));
        const QString id = QString::number(batchId());
        step(QStringLiteral("bob"), {QStringLiteral("pay"), QStringLiteral("approve"), id},
             [&] { return !f.scalar(QStringLiteral("SELECT approved_by FROM payment_batches WHERE id = ?"), {id}).isNull(); },
             period);
        step(QStringLiteral("carol"), {QStringLiteral("pay"), QStringLiteral("approve"), id},
             [&] { return batchStatus() == QLatin1String("approved"); }, period);
        const QString file = f.dir.filePath(period + QStringLiteral(".csv"));
        step(QStringLiteral("clerk"), {QStringLiteral("pay"), QStringLiteral("export"), id, QStringLiteral("--out"), file},
             [&] { return batchStatus() == QLatin1String("exported"); }, period);
        QVERIFY(QFile::exists(file));
        step(QStringLiteral("clerk"), {QStringLiteral("pay"), QStringLiteral("sent"), id},
             [&] { return batchStatus() == QLatin1String("sent"); }, period);
        // The bank pays all but about one in ten.
        QByteArray returns("reference,amount,result,reason\n");
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("SELECT id, amount_fen FROM payments WHERE batch_id = ? ORDER BY id"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        while (q.next())
            returns += QStringLiteral("%1,%2.%3,%4\n").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong() / 100)
                           .arg(q.value(1).toLongLong() % 100, 2, 10, QLatin1Char('0'))
                           .arg(m_random.bounded(10) == 0 ? QStringLiteral("失败,账户不存在") : QStringLiteral("成功,"))
                           .toUtf8();
        q.finish();
        const QString returnFile = f.dir.filePath(period + QStringLiteral("-returns.csv"));
        QFile out(returnFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(returns);
        out.close();
        step(QStringLiteral("clerk"), {QStringLiteral("pay"), QStringLiteral("returns"), returnFile},
             [&] { return batchStatus() == QLatin1String("reconciled"); }, period);
        // A death record for a subject paid this month: a recovery order.
        const QString dead = f.scalar(QStringLiteral("SELECT subject_id FROM payments WHERE batch_id = ? AND status = 'paid' "
                                                     "AND award_period <> '' AND subject_id NOT IN (SELECT id_number FROM death_records) "
                                                     "ORDER BY id"), {id}).toString();
        if (dead.isEmpty())
            return;
        QVERIFY(f.exec(QStringLiteral("INSERT INTO death_records (id_number, death_date, import_id) VALUES (?, '2000-01-01', 1)"),
                       {dead}));
        const QString recovery = QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM recoveries WHERE subject_id = ?");
        step(QStringLiteral("clerk"), {QStringLiteral("pay"), QStringLiteral("recoveries"), QStringLiteral("propose")},
             [&] { return f.count(recovery, {dead}) > 0; }, period);
        const QString rid = QString::number(f.count(recovery, {dead}));
        auto recoveryStatus = [&] { return f.scalar(QStringLiteral("SELECT status FROM recoveries WHERE id = ?"), {rid}).toString(); };
        step(QStringLiteral("bob"), {QStringLiteral("pay"), QStringLiteral("recoveries"), QStringLiteral("confirm"), rid},
             [&] { return recoveryStatus() == QLatin1String("confirmed"); }, period);
        step(QStringLiteral("bob"), {QStringLiteral("pay"), QStringLiteral("recoveries"), QStringLiteral("settle"), rid},
             [&] { return recoveryStatus() == QLatin1String("settled"); }, period);
    }

private Q_SLOTS:
    void killedAtRandom_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void killedAtRandom()
    {
        MIANSHEN_LEDGER_DB(f);
        m_f = &f;
        const int runs = qEnvironmentVariableIsSet("MIANSHEN_LEDGER_KILL_RUNS")
                             ? qEnvironmentVariableIntValue("MIANSHEN_LEDGER_KILL_RUNS") : 20;
        const quint32 seed = qEnvironmentVariableIsSet("MIANSHEN_LEDGER_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("MIANSHEN_LEDGER_KILL_SEED")) : 13u;
        m_random.seed(seed + (postgres ? 1 : 0));
        m_kills = m_steps = 0;
        m_coveredAwardId = 0;
        // A second approver above ¥500 a policy, so that most batches need two.
        f.addPolicy(QStringLiteral("MONTHLY"), true, {}, QStringLiteral("{\"second_approval_above_yuan\": \"500.00\"}"));
        f.addPolicy(QStringLiteral("ONE"), false, QStringLiteral("20000.00"));
        f.as(QStringLiteral("clerk"));
        f.as(QStringLiteral("bob"));
        f.as(QStringLiteral("carol"));
        QElapsedTimer timer;
        timer.start();
        for (int run = 0; run < runs; ++run) {
            oneMonth(run);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d runs (seed %u): %d processes started, %d killed, %lld ms; %lld payments, %lld holds, %lld recoveries",
              runs, seed, m_steps, m_kills, timer.elapsed(), f.count(QStringLiteral("SELECT COUNT(*) FROM payments")),
              f.count(QStringLiteral("SELECT COUNT(*) FROM payment_holds")),
              f.count(QStringLiteral("SELECT COUNT(*) FROM recoveries")));
        m_f = nullptr;
    }
};

QTEST_GUILESS_MAIN(LedgerKillTest)
#include "tst_ledger_kill.moc"
