#include "ledger/LedgerAudit.h"

#include "audit/Actor.h"
#include "audit/AuditLog.h"
#include "store/Database.h"

namespace mianshen::ledger {

QString LedgerAudit::actor(store::Database &db)
{
    return audit::currentActor(db);
}

domain::Status LedgerAudit::append(store::Database &db, const QString &actor, const QString &action,
                                   const QString &entity, const QString &entityId, const QString &beforeJson,
                                   const QString &afterJson, const QString &reason)
{
    audit::AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.beforeJson = beforeJson;
    e.afterJson = afterJson;
    e.reason = reason;
    return audit::appendAudit(db, e);
}

} // namespace mianshen::ledger
