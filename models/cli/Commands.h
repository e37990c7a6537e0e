#pragma once

#include <memory>
#include <vector>

namespace mianshen::cli {

class Command;

// Every subcommand the program has. Each area adds its commands here
// (one line in Commands.cpp).
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace mianshen::cli
