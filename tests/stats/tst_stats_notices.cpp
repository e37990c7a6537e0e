// The 公示 list of one payment batch and the objections recorded against it,
// on SQLite and PostgreSQL: the batch's live payments of every policy it
// pays, names unmasked in the model and masked in the document, objections
// with their batch, outcome changes kept in the audit log with the outcome
// before.

#include "StatsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/NoticeDocument.h"
#include "matching/PolicyRepository.h"
#include "stats/NoticeList.h"
#include "stats/NoticeObjections.h"

#include <QTest>

using namespace mianshen;
using mianshen::testing::StatsTestDatabase;

namespace {

const QString PI = QStringLiteral("PATENT-INVENTION");
const QString TL = QStringLiteral("TALENT-LIVING");
const QString E1 = QStringLiteral("91441200MA4W00001W");
const QString P1 = QStringLiteral("441202199001010029");
const QString P2 = QStringLiteral("44120219900101002X");

} // namespace

class TestStatsNotices final : public QObject
{
    Q_OBJECT

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

    // Batch A (2021-09) pays both policies, one payment failed; batch B
    // (2021-09) pays TALENT-LIVING once.
    void writeLedger(StatsTestDatabase &t)
    {
        matching::PolicyRepository repository(t.db(), catalog::FeedCatalog::builtin());
        for (const char *file : {"patent_invention", "talent_living"})
            QVERIFY(repository.publishFile(QStringLiteral(":/policies/%1.json").arg(QLatin1String(file)),
                                           QStringLiteral("test")).ok());
        QVERIFY2(t.exec(QStringLiteral("INSERT INTO persons VALUES ('441202199001010029', '张三丰', 'M', '1990-01-01', "
                                       "'441202', 1), ('44120219900101002X', '欧阳小明', 'F', '1990-01-01', '441202', 1)")),
                 qPrintable(t.error()));
        QVERIFY2(t.exec(QStringLiteral("INSERT INTO enterprises VALUES ('91441200MA4W00001W', '肇庆示范科技有限公司', "
                                       "'441202199001010029', '441200-GX', '2015-01-01', 'active', 'C39', 'small', 1)")),
                 qPrintable(t.error()));
        m_a = t.batch(QStringLiteral("2021-09"));
        m_b = t.batch(QStringLiteral("2021-09"));
        QVERIFY(m_a > 0 && m_b > 0);
        const auto pay = [&](qint64 batch, const QString &policy, const QString &subject, const QString &kind,
                             const QString &awardPeriod, qint64 fen, const QString &status) {
            const qint64 award = t.award(policy, subject, awardPeriod, fen);
            QVERIFY2(t.payment(award, batch, policy, subject, kind, QStringLiteral("2021-09"), awardPeriod, fen, status) > 0,
                     qPrintable(t.error()));
        };
        pay(m_a, TL, P1, QStringLiteral("person"), QStringLiteral("2021-09"), 150000, QStringLiteral("paid"));
        pay(m_a, TL, P2, QStringLiteral("person"), QStringLiteral("2021-09"), 150050, QStringLiteral("failed"));
        pay(m_a, PI, E1, QStringLiteral("enterprise"), QStringLiteral("2021-09"), 240213300, QStringLiteral("sent"));
        pay(m_b, TL, P2, QStringLiteral("person"), QStringLiteral("2021-08"), 150050, QStringLiteral("paid"));
    }

    qint64 m_a = 0;
    qint64 m_b = 0;

private Q_SLOTS:
    void batchNotice_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void batchNotice()
    {
        QFETCH(QString, dialect);
        StatsTestDatabase t;
        if (!openDatabase(t, dialect))
            QSKIP("no PostgreSQL server");
        writeLedger(t);
        if (QTest::currentTestFailed())
            return;
        const auto list = stats::NoticeListReader::readBatch(t.db(), m_a);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->batchId, m_a);
        QCOMPARE(list->period, QStringLiteral("2021-09"));
        // Two policies: no single policy code; the failed payment is left out.
        QVERIFY(list->policyCode.isEmpty());
        QCOMPARE(list->policyCodes(), (QStringList{PI, TL}));
        QCOMPARE(list->entries.size(), 2);
        QCOMPARE(list->entries.at(0).subjectId, E1);
        QCOMPARE(list->entries.at(0).name, QStringLiteral("肇庆示范科技有限公司"));
        QCOMPARE(list->entries.at(1).name, QStringLiteral("张三丰"));
        QCOMPARE(list->totalFen(), qint64(240213300 + 150000));

        // Masked in the document, with a policy column for a batch of several policies.
        const stats::ExportTable table = itemmodels::NoticeDocument::entries(list.value(), true);
        QCOMPARE(table.header.size(), 6);
        QCOMPARE(table.rows.at(0).at(1).toString(), PI);
        QCOMPARE(table.rows.at(0).at(2).toString(), QStringLiteral("肇庆示范科技有限公司"));
        QCOMPARE(table.rows.at(1).at(2).toString(), QStringLiteral("张*丰"));
        QCOMPARE(table.rows.at(1).at(3).toString(), QStringLiteral("441202********0029"));

        // A batch of one policy names it.
        const auto single = stats::NoticeListReader::readBatch(t.db(), m_b);
        QVERIFY2(single.ok(), qPrintable(single.error()));
        QCOMPARE(single->policyCode, TL);
        QVERIFY(!single->policyTitle.zh.isEmpty());
        QCOMPARE(single->entries.size(), 1);
        QCOMPARE(itemmodels::NoticeDocument::entries(single.value(), true).header.size(), 5);

        // An unknown batch is refused by its number.
        const auto missing = stats::NoticeListReader::readBatch(t.db(), 999);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("999")));
    }

    void batchObjections_data() { batchNotice_data(); }
    void batchObjections()
    {
        QFETCH(QString, dialect);
        StatsTestDatabase t;
        if (!openDatabase(t, dialect))
            QSKIP("no PostgreSQL server");
        writeLedger(t);
        if (QTest::currentTestFailed())
            return;
        stats::NoticeObjections objections(t.db());
        stats::NoticeObjection o;
        o.batchId = m_a;
        o.policyCode = TL;
        o.period = QStringLiteral("2021-09");
        o.subjectId = P1;
        o.raisedBy = QStringLiteral("李四");
        o.receivedAt = QStringLiteral("2021-09-20");
        o.content = QStringLiteral("不符合条件");
        const auto id = objections.record(o);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        stats::NoticeObjection whole = o;
        whole.policyCode.clear();
        whole.subjectId.clear();
        whole.raisedBy = QStringLiteral("王五");
        whole.receivedAt = QStringLiteral("2021-09-21");
        const auto wholeId = objections.record(whole);
        QVERIFY2(wholeId.ok(), qPrintable(wholeId.error()));

        // Wrong input writes nothing.
        stats::NoticeObjection bad = o;
        bad.receivedAt = QStringLiteral("2021-13-01");
        QVERIFY(!objections.record(bad).ok());
        QVERIFY(!objections.decide(id.value(), QStringLiteral("accepted"), {}, QStringLiteral("2021-09-25")).ok());
        QVERIFY(!objections.decide(id.value(), QStringLiteral("upheld"), {}, QStringLiteral("someday")).ok());
        QVERIFY(!objections.decide(12345, QStringLiteral("upheld"), {}, QStringLiteral("2021-09-25")).ok());

        // Shown with the batch's list; the one about a TALENT-LIVING payment
        // also with the policy's list of the month.
        auto list = stats::NoticeListReader::readBatch(t.db(), m_a);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->objections.size(), 2);
        QCOMPARE(list->objections.at(0).batchId, m_a);
        QCOMPARE(list->objections.at(0).outcome, QStringLiteral("pending"));
        QCOMPARE(stats::NoticeListReader::read(t.db(), TL, QStringLiteral("2021-09"))->objections.size(), 1);
        QCOMPARE(stats::NoticeListReader::readBatch(t.db(), m_b)->objections.size(), 0);

        // Outcome changes, each in the audit log with the outcome before.
        QVERIFY(objections.decide(id.value(), QStringLiteral("upheld"), QStringLiteral("复核后确认"), QStringLiteral("2021-09-25")).ok());
        QVERIFY(objections.decide(id.value(), QStringLiteral("dismissed"), QStringLiteral("再次复核"), QStringLiteral("2021-09-28")).ok());
        list = stats::NoticeListReader::readBatch(t.db(), m_a);
        QCOMPARE(list->objections.at(0).outcome, QStringLiteral("dismissed"));
        QCOMPARE(list->objections.at(0).outcomeNote, QStringLiteral("再次复核"));
        QCOMPARE(list->objections.at(0).decidedAt, QStringLiteral("2021-09-28"));
        QVariant n;
        QVERIFY(t.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'notice_objection' "
                                      "AND action = 'notice.objection.record'"),
                       {}, &n));
        QCOMPARE(n.toInt(), 2);
        QVariant before;
        QVERIFY(t.exec(QStringLiteral("SELECT before_json FROM audit_log WHERE entity = 'notice_objection' AND entity_id = ? "
                                      "AND action = 'notice.objection.decide' ORDER BY id DESC"),
                       {QString::number(id.value())}, &before));
        QVERIFY2(before.toString().contains(QStringLiteral("upheld")), qPrintable(before.toString()));
        QVariant after;
        QVERIFY(t.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'notice_objection' AND entity_id = ? "
                                      "AND action = 'notice.objection.record'"),
                       {QString::number(id.value())}, &after));
        QVERIFY2(after.toString().contains(QString::number(m_a)), qPrintable(after.toString()));

        // The objections table of the document masks who objected.
        const stats::ExportTable table = itemmodels::NoticeDocument::objections(list.value());
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).at(1).toString(), QStringLiteral("李*"));
    }
};

QTEST_GUILESS_MAIN(TestStatsNotices)
#include "tst_stats_notices.moc"
