#include "cli/MigrateCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace mianshen::cli {

QString MigrateCommand::summary() const
{
    return tr("Create the database's tables, or bring them up to this program's version.");
}

int MigrateCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("migrate takes no arguments (got: %1).").arg(parser.positionalArguments().join(QLatin1Char(' ')))
                    << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context, false);
    if (!db)
        return Failure;
    store::Migrator migrator(*db);
    const int before = db->schemaVersion();
    const auto status = migrator.migrate();
    if (!status) {
        context.err << status.error() << Qt::endl;
        return Failure;
    }
    const int after = db->schemaVersion();
    if (after == before)
        context.out << tr("%1 is up to date (schema version %2).").arg(db->spec().displayName()).arg(after) << Qt::endl;
    else
        context.out << tr("%1 migrated from schema version %2 to %3.").arg(db->spec().displayName()).arg(before).arg(after)
                    << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
