#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// The paid payments of a batch month in the payment_history feed's format
// (shared/spec/feeds.md), as a delta (op = upsert) so that importing it
// (`mianshen import payment_history_YYYY-MM.csv`) adds to the feed instead of
// replacing it: op,policy_code,subject_id,period,amount,paid_date.
class PaymentHistoryExport final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::PaymentHistoryExport)
public:
    explicit PaymentHistoryExport(store::Database &db);
    // The number of rows written.
    domain::Result<qint64> write(const QString &period, QIODevice &out) const;

private:
    store::Database &m_db;
};

} // namespace mianshen::ledger
