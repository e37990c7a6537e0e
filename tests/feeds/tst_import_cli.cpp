// `mianshen --db X import FILE... [--report FILE.csv] [--quarantine] [--accept-large-change]` through
// the real executable: exit 0 imported, 1 rejected (report on stderr or as
// CSV), 2 usage; registries imported first.
#include "FeedsTestData.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen::testing;

class TestImportCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodFiles_exitZero_registriesFirst();
    void badFile_exitOne_reportOnStderr();
    void badFile_exitOne_reportAsCsv();
    void quarantine_exitZero();
    void largeDeletion_heldExitOne_acceptedExitZero();
    void usage_exitTwo_data();
    void usage_exitTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_db;
};

TestImportCli::Run TestImportCli::run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(MIANSHEN_EXECUTABLE), QStringList{u"--db"_qs, m_db} + arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestImportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"cli.sqlite"_qs);
    const Run r = run({u"migrate"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestImportCli::goodFiles_exitZero_registriesFirst()
{
    const QString employment = writeFile(m_dir.path(), u"employment_records.csv"_qs,
                                         "id_number,employer_credit_code,start_date,end_date,work_area\n" + personId(1) + ','
                                             + enterpriseCode(1) + ",2020-01-01,,441200\n");
    const QString persons = writeFile(m_dir.path(), u"persons.csv"_qs, personsHeader() + personRow(1));
    const QString enterprises = writeFile(m_dir.path(), u"enterprises.csv"_qs, enterprisesHeader() + enterpriseRow(1));
    const Run r = run({u"import"_qs, employment, enterprises, persons});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Registries first, so the employment record's references are found: no warnings.
    QVERIFY2(r.out.indexOf(u"persons.csv") < r.out.indexOf(u"enterprises.csv"), qPrintable(r.out));
    QVERIFY2(r.out.indexOf(u"enterprises.csv") < r.out.indexOf(u"employment_records.csv"), qPrintable(r.out));
    QVERIFY2(!r.err.contains(u"DANGLING_REFERENCE"), qPrintable(r.err));
    // Again: skipped, still exit 0.
    const Run again = run({u"import"_qs, persons});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Skipped"), qPrintable(again.out));
}

void TestImportCli::badFile_exitOne_reportOnStderr()
{
    const QString bad = writeFile(m_dir.path(), u"death_records_bad.csv"_qs,
                                  "id_number,death_date\n" + personId(1) + ",2021-02-30\n" + personId(2) + ",2021-13-01\n");
    const Run r = run({u"import"_qs, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"death_records_bad.csv:2: error: death_date"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"death_records_bad.csv:3: error: death_date"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"DATE_NOT_REAL"), qPrintable(r.err));
}

void TestImportCli::badFile_exitOne_reportAsCsv()
{
    const QString bad = writeFile(m_dir.path(), u"death_records_bad2.csv"_qs,
                                  "id_number,death_date\n" + personId(1) + ",2021-02-30\n");
    const QString report = m_dir.filePath(u"report.csv"_qs);
    const Run r = run({u"import"_qs, bad, u"--report"_qs, report});
    QCOMPARE(r.exitCode, 1);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "file,line,column,value,severity,reason_code,reason_zh,reason_en\r\n"));
    QVERIFY2(csv.contains("death_records_bad2.csv,2,death_date,2021-02-30,error,DATE_NOT_REAL,"), csv.constData());
}

void TestImportCli::quarantine_exitZero()
{
    const QString mixed = writeFile(m_dir.path(), u"death_records_q.csv"_qs,
                                    "id_number,death_date\n" + personId(1) + ",2021-02-28\n" + personId(2) + ",2021-02-30\n");
    const Run r = run({u"import"_qs, u"--quarantine"_qs, mixed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"quarantined"), qPrintable(r.out));
}

void TestImportCli::largeDeletion_heldExitOne_acceptedExitZero()
{
    const QString shared = m_db;
    m_db = m_dir.filePath(u"gate.sqlite"_qs);
    QCOMPARE(run({u"migrate"_qs}).exitCode, 0);
    QByteArray all = personsHeader();
    QByteArray cut = personsHeader();
    for (int i = 1; i <= 120; ++i) {
        all += personRow(i);
        if (i <= 60)
            cut += personRow(i);
    }
    const Run first = run({u"import"_qs, writeFile(m_dir.path(), u"persons_gate_1.csv"_qs, all)});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    const QString cutFile = writeFile(m_dir.path(), u"persons_gate_2.csv"_qs, cut);
    const Run held = run({u"import"_qs, cutFile});
    QVERIFY2(held.exitCode == 1 && held.err.contains(u"Held"), qPrintable(held.out + held.err));
    const Run accepted = run({u"import"_qs, u"--accept-large-change"_qs, cutFile});
    QVERIFY2(accepted.exitCode == 0 && accepted.out.contains(u"60 deleted"), qPrintable(accepted.out + accepted.err));
    m_db = shared;
}

void TestImportCli::usage_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"import"_qs};
    QTest::newRow("missing file") << QStringList{u"import"_qs, u"/nonexistent/persons.csv"_qs};
    QTest::newRow("unknown option") << QStringList{u"import"_qs, u"--frobnicate"_qs};
}

void TestImportCli::usage_exitTwo()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(run(arguments).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
