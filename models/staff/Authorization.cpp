#include "staff/Authorization.h"

#include "audit/Actor.h"
#include "staff/RoleRules.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace mianshen::staff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::staff::Authorization", text);
}

domain::Result<QList<Role>> postgresRoles(store::Database &db)
{
    QList<Role> roles;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"));
    for (Role role : allRoles()) {
        q.addBindValue(QString(QStringLiteral("mianshen_") + roleId(role)));
        if (!q.exec() || !q.next())
            return domain::Result<QList<Role>>::failure(
                tr("The roles of %1 could not be read from the server: run `mianshen roles install` first.")
                    .arg(audit::currentActor(db)));
        if (q.value(0).toBool())
            roles.append(role);
    }
    return roles;
}

// The roles of an active account, or of the sole account when nobody signed in.
domain::Result<QList<Role>> sqliteRoles(store::Database &db, Enforcement state)
{
    QString login = audit::sessionActor();
    QSqlQuery q(db.connection());
    if (login.isEmpty() && state == Enforcement::SoleAccount) {
        if (!q.exec(QStringLiteral("SELECT login FROM staff_accounts WHERE active = 1")) || !q.next())
            return domain::Result<QList<Role>>::failure(tr("The staff accounts could not be read."));
        login = q.value(0).toString();
    }
    if (login.isEmpty())
        login = audit::currentActor(db);
    q.prepare(QStringLiteral("SELECT r.role_id FROM staff_roles r JOIN staff_accounts a ON a.login = r.login "
                             "WHERE a.login = ? AND a.active = 1 ORDER BY r.role_id"));
    q.addBindValue(login);
    if (!q.exec())
        return domain::Result<QList<Role>>::failure(tr("The roles of %1 could not be read.").arg(login));
    QList<Role> roles;
    while (q.next()) {
        if (auto role = roleFromId(q.value(0).toString()))
            roles.append(*role);
    }
    return roles;
}

} // namespace

QString roleId(Role role)
{
    switch (role) {
    case Role::DataClerk: return QStringLiteral("data_clerk");
    case Role::PolicyAuthor: return QStringLiteral("policy_author");
    case Role::PolicyApprover: return QStringLiteral("policy_approver");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::PaymentOfficer: return QStringLiteral("payment_officer");
    case Role::PaymentApprover: return QStringLiteral("payment_approver");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::DataClerk: return tr("Data clerk");
    case Role::PolicyAuthor: return tr("Policy author");
    case Role::PolicyApprover: return tr("Policy approver");
    case Role::Reviewer: return tr("Reviewer");
    case Role::PaymentOfficer: return tr("Payment officer");
    case Role::PaymentApprover: return tr("Payment approver");
    case Role::Manager: return tr("Manager");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

domain::Result<QList<Role>> currentRoles(store::Database &db)
{
    auto state = enforcement(db);
    if (!state)
        return domain::Result<QList<Role>>::failure(state.error());
    if (state.value() == Enforcement::NotSetUp)
        return allRoles();
    if (db.dialect() == store::Dialect::Postgres)
        return postgresRoles(db);
    return sqliteRoles(db, state.value());
}

domain::Status authorize(store::Database &db, Action action)
{
    auto roles = currentRoles(db);
    if (!roles)
        return domain::Status::failure(roles.error());
    const QList<Role> allowed = rolesAllowed(action);
    for (Role role : allowed) {
        if (roles->contains(role))
            return {};
    }
    QStringList names;
    for (Role role : allowed)
        names.append(roleLabel(role));
    return domain::Status::failure(
        tr("%1 may not %2: that needs the role %3. Ask a colleague who holds it, or an administrator to grant it.")
            .arg(audit::currentActor(db), actionLabel(action), names.join(tr(" or "))));
}

domain::Status requireDifferentPerson(const QString &rule, const QString &actor, const QString &other)
{
    if (actor.trimmed().compare(other.trimmed(), Qt::CaseInsensitive) != 0)
        return {};
    return domain::Status::failure(
        tr("Refused by the two-person rule \"%1\": %2 may not do both. Another person who holds the role must do it.")
            .arg(rule, actor));
}

} // namespace mianshen::staff
