#include "staff/StaffSessions.h"

#include "audit/Actor.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::staff {

namespace {

QString failed(const char *what, const QSqlQuery &q)
{
    return QCoreApplication::translate("mianshen::staff::StaffSessions", what).arg(q.lastError().text());
}

} // namespace

StaffSessions::StaffSessions(store::Database &db)
    : m_db(db)
{
}

domain::Result<QList<LoginAttempt>> StaffSessions::recentAttempts(int limit)
{
    using R = domain::Result<QList<LoginAttempt>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT login, at, succeeded FROM staff_login_attempts ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(failed(QT_TRANSLATE_NOOP("mianshen::staff::StaffSessions", "The sign-in attempts could not be read: %1"), q));
    QList<LoginAttempt> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0});
    return out;
}

domain::Result<QList<StaffSession>> StaffSessions::open()
{
    return m_db.dialect() == store::Dialect::Postgres ? serverSessions() : deskSession();
}

domain::Result<QList<StaffSession>> StaffSessions::serverSessions()
{
    using R = domain::Result<QList<StaffSession>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Other logins' rows show their state only to members of pg_read_all_stats
    // (or superusers); the login, start and address are visible to all.
    if (!q.exec(QStringLiteral(
            "SELECT usename, to_char(backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), "
            "COALESCE(host(client_addr), 'local'), COALESCE(state, '') "
            "FROM pg_stat_activity WHERE datname = current_database() AND usename IS NOT NULL "
            "ORDER BY backend_start DESC")))
        return R::failure(failed(QT_TRANSLATE_NOOP("mianshen::staff::StaffSessions", "The server's sessions could not be read: %1"), q));
    QList<StaffSession> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

domain::Result<QList<StaffSession>> StaffSessions::deskSession()
{
    using R = domain::Result<QList<StaffSession>>;
    const QString login = audit::sessionActor();
    if (login.isEmpty())
        return QList<StaffSession>{};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(at) FROM staff_login_attempts WHERE login = ? AND succeeded = 1"));
    q.addBindValue(login);
    if (!q.exec())
        return R::failure(failed(QT_TRANSLATE_NOOP("mianshen::staff::StaffSessions", "The sign-in attempts could not be read: %1"), q));
    const QString since = q.next() ? q.value(0).toString().left(19) : QString();
    return QList<StaffSession>{{login, since,
                                QCoreApplication::translate("mianshen::staff::StaffSessions", "this desk"), QString()}};
}

} // namespace mianshen::staff
