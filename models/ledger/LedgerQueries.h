#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

struct BatchSummary final
{
    qint64 id = 0;
    QString period;
    QString status;
    qint64 totalFen = 0;
    qint64 paymentCount = 0;
    int approvalsRequired = 1;
    QString createdBy;
    QString createdAt;
    QString approvedBy;
    QString secondApprovedBy;
    qint64 paidCount = 0;      // from the return files
    qint64 paidFen = 0;
    qint64 failedCount = 0;
    qint64 failedFen = 0;
};

struct PaymentRow final
{
    qint64 id = 0;
    qint64 awardId = 0;
    QString policyCode;
    QString subjectId;
    QString awardPeriod;
    qint64 amountFen = 0;
    QString status;
    QString accountName;
    QString bankName;
    QString accountNo;
    QString failureReason;
};

// Failed payments whose award has no live payment yet: what "retry failed"
// (a follow-up batch) would pick up. A failed payment is retried only to an
// account different from the one that failed (BatchBuilder).
struct RetryFigures final
{
    qint64 failedCount = 0;        // failed, not yet retried nor expired
    qint64 failedFen = 0;
    qint64 retryableCount = 0;     // of those, with a different account on file now
    qint64 retryableFen = 0;
};

// The reads of the Payments page and `pay status`: indexed, keyset-paged
// (no OFFSET, no count over the ledger), so they stay fast on a ledger of
// millions of payments.
class LedgerQueries final
{
public:
    explicit LedgerQueries(store::Database &db);
    // Newest first; period empty = every month; beforeId 0 = from the newest.
    domain::Result<QList<BatchSummary>> batches(const QString &period = {}, int limit = 100, qint64 beforeId = 0) const;
    // One batch by its number; fails when there is none.
    domain::Result<BatchSummary> batch(qint64 batchId) const;
    domain::Result<RetryFigures> retryFigures() const;
    // A batch's payments in id order after afterId; status empty = all.
    domain::Result<QList<PaymentRow>> payments(qint64 batchId, qint64 afterId = 0, int limit = 200,
                                               const QString &status = {}) const;

private:
    store::Database &m_db;
};

} // namespace mianshen::ledger
