#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// Approves a created batch as the current actor (LedgerAudit::actor). The
// creator may not approve; a batch whose total for some policy is above that
// policy's second_approval_above_yuan needs a second approver, different
// from the creator and the first (the schema's CHECKs refuse it too). The
// batch turns 'approved' with its last required approval.
class BatchApproval final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::BatchApproval)
public:
    struct Result final
    {
        QString status;          // the batch's status afterwards
        int approvals = 0;       // given so far
        int approvalsRequired = 1;
    };
    explicit BatchApproval(store::Database &db);
    domain::Result<Result> approve(qint64 batchId);

private:
    store::Database &m_db;
};

} // namespace mianshen::ledger
