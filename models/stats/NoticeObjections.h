#pragma once

#include "domain/Result.h"
#include "stats/NoticeList.h"

#include <QCoreApplication>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// The objections received against notice lists (table notice_objections).
class NoticeObjections final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::NoticeObjections)
public:
    explicit NoticeObjections(store::Database &db);

    // Records one (recordedBy/recordedAt filled here when empty); returns its id.
    // Checks the period, the dates and the outcome and writes nothing when
    // one is wrong.
    domain::Result<qint64> record(NoticeObjection objection);
    // Sets the outcome of a recorded objection (the audit log keeps the one before).
    domain::Status decide(qint64 id, const QString &outcome, const QString &note, const QString &decidedAt);
    // The objections against a policy's list of a month (also those raised
    // against a batch about a payment of that policy and month).
    domain::Result<QList<NoticeObjection>> list(const QString &policyCode, const QString &period) const;
    // The objections against one payment batch's list.
    domain::Result<QList<NoticeObjection>> listForBatch(qint64 batchId) const;
    domain::Result<NoticeObjection> load(qint64 id) const;

    static bool isOutcome(const QString &outcome);

private:
    domain::Result<QList<NoticeObjection>> select(const QString &where, const QVariantList &values) const;

    store::Database &m_db;
};

} // namespace mianshen::stats
