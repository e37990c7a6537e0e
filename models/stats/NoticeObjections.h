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
    // Sets the outcome of a recorded objection.
    domain::Status decide(qint64 id, const QString &outcome, const QString &note, const QString &decidedAt);
    domain::Result<QList<NoticeObjection>> list(const QString &policyCode, const QString &period) const;

    static bool isOutcome(const QString &outcome);

private:
    store::Database &m_db;
};

} // namespace mianshen::stats
