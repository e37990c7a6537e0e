#pragma once

#include "domain/Result.h"
#include "review/Award.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// Claims on open cases: a lease (15 minutes), renewed while the case is
// open, so that two reviewers never work on the same case. The actor is
// audit::currentActor(db) (PostgreSQL session_user; SQLite $USER).
//
// claimNext: PostgreSQL `UPDATE awards ... WHERE id = (SELECT id ... FOR
// UPDATE SKIP LOCKED LIMIT 1) RETURNING ...`; SQLite `BEGIN IMMEDIATE`.
// A claim does not change the award's version (deciding does). Each claim,
// release and reassign appends an audit row in the same transaction.
class ClaimService final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::ClaimService)
public:
    static constexpr int LeaseMinutes = 15;

    explicit ClaimService(store::Database &db);

    // The oldest waiting open case nobody holds (or whose lease ran out),
    // optionally of one policy; none left: nullopt. Cases asking for a second
    // opinion skip the reviewer who asked; a case with a first approval skips
    // its first approver.
    domain::Result<std::optional<Award>> claimNext(const QString &policyCode = {});
    // One case; refused when someone else holds a live lease ("held by X until 14:05").
    domain::Result<Award> claim(qint64 awardId);
    // Extends the actor's own lease by LeaseMinutes from now.
    domain::Result<Award> renew(qint64 awardId);
    // Gives the actor's own claim back.
    domain::Status release(qint64 awardId);
    // Team lead: releases every case held by `reviewer` (returns how many), or
    // gives one case to another reviewer (with a fresh lease). Roles do not exist
    // yet: any user may do this, and the audit row names who did.
    domain::Result<int> releaseAllOf(const QString &reviewer);
    domain::Status reassign(qint64 awardId, const QString &toReviewer);

    QString actor() const;   // who this service acts as

private:
    store::Database &m_db;
    mutable QString m_actor;
};

} // namespace mianshen::review
