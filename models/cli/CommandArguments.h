#pragma once

#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace mianshen::cli {

struct CommandContext;

// Parses a subcommand's arguments with its parser. Returns nullopt when the
// command should go on, or the exit status to return at once: Usage after a
// parse error (the error and the help text on stderr), Success after --help
// (the help text on stdout).
std::optional<int> parseCommandArguments(QCommandLineParser &parser, const QCommandLineOption &help,
                                         CommandContext &context, const QStringList &arguments);

} // namespace mianshen::cli
