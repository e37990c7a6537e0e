// Yuan text from integer fen, and the report sentence in both languages.

#include "StatsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "stats/ReportSentence.h"
#include "stats/YuanText.h"

#include <QTest>

using namespace mianshen;
using stats::YuanText;

class TestStatsText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yuanText_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("grouped");
        QTest::addColumn<QString>("wan");
        QTest::addColumn<QString>("scaledZh");
        QTest::addColumn<QString>("scaledEn");
        QTest::newRow("zero") << qint64(0) << "¥0.00" << "0" << "0.00" << "¥0.00" << "¥0.00";
        QTest::newRow("one fen") << qint64(1) << "¥0.01" << "0.01" << "0.00" << "¥0.01" << "¥0.01";
        QTest::newRow("report figure") << qint64(240213300) << "¥2,402,133.00" << "2,402,133" << "240.21"
                                       << "240.21万元" << "¥2.40 million";
        QTest::newRow("half rounds up") << qint64(5000) << "¥50.00" << "50" << "0.01" << "¥50.00" << "¥50.00";
        QTest::newRow("just below half") << qint64(4999) << "¥49.99" << "49.99" << "0.00" << "¥49.99" << "¥49.99";
        QTest::newRow("below 10万") << qint64(9999999) << "¥99,999.99" << "99,999.99" << "10.00" << "¥99,999.99"
                                     << "¥99,999.99";
        QTest::newRow("10万") << qint64(10000000) << "¥100,000.00" << "100,000" << "10.00" << "10.00万元" << "¥100,000.00";
        QTest::newRow("亿") << qint64(12345678901) << "¥123,456,789.01" << "123,456,789.01" << "12,345.68" << "1.23亿元"
                            << "¥123.46 million";
        QTest::newRow("billion") << qint64(123456789012345) << "¥1,234,567,890,123.45" << "1,234,567,890,123.45"
                                 << "123,456,789.01" << "12,345.68亿元" << "¥1,234.57 billion";
        QTest::newRow("negative") << qint64(-250050) << "-¥2,500.50" << "-2,500.50" << "-0.25" << "-¥2,500.50"
                                  << "-¥2,500.50";
        QTest::newRow("negative 万") << qint64(-20000000) << "-¥200,000.00" << "-200,000" << "-20.00" << "-20.00万元"
                                      << "-¥200,000.00";
    }
    void yuanText()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, full);
        QFETCH(QString, grouped);
        QFETCH(QString, wan);
        QFETCH(QString, scaledZh);
        QFETCH(QString, scaledEn);
        QCOMPARE(YuanText::full(fen), full);
        QCOMPARE(YuanText::grouped(fen), grouped);
        QCOMPARE(YuanText::wan(fen), wan);
        QCOMPARE(YuanText::scaled(fen, true), scaledZh);
        QCOMPARE(YuanText::scaled(fen, false), scaledEn);
    }

    void axisUnitSwitchesToWan()
    {
        QCOMPARE(YuanText::axisUnit(9999999, true).fenPerUnit, 100);
        QCOMPARE(YuanText::axisUnit(9999999, true).name, QStringLiteral("元"));
        QCOMPARE(YuanText::axisUnit(10000000, true).fenPerUnit, 1000000);
        QCOMPARE(YuanText::axisUnit(10000000, true).name, QStringLiteral("万元"));
        QCOMPARE(YuanText::axisUnit(10000000, false).name, QStringLiteral("10k yuan"));
    }

    void sentence_bureauExample()
    {
        stats::ReportFigures f;
        f.asOf = domain::Month::fromYearMonth(2021, 9);
        f.enterprises = 153;
        f.enterpriseNetFen = 240213300;
        f.patents = 1527;
        f.enterpriseLabel = {QStringLiteral("专利资助"), QStringLiteral("patent awards")};
        f.persons = 1199;
        f.personPayments = 3273;
        f.personNetFen = 200250000;
        f.personLabel = {QStringLiteral("生活补贴"), QStringLiteral("living allowances")};
        const rules::Text s = stats::ReportSentence::build(f);
        QCOMPARE(s.zh, QStringLiteral("截至2021年9月，累计为153家企业兑现专利资助2,402,133元，涉及专利1,527件；"
                                      "为1,199名人才发放生活补贴3,273笔，共2,002,500元。"));
        QCOMPARE(s.en, QStringLiteral("By the end of September 2021, 2,402,133 yuan of patent awards had been paid to "
                                      "153 enterprises, covering 1,527 patents; 3,273 payments of living allowances "
                                      "totalling 2,002,500 yuan had been made to 1,199 persons."));
    }

    void sentence_onlyPersons_andNothing()
    {
        stats::ReportFigures f;
        f.asOf = domain::Month::fromYearMonth(2022, 1);
        QCOMPARE(stats::ReportSentence::build(f).zh, QStringLiteral("截至2022年1月，尚未兑现任何资金。"));
        f.persons = 1;
        f.personPayments = 1;
        f.personNetFen = 150050;
        f.personLabel = {QStringLiteral("人才补贴"), QStringLiteral("talent subsidies")};
        const rules::Text s = stats::ReportSentence::build(f);
        QCOMPARE(s.zh, QStringLiteral("截至2022年1月，累计为1名人才发放人才补贴1笔，共1,500.50元。"));
        QCOMPARE(s.en, QStringLiteral("By the end of January 2022, 1 payment of talent subsidies totalling 1,500.50 yuan "
                                      "had been made to 1 person."));
    }

    // The figures read from a ledger: patents covered = patents of the paid
    // enterprise granted in the award's month, of the policy's kind.
    void figuresFromLedger()
    {
        testing::StatsTestDatabase t;
        QVERIFY2(t.open(QStringLiteral("sqlite")), qPrintable(t.error()));
        matching::PolicyRepository repository(t.db(), catalog::FeedCatalog::builtin());
        for (const char *file : {"patent_invention", "patent_utility", "talent_living"})
            QVERIFY(repository.publishFile(QStringLiteral(":/policies/%1.json").arg(QLatin1String(file)),
                                           QStringLiteral("test")).ok());
        const QString E1 = QStringLiteral("91441200MA4W00001W");
        const QString E2 = QStringLiteral("91441200MA4W00002U");
        const auto patent = [&](const QString &no, const QString &kind, const QString &owner, const QString &granted) {
            QVERIFY2(t.exec(QStringLiteral("INSERT INTO patents (patent_no, kind, title, patentee_credit_code, "
                                           "application_date, grant_date, status, import_id) VALUES (?, ?, 't', ?, "
                                           "'2020-01-01', ?, 'valid', 1)"),
                            {no, kind, owner, granted}),
                     qPrintable(t.error()));
        };
        patent(QStringLiteral("ZL1"), QStringLiteral("invention"), E1, QStringLiteral("2021-08-03"));
        patent(QStringLiteral("ZL2"), QStringLiteral("invention"), E1, QStringLiteral("2021-08-20"));
        patent(QStringLiteral("ZL3"), QStringLiteral("utility_model"), E1, QStringLiteral("2021-08-20")); // not invention
        patent(QStringLiteral("ZL4"), QStringLiteral("invention"), E1, QStringLiteral("2021-07-20"));     // other month
        patent(QStringLiteral("ZL5"), QStringLiteral("utility_model"), E2, QStringLiteral("2021-09-01"));
        patent(QStringLiteral("ZL6"), QStringLiteral("invention"), E2, QStringLiteral("2021-10-01"));     // after
        const qint64 aug = t.batch(QStringLiteral("2021-08"));
        const qint64 sep = t.batch(QStringLiteral("2021-09"));
        const qint64 oct = t.batch(QStringLiteral("2021-10"));
        const auto pay = [&](const QString &policy, const QString &subject, const QString &kind, qint64 batch,
                             const QString &period, qint64 fen) {
            const qint64 award = t.award(policy, subject, period, fen);
            QVERIFY2(t.payment(award, batch, policy, subject, kind, period, period, fen, QStringLiteral("paid")) > 0,
                     qPrintable(t.error()));
        };
        pay(QStringLiteral("PATENT-INVENTION"), E1, QStringLiteral("enterprise"), aug, QStringLiteral("2021-08"), 1000000);
        pay(QStringLiteral("PATENT-UTILITY"), E2, QStringLiteral("enterprise"), sep, QStringLiteral("2021-09"), 300000);
        pay(QStringLiteral("PATENT-INVENTION"), E2, QStringLiteral("enterprise"), oct, QStringLiteral("2021-10"), 500000);
        pay(QStringLiteral("TALENT-LIVING"), QStringLiteral("P1"), QStringLiteral("person"), aug, QStringLiteral("2021-08"), 150000);
        pay(QStringLiteral("TALENT-LIVING"), QStringLiteral("P1"), QStringLiteral("person"), sep, QStringLiteral("2021-09"), 150000);
        const auto f = stats::ReportSentence::figures(t.db(), domain::Month::fromYearMonth(2021, 9));
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f->enterprises, 2);
        QCOMPARE(f->enterpriseNetFen, 1300000);
        QCOMPARE(f->patents, 3); // ZL1, ZL2 (invention, August, E1) and ZL5 (utility, September, E2)
        QCOMPARE(f->persons, 1);
        QCOMPARE(f->personPayments, 2);
        const rules::Text s = stats::ReportSentence::build(f.value());
        QVERIFY2(s.zh.startsWith(QStringLiteral("截至2021年9月，累计为2家企业兑现专利资助13,000元，涉及专利3件；为1名人才发放")),
                 qPrintable(s.zh));
        QVERIFY2(s.zh.endsWith(QStringLiteral("2笔，共3,000元。")), qPrintable(s.zh));
    }
};

QTEST_GUILESS_MAIN(TestStatsText)
#include "tst_stats_text.moc"
