// The case file of the review desk on a real database (SQLite file, and the
// PostgreSQL test server when MIANSHEN_TEST_PG is set): the award with its
// flags by label, the explanation in plain words, the records the policy
// read with their delivery, the subject's history, precedents per flag, and
// the recorded reveal of personal data.

#include "review/CaseFile.h"
#include "review/CaseFixture.h"
#include "review/CaseReveal.h"
#include "support/MigratedTestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;
using namespace mianshen::testing::review_fixture;

class TestCaseFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::PostgresTestDatabase> m_pg;
    std::unique_ptr<store::Database> m_db;

    static void databases_data()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("sqlite") << 0;
        QTest::newRow("postgresql") << 0;
    }

    qint64 awardOf(int person)
    {
        return scalar(*m_db, QStringLiteral("SELECT id FROM awards WHERE subject_id = ?"), {personId(person)}).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        const bool postgres = QString::fromLatin1(QTest::currentDataTag()) == u"postgresql";
        store::ConnectionSpec spec = store::ConnectionSpec::sqlite(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        if (postgres) {
            m_pg = std::make_unique<testing::PostgresTestDatabase>();
            MIANSHEN_REQUIRE_POSTGRES(*m_pg);
            spec = m_pg->spec();
        }
        auto opened = testing::openMigrated(spec);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_db = std::move(opened.value());
        QString error;
        QVERIFY2(fillQueue(*m_db, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_pg.reset();
    }

    void caseFile_readsAwardExplanationRecordsHistoryPrecedents_data() { databases_data(); }
    void caseFile_readsAwardExplanationRecordsHistoryPrecedents()
    {
        // Person 1: high amount, a verified account delivered on 2021-09-03.
        auto file = review::CaseFile::load(*m_db, awardOf(1), rules::Language::En);
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(file->policyCode, QStringLiteral("TALENT-LIVING"));
        QCOMPARE(file->subjectName, QStringLiteral("张三"));
        QCOMPARE(file->runPeriod, QStringLiteral("2021-09"));
        QCOMPARE(file->amountFen, qint64(600000));
        QCOMPARE(file->flags.size(), 1);
        QCOMPARE(file->flags.first().id, QStringLiteral("high_amount"));
        QCOMPARE(file->flags.first().label, QStringLiteral("Monthly amount of 5000 yuan or more"));
        QVERIFY2(file->explanationError.isEmpty(), qPrintable(file->explanationError));
        QVERIFY(!file->explanation.isEmpty());
        QVERIFY2(file->recordsError.isEmpty(), qPrintable(file->recordsError));
        QVERIFY(!file->records.isEmpty());
        QCOMPARE(file->records.first().feed, QStringLiteral("persons"));
        const review::CaseFeedRecords *bank = nullptr;
        for (const auto &r : file->records)
            if (r.feed == u"bank_accounts")
                bank = &r;
        QVERIFY2(bank, "the policy reads bank accounts (its no_bank_account flag)");
        QCOMPARE(bank->rows.size(), 1);
        QCOMPARE(bank->rows.first().deliveredAt, QStringLiteral("2021-09-03T08:01:00Z"));
        QCOMPARE(bank->rows.first().fileName, QStringLiteral("bank_accounts_202109.csv"));
        // Only the key and the columns the policy reads; the subject's id is sensitive.
        QCOMPARE(bank->sensitivity.first(), review::CaseSensitivity::IdNumber);
        QCOMPARE(bank->rows.first().values.first(), personId(1));
        QVERIFY(bank->columns.size() < 6);
        QVERIFY(file->earlierAwards.isEmpty());
        // No decided case of the policy has the flag high_amount.
        QCOMPARE(file->precedents.size(), 1);
        QCOMPARE(file->precedents.first().total(), qint64(0));

        // Person 2: no bank account; the earlier rejection is its precedent.
        auto second = review::CaseFile::load(*m_db, awardOf(2), rules::Language::En);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->precedents.size(), 1);
        const review::CasePrecedent &p = second->precedents.first();
        QCOMPARE(p.flag.label, QStringLiteral("No verified bank account"));
        QCOMPARE(p.counts.size(), 1);
        QCOMPARE(p.counts.first().first, QStringLiteral("rejected"));
        QCOMPARE(p.counts.first().second, qint64(1));
        QCOMPARE(p.recent.size(), 1);
        QCOMPARE(p.recent.first().reason, QStringLiteral("No account could be confirmed with the bank"));
        QCOMPARE(p.recent.first().reviewer, QStringLiteral("colleague"));

        // Person 5's history shows the review of its award with the reason.
        auto fifth = review::CaseFile::load(*m_db, awardOf(5), rules::Language::Zh);
        QVERIFY2(fifth, qPrintable(fifth.error()));
        QVERIFY(!fifth->reviews.isEmpty());
        QCOMPARE(fifth->reviews.first().reason, QStringLiteral("No account could be confirmed with the bank"));
        QCOMPARE(fifth->flags.first().label, QStringLiteral("没有已核验的社保卡银行账户"));
    }

    void caseFile_unknownAward_saysWhatToDo_data() { databases_data(); }
    void caseFile_unknownAward_saysWhatToDo()
    {
        auto file = review::CaseFile::load(*m_db, 999999, rules::Language::En);
        QVERIFY(!file);
        QVERIFY2(file.error().contains(QStringLiteral("Refresh")), qPrintable(file.error()));
    }

    void reveal_isOnTheAuditLog_data() { databases_data(); }
    void reveal_isOnTheAuditLog()
    {
        const qint64 id = awardOf(3);
        const auto s = review::CaseReveal::record(*m_db, id, personId(3));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data.reveal' "
                                              "AND entity = 'award' AND entity_id = ?"),
                        {QString::number(id)})
                     .toLongLong(),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_case_file.moc"
