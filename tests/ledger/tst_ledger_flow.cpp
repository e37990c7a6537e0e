// The ledger end to end on both databases: batches with holds and budgets,
// approvals (four eyes, two approvers above the threshold), export, sent,
// return files (paid, failed, retried to a corrected account, expiry),
// recoveries, budget figures, and the schema's own guards.

#include "LedgerFixture.h"

#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "ledger/BudgetStatus.h"
#include "ledger/RecoveryService.h"
#include "ledger/ReturnFileReader.h"

#include <QTest>

using namespace mianshen;
using mianshen::testing::personId;

class LedgerFlowTest : public QObject
{
    Q_OBJECT

    // Builds, approves (bob, then carol when needed), exports and sends.
    static qint64 payOut(testing::LedgerFixture &f, const QString &period)
    {
        auto built = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(period);
        if (!built || built->batchId == 0)
            return 0;
        auto first = ledger::BatchApproval(f.as(QStringLiteral("bob"))).approve(built->batchId);
        if (!first)
            return 0;
        if (first->status != QLatin1String("approved")
            && !ledger::BatchApproval(f.as(QStringLiteral("carol"))).approve(built->batchId))
            return 0;
        auto exported = ledger::BatchDispatch(f.as(QStringLiteral("clerk")))
                            .exportTo(built->batchId, f.dir.filePath(QStringLiteral("batch.csv")));
        if (!exported || !ledger::BatchDispatch(*f.db).markSent(built->batchId))
            return 0;
        return built->batchId;
    }

    static QByteArray returns(const QList<std::tuple<qint64, QString, QString>> &lines)
    {
        QByteArray out("reference,amount,result,reason\n");
        for (const auto &[id, amount, result] : lines)
            out += QStringLiteral("%1,%2,%3\n").arg(id).arg(amount, result).toUtf8();
        return out;
    }

private Q_SLOTS:
    void batchLifecycle_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void batchLifecycle()
    {
        MIANSHEN_LEDGER_DB(f);
        f.addPolicy(QStringLiteral("M1"), true, QStringLiteral("250.00"),
                    QStringLiteral("{\"second_approval_above_yuan\": \"50.00\", \"expire_after_months\": 2}"));
        const QString a = personId(1), b = personId(2), c = personId(3), d = personId(4), e = personId(5);
        f.setAccount(a, QStringLiteral("6222000000000001"));
        f.setAccount(b, QStringLiteral("6222000000000002"));
        f.setAccount(c, QStringLiteral("6222000000000003"));
        f.setAccount(e, QStringLiteral("6222000000000005"));
        const qint64 awardA = f.addAward(QStringLiteral("M1"), a, QStringLiteral("2026-01"), 3000);
        const qint64 awardB = f.addAward(QStringLiteral("M1"), b, QStringLiteral("2026-01"), 3000);
        f.addAward(QStringLiteral("M1"), c, QStringLiteral("2026-01"), 3000);
        f.addAward(QStringLiteral("M1"), d, QStringLiteral("2026-01"), 3000);       // no account
        f.addAward(QStringLiteral("M1"), e, QStringLiteral("2026-03"), 3000);       // a later month: not yet
        f.addAward(QStringLiteral("M1"), e, QStringLiteral("2026-01"), 3000, QStringLiteral("awaiting_review"));

        auto built = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-01"));
        QVERIFY2(built, qPrintable(built.error()));
        QCOMPARE(built->paymentCount, 3);
        QCOMPARE(built->totalFen, 9000);
        QCOMPARE(built->approvalsRequired, 2);   // ¥90.00 > ¥50.00
        QCOMPARE(built->holds.value(QStringLiteral("no_account")), 1);
        const qint64 batch = built->batchId;

        // Again: nothing new to pay, no second batch, no second payment.
        auto again = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-01"));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->batchId, 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments")), 3);

        // Four eyes: the creator cannot approve, nor the first approver twice.
        QVERIFY(!ledger::BatchApproval(f.as(QStringLiteral("clerk"))).approve(batch));
        auto first = ledger::BatchApproval(f.as(QStringLiteral("bob"))).approve(batch);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->status, QStringLiteral("created"));
        QVERIFY(!ledger::BatchApproval(f.as(QStringLiteral("bob"))).approve(batch));
        QVERIFY(!ledger::BatchDispatch(*f.db).exportTo(batch, f.dir.filePath(QStringLiteral("early.csv"))));
        auto second = ledger::BatchApproval(f.as(QStringLiteral("carol"))).approve(batch);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->status, QStringLiteral("approved"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT approved_by FROM payment_batches WHERE id = ?"), {batch}).toString(),
                 f.actorName(QStringLiteral("bob")));

        QVERIFY(!ledger::BatchDispatch(*f.db).markSent(batch));   // not exported yet
        auto exported = ledger::BatchDispatch(*f.db).exportTo(batch, f.dir.filePath(QStringLiteral("b.csv")));
        QVERIFY2(exported, qPrintable(exported.error()));
        QVERIFY(ledger::BatchDispatch(*f.db).markSent(batch));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'sent'")), 3);

        // Returns: A paid, B failed (account closed), C still out.
        const qint64 pA = f.count(QStringLiteral("SELECT id FROM payments WHERE award_id = ?"), {awardA});
        const qint64 pB = f.count(QStringLiteral("SELECT id FROM payments WHERE award_id = ?"), {awardB});
        ledger::ReturnFileReader reader(f.as(QStringLiteral("clerk")));
        auto r = reader.importBytes(returns({{pA, QStringLiteral("30.00"), QStringLiteral("成功,")},
                                             {pB, QStringLiteral("30.00"), QStringLiteral("失败,账户已销户")}}),
                                    QStringLiteral("return1.csv"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->paidCount, 1);
        QCOMPARE(r->failedCount, 1);
        QVERIFY(!r->reconciled);
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM awards WHERE id = ?"), {awardA}).toString(), QStringLiteral("paid"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT failure_reason FROM payments WHERE id = ?"), {pB}).toString(),
                 QStringLiteral("账户已销户"));

        // February: B's account is unchanged: held awaiting a new account.
        auto feb = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-02"));
        QVERIFY2(feb, qPrintable(feb.error()));
        QCOMPARE(feb->batchId, 0);
        QCOMPARE(feb->holds.value(QStringLiteral("awaiting_account")), 1);
        // A newer bank_accounts delivery corrects B's account: retried once.
        f.setAccount(b, QStringLiteral("6222000000000022"), 2);
        auto retry = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-02"));
        QVERIFY2(retry, qPrintable(retry->batchId ? QString() : retry.error()));
        QCOMPARE(retry->paymentCount, 1);
        QCOMPARE(retry->retries, 1);
        QCOMPARE(f.count(QStringLiteral("SELECT retry_of FROM payments WHERE batch_id = ?"), {retry->batchId}), pB);
        QCOMPARE(f.scalar(QStringLiteral("SELECT account_no FROM payments WHERE batch_id = ?"), {retry->batchId}).toString(),
                 QStringLiteral("6222000000000022"));

        // Budget: ¥250; paid 30 (A); committed: the approved awards not paid.
        auto budgets = ledger::BudgetStatus(*f.db).load();
        QVERIFY2(budgets, qPrintable(budgets.error()));
        QCOMPARE(budgets->size(), 1);
        const ledger::PolicyBudget m1 = budgets->first();
        QCOMPARE(m1.paidFen, 3000);
        QCOMPARE(m1.committedFen, 12000);         // B, C, D (no account: still owed), E's March award
        QCOMPARE(*m1.remainingFen, 25000 - 3000 - 12000);
        QCOMPARE(m1.warningLevel, 0);
    }

    void expiry_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void expiry()
    {
        MIANSHEN_LEDGER_DB(f);
        f.addPolicy(QStringLiteral("M1"), true, QStringLiteral("100.00"), QStringLiteral("{\"expire_after_months\": 2}"));
        const QString a = personId(11);
        f.setAccount(a, QStringLiteral("6222000000000011"));
        const qint64 award = f.addAward(QStringLiteral("M1"), a, QStringLiteral("2026-01"), 4000);
        const qint64 batch = payOut(f, QStringLiteral("2026-01"));
        QVERIFY(batch > 0);
        const qint64 p = f.count(QStringLiteral("SELECT id FROM payments WHERE award_id = ?"), {award});
        QVERIFY(ledger::ReturnFileReader(*f.db).importBytes(returns({{p, QStringLiteral("40.00"), QStringLiteral("failed,户名不符")}}),
                                                            QStringLiteral("r.csv")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM payment_batches WHERE id = ?"), {batch}).toString(),
                 QStringLiteral("reconciled"));
        auto march = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-02"));
        QVERIFY(march);
        QCOMPARE(march->expired, 0);
        auto april = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-03"));
        QVERIFY2(april, qPrintable(april.error()));
        QCOMPARE(april->expired, 1);
        QCOMPARE(april->holds.value(QStringLiteral("expired")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM payments WHERE id = ?"), {p}).toString(), QStringLiteral("expired"));
        // A corrected account now changes nothing: expired is final, and the money is back.
        f.setAccount(a, QStringLiteral("6222000000000099"), 2);
        auto may = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-04"));
        QVERIFY(may);
        QCOMPARE(may->batchId, 0);
        auto budgets = ledger::BudgetStatus(*f.db).load();
        QVERIFY(budgets);
        QCOMPARE(budgets->first().committedFen, 0);
        QCOMPARE(*budgets->first().remainingFen, 10000);
    }

    void overBudgetAndWarnings_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void overBudgetAndWarnings()
    {
        MIANSHEN_LEDGER_DB(f);
        f.addPolicy(QStringLiteral("ONE"), false, QStringLiteral("100.00"));
        for (int i = 0; i < 4; ++i) {
            f.setAccount(personId(20 + i), QStringLiteral("622200000000002%1").arg(i));
            f.addAward(QStringLiteral("ONE"), personId(20 + i), QString(), 3000);
        }
        auto built = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-05"));
        QVERIFY2(built, qPrintable(built.error()));
        QCOMPARE(built->paymentCount, 3);                // 90 of 100: the fourth does not fit
        QCOMPARE(built->holds.value(QStringLiteral("over_budget")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT a.subject_id = ? FROM payment_holds h JOIN awards a ON a.id = h.award_id"),
                         {personId(23)}), 1);           // in award order: the last one waits
        auto budgets = ledger::BudgetStatus(*f.db).load();
        QVERIFY(budgets);
        QCOMPARE(budgets->first().usedPercent, 90);
        QCOMPARE(budgets->first().warningLevel, 90);
        QCOMPARE(budgets->first().heldFen, 3000);
        QVERIFY(ledger::BudgetStatus::warning(budgets->first()).contains(QStringLiteral("90%")));
    }

    void recoveries_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void recoveries()
    {
        MIANSHEN_LEDGER_DB(f);
        f.addPolicy(QStringLiteral("M1"), true, {}, QStringLiteral("{\"duplicate_programs\": [\"HOUSING\"]}"));
        const QString dead = personId(31), dishonest = personId(32), twice = personId(33), fine = personId(34);
        for (const QString &s : {dead, dishonest, twice, fine}) {
            f.setAccount(s, QStringLiteral("62220000000000") + s.right(2));
            f.addAward(QStringLiteral("M1"), s, QStringLiteral("2026-03"), 5000);
        }
        const qint64 batch = payOut(f, QStringLiteral("2026-03"));
        QVERIFY(batch > 0);
        QByteArray file("reference,amount,result,reason\n");
        QSqlQuery q(f.db->connection());
        q.exec(QStringLiteral("SELECT id FROM payments ORDER BY id"));
        while (q.next())
            file += q.value(0).toByteArray() + ",50.00,paid,\n";
        q.finish();
        QVERIFY(ledger::ReturnFileReader(*f.db).importBytes(file, QStringLiteral("r.csv")));
        QVERIFY2(f.exec(QStringLiteral("INSERT INTO death_records VALUES (?, '2026-02-27', 1), (?, '2026-03-15', 1)"),
                        {dead, fine}), qPrintable(f.error));   // fine died during March: March was due
        QVERIFY(f.exec(QStringLiteral("INSERT INTO credit_records VALUES (?, 'serious_dishonesty', '2026-03-10', NULL, '法院', 1)"),
                       {dishonest}));
        QVERIFY(f.exec(QStringLiteral("INSERT INTO external_subsidies VALUES (?, 'CITY-HOUSING-2', '住房补贴', 2026, 100000, "
                                      "'2026-06-01', 1)"), {twice}));
        ledger::RecoveryService service(f.as(QStringLiteral("clerk")));
        auto proposed = service.propose();
        QVERIFY2(proposed, qPrintable(proposed.error()));
        QCOMPARE(proposed.value(), 3);
        auto again = service.propose();
        QVERIFY(again);
        QCOMPARE(again.value(), 0);
        auto list = service.list();
        QVERIFY(list);
        QHash<QString, QString> reasons;
        for (const ledger::Recovery &r : list.value())
            reasons.insert(r.subjectId, r.reason);
        QCOMPARE(reasons.value(dead), QStringLiteral("death"));
        QCOMPARE(reasons.value(dishonest), QStringLiteral("serious_dishonesty"));
        QCOMPARE(reasons.value(twice), QStringLiteral("duplicate_subsidy"));
        const qint64 deadId = f.count(QStringLiteral("SELECT id FROM recoveries WHERE subject_id = ?"), {dead});
        const qint64 twiceId = f.count(QStringLiteral("SELECT id FROM recoveries WHERE subject_id = ?"), {twice});
        QVERIFY(!service.settle(deadId));                 // not confirmed yet
        QVERIFY(service.confirm(deadId));
        QVERIFY(service.settle(deadId, QStringLiteral("退回 2026-07-01")));
        QVERIFY(service.confirm(twiceId));
        QVERIFY(!service.writeOff(twiceId, QString()));   // a write-off needs a reason
        QVERIFY(service.writeOff(twiceId, QStringLiteral("无法追回")));
        auto budgets = ledger::BudgetStatus(*f.db).load();
        QVERIFY(budgets);
        QCOMPARE(budgets->first().paidFen, 4 * 5000 - 5000);   // net of the settled recovery
        // The payment itself never changed.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'paid'")), 4);
    }

    void schemaGuards_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void schemaGuards()
    {
        MIANSHEN_LEDGER_DB(f);
        f.addPolicy(QStringLiteral("ONE"), false);
        const QString a = personId(41);
        f.setAccount(a, QStringLiteral("6222000000000041"));
        const qint64 award = f.addAward(QStringLiteral("ONE"), a, QString(), 7000);
        const qint64 batch = payOut(f, QStringLiteral("2026-06"));
        QVERIFY(batch > 0);
        const qint64 p = f.count(QStringLiteral("SELECT id FROM payments WHERE award_id = ?"), {award});
        QVERIFY(ledger::ReturnFileReader(*f.db).importBytes(returns({{p, QStringLiteral("70.00"), QStringLiteral("paid,")}}),
                                                            QStringLiteral("r.csv")));
        // A paid payment never changes, is never deleted.
        QVERIFY(!f.exec(QStringLiteral("UPDATE payments SET amount_fen = 1 WHERE id = ?"), {p}));
        QVERIFY(!f.exec(QStringLiteral("UPDATE payments SET status = 'failed', failure_reason = 'x' WHERE id = ?"), {p}));
        QVERIFY(!f.exec(QStringLiteral("DELETE FROM payments WHERE id = ?"), {p}));
        QVERIFY(!f.exec(QStringLiteral("DELETE FROM payment_batches WHERE id = ?"), {batch}));
        // A batch's total cannot be set to anything but the sum of its rows.
        QVERIFY(!f.exec(QStringLiteral("UPDATE payment_batches SET total_fen = total_fen + 1 WHERE id = ?"), {batch}));
        // A second payment of the same key cannot be written, whatever the batch.
        QVERIFY(f.exec(QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at) "
                                      "VALUES ('2026-07', 'x', 'now')")));
        const qint64 open = f.count(QStringLiteral("SELECT MAX(id) FROM payment_batches"));
        const QString insert = QStringLiteral(
            "INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, award_period, amount_fen, "
            "account_name, bank_name, account_no, account_import_id, created_at) "
            "VALUES (?, ?, 'ONE', ?, 'person', '2026-07', '', 7000, 'n', 'b', 'a', 1, 'now')");
        QVERIFY(!f.exec(insert, {award, open, a}));   // the award is paid, not approved
        f.exec(QStringLiteral("UPDATE awards SET status = 'approved' WHERE id = ?"), {award});
        QVERIFY(!f.exec(insert, {award, open, a}));   // the live payment's unique key
        // Another award of the same key (one-off: policy and subject) is refused too.
        const qint64 other = f.addAward(QStringLiteral("ONE"), a, QStringLiteral("2026-07"), 7000);
        QVERIFY(!f.exec(QStringLiteral("INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, "
                                       "award_period, amount_fen, account_name, bank_name, account_no, account_import_id, "
                                       "created_at) VALUES (?, ?, 'ONE', ?, 'person', '2026-07', '', 7000, 'n', 'b', 'a', 1, 'now')"),
                        {other, open, a}));
        // The creator of a batch cannot be its approver, in the schema too.
        QVERIFY(!f.exec(QStringLiteral("UPDATE payment_batches SET approved_by = 'x' WHERE id = ?"), {open}));
    }
};

QTEST_GUILESS_MAIN(LedgerFlowTest)
#include "tst_ledger_flow.moc"
