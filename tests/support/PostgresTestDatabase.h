#pragma once

// A fresh PostgreSQL database for one test, on the server named by the
// environment variable MIANSHEN_TEST_PG (a postgresql:// URL of a role that
// may CREATE DATABASE; scripts/test sets it). Created with a random name
// (mianshen_test_<random>) and dropped when the object dies, so tests and
// people never collide.
//
//   PostgresTestDatabase pg;
//   if (!pg.create()) QSKIP / QFAIL ...   (see MIANSHEN_REQUIRE_POSTGRES)
//   auto db = mianshen::store::Database::open(pg.spec());

#include "store/ConnectionSpec.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtGlobal>

namespace mianshen::testing {

class PostgresTestDatabase final
{
public:
    PostgresTestDatabase() = default;
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;
    ~PostgresTestDatabase() { drop(); }

    static QString serverUrl() { return qEnvironmentVariable("MIANSHEN_TEST_PG"); }
    static bool configured() { return !serverUrl().isEmpty(); }

    // The server itself (the URL's database, usually "postgres").
    static domain::Result<store::ConnectionSpec> serverSpec() { return store::ConnectionSpec::parse(serverUrl()); }

    // Creates the database; false with error() when the server is not
    // configured or refuses.
    bool create()
    {
        if (!configured()) {
            m_error = QStringLiteral("MIANSHEN_TEST_PG is not set");
            return false;
        }
        auto server = serverSpec();
        if (!server) {
            m_error = server.error();
            return false;
        }
        m_spec = server.value();
        m_spec.database = QStringLiteral("mianshen_test_%1")
                              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_spec.database)))
            return false;
        m_created = true;
        return true;
    }

    void drop()
    {
        if (!m_created)
            return;
        m_created = false;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.database));
    }

    const store::ConnectionSpec &spec() const { return m_spec; }
    QString name() const { return m_spec.database; }
    QString error() const { return m_error; }

private:
    bool adminExec(const QString &sql)
    {
        auto server = serverSpec();
        if (!server) {
            m_error = server.error();
            return false;
        }
        auto admin = store::Database::open(server.value());
        if (!admin) {
            m_error = admin.error();
            return false;
        }
        QSqlDatabase connection = admin.value()->connection();
        QSqlQuery query(connection);
        if (!query.exec(sql)) {
            m_error = query.lastError().text();
            return false;
        }
        return true;
    }

    store::ConnectionSpec m_spec;
    QString m_error;
    bool m_created = false;
};

} // namespace mianshen::testing

// In a test function: skip loudly when no server is configured, fail when the
// configured server does not give a database.
#define MIANSHEN_REQUIRE_POSTGRES(pg)                                                                       \
    do {                                                                                                    \
        if (!mianshen::testing::PostgresTestDatabase::configured())                                         \
            QSKIP("*** PostgreSQL test SKIPPED: MIANSHEN_TEST_PG is not set (scripts/test sets it) ***");  \
        if (!(pg).create())                                                                                 \
            QFAIL(qPrintable(QStringLiteral("Could not create a PostgreSQL test database: ") + (pg).error())); \
    } while (false)
