#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// The local staff accounts of a SQLite database (docs/roles.md):
// `mianshen --db X staff add LOGIN --name NAME --roles R1,R2`
// `staff list`, `staff passwd LOGIN`, `staff disable LOGIN`, `staff enable LOGIN`.
// New passwords come from MIANSHEN_NEW_PASSWORD, else a prompt (twice) on a
// terminal, else one line of standard input.
class StaffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::StaffCommand)
public:
    QString name() const override { return QStringLiteral("staff"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

// Roles: `mianshen --db URL roles install` (PostgreSQL group roles and
// grants), `roles grant LOGIN ROLE`, `roles revoke LOGIN ROLE`, `roles list`
// (PostgreSQL: server logins; SQLite: the staff accounts).
class RolesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::RolesCommand)
public:
    QString name() const override { return QStringLiteral("roles"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
