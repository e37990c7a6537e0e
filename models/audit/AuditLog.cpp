#include "audit/AuditLog.h"
#include "domain/Clock.h"

#include "audit/Actor.h"
#include "audit/AuditChain.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace mianshen::audit {

using domain::Status;

namespace {

// pg_advisory_xact_lock key of the audit log's writers ("audit_lg").
constexpr qint64 kAuditLockKey = 0x61756469745f6c67LL;

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::audit::AuditLog", text);
}

Status sqlFailure(const QSqlQuery &q, const char *what)
{
    return Status::failure(tr("The audit log could not be written (%1): %2")
                               .arg(tr(what), q.lastError().text().trimmed()));
}

bool inTransaction(store::Database &db)
{
    if (sqlite3 *handle = db.sqliteHandle())
        return sqlite3_get_autocommit(handle) == 0;
    if (PGconn *handle = db.postgresHandle())
        return PQtransactionStatus(handle) == PQTRANS_INTRANS;
    return false;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// QSqlQuery binds a null QString as NULL; role and entity_id are NOT NULL.
QString notNull(const QByteArray &utf8)
{
    return utf8.isEmpty() ? QStringLiteral("") : QString::fromUtf8(utf8);
}

QByteArray bytesOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArray() : text.toUtf8();
}

// One round trip (QPSQL's prepare would add PREPARE and DEALLOCATE): the
// log's lock is held until commit, so every millisecond here is one other
// writers wait.
Status insertPostgres(PGconn *conn, const AuditRow &row)
{
    const QByteArray id = QByteArray::number(row.id);
    const QByteArray *fields[] = {&id, &row.at, &row.actor, &row.role, &row.action, &row.entity, &row.entityId,
                                  &row.beforeJson, &row.afterJson, &row.reason, &row.prevHash, &row.hash};
    const char *values[12];
    int lengths[12];
    int formats[12];
    for (int i = 0; i < 12; ++i) {
        const QByteArray &f = *fields[i];
        values[i] = f.isNull() ? nullptr : f.constData();
        lengths[i] = int(f.size());
        formats[i] = 0;
    }
    PGresult *res = PQexecParams(conn,
                                 "INSERT INTO audit_log (id, at, actor, role, action, entity, entity_id, before_json, "
                                 "after_json, reason, prev_hash, hash) "
                                 "VALUES ($1::bigint, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                                 12, nullptr, values, lengths, formats, 0);
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (!ok)
        return Status::failure(tr("The audit log could not be written (%1): %2")
                                   .arg(tr("append the row"), error));
    return {};
}

} // namespace

Status appendAudit(store::Database &db, const AuditEntry &entry)
{
    if (!inTransaction(db))
        return Status::failure(tr("The audit log is written only inside the transaction of the change it records; "
                                  "none is open (a fault of the program: please report it)."));
    if (entry.action.isEmpty() || entry.entity.isEmpty())
        return Status::failure(tr("An audit entry needs an action and an entity (a fault of the program: please report it)."));
    QSqlQuery q(db.connection());
    if (db.dialect() == store::Dialect::Postgres
        && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditLockKey)))
        return sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::audit::AuditLog", "wait for the other writers"));
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::audit::AuditLog", "read the last row"));
    AuditRow row;
    row.prevHash = AuditChain::genesisHash();
    if (q.next()) {
        row.id = q.value(0).toLongLong();
        row.prevHash = q.value(1).toString().toLatin1();
    }
    q.finish();
    row.id += 1;
    row.at = domain::Clock::nowUtc().toString(Qt::ISODateWithMs).toLatin1();
    const QString actor = entry.actor.isEmpty() ? currentActor(db) : entry.actor;
    row.actor = actor.toUtf8();
    row.role = entry.role.toUtf8();
    if (row.role.isNull())
        row.role = QByteArray("");   // NOT NULL: empty, not NULL
    row.action = entry.action.toUtf8();
    row.entity = entry.entity.toUtf8();
    row.entityId = entry.entityId.toUtf8();
    if (row.entityId.isNull())
        row.entityId = QByteArray("");
    row.beforeJson = bytesOrNull(entry.beforeJson);
    row.afterJson = bytesOrNull(entry.afterJson);
    row.reason = bytesOrNull(entry.reason);
    row.hash = AuditChain::hashOf(row.prevHash, row);

    if (PGconn *conn = db.postgresHandle())
        return insertPostgres(conn, row);
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, role, action, entity, entity_id, before_json, "
                             "after_json, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(QString::fromLatin1(row.at));
    q.addBindValue(actor);
    q.addBindValue(notNull(row.role));
    q.addBindValue(entry.action);
    q.addBindValue(entry.entity);
    q.addBindValue(notNull(row.entityId));
    q.addBindValue(textOrNull(entry.beforeJson));
    q.addBindValue(textOrNull(entry.afterJson));
    q.addBindValue(textOrNull(entry.reason));
    q.addBindValue(QString::fromLatin1(row.prevHash));
    q.addBindValue(QString::fromLatin1(row.hash));
    if (!q.exec())
        return sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::audit::AuditLog", "append the row"));
    return {};
}

} // namespace mianshen::audit
