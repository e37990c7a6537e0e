#pragma once

// Turns a completed run's decisions into awards (internal to the review
// area; AwardStore::applyRun is the public door).

#include "domain/Result.h"
#include "review/AwardStore.h"

#include <QCoreApplication>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

class AwardApplier final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::AwardApplier)
public:
    AwardApplier(store::Database &db, qint64 runId);
    domain::Result<AwardStore::ApplyCounts> apply();

private:
    domain::Result<QString> feedsNote() const;
    domain::Status recordChanges(const QString &feeds);
    domain::Status recordResumed();
    domain::Status updateChanged();
    domain::Result<qint64> insertNew();
    domain::Result<AwardStore::ApplyCounts> countChanges(qint64 created);
    domain::Status auditChanges(const AwardStore::ApplyCounts &counts);

    store::Database &m_db;
    qint64 m_runId;
    QString m_period;
    QString m_now;
    QString m_actor;
};

} // namespace mianshen::review
