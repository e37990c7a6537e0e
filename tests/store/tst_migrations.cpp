#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using mianshen::store::ConnectionSpec;
using mianshen::store::Database;
using mianshen::store::Dialect;
using mianshen::store::Migrator;
using mianshen::testing::PostgresTestDatabase;

namespace {

bool exec(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool hasTable(Database &db, const QString &table)
{
    const QString sql = db.dialect() == Dialect::Sqlite
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table)
        : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '%1'").arg(table);
    return scalar(db, sql).toInt() > 0;
}

} // namespace

// Opens a fresh, empty database of the row's dialect into `db`.
#define OPEN_FRESH(db)                                                                 \
    QFETCH_GLOBAL(bool, postgres);                                                     \
    if (postgres) {                                                                    \
        m_pg = std::make_unique<PostgresTestDatabase>();                               \
        MIANSHEN_REQUIRE_POSTGRES(*m_pg);                                              \
    }                                                                                  \
    auto opened##db = Database::open(postgres ? m_pg->spec()                           \
                                              : ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("m.sqlite")))); \
    QVERIFY2(opened##db.ok(), qPrintable(opened##db.error()));                         \
    Database &db = *opened##db.value()

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void migrate_fromEmpty_reachesLatestAndRecordsEachVersion();
    void migrate_again_changesNothing();
    void migrate_protectsMoneyWithUniqueConstraints();
    void migrate_makesAuditLogAppendOnly();
    void migrate_refusesDatabaseNewerThanProgram();
    void checkCurrent_explainsEmptyOlderAndNewer();
    void migrate_failureOnStatementN_leavesOldVersion_data();
    void migrate_failureOnStatementN_leavesOldVersion();
    void splitStatements_findsStatementEnds_data();
    void splitStatements_findsStatementEnds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresTestDatabase> m_pg;
};

void TestMigrations::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_pg.reset();
    m_dir.reset();
}

void TestMigrations::migrate_fromEmpty_reachesLatestAndRecordsEachVersion()
{
    OPEN_FRESH(db);
    Migrator migrator(db);
    QVERIFY(migrator.latestVersion() >= 1);
    QCOMPARE(db.schemaVersion(), 0);
    const auto status = migrator.migrate();
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(db.schemaVersion(), migrator.latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), migrator.available().size());
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM schema_version WHERE version = 1")).toString(),
             QStringLiteral("foundation"));
    for (const char *table : {"audit_log", "awards", "payments", "reviews"})
        QVERIFY2(hasTable(db, QString::fromLatin1(table)), table);
    QVERIFY(migrator.checkCurrent().ok());
}

void TestMigrations::migrate_again_changesNothing()
{
    OPEN_FRESH(db);
    Migrator migrator(db);
    QVERIFY(migrator.migrate().ok());
    const int rows = scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt();
    const auto again = Migrator(db).migrate();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), rows);
    QCOMPARE(db.schemaVersion(), migrator.latestVersion());
}

void TestMigrations::migrate_protectsMoneyWithUniqueConstraints()
{
    OPEN_FRESH(db);
    QVERIFY(Migrator(db).migrate().ok());
    const QString award = QStringLiteral(
        "INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at) "
        "VALUES ('P1', 1, 'S1', '%1', 150000, 'approved', '2026-11-27T00:00:00Z')");
    QString error;
    QVERIFY2(exec(db, award.arg(QStringLiteral("2026-10")), &error), qPrintable(error));
    QVERIFY2(!exec(db, award.arg(QStringLiteral("2026-10"))), "a second award for the same policy, subject and period was accepted");
    QVERIFY(exec(db, award.arg(QStringLiteral("2026-11"))));
    const qlonglong awardId = scalar(db, QStringLiteral("SELECT id FROM awards WHERE period = '2026-10'")).toLongLong();
    QVERIFY(awardId > 0);
    // The ledger's payments (0007): in an open batch, with the award's key and amount.
    QVERIFY2(exec(db, QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at) "
                                     "VALUES ('2026-11', 'clerk', '2026-11-27T00:00:00Z')"), &error),
             qPrintable(error));
    const QString payment = QStringLiteral(
        "INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, award_period, amount_fen, "
        "account_name, bank_name, account_no, account_import_id, created_at) VALUES (%1, 1, 'P1', 'S1', 'person', "
        "'2026-11', '2026-10', 150000, 'name', 'bank', '622200000000', 1, '2026-11-27T00:00:00Z')");
    QVERIFY2(exec(db, payment.arg(awardId), &error), qPrintable(error));
    QVERIFY2(!exec(db, payment.arg(awardId)), "a second payment for the same award was accepted");
    QVERIFY2(!exec(db, payment.arg(awardId + 1000)), "a payment for a missing award was accepted");
    QVERIFY2(!exec(db, QStringLiteral("INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at) "
                                      "VALUES ('P1', 1, 'S2', '', -1, 'approved', 'x')")),
             "a negative amount was accepted");
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(amount_fen) FROM payments")).toLongLong(), 150000LL);
}

void TestMigrations::migrate_makesAuditLogAppendOnly()
{
    OPEN_FRESH(db);
    QVERIFY(Migrator(db).migrate().ok());
    QString error;
    QVERIFY2(exec(db, QStringLiteral("INSERT INTO audit_log (at, actor, role, action, entity, entity_id, prev_hash, hash) "
                                     "VALUES ('2026-11-27T00:00:00Z', 'li', 'clerk', 'import', 'feed', 'hukou', '', 'h1')"),
                  &error),
             qPrintable(error));
    QVERIFY(!exec(db, QStringLiteral("UPDATE audit_log SET actor = 'someone else'"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM audit_log"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT actor FROM audit_log")).toString(), QStringLiteral("li"));
}

void TestMigrations::migrate_refusesDatabaseNewerThanProgram()
{
    OPEN_FRESH(db);
    Migrator migrator(db);
    QVERIFY(migrator.migrate().ok());
    const int future = migrator.latestVersion() + 1;
    QVERIFY(exec(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at, program_version) "
                                    "VALUES (%1, 'from_the_future', '2030-01-01T00:00:00Z', '9.0')").arg(future)));
    const auto status = Migrator(db).migrate();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QLatin1String("newer")), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QString::number(future)), qPrintable(status.error()));
    QCOMPARE(db.schemaVersion(), future);
    const auto check = Migrator(db).checkCurrent();
    QVERIFY(!check.ok());
    QVERIFY2(check.error().contains(QLatin1String("newer")), qPrintable(check.error()));
}

void TestMigrations::checkCurrent_explainsEmptyOlderAndNewer()
{
    OPEN_FRESH(db);
    Migrator migrator(db);
    auto check = migrator.checkCurrent();
    QVERIFY(!check.ok());
    QVERIFY2(check.error().contains(QLatin1String("migrate")), qPrintable(check.error()));
    QVERIFY(migrator.migrate().ok());
    QVERIFY(migrator.checkCurrent().ok());
    if (migrator.available().size() > 1) {
        QVERIFY(exec(db, QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(migrator.latestVersion())));
        check = migrator.checkCurrent();
        QVERIFY(!check.ok());
        QVERIFY2(check.error().contains(QLatin1String("needs updating")), qPrintable(check.error()));
    }
}

void TestMigrations::migrate_failureOnStatementN_leavesOldVersion_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("first statement") << "first";
    QTest::newRow("second statement") << "second";
    QTest::newRow("last statement of the first migration") << "lastOfFirst";
    QTest::newRow("first statement of the latest migration") << "firstOfLatest";
    QTest::newRow("very last statement") << "last";
}

void TestMigrations::migrate_failureOnStatementN_leavesOldVersion()
{
    QFETCH(QString, where);
    OPEN_FRESH(db);
    Migrator migrator(db);
    const auto migrations = migrator.available();
    QVERIFY(!migrations.isEmpty());
    QList<int> counts;
    for (const auto &migration : migrations)
        counts << Migrator::splitStatements(migration.sql).size();
    QVERIFY(counts.first() >= 2);
    int total = 0;
    for (int c : counts)
        total += c;

    int n = 0;
    int expectedVersion = 0;
    if (where == QLatin1String("first")) {
        n = 1;
    } else if (where == QLatin1String("second")) {
        n = 2;
    } else if (where == QLatin1String("lastOfFirst")) {
        n = counts.first();
    } else if (where == QLatin1String("firstOfLatest")) {
        n = total - counts.last() + 1;
        expectedVersion = migrations.size() > 1 ? migrations.at(migrations.size() - 2).version : 0;
    } else {
        n = total;
        expectedVersion = migrations.size() > 1 ? migrations.at(migrations.size() - 2).version : 0;
    }

    migrator.setFailAtStatement(n);
    const auto status = migrator.migrate();
    QVERIFY2(!status.ok(), "the injected failure was not reported");
    QVERIFY2(status.error().contains(QStringLiteral("version %1").arg(expectedVersion)), qPrintable(status.error()));
    QCOMPARE(db.schemaVersion(), expectedVersion);
    if (expectedVersion == 0) {
        for (const char *table : {"audit_log", "awards", "payments", "reviews"})
            QVERIFY2(!hasTable(db, QString::fromLatin1(table)), table);
    }
    // The connection is usable and a clean run finishes the job.
    Migrator again(db);
    const auto retry = again.migrate();
    QVERIFY2(retry.ok(), qPrintable(retry.error()));
    QCOMPARE(db.schemaVersion(), again.latestVersion());
}

void TestMigrations::splitStatements_findsStatementEnds_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two statements, comments, blank lines")
        << "-- heading\nCREATE TABLE a (x INTEGER);\n\n-- between\nCREATE TABLE b (\n    y TEXT -- inline\n);\n"
        << QStringList{"CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n    y TEXT -- inline\n)"};
    QTest::newRow("semicolon inside a line does not end")
        << "INSERT INTO t VALUES ('a;b');\n"
        << QStringList{"INSERT INTO t VALUES ('a;b')"};
    QTest::newRow("sqlite trigger block")
        << "CREATE TRIGGER t BEFORE DELETE ON x\nBEGIN\n    SELECT RAISE(ABORT, 'no');\n    SELECT 1;\nEND;\nCREATE INDEX i ON x (y);\n"
        << QStringList{"CREATE TRIGGER t BEFORE DELETE ON x\nBEGIN\n    SELECT RAISE(ABORT, 'no');\n    SELECT 1;\nEND;",
                       "CREATE INDEX i ON x (y)"};
    QTest::newRow("postgres one-line trigger")
        << "CREATE TRIGGER t BEFORE UPDATE ON x\n    FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;\n"
        << QStringList{"CREATE TRIGGER t BEFORE UPDATE ON x\n    FOR EACH ROW EXECUTE FUNCTION f()", "SELECT 1"};
    QTest::newRow("dollar-quoted body")
        << "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'x';\nEND;\n$$;\nSELECT 2;\n"
        << QStringList{"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'x';\nEND;\n$$",
                       "SELECT 2"};
    QTest::newRow("crlf line ends") << "SELECT 1;\r\nSELECT 2;\r\n" << QStringList{"SELECT 1", "SELECT 2"};
}

void TestMigrations::splitStatements_findsStatementEnds()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrator::splitStatements(sql), statements);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
