#pragma once

// Helpers the review area's classes share (internal header).

#include "domain/Result.h"

#include <QSqlQuery>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::review::detail {

// "The database could not <what>: <error>", what marked with
// QT_TRANSLATE_NOOP("mianshen::review::Sql", ...).
QString sqlFailure(const QSqlQuery &query, const char *what);
domain::Status exec(QSqlQuery &query, const char *what);
QString nowText();                       // ISO 8601 UTC with milliseconds
QString isoAfterMinutes(int minutes);    // now + minutes, same form
QString text(const QString &value);      // null -> ''

// Who acts on this connection (audit::currentActor).
QString actorOf(store::Database &db);

// Appends an audit row inside the open write transaction (audit::appendAudit).
domain::Status audit(store::Database &db, const QString &actor, const QString &action, const QString &entity,
                     const QString &entityId, const QString &beforeJson, const QString &afterJson,
                     const QString &reason);

// Runs work() in a write transaction (beginWrite); rolls back on failure;
// checks commit.
template <typename Work>
domain::Status inWriteTransaction(store::Database &db, Work work);

} // namespace mianshen::review::detail

#include "store/Database.h"

namespace mianshen::review::detail {

template <typename Work>
domain::Status inWriteTransaction(store::Database &db, Work work)
{
    if (!db.beginWrite())
        return domain::Status::failure(QCoreApplication::translate("mianshen::review::Sql",
                                                                   "The database could not start a transaction: %1")
                                           .arg(db.lastError()));
    domain::Status s = work();
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString e = db.lastError();
        db.rollback();
        return domain::Status::failure(QCoreApplication::translate("mianshen::review::Sql",
                                                                   "The database could not save the change: %1").arg(e));
    }
    return {};
}

} // namespace mianshen::review::detail
