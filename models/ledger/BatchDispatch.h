#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// The irreversible steps of an approved batch: export (write the bank file,
// then mark the batch and its payments 'exported'; exporting an exported
// batch again writes the same file and changes nothing) and sent (the file
// went to the bank: 'sent'). Each state change appends an audit row in the
// same transaction.
class BatchDispatch final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::BatchDispatch)
public:
    explicit BatchDispatch(store::Database &db);
    // Returns the file's checksum.
    domain::Result<QString> exportTo(qint64 batchId, const QString &path);
    domain::Status markSent(qint64 batchId);

private:
    domain::Status advance(qint64 batchId, const QString &from, const QString &to, const QString &paymentsFrom,
                           const QString &action, const QString &extraSet, const QString &extraValue);
    store::Database &m_db;
};

} // namespace mianshen::ledger
