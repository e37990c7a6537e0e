#include "store/Database.h"
#include "support/PostgresTestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using mianshen::store::ConnectionSpec;
using mianshen::store::Database;
using mianshen::testing::PostgresTestDatabase;

// Runs the real `mianshen` executable, as a user or a batch job would.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runMianshen(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MIANSHEN_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(run.exitCode).arg(run.out, run.err).toUtf8();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void version_printsNameAndVersion();
    void help_listsOptionsAndEveryCommand();
    void badUsage_exitsWithTwo_data();
    void badUsage_exitsWithTwo();
    void commandHelp_showsItsOptions();
    void migrateThenInfo_showsVersionAndRowCounts();
    void migrate_again_saysUpToDate();
    void info_onDatabaseWithoutSchema_saysSoAndFails();
    void info_onUnopenableDatabase_fails();
    void migrate_onNewerDatabase_refuses();
    void migrateThenInfo_onPostgres();
    void policyPreview_printsBothSidesAndWritesNothing();
    void lang_beforeTheCommand_choosesTheLanguage();
    void policyHelp_listsEveryVerb();
    void decisionsMatchAndImport_sayWhatHappened();

private:
    QTemporaryDir m_dir;
};

void TestCli::version_printsNameAndVersion()
{
    const Run run = runMianshen({QStringLiteral("--version")});
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^mianshen \\d+\\.\\d+\\.\\d+\\n$")).match(run.out).hasMatch(), describe(run).constData());
}

void TestCli::help_listsOptionsAndEveryCommand()
{
    const Run run = runMianshen({QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    QVERIFY2(run.out.contains(QLatin1String("--db <path-or-url>")), describe(run).constData());
    QVERIFY2(run.out.contains(QLatin1String("--version")), describe(run).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  migrate +Create")).match(run.out).hasMatch(), describe(run).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  info +Show")).match(run.out).hasMatch(), describe(run).constData());
    QVERIFY2(run.err.isEmpty(), describe(run).constData());
}

void TestCli::badUsage_exitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("unknown command") << QStringList{"--db", "x.sqlite", "frobnicate"} << "Unknown command \"frobnicate\"";
    QTest::newRow("--db without value") << QStringList{"--db"} << "db";
    QTest::newRow("command without --db") << QStringList{"info"} << "needs a database";
    QTest::newRow("--lang not zh or en") << QStringList{"--lang", "fr", "--db", "x.sqlite", "info"} << "--lang must be zh or en";
    QTest::newRow("info with extra argument") << QStringList{"--db", "x.sqlite", "info", "extra"} << "no arguments";
    QTest::newRow("migrate with unknown option") << QStringList{"--db", "x.sqlite", "migrate", "--fast"} << "fast";
    QTest::newRow("policy preview without period") << QStringList{"--db", "x.sqlite", "policy", "preview", "p.json"}
                                                   << "--period";
    QTest::newRow("why with a subject id that is no code")
        << QStringList{"--db", "x.sqlite", "why", "--period", "2021-09", "--policy", "P", "44120219900307123"}
        << "neither a valid resident id number";
    QTest::newRow("why with a wrong check character")
        << QStringList{"--db", "x.sqlite", "why", "--period", "2021-09", "--policy", "P", "441202199003071231"}
        << "441202199003071231 is neither";
    QTest::newRow("policy preview with bad period")
        << QStringList{"--db", "x.sqlite", "policy", "preview", "p.json", "--period", "2021-9"} << "2021-9";
}

void TestCli::badUsage_exitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("x.sqlite"))
            argument = m_dir.filePath(QStringLiteral("never-created.sqlite"));
    }
    const Run run = runMianshen(arguments);
    QVERIFY2(run.exitCode == 2, describe(run).constData());
    QVERIFY2(run.err.contains(messagePart), describe(run).constData());
    QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("never-created.sqlite"))), "a usage error created the database");
}

void TestCli::commandHelp_showsItsOptions()
{
    const Run run = runMianshen({QStringLiteral("info"), QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    QVERIFY2(run.out.contains(QLatin1String("number of rows")), describe(run).constData());
}

void TestCli::migrateThenInfo_showsVersionAndRowCounts()
{
    const QString file = m_dir.filePath(QStringLiteral("cli 数据.sqlite"));
    const Run migrate = runMianshen({QStringLiteral("--db"), file, QStringLiteral("migrate")});
    QVERIFY2(migrate.exitCode == 0, describe(migrate).constData());
    QVERIFY2(migrate.out.contains(QLatin1String("migrated from schema version 0 to")), describe(migrate).constData());
    {
        auto db = Database::open(ConnectionSpec::sqlite(file));
        QVERIFY(db.ok());
        QSqlDatabase connection = db.value()->connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at) "
                                          "VALUES ('P', 1, 'S1', '', 100, 'approved', 'now'), ('P', 1, 'S2', '', 100, 'approved', 'now')")));
    }
    const Run info = runMianshen({QStringLiteral("--db=") + file, QStringLiteral("info")});
    QVERIFY2(info.exitCode == 0, describe(info).constData());
    QVERIFY2(info.out.contains(QStringLiteral("cli 数据.sqlite")), describe(info).constData());
    QVERIFY2(info.out.contains(QLatin1String("SQLite")), describe(info).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("Schema version: +(\\d+) \\(this program: \\1\\)")).match(info.out).hasMatch(), describe(info).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  awards +2\\n")).match(info.out).hasMatch(), describe(info).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  payments +0\\n")).match(info.out).hasMatch(), describe(info).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  schema_version +\\d+\\n")).match(info.out).hasMatch(), describe(info).constData());
}

void TestCli::migrate_again_saysUpToDate()
{
    const QString file = m_dir.filePath(QStringLiteral("again.sqlite"));
    QCOMPARE(runMianshen({QStringLiteral("--db"), file, QStringLiteral("migrate")}).exitCode, 0);
    const Run again = runMianshen({QStringLiteral("--db"), file, QStringLiteral("migrate")});
    QVERIFY2(again.exitCode == 0, describe(again).constData());
    QVERIFY2(again.out.contains(QLatin1String("up to date")), describe(again).constData());
}

void TestCli::info_onDatabaseWithoutSchema_saysSoAndFails()
{
    const QString file = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const Run run = runMianshen({QStringLiteral("--db"), file, QStringLiteral("info")});
    QVERIFY2(run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains(QLatin1String("not a Mianshen database yet")), describe(run).constData());
    QVERIFY2(run.err.contains(QLatin1String("migrate")), describe(run).constData());
}

void TestCli::info_onUnopenableDatabase_fails()
{
    const Run run = runMianshen({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite")), QStringLiteral("info")});
    QVERIFY2(run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), describe(run).constData());
}

void TestCli::migrate_onNewerDatabase_refuses()
{
    const QString file = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(runMianshen({QStringLiteral("--db"), file, QStringLiteral("migrate")}).exitCode, 0);
    {
        auto db = Database::open(ConnectionSpec::sqlite(file));
        QVERIFY(db.ok());
        QSqlDatabase connection = db.value()->connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (9999, 'future', 'then', '99.0.0')")));
    }
    for (const char *command : {"migrate", "info"}) {
        const Run run = runMianshen({QStringLiteral("--db"), file, QString::fromLatin1(command)});
        QVERIFY2(run.exitCode == 1, describe(run).constData());
        QVERIFY2(run.err.contains(QLatin1String("newer than this program")), describe(run).constData());
    }
}

void TestCli::migrateThenInfo_onPostgres()
{
    PostgresTestDatabase pg;
    MIANSHEN_REQUIRE_POSTGRES(pg);
    const QString url = pg.spec().toString(true);
    const Run migrate = runMianshen({QStringLiteral("--db"), url, QStringLiteral("migrate")});
    QVERIFY2(migrate.exitCode == 0, describe(migrate).constData());
    const Run info = runMianshen({QStringLiteral("--db"), url, QStringLiteral("info")});
    QVERIFY2(info.exitCode == 0, describe(info).constData());
    QVERIFY2(info.out.contains(QLatin1String("PostgreSQL")), describe(info).constData());
    QVERIFY2(!info.out.contains(QLatin1Char(':') + pg.spec().password + QLatin1Char('@')), "info printed the password");
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  awards +0\\n")).match(info.out).hasMatch(), describe(info).constData());
}

void TestCli::policyPreview_printsBothSidesAndWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("preview.sqlite"));
    const QString golden = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/golden/");
    const QString policies = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/policies/");
    QStringList import{QStringLiteral("--db"), db, QStringLiteral("import")};
    for (const char *feed : {"persons", "enterprises", "patents", "credit_records", "bank_accounts", "social_insurance",
                             "education", "housing_transactions", "payment_history"})
        import << golden + QLatin1String(feed) + QStringLiteral(".csv");
    QVERIFY(runMianshen({QStringLiteral("--db"), db, QStringLiteral("migrate")}).exitCode == 0);
    const Run imported = runMianshen(import);
    QVERIFY2(imported.exitCode == 0, describe(imported).constData());
    const Run published = runMianshen({QStringLiteral("--db"), db, QStringLiteral("policy"), QStringLiteral("publish"),
                                       policies + QStringLiteral("test-patent.json")});
    QVERIFY2(published.exitCode == 0, describe(published).constData());

    // Another amount and budget: 25 of the 44 fit 150,000 yuan at 6,000 each.
    QFile source(policies + QStringLiteral("test-patent.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(source.readAll());
    text.replace(QStringLiteral("\"yuan\": \"100000.00\""), QStringLiteral("\"yuan\": \"150000.00\""));
    text.replace(QStringLiteral("yuan(5000)"), QStringLiteral("yuan(6000)"));
    text.replace(QStringLiteral("\"amount\": \"5000\""), QStringLiteral("\"amount\": \"6000\""));
    QFile edited(m_dir.filePath(QStringLiteral("patent.json")));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(text.toUtf8());
    edited.close();
    const Run preview = runMianshen({QStringLiteral("--db"), db, QStringLiteral("policy"), QStringLiteral("preview"),
                                     edited.fileName(), QStringLiteral("--period"), QStringLiteral("2021-09")});
    QVERIFY2(preview.exitCode == 0, describe(preview).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\nqualifying +44 +44\\n")).match(preview.out).hasMatch(), describe(preview).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  over budget +24 +19\\n")).match(preview.out).hasMatch(), describe(preview).constData());
    QVERIFY2(QRegularExpression(QStringLiteral("\\ntotal \\(yuan\\) +100000.00 +150000.00\\n")).match(preview.out).hasMatch(),
             describe(preview).constData());
    QVERIFY2(preview.out.contains(QLatin1String("0 newly qualifying, 0 no longer qualifying, 44 changed")), describe(preview).constData());
    {
        const auto opened = Database::open(ConnectionSpec::sqlite(db));
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM matching_runs) + (SELECT COUNT(*) FROM decisions)")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }

    // A type error: refused with file:line:column, exit 1.
    text.replace(QStringLiteral("enterprise.status == 'active'"), QStringLiteral("enterprise.status == 1"));
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(text.toUtf8());
    bad.close();
    const Run refused = runMianshen({QStringLiteral("--db"), db, QStringLiteral("policy"), QStringLiteral("preview"),
                                     bad.fileName(), QStringLiteral("--period"), QStringLiteral("2021-09")});
    QVERIFY2(refused.exitCode == 1, describe(refused).constData());
    QVERIFY2(refused.err.contains(QLatin1String("bad.json:14:")), describe(refused).constData());
}

void TestCli::lang_beforeTheCommand_choosesTheLanguage()
{
    const QString db = m_dir.filePath(QStringLiteral("lang.sqlite"));
    const Run english = runMianshen({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("migrate")});
    QVERIFY2(english.exitCode == 0, describe(english).constData());
    const Run chinese = runMianshen({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--db"), db, QStringLiteral("info")});
    QVERIFY2(chinese.exitCode == 0, describe(chinese).constData());
    const Run inEnglish = runMianshen({QStringLiteral("--lang=en"), QStringLiteral("--db"), db, QStringLiteral("info")});
    QVERIFY2(inEnglish.exitCode == 0, describe(inEnglish).constData());
    QVERIFY2(chinese.out != inEnglish.out, describe(chinese).constData());
    QVERIFY2(chinese.out.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), describe(chinese).constData());
    QVERIFY2(!inEnglish.out.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), describe(inEnglish).constData());
}

// `policy --help` names every verb, with what it takes.
void TestCli::policyHelp_listsEveryVerb()
{
    const Run run = runMianshen({QStringLiteral("policy"), QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    for (const char *verb : {"check FILE", "test [-v] FILE", "publish FILE", "list", "withdraw CODE VERSION", "preview FILE --period"})
        QVERIFY2(run.out.contains(QLatin1String(verb)), describe(run).constData());
}

// decisions for a month without a completed run; the progress count of
// match; an import refused for its file name has no line number.
void TestCli::decisionsMatchAndImport_sayWhatHappened()
{
    const QString db = m_dir.filePath(QStringLiteral("issue10.sqlite"));
    const QString golden = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/golden/");
    const QString policies = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/policies/");
    QVERIFY(runMianshen({QStringLiteral("--db"), db, QStringLiteral("migrate")}).exitCode == 0);

    const Run none = runMianshen({QStringLiteral("--db"), db, QStringLiteral("decisions"), QStringLiteral("--period"), QStringLiteral("2021-09")});
    QVERIFY2(none.exitCode == 1, describe(none).constData());
    QVERIFY2(none.err.contains(QLatin1String("no completed run for 2021-09")), describe(none).constData());
    QVERIFY2(none.out.isEmpty(), describe(none).constData());

    // A file whose name names no feed: refused, and no "line 0".
    QFile odd(m_dir.filePath(QStringLiteral("salaries.csv")));
    QVERIFY(odd.open(QIODevice::WriteOnly));
    odd.write("a,b\n1,2\n");
    odd.close();
    const Run refused = runMianshen({QStringLiteral("--db"), db, QStringLiteral("import"), odd.fileName()});
    QVERIFY2(refused.exitCode == 1, describe(refused).constData());
    QVERIFY2(refused.err.contains(QLatin1String("salaries.csv: error:")), describe(refused).constData());
    QVERIFY2(!refused.err.contains(QLatin1String("salaries.csv:0")) && !refused.err.contains(QLatin1String("line 0")), describe(refused).constData());
    const QString reportFile = m_dir.filePath(QStringLiteral("report.csv"));
    runMianshen({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--report"), reportFile, odd.fileName()});
    QFile report(reportFile);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(report.readAll());
    QVERIFY2(reportText.contains(QLatin1String("salaries.csv,,")), qPrintable(reportText));

    QStringList import{QStringLiteral("--db"), db, QStringLiteral("import")};
    for (const char *feed : {"persons", "enterprises", "patents", "credit_records", "bank_accounts", "social_insurance",
                             "education", "housing_transactions", "payment_history"})
        import << golden + QLatin1String(feed) + QStringLiteral(".csv");
    QVERIFY(runMianshen(import).exitCode == 0);
    QVERIFY(runMianshen({QStringLiteral("--db"), db, QStringLiteral("policy"), QStringLiteral("publish"),
                         policies + QStringLiteral("test-patent.json"), policies + QStringLiteral("test-living.json")}).exitCode == 0);
    const Run match = runMianshen({QStringLiteral("--db"), db, QStringLiteral("match"), QStringLiteral("--period"), QStringLiteral("2021-09")});
    QVERIFY2(match.exitCode == 0, describe(match).constData());
    const auto evaluations = QRegularExpression(QStringLiteral("(\\d+) evaluations")).match(match.out);
    QVERIFY2(evaluations.hasMatch(), describe(match).constData());
    const QString n = evaluations.captured(1);
    const QStringList progress = match.err.split(u'\n', Qt::SkipEmptyParts).filter(QStringLiteral("evaluating:"));
    QVERIFY2(!progress.isEmpty(), describe(match).constData());
    QVERIFY2(progress.last().startsWith(QStringLiteral("evaluating: %1 of %1 ").arg(n)), describe(match).constData());
    const Run some = runMianshen({QStringLiteral("--db"), db, QStringLiteral("decisions"), QStringLiteral("--period"), QStringLiteral("2021-09")});
    QVERIFY2(some.exitCode == 0, describe(some).constData());
    QVERIFY2(some.out.startsWith(QLatin1String("policy,subject_id,period,amount_fen,status,flags")), describe(some).constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
