#pragma once

// A migrated SQLite or PostgreSQL database with helpers that write a ledger
// (awards, batches, payments, recoveries) for the statistics tests.
//
// TEST-ONLY fixture: until the ledger's migration 0007_ledger.sql exists in
// the program, the ledger tables are created here exactly as the shared
// contract describes them (replacing 0001's empty payments table), just
// before 0008_stats is applied. Nothing of it ships.

#include "support/PostgresTestDatabase.h"

#include "store/Database.h"
#include "store/Migrator.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace mianshen::testing {

class StatsTestDatabase final
{
public:
    // dialect: "sqlite" or "postgresql" (needs create() of the Postgres one first).
    bool open(const QString &dialect)
    {
        store::ConnectionSpec spec;
        if (dialect == QLatin1String("postgresql")) {
            if (!m_pg.create()) {
                m_error = m_pg.error();
                return false;
            }
            spec = m_pg.spec();
        } else {
            spec = store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("stats.sqlite")));
        }
        auto db = store::Database::open(spec);
        if (!db) {
            m_error = db.error();
            return false;
        }
        m_db = std::move(db).value();
        return migrate();
    }

    store::Database &db() { return *m_db; }
    QString error() const { return m_error; }

    bool exec(const QString &sql, const QVariantList &values = {}, QVariant *firstValue = nullptr)
    {
        QSqlQuery q(m_db->connection());
        if (!q.prepare(sql)) {
            m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
            return false;
        }
        if (firstValue && q.next())
            *firstValue = q.value(0);
        return true;
    }

    qint64 insertId(const QString &sql, const QVariantList &values)
    {
        QVariant id;
        if (!exec(sql + QStringLiteral(" RETURNING id"), values, &id))
            return 0;
        return id.toLongLong();
    }

    qint64 award(const QString &policy, const QString &subject, const QString &period, qint64 amountFen)
    {
        return insertId(QStringLiteral("INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, "
                                       "status, created_at) VALUES (?, 1, ?, ?, ?, 'approved', ?)"),
                        {policy, subject, text(period), amountFen, now()});
    }
    qint64 batch(const QString &period)
    {
        return insertId(QStringLiteral("INSERT INTO payment_batches (period, status, total_fen, payment_count, created_by, "
                                       "created_at) VALUES (?, 'created', 0, 0, 'test', ?)"),
                        {period, now()});
    }
    qint64 payment(qint64 awardId, qint64 batchId, const QString &policy, const QString &subject, const QString &kind,
                   const QString &period, const QString &awardPeriod, qint64 amountFen, const QString &status)
    {
        return insertId(QStringLiteral("INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, "
                                       "period, award_period, amount_fen, status, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {awardId, batchId, policy, subject, kind, period, text(awardPeriod), amountFen, status, now()});
    }
    qint64 recovery(qint64 paymentId, const QString &policy, const QString &subject, const QString &period,
                    qint64 amountFen, const QString &status)
    {
        return insertId(QStringLiteral("INSERT INTO recoveries (payment_id, policy_code, subject_id, period, amount_fen, "
                                       "status, reason, evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, 'test', '', ?)"),
                        {paymentId, policy, subject, period, amountFen, status, now()});
    }
    bool setPaymentStatus(qint64 id, const QString &status)
    {
        return exec(QStringLiteral("UPDATE payments SET status = ? WHERE id = ?"), {status, id});
    }
    bool setRecoveryStatus(qint64 id, const QString &status)
    {
        return exec(QStringLiteral("UPDATE recoveries SET status = ? WHERE id = ?"), {status, id});
    }

    // Whether the program's migrations hold the ledger (0007) yet.
    bool programHasLedger() const
    {
        store::Migrator migrator(*m_db);
        for (const auto &m : migrator.available())
            if (m.version == 7)
                return true;
        return false;
    }

private:
    // A null QString binds as NULL: the ledger's '' is an empty, non-null text.
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
    static QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

    bool migrate()
    {
        store::Migrator migrator(*m_db);
        if (programHasLedger()) {
            const auto status = migrator.migrate();
            if (!status)
                m_error = status.error();
            return status.ok();
        }
        // Apply the program's migrations one by one, with the contract's
        // ledger tables in place of the missing 0007.
        if (!exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                                 "applied_at TEXT NOT NULL, program_version TEXT NOT NULL)")))
            return false;
        for (const auto &m : migrator.available()) {
            QString sql = m.sql;
            if (m.version == 8)
                sql = ledgerContractSql() + QLatin1Char('\n') + sql;
            if (!m_db->beginWrite()) {
                m_error = m_db->lastError();
                return false;
            }
            for (const QString &statement : store::Migrator::splitStatements(sql)) {
                if (!exec(statement)) {
                    m_db->rollback();
                    m_error = QStringLiteral("migration %1: %2").arg(m.version).arg(m_error);
                    return false;
                }
            }
            if (!exec(QStringLiteral("INSERT INTO schema_version VALUES (?, ?, ?, 'test')"), {m.version, m.name, now()})
                || !m_db->commit())
                return false;
        }
        return true;
    }

    // The ledger tables as the shared contract (HELPERS.md) describes them.
    QString ledgerContractSql() const
    {
        const QString id = m_db->dialect() == store::Dialect::Sqlite
            ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
            : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
        return QStringLiteral(
                   "DROP TABLE payments;\n"
                   "CREATE TABLE payment_batches (id {{ID}}, period TEXT NOT NULL, status TEXT NOT NULL, "
                   "total_fen BIGINT NOT NULL DEFAULT 0, payment_count BIGINT NOT NULL DEFAULT 0, "
                   "created_by TEXT NOT NULL, created_at TEXT NOT NULL);\n"
                   "CREATE TABLE payments (id {{ID}}, award_id BIGINT NOT NULL REFERENCES awards (id), "
                   "batch_id BIGINT NOT NULL REFERENCES payment_batches (id), policy_code TEXT NOT NULL, "
                   "subject_id TEXT NOT NULL, subject_kind TEXT NOT NULL, period TEXT NOT NULL, "
                   "award_period TEXT NOT NULL, amount_fen BIGINT NOT NULL CHECK (amount_fen > 0), "
                   "status TEXT NOT NULL, created_at TEXT NOT NULL, paid_at TEXT);\n"
                   "CREATE UNIQUE INDEX payments_live_award ON payments (award_id) WHERE status NOT IN ('failed', 'expired');\n"
                   "CREATE TABLE recoveries (id {{ID}}, payment_id BIGINT NOT NULL REFERENCES payments (id), "
                   "policy_code TEXT NOT NULL, subject_id TEXT NOT NULL, period TEXT NOT NULL, "
                   "amount_fen BIGINT NOT NULL CHECK (amount_fen > 0), status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                   "evidence TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, settled_at TEXT);\n")
            .replace(QStringLiteral("{{ID}}"), id);
    }

    QTemporaryDir m_dir;
    PostgresTestDatabase m_pg;
    std::unique_ptr<store::Database> m_db;
    QString m_error;
};

} // namespace mianshen::testing
