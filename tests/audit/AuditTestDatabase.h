#pragma once

// A migrated database for one audit test: a SQLite file in a temporary
// folder, or a fresh PostgreSQL database (support/PostgresTestDatabase.h),
// plus helpers that append rows and tamper with the log behind the
// program's back (triggers dropped, statement run, triggers recreated).
//   MIANSHEN_AUDIT_DB(db);   // in a test with a bool "postgres" column

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "support/MigratedTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mianshen::testing {

struct AuditTestDatabase final : MigratedTestDatabase
{
    AuditTestDatabase() : MigratedTestDatabase(QStringLiteral("audit.sqlite")) {}
};

// Appends `count` rows, each in its own write transaction.
inline QString appendRows(store::Database &db, int count, const QString &action = QStringLiteral("test.append"))
{
    for (int i = 0; i < count; ++i) {
        if (!db.beginWrite())
            return db.lastError();
        audit::AuditEntry e;
        e.action = action;
        e.entity = QStringLiteral("award");
        e.entityId = QString::number(i + 1);
        e.beforeJson = i % 3 == 0 ? QString() : QStringLiteral("{\"status\":\"awaiting_review\"}");
        e.afterJson = QStringLiteral("{\"status\":\"approved\",\"amount_fen\":%1}").arg(i * 100);
        e.reason = i % 2 ? QStringLiteral("理由 %1").arg(i) : QString();
        if (const auto s = audit::appendAudit(db, e); !s) {
            db.rollback();
            return s.error();
        }
        if (!db.commit())
            return db.lastError();
    }
    return {};
}

inline QString execAll(store::Database &db, const QStringList &statements)
{
    QSqlQuery q(db.connection());
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return sql + QStringLiteral(": ") + q.lastError().text();
    return {};
}

// Runs `statements` with the append-only triggers dropped, then recreates
// them exactly as 0001_foundation.<dialect>.sql made them.
inline QString tamper(store::Database &db, const QStringList &statements)
{
    const bool sqlite = db.dialect() == store::Dialect::Sqlite;
    QStringList all;
    if (sqlite) {
        all << QStringLiteral("DROP TRIGGER audit_log_no_update") << QStringLiteral("DROP TRIGGER audit_log_no_delete");
    } else {
        all << QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log");
    }
    all << statements;
    if (sqlite) {
        all << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                              "SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END")
            << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                              "SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END");
    } else {
        all << QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                              "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()");
    }
    return execAll(db, all);
}

} // namespace mianshen::testing

#define MIANSHEN_AUDIT_DB(name)                                                             \
    QFETCH(bool, postgres);                                                                 \
    mianshen::testing::AuditTestDatabase fixture##name;                                     \
    if (postgres)                                                                           \
        MIANSHEN_REQUIRE_POSTGRES(fixture##name.pg);                                        \
    QVERIFY2(fixture##name.open(postgres), qPrintable(fixture##name.error));               \
    mianshen::store::Database &name = *fixture##name.db

#define MIANSHEN_AUDIT_BOTH_DATABASES()                                                     \
    QTest::addColumn<bool>("postgres");                                                     \
    QTest::newRow("sqlite") << false;                                                       \
    QTest::newRow("postgres") << true
