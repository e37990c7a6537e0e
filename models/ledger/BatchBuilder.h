#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

struct PaymentTerms;

// Creates a month's payment batch from the approved awards that have no live
// payment, in one write transaction with set-based SQL:
//  0. held awards of policies with a budget are released while the budget
//     allows (review::AwardStore::releaseHeldIn, in the policy's order);
//  1. failed payments older than the policy's expire_after_months expire
//     (the money returns to the budget; the award gets the hold 'expired');
//  2. every candidate award (approved, award period up to the batch month or
//     one-off, no live or expired payment) is paid to the subject's current
//     bank_accounts row, or held: no_account; awaiting_account (its last
//     payment failed and no different account has arrived since);
//     over_budget (in award order, once the policy's budget minus its net
//     paid and in-flight payments is spent);
//  3. the batch total is set (the database recounts it), the holds are
//     rewritten, and an audit row records the batch.
// Running it again after a crash pays nobody twice: the awards already in a
// batch have a live payment and the schema refuses a second one.
class BatchBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::BatchBuilder)
public:
    struct Result final
    {
        qint64 batchId = 0;            // 0: nothing to pay, no batch created
        qint64 paymentCount = 0;
        qint64 totalFen = 0;
        int approvalsRequired = 1;
        qint64 retries = 0;            // payments that retry a failed one
        qint64 expired = 0;            // failed payments expired now
        qint64 released = 0;           // held awards approved now (review::AwardStore::releaseHeldIn)
        QHash<QString, qint64> holds;  // reason -> awards held
    };

    explicit BatchBuilder(store::Database &db);
    domain::Result<Result> build(const QString &period);

private:
    domain::Result<qint64> expireFailed(const QHash<QString, PaymentTerms> &terms, const QString &period,
                                        const QString &actor, const QString &now);
    domain::Status stageCandidates(const QHash<QString, PaymentTerms> &terms, const QString &period);
    domain::Status createBatch(const QHash<QString, PaymentTerms> &terms, const QString &period,
                               const QString &actor, const QString &now, Result &out);
    domain::Status rewriteHolds(const QString &now, Result &out);

    store::Database &m_db;
};

} // namespace mianshen::ledger
