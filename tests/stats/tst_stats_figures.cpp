// Statistics over a hand-made ledger on SQLite and PostgreSQL: the maintained
// totals against golden figures (data/golden_figures.txt, checked by hand),
// after a reversal and a recovery, and against a recount from the ledger
// after a randomized series of payments, returns and recoveries.

#include "StatsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "stats/DisbursementStore.h"
#include "stats/FiguresLoader.h"
#include "stats/SubjectCounter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mianshen;
using mianshen::testing::StatsTestDatabase;

namespace {

const QString PI = QStringLiteral("PATENT-INVENTION");
const QString TL = QStringLiteral("TALENT-LIVING");
const QString TH = QStringLiteral("TALENT-HOME");

QString line(const stats::PolicyMonthTotal &t)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8")
        .arg(t.policyCode, t.period, t.subjectKind)
        .arg(t.paidFen)
        .arg(t.payments)
        .arg(t.subjects)
        .arg(t.recoveredFen)
        .arg(t.recoveries);
}

QString groupLines(const QString &title, const QList<stats::DisbursementFigures::Group> &groups)
{
    QString text = u'[' + title + QStringLiteral("] key,paid,recovered,net,payments,subject-months,distinct-subjects\n");
    for (const auto &g : groups)
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                    .arg(g.key)
                    .arg(g.paidFen)
                    .arg(g.recoveredFen)
                    .arg(g.netFen())
                    .arg(g.payments)
                    .arg(g.subjects)
                    .arg(g.distinctSubjects < 0 ? QStringLiteral("-") : QString::number(g.distinctSubjects));
    return text;
}

QString render(const stats::DisbursementFigures &f)
{
    QString text = QStringLiteral("[policy-month] policy,period,kind,paid,payments,subjects,recovered,recoveries\n");
    for (const auto &t : f.rows())
        text += line(t) + u'\n';
    text += groupLines(QStringLiteral("by-month"), f.byMonth());
    text += groupLines(QStringLiteral("by-policy"), f.byPolicy());
    text += groupLines(QStringLiteral("by-department"), f.byDepartment());
    text += groupLines(QStringLiteral("by-kind"), f.byKind());
    text += groupLines(QStringLiteral("total"), {f.total()});
    text += QStringLiteral("[cumulative] all");
    for (qint64 v : f.cumulativeNet())
        text += u',' + QString::number(v);
    text += u'\n';
    text += QStringLiteral("[budget] policy,budget,spent,remaining,rate,runs-out,remaining-by-month\n");
    for (const auto &b : f.budgetBurn()) {
        text += QStringLiteral("%1,%2,%3,%4,%5,%6")
                    .arg(b.policyCode)
                    .arg(b.budgetFen)
                    .arg(b.spentFen)
                    .arg(b.remainingFen)
                    .arg(b.monthlyRateFen)
                    .arg(b.runsOut ? b.runsOut->toString() : QStringLiteral("-"));
        for (qint64 v : b.remainingByMonth)
            text += u',' + QString::number(v);
        text += u'\n';
    }
    return text;
}

stats::StatsFilter range(const QString &from, const QString &to, const QStringList &policies = {})
{
    return {*domain::Month::parse(from), *domain::Month::parse(to), policies};
}

} // namespace

class TestStatsFigures final : public QObject
{
    Q_OBJECT

private:
    bool openDatabase(StatsTestDatabase &t, const QString &dialect)
    {
        if (dialect == QLatin1String("postgresql") && !testing::PostgresTestDatabase::configured()) {
            qWarning("*** PostgreSQL case SKIPPED: MIANSHEN_TEST_PG is not set (scripts/test sets it) ***");
            return false;
        }
        if (!t.open(dialect))
            qFatal("could not open the %s test database: %s", qPrintable(dialect), qPrintable(t.error()));
        return true;
    }

    // The small ledger the golden figures were computed from by hand.
    void writeSmallLedger(StatsTestDatabase &t)
    {
        matching::PolicyRepository repository(t.db(), catalog::FeedCatalog::builtin());
        for (const char *file : {"patent_invention", "talent_living", "talent_home"}) {
            const auto published = repository.publishFile(QStringLiteral(":/policies/%1.json").arg(QLatin1String(file)),
                                                          QStringLiteral("test"));
            QVERIFY2(published.ok(), qPrintable(published.error()));
        }
        const QString E1 = QStringLiteral("91441200MA4W00001W");
        const QString E2 = QStringLiteral("91441200MA4W00002U");
        const qint64 aug = t.batch(QStringLiteral("2021-08"));
        const qint64 sep = t.batch(QStringLiteral("2021-09"));
        QVERIFY2(aug > 0 && sep > 0, qPrintable(t.error()));
        auto pay = [&](const QString &policy, const QString &subject, const QString &kind, qint64 batch,
                       const QString &period, const QString &awardPeriod, qint64 fen, const QString &status,
                       qint64 award = 0) {
            if (award == 0)
                award = t.award(policy, subject, awardPeriod, fen);
            const qint64 id = t.payment(award, batch, policy, subject, kind, period, awardPeriod, fen, status);
            if (id == 0)
                qFatal("payment: %s", qPrintable(t.error()));
            m_lastAward = award;
            return id;
        };
        const QString ent = QStringLiteral("enterprise");
        const QString per = QStringLiteral("person");
        const QString aug21 = QStringLiteral("2021-08");
        const QString sep21 = QStringLiteral("2021-09");
        m_p[1] = pay(PI, E1, ent, aug, aug21, aug21, 500000, QStringLiteral("paid"));
        m_p[2] = pay(PI, E2, ent, aug, aug21, aug21, 1000000, QStringLiteral("paid"));
        m_p[3] = pay(PI, E1, ent, sep, sep21, sep21, 250000, QStringLiteral("paid"));
        m_p[4] = pay(TL, QStringLiteral("P1"), per, aug, aug21, aug21, 150000, QStringLiteral("paid"));
        m_p[5] = pay(TL, QStringLiteral("P2"), per, aug, aug21, aug21, 150000, QStringLiteral("failed"));
        // The failed payment retried in September (same award).
        m_p[6] = pay(TL, QStringLiteral("P2"), per, sep, sep21, aug21, 150000, QStringLiteral("paid"), m_lastAward);
        m_p[7] = pay(TL, QStringLiteral("P1"), per, sep, sep21, sep21, 150000, QStringLiteral("sent"));
        m_p[8] = pay(TL, QStringLiteral("P3"), per, sep, sep21, sep21, 150000, QStringLiteral("paid"));
        m_p[9] = pay(TL, QStringLiteral("P3"), per, sep, sep21, aug21, 150000, QStringLiteral("paid"));
        m_p[10] = pay(TH, QStringLiteral("P4"), per, sep, sep21, QString(), 10000000, QStringLiteral("paid"));
        QVERIFY(t.recovery(m_p[4], TL, QStringLiteral("P1"), aug21, 50000, QStringLiteral("settled")) > 0);
        m_proposed = t.recovery(m_p[2], PI, E2, aug21, 30000, QStringLiteral("proposed"));
        QVERIFY(m_proposed > 0);
    }

    // Distinct subjects (kind and id) paid, per kind, over every range of
    // months around the ledger's and for single policies, every policy and
    // policy sets (read from the gap table of 0018, the first-paid tables of
    // 0016 or the subject-months), against a count over the payments.
    void compareDistinctSubjects(StatsTestDatabase &t)
    {
        const stats::SubjectCounter counter(t.db());
        const QList<QStringList> policySets{{}, {PI}, {TL}, {TH}, {PI, TH}, {TL, TH}, {PI, TL, TH}};
        QList<stats::StatsFilter> filters;
        const domain::Month first = domain::Month::fromYearMonth(2021, 6);
        for (int a = 0; a < 5; ++a)
            for (int b = a; b < 5; ++b)
                for (const QStringList &policies : policySets)
                    filters << stats::StatsFilter{first.addMonths(a), first.addMonths(b), policies};
        for (const stats::StatsFilter &f : filters) {
            for (const QString &kind : {QString(), QStringLiteral("person"), QStringLiteral("enterprise")}) {
                const auto counted = counter.total(f, kind);
                QVERIFY2(counted.ok(), qPrintable(counted.error()));
                QString sql = QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT subject_kind, subject_id FROM payments "
                                             "WHERE status = 'paid' AND period BETWEEN ? AND ?");
                QVariantList values{f.from.toString(), f.to.toString()};
                if (!f.policies.isEmpty()) {
                    sql += QStringLiteral(" AND policy_code IN (") + QStringList(f.policies.size(), QStringLiteral("?")).join(u',')
                        + u')';
                    for (const QString &p : f.policies)
                        values << p;
                }
                if (!kind.isEmpty()) {
                    sql += QStringLiteral(" AND subject_kind = ?");
                    values << kind;
                }
                sql += QStringLiteral(") d");
                QVariant expected;
                QVERIFY2(t.exec(sql, values, &expected), qPrintable(t.error()));
                QVERIFY2(counted.value() == expected.toLongLong(),
                         qPrintable(QStringLiteral("%1..%2 %3 %4: %5 counted, %6 in the payments")
                                        .arg(f.from.toString(), f.to.toString(), f.policies.join(u','), kind)
                                        .arg(counted.value())
                                        .arg(expected.toLongLong())));
            }
            // Per month of the range.
            const auto perMonth = counter.count(f, stats::SubjectCounter::By::Month);
            QVERIFY2(perMonth.ok(), qPrintable(perMonth.error()));
            for (domain::Month m = f.from; m <= f.to; m = m.addMonths(1)) {
                const auto single = counter.total(stats::StatsFilter{m, m, f.policies});
                QVERIFY2(single.ok(), qPrintable(single.error()));
                QCOMPARE(perMonth.value().value(m.toString()), single.value());
            }
        }
    }

    void compareWithRecount(StatsTestDatabase &t, const stats::StatsFilter &filter)
    {
        stats::DisbursementStore store(t.db());
        const auto maintained = store.policyMonths(filter);
        const auto recount = store.recountPolicyMonths(filter);
        QVERIFY2(maintained.ok(), qPrintable(maintained.error()));
        QVERIFY2(recount.ok(), qPrintable(recount.error()));
        QStringList a;
        QStringList b;
        for (const auto &r : maintained.value())
            a << line(r);
        for (const auto &r : recount.value())
            b << line(r);
        QCOMPARE(a, b);
        // The per-subject table equals the distinct paid subjects.
        QVariant n;
        QVERIFY(t.exec(QStringLiteral("SELECT count(*) FROM stats_subject_month"), {}, &n));
        QVariant m;
        QVERIFY(t.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT policy_code, period, subject_id FROM payments "
                                      "WHERE status = 'paid') d"),
                       {}, &m));
        QCOMPARE(n.toLongLong(), m.toLongLong());
        // The gap table (0018) equals its recount from the subject-months.
        const QString gaps = QStringLiteral(
            "SELECT policy_code, subject_kind, period, previous_period, subjects FROM stats_subject_gap WHERE subjects > 0");
        const QString recounted = QStringLiteral(
            "SELECT * FROM (SELECT policy_code, subject_kind, period, previous_period, count(*) FROM (SELECT policy_code, subject_kind, period, "
            "coalesce(lag(period) OVER (PARTITION BY policy_code, subject_kind, subject_id ORDER BY period), '') AS previous_period "
            "FROM stats_subject_month) a GROUP BY policy_code, subject_kind, period, previous_period "
            "UNION ALL SELECT '*', subject_kind, period, previous_period, count(*) FROM (SELECT subject_kind, period, "
            "coalesce(lag(period) OVER (PARTITION BY subject_kind, subject_id ORDER BY period), '') AS previous_period "
            "FROM (SELECT DISTINCT subject_kind, subject_id, period FROM stats_subject_month) d) b "
            "GROUP BY subject_kind, period, previous_period) r");
        // So does the overlap table (0020) from the first paid months.
        const QString overlaps = QStringLiteral(
            "SELECT policy_code, other_policy_code, subjects FROM stats_policy_overlap WHERE subjects > 0");
        const QString overlapsRecounted = QStringLiteral(
            "SELECT * FROM (SELECT a.policy_code, b.policy_code AS other, count(*) AS n FROM stats_policy_subject_first a "
            "JOIN stats_policy_subject_first b ON b.subject_id = a.subject_id AND b.subject_kind = a.subject_kind "
            "AND b.policy_code <> a.policy_code GROUP BY a.policy_code, b.policy_code) r");
        for (const auto &[left, right] : {std::pair{gaps, recounted}, std::pair{recounted, gaps}, std::pair{overlaps, overlapsRecounted},
                                          std::pair{overlapsRecounted, overlaps}}) {
            QVariant differing;
            QVERIFY2(t.exec(QStringLiteral("SELECT count(*) FROM (") + left + QStringLiteral(" EXCEPT ") + right
                                + QStringLiteral(") x"),
                            {}, &differing),
                     qPrintable(t.error()));
            QCOMPARE(differing.toLongLong(), 0);
        }
    }

    qint64 m_p[11] = {};
    qint64 m_lastAward = 0;
    qint64 m_proposed = 0;

private Q_SLOTS:
    void goldenFigures_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void goldenFigures()
    {
        QFETCH(QString, dialect);
        StatsTestDatabase t;
        if (!openDatabase(t, dialect))
            QSKIP("no PostgreSQL server");
        writeSmallLedger(t);
        const auto figures = stats::FiguresLoader::load(t.db(), range(QStringLiteral("2021-07"), QStringLiteral("2021-09")));
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        const QString actual = render(figures.value());
        const QString path = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/stats/data/golden_figures.txt");
        if (qEnvironmentVariableIsSet("MIANSHEN_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(actual.split(u'\n'), QString::fromUtf8(file.readAll()).split(u'\n'));
        compareWithRecount(t, range(QStringLiteral("2000-01"), QStringLiteral("2099-12")));
    }

    void totalsFollowPaymentsAndRecoveries_data() { goldenFigures_data(); }
    void totalsFollowPaymentsAndRecoveries()
    {
        QFETCH(QString, dialect);
        StatsTestDatabase t;
        if (!openDatabase(t, dialect))
            QSKIP("no PostgreSQL server");
        writeSmallLedger(t);
        // August's proposed recovery is settled; September's sent payment to
        // P1 is paid; P2's failed August payment expires (no change); a
        // recovery of P3 is written off (no change); P2's September payment
        // is recovered in full (P2 stays a subject paid in September: a
        // subject is counted by its paid payments, recoveries do not uncount it).
        QVERIFY2(t.setRecoveryStatus(m_proposed, QStringLiteral("settled")), qPrintable(t.error()));
        QVERIFY2(t.setPaymentStatus(m_p[7], QStringLiteral("paid")), qPrintable(t.error()));
        QVERIFY2(t.setPaymentStatus(m_p[5], QStringLiteral("expired")), qPrintable(t.error()));
        QVERIFY2(t.recovery(m_p[9], TL, QStringLiteral("P3"), QStringLiteral("2021-09"), 1000, QStringLiteral("written_off")) > 0,
                 qPrintable(t.error()));
        QVERIFY2(t.recovery(m_p[6], TL, QStringLiteral("P2"), QStringLiteral("2021-09"), 150000, QStringLiteral("settled")) > 0,
                 qPrintable(t.error()));
        stats::DisbursementStore store(t.db());
        const auto rows = store.policyMonths(range(QStringLiteral("2021-08"), QStringLiteral("2021-09")));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QStringList lines;
        for (const auto &r : rows.value())
            lines << line(r);
        QCOMPARE(lines, (QStringList{
                             QStringLiteral("PATENT-INVENTION,2021-08,enterprise,1500000,2,2,30000,1"),
                             QStringLiteral("TALENT-LIVING,2021-08,person,150000,1,1,50000,1"),
                             QStringLiteral("PATENT-INVENTION,2021-09,enterprise,250000,1,1,0,0"),
                             QStringLiteral("TALENT-HOME,2021-09,person,10000000,1,1,0,0"),
                             QStringLiteral("TALENT-LIVING,2021-09,person,600000,4,3,150000,1"),
                         }));
        compareWithRecount(t, range(QStringLiteral("2000-01"), QStringLiteral("2099-12")));
    }

    void randomizedSeriesEqualsRecount_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u}) {
            QTest::addRow("sqlite seed %u", seed) << QStringLiteral("sqlite") << seed;
            QTest::addRow("postgresql seed %u", seed) << QStringLiteral("postgresql") << seed;
        }
    }
    // Payments created, sent, paid, failed, retried and expired, recoveries
    // proposed, settled and written off, in random order (legal moves only:
    // the ledger's schema refuses the rest); after every 100 steps the
    // maintained totals equal a recount of the ledger.
    void randomizedSeriesEqualsRecount()
    {
        QFETCH(QString, dialect);
        QFETCH(quint32, seed);
        StatsTestDatabase t;
        if (!openDatabase(t, dialect))
            QSKIP("no PostgreSQL server");
        QRandomGenerator random(seed);
        const QStringList policies{PI, TL, TH, QStringLiteral("PATENT-UTILITY")};
        const QStringList months{QStringLiteral("2021-07"), QStringLiteral("2021-08"), QStringLiteral("2021-09")};
        QList<qint64> batches;
        for (const QString &m : months)
            batches << t.batch(m);
        struct Payment
        {
            qint64 id = 0, award = 0, fen = 0;
            QString policy, subject, kind, period, awardPeriod, status;
            bool recovered = false;
        };
        QList<Payment> payments;
        QList<std::pair<qint64, QString>> recoveries;
        const QStringList forward{QStringLiteral("created"), QStringLiteral("exported"), QStringLiteral("sent")};
        auto live = [&](const Payment &p) { return p.status != QLatin1String("failed") && p.status != QLatin1String("expired"); };
        QVERIFY(t.db().beginWrite());
        for (int step = 0; step < 400; ++step) {
            const int action = random.bounded(12);
            if (action < 4 || payments.isEmpty()) {
                const int b = random.bounded(3);
                Payment p;
                p.policy = policies.at(random.bounded(policies.size()));
                p.kind = p.policy.startsWith(QLatin1String("PATENT")) ? QStringLiteral("enterprise") : QStringLiteral("person");
                p.subject = QStringLiteral("S%1").arg(random.bounded(12));
                p.period = months.at(b);
                p.awardPeriod = QStringLiteral("A%1").arg(step);
                p.fen = 100 + random.bounded(100000);
                p.status = QStringLiteral("created");
                p.award = t.award(p.policy, p.subject, p.awardPeriod, p.fen);
                p.id = t.payment(p.award, batches.at(b), p.policy, p.subject, p.kind, p.period, p.awardPeriod, p.fen, p.status);
                QVERIFY2(p.id > 0, qPrintable(t.error()));
                payments << p;
            } else if (action < 8) {
                // One step forward: created -> exported -> sent -> paid | failed -> expired.
                Payment &p = payments[random.bounded(payments.size())];
                QString next;
                const qsizetype at = forward.indexOf(p.status);
                if (at >= 0 && at + 1 < forward.size())
                    next = forward.at(at + 1);
                else if (p.status == QLatin1String("sent"))
                    next = random.bounded(4) ? QStringLiteral("paid") : QStringLiteral("failed");
                else if (p.status == QLatin1String("failed"))
                    next = QStringLiteral("expired");
                if (next.isEmpty())
                    continue;
                QVERIFY2(t.setPaymentStatus(p.id, next), qPrintable(t.error()));
                p.status = next;
            } else if (action < 9) {
                // A retry of a failed or expired payment, in a later month's open batch.
                const Payment &old = payments.at(random.bounded(payments.size()));
                if (live(old))
                    continue;
                bool awardLive = false;
                for (const Payment &o : std::as_const(payments))
                    awardLive = awardLive || (o.award == old.award && live(o));
                if (awardLive)
                    continue;
                Payment p = old;
                p.status = QStringLiteral("created");
                p.recovered = false;
                const int b = random.bounded(3);
                p.period = months.at(b);
                p.id = t.payment(p.award, batches.at(b), p.policy, p.subject, p.kind, p.period, p.awardPeriod, p.fen, p.status);
                QVERIFY2(p.id > 0, qPrintable(t.error()));
                payments << p;
            } else if (action < 11) {
                Payment &p = payments[random.bounded(payments.size())];
                if (p.status != QLatin1String("paid") || p.recovered)
                    continue;
                const QString status = random.bounded(2) ? QStringLiteral("settled") : QStringLiteral("proposed");
                const qint64 id = t.recovery(p.id, p.policy, p.subject, p.period, 1 + random.bounded(p.fen), status);
                QVERIFY2(id > 0, qPrintable(t.error()));
                p.recovered = true;
                recoveries << std::pair{id, status};
            } else if (!recoveries.isEmpty()) {
                auto &r = recoveries[random.bounded(recoveries.size())];
                if (r.second != QLatin1String("proposed") && r.second != QLatin1String("confirmed"))
                    continue;
                const QString next = r.second == QLatin1String("proposed") ? QStringLiteral("confirmed")
                    : random.bounded(2)                                     ? QStringLiteral("settled")
                                                                            : QStringLiteral("written_off");
                QVERIFY2(t.setRecoveryStatus(r.first, next), qPrintable(t.error()));
                r.second = next;
            }
            if (step % 100 == 99) {
                QVERIFY(t.db().commit());
                compareWithRecount(t, range(QStringLiteral("2021-01"), QStringLiteral("2021-12")));
                QVERIFY(t.db().beginWrite());
            }
        }
        QVERIFY(t.db().commit());
        compareWithRecount(t, range(QStringLiteral("2021-01"), QStringLiteral("2021-12")));
        compareWithRecount(t, range(QStringLiteral("2021-08"), QStringLiteral("2021-08"), {PI, TH}));
        // Distinct subjects over a range equal a recount.
        stats::DisbursementStore store(t.db());
        const auto distinct = stats::SubjectCounter(t.db()).total(range(QStringLiteral("2021-07"), QStringLiteral("2021-09")),
                                                                  QStringLiteral("person"));
        QVERIFY(distinct.ok());
        QVariant expected;
        QVERIFY(t.exec(QStringLiteral("SELECT count(DISTINCT subject_id) FROM payments WHERE status = 'paid' "
                                      "AND subject_kind = 'person'"),
                       {}, &expected));
        QCOMPARE(distinct.value(), expected.toLongLong());
        QVERIFY(expected.toLongLong() > 0);
        compareDistinctSubjects(t);
        // Damaged totals are rebuilt from the ledger.
        QVERIFY(t.exec(QStringLiteral("UPDATE stats_policy_month SET paid_fen = paid_fen + 1")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM stats_subject_month")));
        const auto rebuilt = store.rebuild();
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error()));
        compareWithRecount(t, range(QStringLiteral("2021-01"), QStringLiteral("2021-12")));
        compareDistinctSubjects(t);
    }
};

QTEST_GUILESS_MAIN(TestStatsFigures)
#include "tst_stats_figures.moc"
