#include "cli/StaffCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandSignIn.h"
#include "staff/PostgresRoles.h"
#include "staff/RoleRules.h"
#include "staff/StaffAccounts.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <unistd.h>

namespace mianshen::cli {

namespace {

QString newPassword(CommandContext &context, const QString &login)
{
    const QString fromEnvironment = qEnvironmentVariable("MIANSHEN_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString first = readSecretLine(context, StaffCommand::tr("New password for %1: ").arg(login));
    if (!isatty(STDIN_FILENO))
        return first;
    const QString again = readSecretLine(context, StaffCommand::tr("The same password again: "));
    return first == again ? first : QString();
}

std::optional<QList<staff::Role>> parseRoles(const QString &text, CommandContext &context)
{
    QList<staff::Role> roles;
    for (const QString &id : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = staff::roleFromId(id.trimmed());
        if (!role) {
            QStringList known;
            for (staff::Role r : staff::allRoles())
                known << staff::roleId(r);
            context.err << StaffCommand::tr("Unknown role \"%1\": use one of %2.").arg(id, known.join(QStringLiteral(", ")))
                        << Qt::endl;
            return std::nullopt;
        }
        roles.append(*role);
    }
    return roles;
}

QString roleIds(const QList<staff::Role> &roles)
{
    QStringList ids;
    for (staff::Role r : roles)
        ids << staff::roleId(r);
    return ids.join(QLatin1Char(','));
}

// `staff list` and `roles list` say when roles are not checked.
void noticeUnlessEnforced(store::Database &db, CommandContext &context)
{
    if (auto state = staff::enforcement(db); state && state.value() != staff::Enforcement::Enforced)
        context.err << staff::enforcementNotice(state.value()) << Qt::endl;
}

int report(CommandContext &context, const domain::Status &status, const QString &done)
{
    if (!status) {
        context.err << status.error() << Qt::endl;
        return Failure;
    }
    context.out << done << Qt::endl;
    return Success;
}

} // namespace

QString StaffCommand::summary() const
{
    return tr("Staff accounts of a SQLite desk: staff add|list|passwd|disable|enable.");
}

int StaffCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption nameOption(QStringList{QStringLiteral("name")}, tr("add: the person's name as shown."), tr("NAME"));
    const QCommandLineOption rolesOption(QStringList{QStringLiteral("roles")},
                                         tr("add: roles, comma-separated (data_clerk, policy_author, policy_approver, "
                                            "reviewer, payment_officer, payment_approver, manager, administrator)."),
                                         tr("ROLES"));
    parser.addOptions({nameOption, rolesOption});
    parser.addPositionalArgument(QStringLiteral("verb"), tr("add | list | passwd | disable | enable"));
    parser.addPositionalArgument(QStringLiteral("login"), tr("the staff member's login"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    const QStringList verbs{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("passwd"),
                            QStringLiteral("disable"), QStringLiteral("enable")};
    if (!verbs.contains(verb) || (verb == u"list") != (args.size() == 1) || args.size() > 2) {
        context.err << tr("staff: say what to do: add LOGIN, list, passwd LOGIN, disable LOGIN or enable LOGIN.") << Qt::endl;
        return Usage;
    }
    std::optional<QList<staff::Role>> roles;
    if (verb == u"add") {
        roles = parseRoles(parser.value(rolesOption), context);
        if (!roles)
            return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    staff::StaffAccounts accounts(*db);
    const QString login = args.value(1);
    if (verb == u"list") {
        noticeUnlessEnforced(*db, context);
        auto members = accounts.list();
        if (!members) {
            context.err << members.error() << Qt::endl;
            return Failure;
        }
        context.out << "login,name,roles,active,last_login" << Qt::endl;
        for (const staff::StaffMember &m : members.value())
            context.out << m.login << ',' << m.displayName << ',' << roleIds(m.roles) << ','
                        << (m.active ? "yes" : "no") << ',' << m.lastLoginAt << Qt::endl;
        return Success;
    }
    if (verb == u"disable" || verb == u"enable")
        return report(context, accounts.setActive(login, verb == u"enable"),
                      verb == u"enable" ? tr("%1 may sign in again.").arg(login) : tr("%1 is disabled.").arg(login));
    const QString password = newPassword(context, login);
    if (password.isEmpty()) {
        context.err << tr("No password given (or the two did not match): nothing changed.") << Qt::endl;
        return Failure;
    }
    if (verb == u"passwd")
        return report(context, accounts.setPassword(login, password), tr("The password of %1 is changed.").arg(login));
    return report(context, accounts.createAccount(login, parser.value(nameOption), password, *roles),
                  tr("Staff account %1 created with the roles %2.").arg(login, roleIds(*roles)));
}

QString RolesCommand::summary() const
{
    return tr("Staff roles: roles install (PostgreSQL group roles and grants), roles grant|revoke LOGIN ROLE, roles list.");
}

int RolesCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verb"), tr("install | grant | revoke | list"));
    parser.addPositionalArgument(QStringLiteral("login"), tr("grant, revoke: the login"));
    parser.addPositionalArgument(QStringLiteral("role"), tr("grant, revoke: the role (reviewer, ...)"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    const bool change = verb == u"grant" || verb == u"revoke";
    if (!(change && args.size() == 3) && !((verb == u"install" || verb == u"list") && args.size() == 1)) {
        context.err << tr("roles: say what to do: install, grant LOGIN ROLE, revoke LOGIN ROLE or list.") << Qt::endl;
        return Usage;
    }
    std::optional<QList<staff::Role>> role;
    if (change) {
        role = parseRoles(args.value(2), context);
        if (!role || role->size() != 1)
            return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    const bool postgres = db->dialect() == store::Dialect::Postgres;
    staff::PostgresRoles server(*db);
    staff::StaffAccounts accounts(*db);
    if (verb == u"install")
        return report(context, server.install(), tr("The roles are installed: mianshen_* group roles with their grants."));
    if (change) {
        const QString login = args.value(1);
        const staff::Role r = role->first();
        const bool grant = verb == u"grant";
        const domain::Status s = postgres ? (grant ? server.grant(login, r) : server.revoke(login, r))
                                          : (grant ? accounts.grant(login, r) : accounts.revoke(login, r));
        return report(context, s, grant ? tr("%1 now holds the role %2.").arg(login, staff::roleId(r))
                                        : tr("%1 no longer holds the role %2.").arg(login, staff::roleId(r)));
    }
    noticeUnlessEnforced(*db, context);
    context.out << "login,roles" << Qt::endl;
    if (postgres) {
        auto members = server.list();
        if (!members) {
            context.err << members.error() << Qt::endl;
            return Failure;
        }
        for (const auto &m : members.value())
            context.out << m.login << ',' << roleIds(m.roles) << Qt::endl;
        return Success;
    }
    auto members = accounts.list();
    if (!members) {
        context.err << members.error() << Qt::endl;
        return Failure;
    }
    for (const staff::StaffMember &m : members.value())
        context.out << m.login << ',' << roleIds(m.roles) << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
