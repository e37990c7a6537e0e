#include "cli/CommandSignIn.h"

#include "audit/Actor.h"
#include "cli/Command.h"
#include "staff/RoleRules.h"
#include "staff/StaffAccounts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace mianshen::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::cli::CommandSignIn", text);
}

QString readLine(bool echo)
{
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal && !echo) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return QString::fromStdString(line);
}

} // namespace

QString readSecretLine(CommandContext &context, const QString &prompt)
{
    if (isatty(STDIN_FILENO))
        context.err << prompt << Qt::flush;
    return readLine(false);
}

domain::Status signInForCommand(store::Database &db, CommandContext &context)
{
    auto state = staff::enforcement(db);
    if (!state)
        return domain::Status::failure(state.error());
    static bool noticeGiven = false;
    if (state.value() == staff::Enforcement::NotSetUp) {
        // Said to a person at a terminal; scripts that read stderr are spared it
        // (`staff list` and `roles list` always say it).
        if (!noticeGiven && isatty(STDERR_FILENO))
            context.err << staff::enforcementNotice(state.value()) << Qt::endl;
        noticeGiven = true;
        return {};
    }
    if (db.dialect() != store::Dialect::Sqlite || !audit::sessionActor().isEmpty())
        return {};
    staff::StaffAccounts accounts(db);
    if (state.value() == staff::Enforcement::SoleAccount) {
        auto members = accounts.list();
        if (!members)
            return domain::Status::failure(members.error());
        for (const staff::StaffMember &m : members.value()) {
            if (m.active)
                audit::setSessionActor(m.login);
        }
        return {};
    }
    QString login = qEnvironmentVariable("MIANSHEN_USER");
    QString password = qEnvironmentVariable("MIANSHEN_PASSWORD");
    const bool terminal = isatty(STDIN_FILENO);
    if (login.isEmpty() && terminal) {
        context.err << tr("Sign in to %1.").arg(db.spec().displayName()) << Qt::endl << tr("Login: ") << Qt::flush;
        login = readLine(true).trimmed();
    }
    if (login.isEmpty())
        return domain::Status::failure(tr("This database has staff accounts: sign in with the environment variables "
                                          "MIANSHEN_USER and MIANSHEN_PASSWORD, or run the command on a terminal."));
    if (password.isEmpty() && terminal)
        password = readSecretLine(context, tr("Password for %1: ").arg(login));
    return accounts.signIn(login, password);
}

} // namespace mianshen::cli
