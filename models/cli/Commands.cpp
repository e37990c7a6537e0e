#include "cli/Commands.h"

#include "cli/Command.h"
#include "cli/DemoDataCommand.h"
#include "cli/DemoHistoryCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InfoCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/PolicyCommand.h"
#include "cli/MatchCommand.h"
#include "cli/DecisionsCommand.h"
#include "cli/WhyCommand.h"
#include "cli/PayCommand.h"
#include "cli/PaymentsCommand.h"
#include "cli/StatsCommand.h"
#include "cli/NoticeCommand.h"
#include "cli/AuditCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/StaffCommand.h"

namespace mianshen::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // One line per command, in the order --help lists them.
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<PolicyCommand>());
    commands.push_back(std::make_unique<MatchCommand>());
    commands.push_back(std::make_unique<DecisionsCommand>());
    commands.push_back(std::make_unique<WhyCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    commands.push_back(std::make_unique<PayCommand>());
    commands.push_back(std::make_unique<PaymentsCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<NoticeCommand>());
    commands.push_back(std::make_unique<DemoDataCommand>());
    commands.push_back(std::make_unique<DemoHistoryCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<StaffCommand>());
    commands.push_back(std::make_unique<RolesCommand>());
    return commands;
}

} // namespace mianshen::cli
