// Runs bookkeeping, the batched decision writer, the current-state fold,
// exports, history for schedules, and the native feed readers, on SQLite and
// on PostgreSQL.

#include "MatchingTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/DecisionStore.h"
#include "matching/DecisionWriter.h"
#include "matching/RunRepository.h"
#include "matching/SnapshotLoader.h"
#include "rules/Snapshot.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace mianshen;
using matching::Change;
using matching::Decision;
using matching::Outcome;

namespace {

Decision award(const QString &policy, const QString &subject, qint64 fen, Outcome outcome = Outcome::Auto,
               QStringList flags = {}, Change change = Change::New, const QString &period = QStringLiteral("2021-09"))
{
    Decision d;
    d.policyCode = policy;
    d.policyVersion = 1;
    d.subjectId = subject;
    d.period = period;
    d.change = change;
    if (change != Change::Withdrawn)
        d.outcome = outcome;
    d.amountFen = fen;
    d.flags = flags;
    d.explanation = QStringLiteral("{}");
    return d;
}

qint64 startRun(store::Database &db, const QString &period)
{
    matching::RunRepository runs(db);
    auto id = runs.start({period, QStringLiteral("tester"), 2, {}, {}, {}});
    return id ? id.value() : -1;
}

bool exec(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestMatchingRuns final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisions_invisibleUntilRunCompletes_data() { MIANSHEN_BOTH_DATABASES(); }
    void decisions_invisibleUntilRunCompletes()
    {
        MIANSHEN_MATCHING_DB(db);
        const qint64 run = startRun(db, QStringLiteral("2021-09"));
        QVERIFY(run > 0);
        matching::DecisionWriter writer(db, run, 7);   // several transactions
        for (int i = 0; i < 600; ++i)
            QVERIFY(writer.add(award(QStringLiteral("P1"), QStringLiteral("S%1").arg(i, 17, 10, QLatin1Char('0')), 100 + i)).ok());
        { const auto fs = writer.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        QCOMPARE(writer.written(), 600);
        matching::DecisionStore store(db);
        QCOMPARE(store.current(QStringLiteral("2021-09"))->size(), 0);
        matching::RunTotals totals;
        totals.decisionsWritten = 600;
        totals.policies.append({QStringLiteral("P1"), 1, 1000, 600, 0, 0, 400, 0, 600 * 100 + 599 * 600 / 2, 600, 0, 0,
                                QStringLiteral("f1"), true, 0, 0});
        // A policy carried over from an earlier run (incremental runs).
        totals.policies.append({QStringLiteral("P2"), 3, 10, 1, 0, 0, 9, 0, 100, 0, 0, 0, QStringLiteral("f2"), false, 42, 0});
        totals.conditions.append({QStringLiteral("P1"), QStringLiteral("age"), 400});
        QVERIFY(matching::RunRepository(db).complete(run, totals).ok());
        const auto current = store.current(QStringLiteral("2021-09"));
        QVERIFY2(current.ok(), qPrintable(current.error()));
        QCOMPARE(current->size(), 600);
        QCOMPARE(current->first().amountFen, 100);
        const auto summary = matching::RunRepository(db).policySummaries(run);
        QCOMPARE(summary->size(), 2);
        QCOMPARE(summary->first().ineligible, 400);
        QCOMPARE(summary->first().fingerprint, QStringLiteral("f1"));
        QVERIFY(summary->first().reevaluated);
        QCOMPARE(summary->first().evaluatedInRun, run);
        QCOMPARE(summary->at(1).fingerprint, QStringLiteral("f2"));
        QVERIFY(!summary->at(1).reevaluated);
        QCOMPARE(summary->at(1).evaluatedInRun, 42);
        QCOMPARE(summary->at(1).runId, run);
        const auto states = matching::RunRepository(db).latestPolicyStates(QStringLiteral("2021-09"));
        QVERIFY2(states.ok(), qPrintable(states.error()));
        QCOMPARE(states->value(QStringLiteral("P2")).policyVersion, 3);
        QCOMPARE(states->value(QStringLiteral("P1")).runId, run);
        QCOMPARE(matching::RunRepository(db).conditionCounts(run)->first().failed, 400);
        QCOMPARE(matching::RunRepository(db).run(run)->status, QStringLiteral("completed"));
        // A completed run cannot complete twice.
        QVERIFY(!matching::RunRepository(db).complete(run, totals).ok());
    }

    void abortedRun_leavesNoDecisions_data() { MIANSHEN_BOTH_DATABASES(); }
    void abortedRun_leavesNoDecisions()
    {
        MIANSHEN_MATCHING_DB(db);
        const qint64 run = startRun(db, QStringLiteral("2021-09"));
        matching::DecisionWriter writer(db, run);
        QVERIFY(writer.add(award(QStringLiteral("P1"), QStringLiteral("A"), 5)).ok());
        { const auto fs = writer.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        QVERIFY(matching::RunRepository(db).abort(run, matching::RunStatus::Cancelled, QStringLiteral("stop")).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(matching::RunRepository(db).run(run)->status, QStringLiteral("cancelled"));
    }

    void staleRunningRun_isFailedAndEmptiedByNextStart_data() { MIANSHEN_BOTH_DATABASES(); }
    void staleRunningRun_isFailedAndEmptiedByNextStart()
    {
        MIANSHEN_MATCHING_DB(db);
        const qint64 killed = startRun(db, QStringLiteral("2021-09"));
        matching::DecisionWriter writer(db, killed);
        QVERIFY(writer.add(award(QStringLiteral("P1"), QStringLiteral("A"), 5)).ok());
        { const auto fs = writer.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        // The process "dies" here: nothing completes the run.
        const qint64 next = startRun(db, QStringLiteral("2021-09"));
        QVERIFY(next > killed);
        QCOMPARE(matching::RunRepository(db).run(killed)->status, QStringLiteral("failed"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void rerunChanges_foldIntoCurrentState_data() { MIANSHEN_BOTH_DATABASES(); }
    void rerunChanges_foldIntoCurrentState()
    {
        MIANSHEN_MATCHING_DB(db);
        matching::RunRepository runs(db);
        const qint64 first = startRun(db, QStringLiteral("2021-09"));
        {
            matching::DecisionWriter w(db, first);
            QVERIFY(w.add(award(QStringLiteral("P1"), QStringLiteral("A"), 100)).ok());
            QVERIFY(w.add(award(QStringLiteral("P1"), QStringLiteral("B"), 200, Outcome::Review, {QStringLiteral("f1"), QStringLiteral("f2")})).ok());
            QVERIFY(w.add(award(QStringLiteral("P2"), QStringLiteral("C"), 300, Outcome::Auto, {}, Change::New, QString())).ok());
            { const auto fs = w.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        }
        QVERIFY(runs.complete(first, {}).ok());
        const qint64 second = startRun(db, QStringLiteral("2021-09"));
        {
            matching::DecisionWriter w(db, second);
            QVERIFY(w.add(award(QStringLiteral("P1"), QStringLiteral("A"), 150, Outcome::Auto, {}, Change::Changed)).ok());
            QVERIFY(w.add(award(QStringLiteral("P1"), QStringLiteral("B"), 0, Outcome::Auto, {}, Change::Withdrawn)).ok());
            { const auto fs = w.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        }
        // Before completion, the first run's state is what shows.
        matching::DecisionStore store(db);
        QCOMPARE(store.current(QStringLiteral("2021-09"))->size(), 3);
        QVERIFY(runs.complete(second, {}).ok());
        const auto now = store.current(QStringLiteral("2021-09"));
        QCOMPARE(now->size(), 2);
        QCOMPARE(now->at(0).subjectId, QStringLiteral("A"));
        QCOMPARE(now->at(0).amountFen, 150);
        QCOMPARE(now->at(1).policyCode, QStringLiteral("P2"));
        QCOMPARE(store.changes(second)->size(), 2);

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(store.exportCsv(QStringLiteral("2021-09"), csv).ok());
        QCOMPARE(QString::fromUtf8(csv.data()),
                 QStringLiteral("policy,subject_id,period,amount_fen,status,flags\n"
                                "P1,A,2021-09,150,auto,\n"
                                "P2,C,,300,auto,\n"));
    }

    void exportCsv_flagsSortedAndJoined_data() { MIANSHEN_BOTH_DATABASES(); }
    void exportCsv_flagsSortedAndJoined()
    {
        MIANSHEN_MATCHING_DB(db);
        const qint64 run = startRun(db, QStringLiteral("2021-10"));
        matching::DecisionWriter w(db, run);
        QVERIFY(w.add(award(QStringLiteral("P1"), QStringLiteral("B"), 200, Outcome::Review,
                            {QStringLiteral("bank"), QStringLiteral("high_amount")}, Change::New, QStringLiteral("2021-10"))).ok());
        QVERIFY(w.add(award(QStringLiteral("P1"), QStringLiteral("Z"), 1, Outcome::OverBudget, {}, Change::New, QStringLiteral("2021-10"))).ok());
        { const auto fs = w.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        QVERIFY(matching::RunRepository(db).complete(run, {}).ok());
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(matching::DecisionStore(db).exportCsv(QStringLiteral("2021-10"), csv).ok());
        QCOMPARE(QString::fromUtf8(csv.data()),
                 QStringLiteral("policy,subject_id,period,amount_fen,status,flags\n"
                                "P1,B,2021-10,200,review,bank;high_amount\n"
                                "P1,Z,2021-10,1,over_budget,\n"));
    }

    void history_countsEarlierDecisionsAwardsAndPaymentHistory_data() { MIANSHEN_BOTH_DATABASES(); }
    void history_countsEarlierDecisionsAwardsAndPaymentHistory()
    {
        MIANSHEN_MATCHING_DB(db);
        matching::RunRepository runs(db);
        for (const char *p : {"2021-07", "2021-08"}) {
            const QString period = QString::fromLatin1(p);
            const qint64 run = startRun(db, period);
            matching::DecisionWriter w(db, run);
            QVERIFY(w.add(award(QStringLiteral("LIVING"), QStringLiteral("A"), 100, Outcome::Auto, {}, Change::New, period)).ok());
            QVERIFY(w.add(award(QStringLiteral("LIVING"), QStringLiteral("O"), 100, Outcome::OverBudget, {}, Change::New, period)).ok());
            { const auto fs = w.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
            QVERIFY(runs.complete(run, {}).ok());
        }
        // A later period's run does not count for an earlier period.
        const qint64 later = startRun(db, QStringLiteral("2021-10"));
        {
            matching::DecisionWriter w(db, later);
            QVERIFY(w.add(award(QStringLiteral("LIVING"), QStringLiteral("A"), 100, Outcome::Auto, {}, Change::New, QStringLiteral("2021-10"))).ok());
            { const auto fs = w.flush(); QVERIFY2(fs.ok(), qPrintable(fs.error())); }
        }
        QVERIFY(runs.complete(later, {}).ok());
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO payment_history (policy_code, subject_id, period, amount_fen, paid_date, import_id) VALUES "
            "('LIVING', 'A', '2020-01', 100, '2020-02-01', 1), ('LIVING', 'A', '2021-07', 100, '2021-08-01', 1), "
            "('HOUSE', 'B', '', 5000000, '2020-05-01', 1)")));
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at) VALUES "
            "('LIVING', 1, 'A', '2021-06', 100, 'approved', '2021-06-30T00:00:00Z'), "
            "('LIVING', 1, 'A', '2021-05', 100, 'rejected', '2021-05-30T00:00:00Z')")));
        const auto h = matching::DecisionStore(db).historyBefore(QStringLiteral("2021-09"));
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QCOMPARE(h->monthsOf(QStringLiteral("LIVING"), QStringLiteral("A")), 4);   // 2020-01, 2021-06, -07, -08
        QCOMPARE(h->monthsOf(QStringLiteral("LIVING"), QStringLiteral("O")), 0);   // over budget is no award
        QVERIFY(h->hadOneOff(QStringLiteral("HOUSE"), QStringLiteral("B")));
        QVERIFY(!h->hadOneOff(QStringLiteral("HOUSE"), QStringLiteral("A")));
        QCOMPARE(h->spentFen.value(QStringLiteral("LIVING")), 400);
    }

    // The earlier awards read in another thread, on a connection of its own,
    // are those read here; a failing read says what failed, in words.
    void history_inBackground_isTheSameAndSaysWhatFailed_data() { MIANSHEN_BOTH_DATABASES(); }
    void history_inBackground_isTheSameAndSaysWhatFailed()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO payment_history (policy_code, subject_id, period, amount_fen, paid_date, import_id) VALUES "
            "('LIVING', 'A', '2021-07', 100, '2021-08-01', 1), ('LIVING', 'A', '2021-09', 100, '2021-09-20', 1), "
            "('HOUSE', 'B', '', 5000000, '2020-05-01', 1)")));
        const auto here = matching::DecisionStore(db).historyBefore(QStringLiteral("2021-09"));
        auto there = matching::DecisionStore::historyBeforeInBackground(db, QStringLiteral("2021-09")).get();
        QVERIFY2(here.ok() && there.ok(), qPrintable(here.ok() ? there.error() : here.error()));
        QCOMPARE(there->monthsOf(QStringLiteral("LIVING"), QStringLiteral("A")), 1);
        QCOMPARE(there->monthsOf(QStringLiteral("LIVING"), QStringLiteral("A")), here->monthsOf(QStringLiteral("LIVING"), QStringLiteral("A")));
        QVERIFY(there->find(QStringLiteral("LIVING"), QStringLiteral("A"))->paidThisPeriod);
        QVERIFY(there->hadOneOff(QStringLiteral("HOUSE"), QStringLiteral("B")));
        QCOMPARE(there->spentFen, here->spentFen);

        QVERIFY(exec(db, QStringLiteral("DROP TABLE payment_history")));
        const auto failed = matching::DecisionStore::historyBeforeInBackground(db, QStringLiteral("2021-09")).get();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().startsWith(QStringLiteral("The database could not read the payment history: ")),
                 qPrintable(failed.error()));
    }

    // The run period itself paid by the previous system or by a manual award
    // is not paid again (the rules see paidThisPeriod); its money counts
    // against the budget; a later month's payment does not count yet.
    void history_periodPaidOutsideMatching_isMarkedPaid_data() { MIANSHEN_BOTH_DATABASES(); }
    void history_periodPaidOutsideMatching_isMarkedPaid()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO payment_history (policy_code, subject_id, period, amount_fen, paid_date, import_id) VALUES "
            "('LIVING', 'A', '2021-09', 100, '2021-09-20', 1), ('LIVING', 'D', '2021-10', 100, '2021-10-20', 1)")));
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at) VALUES "
            "('LIVING', 1, 'C', '2021-09', 100, 'approved', '2021-09-30T00:00:00Z'), "
            "('LIVING', 1, 'E', '2021-09', 100, 'rejected', '2021-09-30T00:00:00Z')")));
        const auto h = matching::DecisionStore(db).historyBefore(QStringLiteral("2021-09"));
        QVERIFY2(h.ok(), qPrintable(h.error()));
        for (const char *paid : {"A", "C"}) {
            const auto *e = h->find(QStringLiteral("LIVING"), QString::fromLatin1(paid));
            QVERIFY2(e && e->paidThisPeriod, paid);
            QVERIFY(e->inputs().paidThisPeriod);
            QCOMPARE(e->inputs().awardedMonths, 0);   // not a month before the period
        }
        for (const char *notPaid : {"D", "E"}) {
            const auto *e = h->find(QStringLiteral("LIVING"), QString::fromLatin1(notPaid));
            QVERIFY2(!e || !e->paidThisPeriod, notPaid);
        }
        QCOMPARE(h->spentFen.value(QStringLiteral("LIVING")), 200);
    }

    void loader_readsTypedColumns_sameWithOneOrManyThreads_data() { MIANSHEN_BOTH_DATABASES(); }
    void loader_readsTypedColumns_sameWithOneOrManyThreads()
    {
        MIANSHEN_MATCHING_DB(db);
        // Ids need only be 18 characters for the reader; the registry defines subjects.
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO persons (id_number, name, gender, birth_date, household_area, import_id) VALUES "
            "('110101199003071234', 'Zhang', 'M', '1990-03-07', '441200', 1), "
            "('110101199003071250', 'Li', 'F', '1990-03-07', '441200-GX', 1)")));
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO enterprises (credit_code, name, legal_rep_id_number, registered_area, established_date, status, "
            "industry_code, size, import_id) VALUES "
            "('91441200MA4UXXXX1A', 'Acme', '110101199003071234', '441200-GX', '2015-01-02', 'active', 'C3985', 'small', 1)")));
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO social_insurance (id_number, employer_credit_code, month, paid_area, contribution_base_fen, "
            "insurance_type, import_id) VALUES "
            "('110101199003071234', '91441200MA4UXXXX1A', '2021-08', '441200-GX', 800050, 'pension', 1), "
            "('110101199003071234', '91441200MA4UXXXX1A', '2021-09', '441200-GX', 800050, 'pension', 1), "
            "('110101199003071250', '91441200MA4UXXXXZZ', '2021-09', '441200', 500000, 'medical', 1)")));
        QVERIFY(exec(db, QStringLiteral(
            "INSERT INTO employment_records (id_number, employer_credit_code, start_date, end_date, work_area, import_id) VALUES "
            "('110101199003071234', '91441200MA4UXXXX1A', '2020-01-01', NULL, '441200-GX', 1)")));
        const std::vector<rules::ColumnUse> uses = {
            {QStringLiteral("persons"), QStringLiteral("birth_date")},
            {QStringLiteral("social_insurance"), QStringLiteral("month")},
            {QStringLiteral("social_insurance"), QStringLiteral("contribution_base")},
            {QStringLiteral("social_insurance"), QStringLiteral("insurance_type")},
            {QStringLiteral("social_insurance"), QStringLiteral("employer_credit_code")},
            {QStringLiteral("employment_records"), QStringLiteral("end_date")},
            {QStringLiteral("enterprises"), QStringLiteral("status")},
        };
        for (int threads : {1, 2, 4}) {
            matching::SnapshotLoader loader(db, catalog::FeedCatalog::builtin());
            loader.setThreads(threads);
            auto snap = loader.load(uses);
            QVERIFY2(snap.ok(), qPrintable(snap.error()));
            const rules::Snapshot &s = snap.value();
            const auto &persons = s.subjects(rules::SubjectKind::Person);
            QCOMPARE(persons.size(), 2);
            const int zhang = persons.find(u"110101199003071234");
            QVERIFY(zhang >= 0);
            const rules::FeedTable *si = s.table(QStringLiteral("social_insurance"), rules::SubjectKind::Person);
            QVERIFY(si);
            QCOMPARE(si->end(zhang) - si->begin(zhang), 2);
            const rules::ColumnArray *base = si->column(QStringLiteral("contribution_base"));
            QVERIFY(base);
            QCOMPARE(base->value(si->begin(zhang)), 800050);
            const rules::ColumnArray *month = si->column(QStringLiteral("month"));
            QCOMPARE(month->value(si->begin(zhang)), 2021 * 12 + 7);
            const rules::ColumnArray *type = si->column(QStringLiteral("insurance_type"));
            QCOMPARE(s.string(std::int32_t(type->value(si->begin(zhang)))), QStringLiteral("pension"));
            const rules::ColumnArray *employer = si->column(QStringLiteral("employer_credit_code"));
            QVERIFY(employer->isReference);
            QCOMPARE(employer->target[std::size_t(si->begin(zhang))], 0);       // the registered enterprise
            const int li = persons.find(u"110101199003071250");
            QCOMPARE(employer->target[std::size_t(si->begin(li))], -1);         // dangling
            const rules::FeedTable *emp = s.table(QStringLiteral("employment_records"), rules::SubjectKind::Person);
            QVERIFY(!emp->column(QStringLiteral("end_date"))->present(emp->begin(zhang)));
            const rules::FeedTable *reg = s.table(QStringLiteral("persons"), rules::SubjectKind::Person);
            int y, m, d;
            rules::DayNumber::toCivil(std::int32_t(reg->column(QStringLiteral("birth_date"))->value(zhang)), y, m, d);
            QCOMPARE(QDate(y, m, d), QDate(1990, 3, 7));
            QCOMPARE(s.subjects(rules::SubjectKind::Enterprise).size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchingRuns)
#include "tst_matching_runs.moc"
