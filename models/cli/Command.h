#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace mianshen::store {
class Database;
}

namespace mianshen::cli {

// Exit statuses of every subcommand.
enum ExitCode : int { Success = 0, Failure = 1, Usage = 2 };

struct CommandContext
{
    QString databaseSpec;   // the --db value (path or postgresql:// URL); may be empty
    QTextStream &out;
    QTextStream &err;
};

// One headless subcommand: `mianshen --db X <name> args...`. Each parses its
// own arguments (QCommandLineParser) and returns an ExitCode.
// run() gets the subcommand's name followed by its arguments, as argv
// would be, so `QCommandLineParser::parse(arguments)` works directly. Use
// parse(), not process() (which exits): on a usage error write the message
// and the command's help text to context.err and return Usage; on failure a
// message to context.err and return Failure.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;          // e.g. "import", or "policy" for "policy check|test|publish"
    virtual QString summary() const = 0;       // one line for --help, through tr()
    virtual bool needsDatabase() const { return true; }
    virtual int run(CommandContext &context, const QStringList &arguments) = 0;
};

} // namespace mianshen::cli
