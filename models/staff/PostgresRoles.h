#pragma once

#include "domain/Result.h"
#include "staff/Authorization.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mianshen::store {
class Database;
}

namespace mianshen::staff {

// Staff roles enforced by the PostgreSQL server itself (docs/roles.md):
// one group role mianshen_<roleId> per Role, NOLOGIN; staff log in as their
// own server logins, members of the group roles of their roles.
class PostgresRoles final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::staff::PostgresRoles)
public:
    explicit PostgresRoles(store::Database &db);

    // Creates the missing group roles, revokes PUBLIC's rights on the
    // database, its schema and its tables, and grants each role SELECT on
    // every table plus INSERT/UPDATE/DELETE on the tables of its actions
    // only (writeTables). Idempotent; run again after a migration that
    // adds tables. Needs the owner of the database (or a superuser) with
    // CREATEROLE.
    [[nodiscard]] domain::Status install();
    // GRANT/REVOKE mianshen_<role> TO/FROM login (a login of the server).
    [[nodiscard]] domain::Status grant(const QString &login, Role role);
    [[nodiscard]] domain::Status revoke(const QString &login, Role role);

    struct Membership { QString login; QList<Role> roles; };
    // Every login that holds one of the group roles.
    [[nodiscard]] domain::Result<QList<Membership>> list();

    // The tables a role may write (INSERT, UPDATE, DELETE), for install()
    // and the tests; tables that do not exist in the database are skipped.
    static QStringList writeTables(Role role);

private:
    domain::Status exec(const QString &sql);
    domain::Status changeMembership(const QString &login, Role role, bool add);
    store::Database &m_db;
};

} // namespace mianshen::staff
