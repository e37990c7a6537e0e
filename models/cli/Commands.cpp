#include "cli/Commands.h"

#include "cli/Command.h"
#include "cli/InfoCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/PolicyCommand.h"

namespace mianshen::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // One line per command, in the order --help lists them.
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<PolicyCommand>());
    return commands;
}

} // namespace mianshen::cli
