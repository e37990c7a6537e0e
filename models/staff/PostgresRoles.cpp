#include "staff/PostgresRoles.h"

#include "audit/Actor.h"
#include "audit/AuditLog.h"
#include "staff/RoleRules.h"
#include "store/Database.h"
#include "store/SqlIdentifier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::staff {

using domain::Status;

namespace {

const QStringList &feedTables()
{
    static const QStringList tables{
        QStringLiteral("persons"), QStringLiteral("enterprises"), QStringLiteral("social_insurance"),
        QStringLiteral("education"), QStringLiteral("skill_certificates"), QStringLiteral("professional_titles"),
        QStringLiteral("talent_certifications"), QStringLiteral("employment_records"),
        QStringLiteral("housing_transactions"), QStringLiteral("residence_permits"),
        QStringLiteral("public_sector_staff"), QStringLiteral("death_records"), QStringLiteral("patents"),
        QStringLiteral("pct_applications"), QStringLiteral("high_tech_certifications"), QStringLiteral("tax_payments"),
        QStringLiteral("annual_reports"), QStringLiteral("credit_records"), QStringLiteral("bank_accounts"),
        QStringLiteral("external_subsidies"), QStringLiteral("e_licences"), QStringLiteral("payment_history"),
        QStringLiteral("import_history"), QStringLiteral("import_problems"), QStringLiteral("import_quarantine")};
    return tables;
}

// A run writes its decisions and applies them to the awards (review area),
// whose changes keep the counts and statistics current.
const QStringList &runTables()
{
    static const QStringList tables{
        QStringLiteral("matching_runs"), QStringLiteral("run_policies"), QStringLiteral("decisions"),
        QStringLiteral("run_condition_counts"), QStringLiteral("awards"), QStringLiteral("award_changes"),
        QStringLiteral("award_counts"), QStringLiteral("stats_policy_month"), QStringLiteral("stats_subject_month")};
    return tables;
}

QString quoted(const QString &identifier)
{
    return store::quoteIdentifier(identifier);
}

} // namespace

PostgresRoles::PostgresRoles(store::Database &db) : m_db(db) {}

QStringList PostgresRoles::writeTables(Role role)
{
    switch (role) {
    case Role::DataClerk: return feedTables() + runTables();
    case Role::PolicyAuthor: return {QStringLiteral("policy_drafts")};
    case Role::PolicyApprover: return QStringList{QStringLiteral("published_policies"), QStringLiteral("policy_drafts")} + runTables();
    case Role::Reviewer:
        return {QStringLiteral("reviews"), QStringLiteral("review_comments"), QStringLiteral("awards"),
                QStringLiteral("award_changes"), QStringLiteral("award_counts"), QStringLiteral("notice_objections"),
                QStringLiteral("stats_policy_month"), QStringLiteral("stats_subject_month")};
    case Role::PaymentOfficer:
        return {QStringLiteral("payment_batches"), QStringLiteral("payments"), QStringLiteral("payment_holds"),
                QStringLiteral("bank_return_files"), QStringLiteral("bank_return_lines"), QStringLiteral("recoveries"),
                QStringLiteral("awards"), QStringLiteral("award_changes"), QStringLiteral("award_counts"),
                QStringLiteral("stats_policy_month"), QStringLiteral("stats_subject_month")};
    case Role::PaymentApprover:
        return {QStringLiteral("payment_batches"), QStringLiteral("payments"), QStringLiteral("recoveries")};
    case Role::Manager:
    case Role::Administrator: return {};
    }
    return {};
}

QString PostgresRoles::writePrivileges(Role role)
{
    // An approver changes what an officer made; it never makes or removes rows.
    return role == Role::PaymentApprover ? QStringLiteral("UPDATE") : QStringLiteral("INSERT, UPDATE, DELETE");
}

Status PostgresRoles::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Status::failure(tr("The server refused \"%1\": %2").arg(sql, q.lastError().text().trimmed()));
    return {};
}

Status PostgresRoles::install()
{
    if (m_db.dialect() != store::Dialect::Postgres)
        return Status::failure(tr("Roles are installed on a PostgreSQL database; a SQLite desk uses `mianshen staff`."));
    QSqlQuery q(m_db.connection());
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")))
        return Status::failure(tr("The tables could not be listed: %1").arg(q.lastError().text()));
    while (q.next())
        tables.append(q.value(0).toString());
    QString database;
    if (q.exec(QStringLiteral("SELECT current_database(), current_schema()")) && q.next())
        database = q.value(0).toString();
    const QString schema = q.value(1).toString();
    if (!m_db.beginWrite())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError()));
    QStringList sql;
    sql << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(quoted(database))
        << QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(quoted(schema))
        << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC").arg(quoted(schema));
    for (Role role : allRoles()) {
        const QString group = quoted(QStringLiteral("mianshen_") + roleId(role));
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(QString(QStringLiteral("mianshen_") + roleId(role)));
        if (!q.exec() || !q.next())
            sql << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group);
        sql << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quoted(database), group)
            << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoted(schema), group)
            << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(quoted(schema), group)
            << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(quoted(schema), group)
            << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(quoted(schema), group)
            << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(group);
        for (const QString &table : writeTables(role)) {
            if (tables.contains(table))
                sql << QStringLiteral("GRANT %1 ON %2 TO %3").arg(writePrivileges(role), quoted(table), group);
        }
    }
    for (const QString &statement : sql) {
        if (Status s = exec(statement); !s) {
            m_db.rollback();
            return s;
        }
    }
    audit::AuditEntry entry;
    entry.action = QStringLiteral("roles.install");
    entry.entity = QStringLiteral("database");
    entry.entityId = database;
    if (Status s = audit::appendAudit(m_db, entry); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit())
        return Status::failure(tr("The roles could not be installed: %1").arg(m_db.lastError()));
    return {};
}

Status PostgresRoles::grant(const QString &login, Role role)
{
    return changeMembership(login, role, true);
}

Status PostgresRoles::revoke(const QString &login, Role role)
{
    return changeMembership(login, role, false);
}

Status PostgresRoles::changeMembership(const QString &login, Role role, bool add)
{
    if (m_db.dialect() != store::Dialect::Postgres)
        return Status::failure(tr("Server roles exist on PostgreSQL only; a SQLite desk uses `mianshen staff`."));
    if (Status allowed = authorize(m_db, Action::ManageStaff); !allowed)
        return allowed;
    const QString group = quoted(QStringLiteral("mianshen_") + roleId(role));
    if (!m_db.beginWrite())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError()));
    Status s = exec(add ? QStringLiteral("GRANT %1 TO %2").arg(group, quoted(login))
                        : QStringLiteral("REVOKE %1 FROM %2").arg(group, quoted(login)));
    audit::AuditEntry entry;
    entry.action = add ? QStringLiteral("roles.grant") : QStringLiteral("roles.revoke");
    entry.entity = QStringLiteral("login");
    entry.entityId = login;
    entry.afterJson = QStringLiteral("{\"role\":\"%1\"}").arg(roleId(role));
    if (s)
        s = audit::appendAudit(m_db, entry);
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit())
        return Status::failure(tr("The role change could not be saved: %1").arg(m_db.lastError()));
    return {};
}

domain::Result<QList<PostgresRoles::Membership>> PostgresRoles::list()
{
    using R = domain::Result<QList<Membership>>;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members a "
                               "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                               "WHERE g.rolname LIKE 'mianshen\\_%' ORDER BY 1, 2")))
        return R::failure(tr("The roles could not be read: %1").arg(q.lastError().text()));
    QList<Membership> out;
    while (q.next()) {
        const QString login = q.value(0).toString();
        const auto role = roleFromId(q.value(1).toString().mid(9));
        if (!role)
            continue;
        if (out.isEmpty() || out.last().login != login)
            out.append({login, {}});
        out.last().roles.append(*role);
    }
    return out;
}

} // namespace mianshen::staff
