#pragma once

#include "domain/Result.h"
#include "review/ReviewDecisions.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// How earlier cases of the same policy and flag were decided, for the case view.
struct PrecedentSummary final
{
    QList<QPair<QString, qint64>> counts;   // (reviews action: approve, reject, return, ...; cases)
    QList<ReviewRecord> recent;             // the last few decisions with their reasons, newest first
};

class Precedents final
{
public:
    explicit Precedents(store::Database &db);
    // flag empty = every case of the policy. excludeAwardId: the case being viewed.
    domain::Result<PrecedentSummary> of(const QString &policyCode, const QString &flag, qint64 excludeAwardId = 0,
                                        int recent = 5) const;

private:
    store::Database &m_db;
};

} // namespace mianshen::review
