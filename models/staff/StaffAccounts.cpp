#include "staff/StaffAccounts.h"

#include "audit/Actor.h"
#include "audit/AuditLog.h"
#include "staff/PasswordHash.h"
#include "staff/RoleRules.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariant>

namespace mianshen::staff {

using domain::Result;
using domain::Status;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::staff::StaffAccounts", text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString rolesJson(const QList<Role> &roles)
{
    QJsonArray ids;
    for (Role role : roles)
        ids.append(roleId(role));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("roles"), ids}}).toJson(QJsonDocument::Compact));
}

Status sqlFailure(const QSqlQuery &q, const QString &what)
{
    return Status::failure(tr("The staff accounts could not be changed (%1): %2")
                               .arg(what, q.lastError().text().trimmed()));
}

Status requireSqlite(store::Database &db)
{
    if (db.dialect() == store::Dialect::Sqlite)
        return {};
    return Status::failure(tr("On PostgreSQL the staff are the server's own logins: create them on the server "
                              "and give them roles with `mianshen roles grant LOGIN ROLE`."));
}

// Commits a write begun by the caller after appending its audit entry.
Status finish(store::Database &db, const audit::AuditEntry &entry)
{
    if (Status s = audit::appendAudit(db, entry); !s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return Status::failure(tr("The staff accounts could not be saved: %1").arg(db.lastError()));
    return {};
}

struct AccountRow {
    bool found = false;
    bool active = false;
    QString hash;
};

AccountRow readAccount(store::Database &db, const QString &login)
{
    AccountRow row;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT active, password_hash FROM staff_accounts WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next()) {
        row.found = true;
        row.active = q.value(0).toInt() != 0;
        row.hash = q.value(1).toString();
    }
    return row;
}

int failuresInARow(store::Database &db, const QString &login)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff_login_attempts WHERE login = ? AND succeeded = 0 AND id > "
                             "COALESCE((SELECT MAX(id) FROM staff_login_attempts WHERE login = ? AND succeeded = 1), 0)"));
    q.addBindValue(login);
    q.addBindValue(login);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int activeAdministrators(store::Database &db, const QString &except)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff_accounts a JOIN staff_roles r ON r.login = a.login "
                             "WHERE a.active = 1 AND r.role_id = 'administrator' AND a.login <> ?"));
    q.addBindValue(except);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

StaffAccounts::StaffAccounts(store::Database &db)
    : m_db(db), m_sleep([](int ms) { QThread::msleep(ulong(ms)); })
{
}

void StaffAccounts::setSleeper(Sleeper sleeper)
{
    m_sleep = std::move(sleeper);
}

Result<int> StaffAccounts::count()
{
    if (m_db.dialect() != store::Dialect::Sqlite)
        return 0;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM staff_accounts")) || !q.next())
        return Result<int>::failure(tr("The staff accounts could not be read: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

Status StaffAccounts::createAccount(const QString &login, const QString &displayName, const QString &password,
                                    const QList<Role> &roles)
{
    if (Status s = requireSqlite(m_db); !s)
        return s;
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_.-]{2,40}$"));
    if (!loginPattern.match(login).hasMatch())
        return Status::failure(tr("The login \"%1\" is not valid: use 2 to 40 letters, digits, '.', '-' or '_'.").arg(login));
    if (displayName.trimmed().isEmpty())
        return Status::failure(tr("Give the display name of %1.").arg(login));
    if (const QString problem = passwordProblem(login, password); !problem.isEmpty())
        return Status::failure(problem);
    if (roles.isEmpty())
        return Status::failure(tr("Give %1 at least one role.").arg(login));
    auto existing = count();
    if (!existing)
        return Status::failure(existing.error());
    if (existing.value() == 0 && !roles.contains(Role::Administrator))
        return Status::failure(tr("The first account is the administrator: give it the role %1.")
                                   .arg(roleLabel(Role::Administrator)));
    if (existing.value() > 0) {
        if (Status s = authorize(m_db, Action::ManageStaff); !s)
            return s;
    }
    if (readAccount(m_db, login).found)
        return Status::failure(tr("The login %1 exists already.").arg(login));
    auto hash = hashPassword(password);
    if (!hash)
        return Status::failure(hash.error());
    const QString actor = audit::currentActor(m_db);
    if (!m_db.beginWrite())
        return Status::failure(tr("The staff accounts could not be changed: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_accounts (login, display_name, password_hash, active, created_at, "
                             "created_by) VALUES (?, ?, ?, 1, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(displayName.trimmed());
    q.addBindValue(hash.value());
    q.addBindValue(nowText());
    q.addBindValue(actor);
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    for (Role role : roles) {
        q.prepare(QStringLiteral("INSERT INTO staff_roles (login, role_id, granted_at, granted_by) VALUES (?, ?, ?, ?)"));
        q.addBindValue(login);
        q.addBindValue(roleId(role));
        q.addBindValue(nowText());
        q.addBindValue(actor);
        if (!q.exec()) {
            m_db.rollback();
            return sqlFailure(q, login);
        }
    }
    return finish(m_db, {actor, QStringLiteral("staff.create"), QStringLiteral("staff"), login, {}, rolesJson(roles),
                         {}, {}});
}

Status StaffAccounts::signIn(const QString &login, const QString &password)
{
    if (Status s = requireSqlite(m_db); !s)
        return s;
    // The wait grows with the failures in a row of this login, and comes
    // before the check, so a new process does not escape it.
    const int delay = failureDelayMs(failuresInARow(m_db, login));
    if (delay > 0 && m_sleep)
        m_sleep(delay);
    const AccountRow account = readAccount(m_db, login);
    const bool ok = account.found && account.active && verifyPassword(account.hash, password);
    if (!m_db.beginWrite())
        return Status::failure(tr("The sign-in could not be recorded: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_login_attempts (login, at, succeeded) VALUES (?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(nowText());
    q.addBindValue(ok ? 1 : 0);
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE staff_accounts SET last_login_at = ?, failed_attempts = 0 WHERE login = ?"));
        q.addBindValue(nowText());
    } else {
        q.prepare(QStringLiteral("UPDATE staff_accounts SET failed_attempts = failed_attempts + 1 WHERE login = ?"));
    }
    q.addBindValue(login);
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    if (!ok) {
        if (!m_db.commit())
            return Status::failure(tr("The sign-in could not be recorded: %1").arg(m_db.lastError()));
        if (account.found && !account.active)
            return Status::failure(tr("The account %1 is disabled: ask an administrator.").arg(login));
        return Status::failure(tr("Wrong login or password. Each failure makes the next attempt wait longer."));
    }
    if (Status s = finish(m_db, {login, QStringLiteral("staff.login"), QStringLiteral("staff"), login, {}, {}, {}, {}}); !s)
        return s;
    audit::setSessionActor(login);
    return {};
}

Status StaffAccounts::grant(const QString &login, Role role)
{
    if (Status s = requireSqlite(m_db); !s)
        return s;
    if (Status s = authorize(m_db, Action::ManageStaff); !s)
        return s;
    if (!readAccount(m_db, login).found)
        return Status::failure(tr("There is no staff account %1.").arg(login));
    const QString actor = audit::currentActor(m_db);
    if (!m_db.beginWrite())
        return Status::failure(tr("The staff accounts could not be changed: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_roles (login, role_id, granted_at, granted_by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(login);
    q.addBindValue(roleId(role));
    q.addBindValue(nowText());
    q.addBindValue(actor);
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    return finish(m_db, {actor, QStringLiteral("staff.grant"), QStringLiteral("staff"), login, {}, rolesJson({role}),
                         {}, {}});
}

Status StaffAccounts::revoke(const QString &login, Role role)
{
    if (Status s = requireSqlite(m_db); !s)
        return s;
    if (Status s = authorize(m_db, Action::ManageStaff); !s)
        return s;
    if (role == Role::Administrator && activeAdministrators(m_db, login) == 0)
        return Status::failure(tr("%1 is the last administrator: make another administrator first.").arg(login));
    const QString actor = audit::currentActor(m_db);
    if (!m_db.beginWrite())
        return Status::failure(tr("The staff accounts could not be changed: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM staff_roles WHERE login = ? AND role_id = ?"));
    q.addBindValue(login);
    q.addBindValue(roleId(role));
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    return finish(m_db, {actor, QStringLiteral("staff.revoke"), QStringLiteral("staff"), login, rolesJson({role}), {},
                         {}, {}});
}

Status StaffAccounts::setActive(const QString &login, bool active)
{
    if (Status s = requireSqlite(m_db); !s)
        return s;
    if (Status s = authorize(m_db, Action::ManageStaff); !s)
        return s;
    if (!readAccount(m_db, login).found)
        return Status::failure(tr("There is no staff account %1.").arg(login));
    if (!active && activeAdministrators(m_db, login) == 0)
        return Status::failure(tr("%1 is the last administrator: make another administrator first.").arg(login));
    const QString actor = audit::currentActor(m_db);
    if (!m_db.beginWrite())
        return Status::failure(tr("The staff accounts could not be changed: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff_accounts SET active = ? WHERE login = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(login);
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    return finish(m_db, {actor, active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable"),
                         QStringLiteral("staff"), login, {}, {}, {}, {}});
}

Status StaffAccounts::setPassword(const QString &login, const QString &password)
{
    if (Status s = requireSqlite(m_db); !s)
        return s;
    const QString actor = audit::currentActor(m_db);
    if (actor != login) {
        if (Status s = authorize(m_db, Action::ManageStaff); !s)
            return s;
    }
    if (!readAccount(m_db, login).found)
        return Status::failure(tr("There is no staff account %1.").arg(login));
    if (const QString problem = passwordProblem(login, password); !problem.isEmpty())
        return Status::failure(problem);
    auto hash = hashPassword(password);
    if (!hash)
        return Status::failure(hash.error());
    if (!m_db.beginWrite())
        return Status::failure(tr("The staff accounts could not be changed: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff_accounts SET password_hash = ?, failed_attempts = 0 WHERE login = ?"));
    q.addBindValue(hash.value());
    q.addBindValue(login);
    if (!q.exec()) {
        m_db.rollback();
        return sqlFailure(q, login);
    }
    return finish(m_db, {actor, QStringLiteral("staff.password"), QStringLiteral("staff"), login, {}, {}, {}, {}});
}

Result<QList<StaffMember>> StaffAccounts::list()
{
    QList<StaffMember> members;
    if (m_db.dialect() != store::Dialect::Sqlite)
        return members;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT a.login, a.display_name, a.active, a.last_login_at, r.role_id "
                               "FROM staff_accounts a LEFT JOIN staff_roles r ON r.login = a.login "
                               "ORDER BY a.login, r.role_id")))
        return Result<QList<StaffMember>>::failure(tr("The staff accounts could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QString login = q.value(0).toString();
        if (members.isEmpty() || members.last().login != login) {
            StaffMember m;
            m.login = login;
            m.displayName = q.value(1).toString();
            m.active = q.value(2).toInt() != 0;
            m.lastLoginAt = q.value(3).toString();
            members.append(m);
        }
        if (auto role = roleFromId(q.value(4).toString()))
            members.last().roles.append(*role);
    }
    return members;
}

} // namespace mianshen::staff
