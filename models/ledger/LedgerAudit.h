#pragma once

#include "domain/Result.h"

#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// The ledger's door to the audit chain (models/audit): who acts, and one
// audit row per state change, appended inside the caller's open write
// transaction.
class LedgerAudit final
{
public:
    // audit::currentActor: session_user on PostgreSQL, the OS user on SQLite.
    static QString actor(store::Database &db);
    static domain::Status append(store::Database &db, const QString &actor, const QString &action,
                                 const QString &entity, const QString &entityId, const QString &beforeJson,
                                 const QString &afterJson, const QString &reason = {});
};

} // namespace mianshen::ledger
