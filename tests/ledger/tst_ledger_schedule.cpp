// A monthly policy paid over 40 months (2024-01 .. 2027-04) through the real
// path: feed imports, a matching run per month (its decisions become awards,
// review::AwardStore::applyRun), a batch per month, approved, exported, sent
// and returned paid. Six hand-written subjects; their payments are written
// out by hand below. SCHED: 500 yuan a month, 800 from age 60 (on the
// month's first day), in the zone, alive before the month, at most 24
// months, counting payment_history months paid before Mianshen.

#include "LedgerFixture.h"

#include "catalog/FeedCatalog.h"
#include "domain/Month.h"
#include "feeds/Importer.h"
#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "ledger/ReturnFileReader.h"
#include "matching/MatchingRun.h"
#include "matching/PolicyRepository.h"
#include "review/AwardStore.h"

#include <QDate>
#include <QFile>

using namespace mianshen;

namespace {

QString idNumber(const QString &birth, int serial)
{
    const QString body = QStringLiteral("441202") + QString(birth).remove(QLatin1Char('-'))
                         + QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
    return body + QLatin1Char(*domain::identity::idNumberCheckCharacter(QStringView(body)));
}

struct Subject
{
    const char *name;
    const char *birth;
    int serial;
};
// steady: in the zone throughout, stops at 24 months (2025-12).
// senior: turns 60 on 2024-03-15: 500 for Jan-Mar 2024, 800 from April; 24 months.
// joiner: moves into the zone in 2025-06 (persons delivery of June): 2025-06 .. 2027-04.
// dies:   death on 2024-07-20: July is still paid, August not.
// history: 10 months paid before Mianshen (2023-03 .. 2023-12): 14 more.
// leaver: leaves the zone in 2025-01 (persons delivery of January): 2024-01 .. 2024-12.
const Subject kSubjects[] = {{"steady", "1980-05-05", 1}, {"senior", "1964-03-15", 2}, {"joiner", "1985-01-01", 3},
                             {"dies", "1970-02-02", 4},   {"history", "1975-06-06", 5}, {"leaver", "1990-09-09", 6}};

QString periodOf(int i)
{
    return QStringLiteral("%1-%2").arg(2024 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

class LedgerScheduleTest : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_ids;   // name -> id number

    QString writeFeed(testing::LedgerFixture &f, const QString &name, const QString &text)
    {
        const QString path = f.dir.filePath(name);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(text.toUtf8());
        return path;
    }
    void import(testing::LedgerFixture &f, const QString &path)
    {
        const auto report = feeds::Importer(*f.db, catalog::FeedCatalog::builtin()).import(path);
        QVERIFY2(report.imported(), qPrintable(report.message + QLatin1Char('\n') + report.toText()));
    }
    // The persons registry as delivered in month i (a full snapshot).
    QString persons(int i)
    {
        QString csv = QStringLiteral("id_number,name,gender,birth_date,household_area\n");
        for (const Subject &s : kSubjects) {
            QString area = QStringLiteral("441200-GX");
            if (QLatin1String(s.name) == QLatin1String("joiner") && i < 17)
                area = QStringLiteral("441200");
            if (QLatin1String(s.name) == QLatin1String("leaver") && i >= 12)
                area = QStringLiteral("441200");
            csv += QStringLiteral("%1,%2,%3,%4,%5\n").arg(m_ids[QLatin1String(s.name)], QLatin1String(s.name),
                                                          s.serial % 2 ? QStringLiteral("M") : QStringLiteral("F"),
                                                          QLatin1String(s.birth), area);
        }
        return csv;
    }

    // Pays month i: run, batch, approve, export, sent, all paid.
    void payMonth(testing::LedgerFixture &f, int i)
    {
        const QString period = periodOf(i);
        matching::MatchingRun run(f.as(QStringLiteral("clerk")), catalog::FeedCatalog::builtin());
        run.setCompletionHook(&review::AwardStore::applyRun);
        matching::RunRequest request;
        request.period = period;
        request.startedBy = QStringLiteral("clerk");
        request.threads = 1;
        auto ran = run.execute(request);
        QVERIFY2(ran, qPrintable(ran.error()));
        auto built = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(period);
        QVERIFY2(built, qPrintable(built.error()));
        if (built->batchId == 0)
            return;
        QVERIFY(ledger::BatchApproval(f.as(QStringLiteral("bob"))).approve(built->batchId));
        QVERIFY(ledger::BatchDispatch(*f.db).exportTo(built->batchId, f.dir.filePath(period + QStringLiteral(".csv"))));
        QVERIFY(ledger::BatchDispatch(*f.db).markSent(built->batchId));
        QByteArray returns("reference,amount,result,reason\n");
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("SELECT id, amount_fen FROM payments WHERE batch_id = ? ORDER BY id"));
        q.addBindValue(built->batchId);
        QVERIFY(q.exec());
        while (q.next())
            returns += QByteArray::number(q.value(0).toLongLong()) + ','
                       + QByteArray::number(q.value(1).toLongLong() / 100) + ".00,paid,\n";
        q.finish();
        auto r = ledger::ReturnFileReader(*f.db).importBytes(returns, period + QStringLiteral("-returns.csv"));
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r->reconciled);
    }

    // "YYYY-MM..YYYY-MM:amount" ranges, by hand, into month -> yuan.
    static QMap<QString, int> months(const QStringList &ranges)
    {
        QMap<QString, int> out;
        for (const QString &r : ranges) {
            const QStringList parts = r.split(QLatin1Char(':'));
            const QStringList span = parts[0].split(QStringLiteral(".."));
            auto from = domain::Month::parse(span[0]);
            auto to = domain::Month::parse(span.value(1, span[0]));
            for (auto m = *from; m <= *to; m = m.addMonths(1))
                out.insert(m.toString(), parts[1].toInt());
        }
        return out;
    }

private Q_SLOTS:
    void fortyMonths_data() { MIANSHEN_LEDGER_BOTH_DATABASES(); }
    void fortyMonths()
    {
        MIANSHEN_LEDGER_DB(f);
        for (const Subject &s : kSubjects)
            m_ids.insert(QLatin1String(s.name), idNumber(QLatin1String(s.birth), s.serial));
        matching::PolicyRepository repo(*f.db, catalog::FeedCatalog::builtin());
        auto published = repo.publishFile(QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/ledger/data/sched.json"),
                                          QStringLiteral("author"));
        QVERIFY2(published, qPrintable(published.error()));
        import(f, writeFeed(f, QStringLiteral("persons_2024-01.csv"), persons(0)));
        QString accounts = QStringLiteral("subject_id,bank_name,account_no,account_name,verified,updated_date\n");
        for (const Subject &s : kSubjects)
            accounts += QStringLiteral("%1,中国工商银行,62220200%2,%3,1,2023-12-01\n")
                            .arg(m_ids[QLatin1String(s.name)]).arg(10000000 + s.serial).arg(QLatin1String(s.name));
        import(f, writeFeed(f, QStringLiteral("bank_accounts.csv"), accounts));
        QString history = QStringLiteral("policy_code,subject_id,period,amount,paid_date\n");
        for (int m = 3; m <= 12; ++m)
            history += QStringLiteral("SCHED,%1,2023-%2,500,2023-%2-28\n").arg(m_ids[QStringLiteral("history")])
                           .arg(m, 2, 10, QLatin1Char('0'));
        import(f, writeFeed(f, QStringLiteral("payment_history.csv"), history));
        import(f, writeFeed(f, QStringLiteral("death_records.csv"),
                            QStringLiteral("id_number,death_date\n%1,2024-07-20\n").arg(m_ids[QStringLiteral("dies")])));

        for (int i = 0; i < 40; ++i) {
            if (i == 12 || i == 17)
                import(f, writeFeed(f, QStringLiteral("persons_%1.csv").arg(periodOf(i)), persons(i)));
            payMonth(f, i);
            if (QTest::currentTestFailed())
                return;
        }

        // By hand: the months and yuan each subject is paid.
        const QMap<QString, QMap<QString, int>> expected{
            {QStringLiteral("steady"), months({QStringLiteral("2024-01..2025-12:500")})},
            {QStringLiteral("senior"), months({QStringLiteral("2024-01..2024-03:500"), QStringLiteral("2024-04..2025-12:800")})},
            {QStringLiteral("joiner"), months({QStringLiteral("2025-06..2027-04:500")})},
            {QStringLiteral("dies"), months({QStringLiteral("2024-01..2024-07:500")})},
            {QStringLiteral("history"), months({QStringLiteral("2024-01..2025-02:500")})},
            {QStringLiteral("leaver"), months({QStringLiteral("2024-01..2024-12:500")})},
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QMap<QString, int> paid;
            QSqlQuery q(f.db->connection());
            q.prepare(QStringLiteral("SELECT award_period, amount_fen, period FROM payments WHERE subject_id = ? "
                                     "AND status = 'paid' ORDER BY award_period"));
            q.addBindValue(m_ids[it.key()]);
            QVERIFY(q.exec());
            while (q.next()) {
                QVERIFY2(!paid.contains(q.value(0).toString()), qPrintable(it.key() + QStringLiteral(" paid twice")));
                QCOMPARE(q.value(2).toString(), q.value(0).toString());   // each month paid in its own month
                paid.insert(q.value(0).toString(), int(q.value(1).toLongLong() / 100));
            }
            QCOMPARE(paid.size(), it.value().size());
            QVERIFY2(paid == it.value(), qPrintable(it.key()));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status <> 'paid'")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM awards WHERE status = 'approved'")), 0);

        // Why the dead subject stopped: the "alive" condition, in the decision's explanation.
        matching::MatchingRun why(*f.db, catalog::FeedCatalog::builtin());
        auto answer = why.why(QStringLiteral("2024-08"), QStringLiteral("SCHED"), m_ids[QStringLiteral("dies")]);
        QVERIFY2(answer, qPrintable(answer.error()));
        QVERIFY(!answer->eligibleNow);
        QVERIFY2(answer->explanation.contains(QStringLiteral("alive")), qPrintable(answer->explanation.left(400)));
    }
};

QTEST_GUILESS_MAIN(LedgerScheduleTest)
#include "tst_ledger_schedule.moc"
