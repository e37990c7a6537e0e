#include "review/ReviewSql.h"
#include "domain/Clock.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#include "audit/Actor.h"
#include "audit/AuditLog.h"

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
    return domain::Clock::nowUtc().toString(Qt::ISODateWithMs);
}

QString isoAfterMinutes(int minutes)
{
    return domain::Clock::nowUtc().addSecs(qint64(minutes) * 60).toString(Qt::ISODateWithMs);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString actorOf(store::Database &db)
{
    return audit::currentActor(db);
}

domain::Status audit(store::Database &db, const QString &actor, const QString &action, const QString &entity,
                     const QString &entityId, const QString &beforeJson, const QString &afterJson,
                     const QString &reason)
{
    if (db.dialect() == store::Dialect::Postgres) {
        // QPSQL leaves the end of the previous statement's results unread
        // until the connection's next statement, and libpq reports the
        // transaction as busy meanwhile: settle it before the audit log
        // checks that a transaction is open.
        QSqlQuery settle(db.connection());
        settle.exec(QStringLiteral("SELECT 1"));
        settle.finish();
    }
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

} // namespace mianshen::review::detail
