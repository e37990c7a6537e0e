#include "ledger/LedgerAudit.h"

#include "store/Database.h"

#if __has_include("audit/AuditLog.h")
#include "audit/Actor.h"
#include "audit/AuditLog.h"
#define MIANSHEN_LEDGER_AUDIT 1
#else
#include "domain/Actor.h"
#include <QSqlQuery>
#endif

namespace mianshen::ledger {

QString LedgerAudit::actor(store::Database &db)
{
#ifdef MIANSHEN_LEDGER_AUDIT
    return audit::currentActor(db);
#else
    if (db.dialect() == store::Dialect::Postgres) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
            return q.value(0).toString();
    }
    return domain::currentActor(QStringLiteral("unknown"));
#endif
}

domain::Status LedgerAudit::append(store::Database &db, const QString &actor, const QString &action,
                                   const QString &entity, const QString &entityId, const QString &beforeJson,
                                   const QString &afterJson, const QString &reason)
{
#ifdef MIANSHEN_LEDGER_AUDIT
    audit::AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.beforeJson = beforeJson;
    e.afterJson = afterJson;
    e.reason = reason;
    return audit::appendAudit(db, e);
#else
    // Until the audit area exists nothing is written (the chain is its job).
    Q_UNUSED(db) Q_UNUSED(actor) Q_UNUSED(action) Q_UNUSED(entity) Q_UNUSED(entityId)
    Q_UNUSED(beforeJson) Q_UNUSED(afterJson) Q_UNUSED(reason)
    return {};
#endif
}

} // namespace mianshen::ledger
