#pragma once

#include "domain/Result.h"

#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::cli {

struct CommandContext;

// Who acts for a command (docs/roles.md). SQLite without staff accounts:
// nobody signs in (the OS user acts with every role; said once on stderr
// when it is a terminal).
// One account: it acts, no sign-in. More: MIANSHEN_USER and
// MIANSHEN_PASSWORD from the environment, else a prompt on a terminal (the
// password not echoed), else refused. PostgreSQL: the server's login.
[[nodiscard]] domain::Status signInForCommand(store::Database &db, CommandContext &context);

// A line read from standard input, without echo when it is a terminal.
QString readSecretLine(CommandContext &context, const QString &prompt);

} // namespace mianshen::cli
