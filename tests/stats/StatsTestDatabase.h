#pragma once

// A migrated SQLite or PostgreSQL database with helpers that write a ledger
// (awards, batches, payments, recoveries) for the statistics tests, through
// the ledger's schema (0007_ledger): payments start as created in an open
// batch of their month and move forward one legal step at a time; recoveries
// start as proposed.

#include "support/PostgresTestDatabase.h"

#include "store/Database.h"
#include "support/MigratedTestDatabase.h"

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
    // dialect: "sqlite" or "postgresql".
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
        auto db = openMigrated(spec);
        if (!db) {
            m_error = db.error();
            return false;
        }
        m_db = std::move(db.value());
        return true;
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
        return insertId(QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at) VALUES (?, 'test', ?)"),
                        {period, now()});
    }
    // A payment created in the (open) batch, then moved forward to `status`.
    qint64 payment(qint64 awardId, qint64 batchId, const QString &policy, const QString &subject, const QString &kind,
                   const QString &period, const QString &awardPeriod, qint64 amountFen, const QString &status)
    {
        const qint64 id = insertId(
            QStringLiteral("INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, "
                           "award_period, amount_fen, account_name, bank_name, account_no, account_import_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'name', 'bank', '6222020200112233445', 1, ?)"),
            {awardId, batchId, policy, subject, kind, period, text(awardPeriod), amountFen, now()});
        if (id == 0 || !setPaymentStatus(id, status))
            return 0;
        return id;
    }
    // Moves a payment forward, one legal step at a time, to `status`.
    bool setPaymentStatus(qint64 id, const QString &status)
    {
        QVariant current;
        if (!exec(QStringLiteral("SELECT status FROM payments WHERE id = ?"), {id}, &current))
            return false;
        QStringList path{QStringLiteral("created"), QStringLiteral("exported"), QStringLiteral("sent")};
        if (status == QLatin1String("paid") || status == QLatin1String("failed"))
            path << status;
        else if (status == QLatin1String("expired"))
            path << QStringLiteral("failed") << status;
        const qsizetype target = path.indexOf(status);
        const qsizetype from = path.indexOf(current.toString());
        if (target < 0 || from < 0 || from > target) {
            m_error = QStringLiteral("payment %1 cannot move from %2 to %3").arg(id).arg(current.toString(), status);
            return false;
        }
        for (qsizetype i = from + 1; i <= target; ++i) {
            const QString &next = path.at(i);
            const bool paid = next == QLatin1String("paid");
            const bool failed = next == QLatin1String("failed");
            if (!exec(QStringLiteral("UPDATE payments SET status = ?, paid_at = ?, failed_at = coalesce(failed_at, ?), "
                                     "failure_reason = coalesce(failure_reason, ?) WHERE id = ?"),
                      {next, paid ? QVariant(now()) : QVariant(), failed ? QVariant(now()) : QVariant(),
                       failed ? QVariant(QStringLiteral("account closed")) : QVariant(), id}))
                return false;
        }
        return true;
    }
    // A recovery proposed for a paid payment, then moved forward to `status`.
    qint64 recovery(qint64 paymentId, const QString &policy, const QString &subject, const QString &period,
                    qint64 amountFen, const QString &status)
    {
        const qint64 id = insertId(
            QStringLiteral("INSERT INTO recoveries (payment_id, policy_code, subject_id, period, amount_fen, reason, "
                           "evidence, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'duplicate_subsidy', 'test', 'test', ?)"),
            {paymentId, policy, subject, period, amountFen, now()});
        if (id == 0 || !setRecoveryStatus(id, status))
            return 0;
        return id;
    }
    bool setRecoveryStatus(qint64 id, const QString &status)
    {
        QVariant current;
        if (!exec(QStringLiteral("SELECT status FROM recoveries WHERE id = ?"), {id}, &current))
            return false;
        if (status == current.toString())
            return true;
        if (current.toString() == QLatin1String("proposed")
            && !exec(QStringLiteral("UPDATE recoveries SET status = 'confirmed', confirmed_by = 'test', confirmed_at = ? "
                                    "WHERE id = ?"),
                     {now(), id}))
            return false;
        if (status == QLatin1String("confirmed"))
            return true;
        return exec(QStringLiteral("UPDATE recoveries SET status = ?, settled_by = 'test', settled_at = ? WHERE id = ?"),
                    {status, now(), id});
    }

private:
    // A null QString binds as NULL: the ledger's '' is an empty, non-null text.
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
    static QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

    QTemporaryDir m_dir;
    PostgresTestDatabase m_pg;
    std::unique_ptr<store::Database> m_db;
    QString m_error;
};

} // namespace mianshen::testing
