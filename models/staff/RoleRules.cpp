#include "staff/RoleRules.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::staff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::staff::RoleRules", text);
}

bool sqliteTableExists(store::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

} // namespace

QList<Role> allRoles()
{
    return {Role::DataClerk, Role::PolicyAuthor, Role::PolicyApprover, Role::Reviewer,
            Role::PaymentOfficer, Role::PaymentApprover, Role::Manager, Role::Administrator};
}

QList<Action> allActions()
{
    return {Action::Import, Action::RunMatching, Action::PolicyEdit, Action::PolicySubmit,
            Action::PolicyPublish, Action::PolicyWithdraw, Action::Review, Action::PaymentBatchCreate,
            Action::PaymentBatchApprove, Action::PaymentExport, Action::PaymentReturns,
            Action::RecoveryConfirm, Action::ViewStatistics, Action::ViewAudit,
            Action::RevealPersonalData, Action::ManageStaff};
}

QList<Role> rolesAllowed(Action action)
{
    switch (action) {
    case Action::Import: return {Role::DataClerk};
    case Action::RunMatching: return {Role::DataClerk, Role::PolicyApprover};
    case Action::PolicyEdit:
    case Action::PolicySubmit: return {Role::PolicyAuthor};
    case Action::PolicyPublish:
    case Action::PolicyWithdraw: return {Role::PolicyApprover};
    case Action::Review: return {Role::Reviewer};
    case Action::PaymentBatchCreate:
    case Action::PaymentExport:
    case Action::PaymentReturns: return {Role::PaymentOfficer};
    case Action::PaymentBatchApprove:
    case Action::RecoveryConfirm: return {Role::PaymentApprover};
    case Action::ViewStatistics:
        return {Role::Manager, Role::PolicyAuthor, Role::PolicyApprover, Role::PaymentOfficer,
                Role::PaymentApprover, Role::Administrator};
    case Action::ViewAudit: return {Role::Manager, Role::Administrator};
    case Action::RevealPersonalData: return {Role::Reviewer, Role::PaymentOfficer, Role::PaymentApprover};
    case Action::ManageStaff: return {Role::Administrator};
    }
    return {};
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::Import: return tr("import a feed");
    case Action::RunMatching: return tr("run the matching");
    case Action::PolicyEdit: return tr("edit a policy draft");
    case Action::PolicySubmit: return tr("submit a policy draft for approval");
    case Action::PolicyPublish: return tr("publish a policy");
    case Action::PolicyWithdraw: return tr("withdraw a policy");
    case Action::Review: return tr("decide a review case");
    case Action::PaymentBatchCreate: return tr("create a payment batch");
    case Action::PaymentBatchApprove: return tr("approve a payment batch");
    case Action::PaymentExport: return tr("export a bank file");
    case Action::PaymentReturns: return tr("load a bank return file");
    case Action::RecoveryConfirm: return tr("confirm a recovery");
    case Action::ViewStatistics: return tr("view the statistics");
    case Action::ViewAudit: return tr("view the audit log");
    case Action::RevealPersonalData: return tr("show personal data");
    case Action::ManageStaff: return tr("manage staff and roles");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

domain::Result<Enforcement> enforcement(store::Database &db)
{
    QSqlQuery q(db.connection());
    if (db.dialect() == store::Dialect::Postgres) {
        // Per database: the group roles exist on the server and were granted
        // on this database's tables.
        if (!q.exec(QStringLiteral(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mianshen_manager') "
                "THEN has_table_privilege('mianshen_manager', 'audit_log', 'SELECT') ELSE false END"))
            || !q.next())
            return domain::Result<Enforcement>::failure(tr("The roles of the database could not be read."));
        return q.value(0).toBool() ? Enforcement::Enforced : Enforcement::NotSetUp;
    }
    if (!sqliteTableExists(db, QStringLiteral("staff_accounts")))
        return Enforcement::NotSetUp;
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(active), 0) FROM staff_accounts")) || !q.next())
        return domain::Result<Enforcement>::failure(tr("The staff accounts could not be read."));
    if (q.value(0).toInt() == 0)
        return Enforcement::NotSetUp;
    return q.value(0).toInt() == 1 && q.value(1).toInt() == 1 ? Enforcement::SoleAccount : Enforcement::Enforced;
}

QString enforcementNotice(Enforcement state)
{
    switch (state) {
    case Enforcement::NotSetUp:
        return tr("Roles are not set up on this database yet: everyone acts with every role. "
                  "Create the administrator (SQLite: mianshen staff add; PostgreSQL: mianshen roles install).");
    case Enforcement::SoleAccount:
        return tr("One-person desk: this database has a single staff account, so no sign-in is asked.");
    case Enforcement::Enforced:
        return {};
    }
    return {};
}

} // namespace mianshen::staff
