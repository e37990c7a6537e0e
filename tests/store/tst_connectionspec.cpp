#include "store/ConnectionSpec.h"

#include <QTest>

using mianshen::store::ConnectionSpec;
using mianshen::store::Dialect;

class TestConnectionSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_readsPathsAndUrls_data();
    void parse_readsPathsAndUrls();
    void parse_rejectsBadInput_data();
    void parse_rejectsBadInput();
    void toString_roundTripsThroughParse_data();
    void toString_roundTripsThroughParse();
    void toString_hidesPasswordUnlessAsked();
    void displayName_saysWhatAndWhere();
};

void TestConnectionSpec::parse_readsPathsAndUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslmode");

    QTest::newRow("relative file") << "demo.sqlite" << false << "demo.sqlite" << "" << 5432 << "" << "" << "" << "";
    QTest::newRow("absolute file") << "/var/lib/x/d b.sqlite" << false << "/var/lib/x/d b.sqlite" << "" << 5432 << "" << "" << "" << "";
    QTest::newRow("chinese file") << "/tmp/数据.sqlite" << false << "/tmp/数据.sqlite" << "" << 5432 << "" << "" << "" << "";
    QTest::newRow("full url") << "postgresql://clerk:s3cret@db.example:6543/mianshen"
                              << true << "" << "db.example" << 6543 << "mianshen" << "clerk" << "s3cret" << "";
    QTest::newRow("postgres scheme, default port") << "postgres://clerk@10.0.0.5/bureau"
                                                   << true << "" << "10.0.0.5" << 5432 << "bureau" << "clerk" << "" << "";
    QTest::newRow("encoded password") << "postgresql://u:p%40ss%3Aw%2Fd@h/db"
                                      << true << "" << "h" << 5432 << "db" << "u" << "p@ss:w/d" << "";
    QTest::newRow("sslmode") << "postgresql://u@h:5433/db?sslmode=require"
                             << true << "" << "h" << 5433 << "db" << "u" << "" << "require";
    QTest::newRow("socket folder") << "postgresql://u@localhost/db?host=%2Ftmp%2Fpg"
                                   << true << "" << "/tmp/pg" << 5432 << "db" << "u" << "" << "";
    QTest::newRow("no database: the user's") << "postgresql://anna@h"
                                             << true << "" << "h" << 5432 << "anna" << "anna" << "" << "";
}

void TestConnectionSpec::parse_readsPathsAndUrls()
{
    QFETCH(QString, input);
    QFETCH(bool, postgres);
    const auto spec = ConnectionSpec::parse(input);
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QCOMPARE(spec->dialect == Dialect::Postgres, postgres);
    QTEST(spec->path, "path");
    if (postgres) {
        QTEST(spec->host, "host");
        QTEST(spec->port, "port");
        QTEST(spec->database, "database");
        QTEST(spec->user, "user");
        QTEST(spec->password, "password");
        QTEST(spec->sslmode, "sslmode");
    }
}

void TestConnectionSpec::parse_rejectsBadInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << "  " << "No database given";
    QTest::newRow("other scheme") << "mysql://u@h/db" << "neither a file path";
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=sometimes" << "SSL mode";
    QTest::newRow("unknown setting") << "postgresql://u@h/db?colour=blue" << "colour";
    QTest::newRow("bad port param") << "postgresql://u@h/db?port=99999" << "port";
}

void TestConnectionSpec::parse_rejectsBadInput()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const auto spec = ConnectionSpec::parse(input);
    QVERIFY(!spec.ok());
    QVERIFY2(spec.error().contains(messagePart), qPrintable(spec.error()));
}

void TestConnectionSpec::toString_roundTripsThroughParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("file") << "/tmp/a b/数据.sqlite";
    QTest::newRow("url") << "postgresql://clerk:p%40ss@db.example:6543/mianshen?sslmode=verify-full";
    QTest::newRow("socket") << "postgresql://u@localhost/db?host=%2Fvar%2Frun%2Fpostgresql";
}

void TestConnectionSpec::toString_roundTripsThroughParse()
{
    QFETCH(QString, input);
    const auto first = ConnectionSpec::parse(input);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const auto second = ConnectionSpec::parse(first->toString(true));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->dialect, first->dialect);
    QCOMPARE(second->path, first->path);
    QCOMPARE(second->host, first->host);
    QCOMPARE(second->port, first->port);
    QCOMPARE(second->database, first->database);
    QCOMPARE(second->user, first->user);
    QCOMPARE(second->password, first->password);
    QCOMPARE(second->sslmode, first->sslmode);
}

void TestConnectionSpec::toString_hidesPasswordUnlessAsked()
{
    const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://clerk:topsecret@h/db"));
    QVERIFY(spec.ok());
    QVERIFY(!spec->toString().contains(QLatin1String("topsecret")));
    QVERIFY(spec->toString(true).contains(QLatin1String("topsecret")));
}

void TestConnectionSpec::displayName_saysWhatAndWhere()
{
    QCOMPARE(ConnectionSpec::sqlite(QStringLiteral("/home/a/demo.sqlite")).displayName(), QStringLiteral("demo.sqlite"));
    const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://u@db.example:6543/mianshen"));
    QVERIFY(spec.ok());
    QCOMPARE(spec->displayName(), QStringLiteral("mianshen on db.example:6543"));
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
