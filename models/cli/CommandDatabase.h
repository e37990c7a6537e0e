#pragma once

#include <memory>

namespace mianshen::store {
class Database;
}

namespace mianshen::cli {

struct CommandContext;

// Opens the database named by --db for a command. On failure writes a clear
// message to context.err and returns null (the command then returns
// Failure). With requireCurrentSchema, a database that is not migrated, is
// behind, or is newer than the program is refused with the reason.
std::unique_ptr<store::Database> openCommandDatabase(CommandContext &context, bool requireCurrentSchema = true);

} // namespace mianshen::cli
