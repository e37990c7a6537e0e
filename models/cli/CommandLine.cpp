#include "cli/CommandLine.h"

#include "cli/Command.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace mianshen::cli {

namespace {

// Options QGuiApplication takes itself: they do not make the program headless.
bool isQtGuiFlag(const QString &argument)
{
    static const QStringList flags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                      QStringLiteral("-nograb"), QStringLiteral("-dograb"),
                                      QStringLiteral("-sync"), QStringLiteral("-qwindowgeometry")};
    return flags.contains(argument);
}

bool isQtGuiOptionWithValue(const QString &argument)
{
    static const QStringList options = {QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"),
                                        QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
                                        QStringLiteral("-qmljsdebugger"), QStringLiteral("-style"),
                                        QStringLiteral("-stylesheet"), QStringLiteral("-session"),
                                        QStringLiteral("-display"), QStringLiteral("-geometry"),
                                        QStringLiteral("-title"), QStringLiteral("-name"),
                                        QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon"),
                                        QStringLiteral("-screen")};
    return options.contains(argument);
}

QString dbOptionValue(const QStringList &arguments, int &i)
{
    const QString &argument = arguments.at(i);
    if (argument.startsWith(QLatin1String("--db=")))
        return argument.mid(5);
    if (i + 1 < arguments.size())
        return arguments.at(++i);
    return {};
}

QString helpText(const QCommandLineParser &parser, const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CommandLine::tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    for (const auto &command : commands)
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + CommandLine::tr("Without a command the window opens (on --db, or on the database used last).") + QLatin1Char('\n');
    text += CommandLine::tr("\"mianshen COMMAND --help\" shows the options of a command.") + QLatin1Char('\n');
    text += CommandLine::tr("Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.") + QLatin1Char('\n');
    return text;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db") && i + 1 == arguments.size())
            return true; // "--db" without its value: a usage error
        if (argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="))) {
            dbOptionValue(arguments, i);
            continue;
        }
        if (isQtGuiFlag(argument))
            continue;
        if (isQtGuiOptionWithValue(argument)) {
            ++i;
            continue;
        }
        // --help, --version, a subcommand, or anything unknown (which the
        // command line answers with a usage error).
        return true;
    }
    return false;
}

bool CommandLine::needsGuiApplication(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        // The subcommand: only `notice` (not its objection/outcome verbs) draws.
        const QString verb = arguments.value(i + 1);
        return argument == QLatin1String("notice") && verb != QLatin1String("objection")
            && verb != QLatin1String("outcome");
    }
    return false;
}

QString CommandLine::databaseArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db=")))
            return dbOptionValue(arguments, i);
        if (isQtGuiOptionWithValue(argument))
            ++i;
        else if (!argument.startsWith(QLatin1Char('-')))
            break; // the subcommand's own arguments follow
    }
    return {};
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    QString chosen = QStringLiteral("system");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const QString value = a == QLatin1String("--lang") && i + 1 < arguments.size() ? arguments.at(i + 1)
            : a.startsWith(QLatin1String("--lang=")) ? a.mid(7) : QString();
        if (value == QLatin1String("zh"))
            chosen = QStringLiteral("zh_CN");
        else if (value == QLatin1String("en"))
            chosen = QStringLiteral("en");
    }
    return chosen;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Mianshen (免申即享): subsidies without applying. Imports the departments' data feeds, matches the published policies against every person and enterprise, and pays."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      CommandLine::tr("The database: a SQLite file, or postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass)."),
                                      CommandLine::tr("path-or-url"));
    parser.addOption(dbOption);
    // main() has already installed the translator it names (languageArgument).
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        CommandLine::tr("The language of the commands' messages: zh or en (default: the system's)."),
                                        CommandLine::tr("zh|en"));
    parser.addOption(langOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("What to do (see Commands below)."), CommandLine::tr("[command]"));
    parser.addPositionalArgument(QStringLiteral("arguments"), CommandLine::tr("The command's own arguments."), CommandLine::tr("[arguments...]"));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << CommandLine::tr("\"mianshen --help\" lists the options and commands.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(langOption) && parser.value(langOption) != QLatin1String("zh") && parser.value(langOption) != QLatin1String("en")) {
        err << CommandLine::tr("--lang must be zh or en, not \"%1\".").arg(parser.value(langOption)) << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        if (positional.isEmpty() && !parser.isSet(helpOption)) {
            err << CommandLine::tr("No command given.") << Qt::endl << helpText(parser, commands);
            return Usage;
        }
        out << helpText(parser, commands);
        return Success;
    }

    const QString name = positional.first();
    Command *command = nullptr;
    for (const auto &candidate : commands) {
        if (candidate->name() == name)
            command = candidate.get();
    }
    if (!command) {
        err << CommandLine::tr("Unknown command \"%1\". \"mianshen --help\" lists the commands.").arg(name) << Qt::endl;
        return Usage;
    }
    CommandContext context{parser.value(dbOption), out, err};
    const bool wantsHelp = positional.contains(QLatin1String("--help")) || positional.contains(QLatin1String("-h"));
    if (command->needsDatabase() && context.databaseSpec.isEmpty() && !wantsHelp) {
        err << CommandLine::tr("The command \"%1\" needs a database: mianshen --db PATH_OR_URL %1 ...").arg(name) << Qt::endl;
        return Usage;
    }
    const int status = command->run(context, positional);
    out.flush();
    err.flush();
    return status;
}

} // namespace mianshen::cli
