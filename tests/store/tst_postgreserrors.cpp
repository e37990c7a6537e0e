#include "store/Database.h"
#include "support/PostgresTestDatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <libpq-fe.h>

using mianshen::store::ConnectionSpec;
using mianshen::store::Database;
using mianshen::testing::PostgresTestDatabase;

// Database::open against the real PostgreSQL server: every way of failing
// gets its own sentence, so a clerk knows what to fix.
class TestPostgresErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void open_rightCredentials_connectsAndGivesNativeHandle();
    void open_wrongPassword_saysPasswordIsWrong();
    void open_unknownUser_saysUserOrPasswordIsWrong();
    void open_missingDatabase_saysDatabaseDoesNotExist();
    void open_nothingListening_saysServerUnreachable();
    void open_unknownHost_saysNameIsNotKnown();
    void open_sslRequiredButNotOffered_saysSsl();
    void failures_doNotLeaveQtConnectionsBehind();

private:
    ConnectionSpec m_server;
};

void TestPostgresErrors::initTestCase()
{
    if (!PostgresTestDatabase::configured())
        QSKIP("*** PostgreSQL test SKIPPED: MIANSHEN_TEST_PG is not set (scripts/test sets it) ***");
    const auto spec = PostgresTestDatabase::serverSpec();
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    m_server = spec.value();
    QVERIFY2(!m_server.password.isEmpty(), "MIANSHEN_TEST_PG must name a role with a password (password authentication)");
}

void TestPostgresErrors::open_rightCredentials_connectsAndGivesNativeHandle()
{
    auto db = Database::open(m_server);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    PGconn *handle = db.value()->postgresHandle();
    QVERIFY(handle != nullptr);
    QVERIFY(db.value()->sqliteHandle() == nullptr);
    QCOMPARE(PQstatus(handle), CONNECTION_OK);
    QCOMPARE(QString::fromUtf8(PQdb(handle)), m_server.database);
    QSqlDatabase connection = db.value()->connection();
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("SHOW application_name")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("mianshen"));
}

void TestPostgresErrors::open_wrongPassword_saysPasswordIsWrong()
{
    ConnectionSpec spec = m_server;
    spec.password = QStringLiteral("not-") + spec.password;
    const auto db = Database::open(spec);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().startsWith(QLatin1String("The user name or password is wrong")), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(QLatin1String("cannot be reached")), qPrintable(db.error()));
}

void TestPostgresErrors::open_unknownUser_saysUserOrPasswordIsWrong()
{
    ConnectionSpec spec = m_server;
    spec.user = QStringLiteral("mianshen_no_such_user");
    const auto db = Database::open(spec);
    QVERIFY(!db.ok());
    // With password authentication the server does not tell which of the two is wrong.
    QVERIFY2(db.error().startsWith(QLatin1String("The user name or password is wrong"))
                 || db.error().startsWith(QLatin1String("There is no user")),
             qPrintable(db.error()));
}

void TestPostgresErrors::open_missingDatabase_saysDatabaseDoesNotExist()
{
    ConnectionSpec spec = m_server;
    spec.database = QStringLiteral("mianshen_no_such_database");
    const auto db = Database::open(spec);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().startsWith(QLatin1String("There is no database \"mianshen_no_such_database\"")), qPrintable(db.error()));
}

void TestPostgresErrors::open_nothingListening_saysServerUnreachable()
{
    ConnectionSpec spec = m_server;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = 9; // discard: nothing listens there
    QElapsedTimer timer;
    timer.start();
    const auto db = Database::open(spec);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QLatin1String("cannot be reached")), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(QLatin1String("password")), qPrintable(db.error()));
    QVERIFY2(timer.elapsed() < 15000, "connect_timeout was not applied");
}

void TestPostgresErrors::open_unknownHost_saysNameIsNotKnown()
{
    ConnectionSpec spec = m_server;
    spec.host = QStringLiteral("no-such-host.invalid");
    const auto db = Database::open(spec);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().startsWith(QLatin1String("The server name \"no-such-host.invalid\" is not known"))
                 || db.error().contains(QLatin1String("cannot be reached")),
             qPrintable(db.error()));
}

void TestPostgresErrors::open_sslRequiredButNotOffered_saysSsl()
{
    ConnectionSpec spec = m_server;
    spec.sslmode = QStringLiteral("require");
    const auto db = Database::open(spec);
    if (db.ok())
        QSKIP("This server offers SSL, so the no-SSL message cannot be provoked here");
    QVERIFY2(db.error().contains(QLatin1String("SSL")), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(QLatin1String("password")), qPrintable(db.error()));
}

void TestPostgresErrors::failures_doNotLeaveQtConnectionsBehind()
{
    const int before = QSqlDatabase::connectionNames().size();
    ConnectionSpec spec = m_server;
    spec.password = QStringLiteral("wrong");
    QVERIFY(!Database::open(spec).ok());
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

QTEST_GUILESS_MAIN(TestPostgresErrors)
#include "tst_postgreserrors.moc"
