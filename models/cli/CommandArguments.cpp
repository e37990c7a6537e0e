#include "cli/CommandArguments.h"

#include "cli/Command.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace mianshen::cli {

std::optional<int> parseCommandArguments(QCommandLineParser &parser, const QCommandLineOption &help,
                                         CommandContext &context, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl << parser.helpText();
        return Usage;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

} // namespace mianshen::cli
