#pragma once

#include "domain/Month.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace mianshen::store {
class Database;
}

namespace mianshen::cli {

// Who does what in the demo's year (SQLite actors are $USER, set per step).
struct DemoHistoryOptions final
{
    domain::Month from = domain::Month::fromYearMonth(2021, 1);
    int months = 12;
    std::uint64_t seed = 1;
    QString filesDir;                    // bank files and bank return files are written here
    QString operatorName = QStringLiteral("demo.operator");   // starts the matching runs
    QStringList reviewers{QStringLiteral("li.na"), QStringLiteral("zhang.wei")};
    QString clerk = QStringLiteral("chen.jing");              // builds, exports, sends, reads returns
    QString approver = QStringLiteral("wang.fang");           // approves batches (never the clerk)
    QString secondApprover = QStringLiteral("zhao.min");      // second approval of large batches
};

// What one month of the demo did.
struct DemoMonthSummary final
{
    QString period;
    qint64 runId = 0;
    qint64 decisions = 0;        // decisions the run wrote
    qint64 approved = 0;         // flagged cases approved by the reviewers this month
    qint64 rejected = 0;
    qint64 leftOpen = 0;         // still awaiting review after the month
    qint64 batchId = 0;          // 0: nothing to pay
    qint64 payments = 0;
    qint64 retries = 0;          // payments retrying a failed one
    qint64 totalFen = 0;
    qint64 paidCount = 0;
    qint64 failedCount = 0;
    qint64 accountsCorrected = 0;
};

// Builds a year of history on a database that holds the demo district's
// feeds and the shipped policies (published): for each month a matching run
// (awards through review::AwardStore::applyRun), the flagged cases decided by
// two reviewers (some rejected with reasons, a few left open in the last
// month, at least one), a payment batch built, approved by someone other than its builder,
// exported, sent and reconciled against a generated bank return file (a few
// payments fail; most of those get a corrected account by a bank_accounts
// delta import and are retried in the next month's batch); after the year,
// one recovery settled and objections to one 公示 list.
// Deterministic: every choice is a hash of (seed, what, policy, subject,
// period), never of row ids or the clock. Every step is stamped (runs,
// reviews, batches, payments, returns, the audit log) with a time in the
// month it belongs to (domain::Clock), not the time the demo was built.
// SQLite only (actors are $USER).
class DemoHistory final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::DemoHistory)
public:
    DemoHistory(store::Database &db, DemoHistoryOptions options);

    domain::Result<DemoMonthSummary> runMonth(int index);
    // The recovery and the objections; returns a line that says what was done.
    domain::Result<QString> finish();

    // A stable 64-bit choice for one fact (FNV-1a of the key, mixed with the seed).
    static std::uint64_t choice(std::uint64_t seed, std::uint64_t stream, const QString &key);

private:
    domain::Status match(const QString &period, DemoMonthSummary &summary);
    domain::Status review(bool lastMonth, DemoMonthSummary &summary);
    domain::Status decideCase(qint64 awardId, int version, std::uint64_t pick, DemoMonthSummary &summary);
    domain::Status pay(const QString &period, int index, DemoMonthSummary &summary);
    domain::Status approveBatch(qint64 batchId);
    domain::Status reconcile(qint64 batchId, const QString &period, int index, DemoMonthSummary &summary);
    domain::Status correctAccounts(const QStringList &subjects, const QString &period, DemoMonthSummary &summary);
    domain::Result<QString> recover();
    domain::Result<QString> recordObjections();

    store::Database &m_db;
    DemoHistoryOptions m_options;
    bool m_failedOnce = false;   // the first batch's forced failure is done
    QString m_objectionsDone;    // what recordObjections did, once
};

} // namespace mianshen::cli
