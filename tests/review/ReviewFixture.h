#pragma once

// Helpers of the review tests: runs and decisions written directly (as a
// completed run leaves them), published policies with a review block, and
// awaiting cases made with one SQL statement.

#include "matching/MatchingTestDatabase.h"
#include "review/AwardStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mianshen::testing {

inline QString sqlExec(store::Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    if (binds.isEmpty())   // utility statements (CREATE ROLE, GRANT) cannot be prepared on PostgreSQL
        return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in ") + sql;
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return q.lastError().text() + QStringLiteral(" in ") + sql;
    return {};
}

inline qint64 sqlCount(store::Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Publishes a stub version of a policy (only its review and budget blocks matter here).
inline QString publishStub(store::Database &db, const QString &code, int version, const QString &publishedBy,
                           const QString &reviewJson = {}, const QString &budgetYuan = {})
{
    QString source = QStringLiteral("{\"code\": \"%1\"").arg(code);
    if (!reviewJson.isEmpty())
        source += QStringLiteral(", \"review\": ") + reviewJson;
    if (!budgetYuan.isEmpty())
        source += QStringLiteral(", \"budget\": {\"yuan\": \"%1\"}").arg(budgetYuan);
    source += QLatin1Char('}');
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
    return sqlExec(db, QStringLiteral("INSERT INTO published_policies (policy_code, version, subject_kind, schedule, "
                                      "effective_from, source, sha256, published_at, published_by) "
                                      "VALUES (?, ?, 'person', 'monthly', '2021-01', ?, ?, '2021-01-01T00:00:00Z', ?)"),
                   {code, version, source, sha, publishedBy});
}

// A completed run row; returns its id (or -1).
inline qint64 completedRun(store::Database &db, const QString &period)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO matching_runs (period, status, started_by, started_at, threads) "
                             "VALUES (?, 'completed', 'tester', '2021-01-01T00:00:00Z', 1) RETURNING id"));
    q.addBindValue(period);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct TestDecision
{
    QString subject;
    QString change;       // new | changed | withdrawn
    QString outcome;      // auto | review | over_budget | "" (withdrawn)
    qint64 amountFen = 0;
    QString flags;
};

inline QString addDecisions(store::Database &db, qint64 runId, const QString &policy, const QString &period,
                            const QList<TestDecision> &rows)
{
    for (const TestDecision &d : rows) {
        const QString e = sqlExec(db, QStringLiteral(
            "INSERT INTO decisions (run_id, policy_code, policy_version, subject_id, period, change, outcome, amount_fen, "
            "flags, explanation) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, '{}')"),
            {runId, policy, d.subject, period, d.change, d.outcome.isEmpty() ? QVariant() : QVariant(d.outcome),
             d.amountFen, d.flags.isNull() ? QStringLiteral("") : d.flags});
        if (!e.isEmpty())
            return e;
    }
    return {};
}

// applyRun in its own write transaction, as the run's completion does.
inline domain::Result<review::AwardStore::ApplyCounts> applyInTransaction(store::Database &db, qint64 runId)
{
    using R = domain::Result<review::AwardStore::ApplyCounts>;
    if (!db.beginWrite())
        return R::failure(db.lastError());
    auto counts = review::AwardStore::applyRunCounted(db, runId);
    if (!counts) {
        db.rollback();
        return counts;
    }
    if (!db.commit())
        return R::failure(db.lastError());
    return counts;
}

// `n` cases awaiting review of `policy` (version 1), subjects S000001..., one statement.
inline QString makeAwaitingCases(store::Database &db, const QString &policy, const QString &period, int n,
                                 qint64 firstAmountFen = 10000)
{
    return sqlExec(db, QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at, flags, "
        "waiting_since, subject_name) "
        "SELECT ?, 1, 'S' || CAST(100000 + i AS TEXT), ?, ? + (i %% 50) * 100, 'awaiting_review', '2021-01-01T00:00:00Z', "
        "CASE WHEN i %% 3 = 0 THEN 'HIGH;NEW' WHEN i %% 3 = 1 THEN 'HIGH' ELSE 'NEW' END, "
        "'2021-01-01T00:00:00.000Z', 'Name ' || CAST(i AS TEXT) FROM n").arg(n).replace(QStringLiteral("%%"), QStringLiteral("%")),
        {policy, period, firstAmountFen});
}

} // namespace mianshen::testing
