#include "review/ReviewSql.h"

#include "domain/Actor.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#if __has_include("audit/AuditLog.h")
#include "audit/Actor.h"
#include "audit/AuditLog.h"
#define MIANSHEN_REVIEW_HAS_AUDIT 1
#endif

namespace mianshen::review::detail {

QString sqlFailure(const QSqlQuery &query, const char *what)
{
    return QCoreApplication::translate("mianshen::review::Sql", "The database could not %1: %2")
        .arg(QCoreApplication::translate("mianshen::review::Sql", what), query.lastError().text());
}

domain::Status exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return domain::Status::failure(sqlFailure(query, what));
    return {};
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString isoAfterMinutes(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60).toString(Qt::ISODateWithMs);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString actorOf(store::Database &db)
{
#ifdef MIANSHEN_REVIEW_HAS_AUDIT
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

domain::Status audit(store::Database &db, const QString &actor, const QString &action, const QString &entity,
                     const QString &entityId, const QString &beforeJson, const QString &afterJson,
                     const QString &reason)
{
#ifdef MIANSHEN_REVIEW_HAS_AUDIT
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
    Q_UNUSED(db) Q_UNUSED(actor) Q_UNUSED(action) Q_UNUSED(entity) Q_UNUSED(entityId) Q_UNUSED(beforeJson)
    Q_UNUSED(afterJson) Q_UNUSED(reason)
    return {};
#endif
}

} // namespace mianshen::review::detail
