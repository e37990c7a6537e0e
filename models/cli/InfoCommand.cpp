#include "cli/InfoCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace mianshen::cli {

QString InfoCommand::summary() const
{
    return tr("Show the database, its schema version and the number of rows in every table.");
}

int InfoCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("info takes no arguments (got: %1).").arg(parser.positionalArguments().join(QLatin1Char(' ')))
                    << Qt::endl;
        return Usage;
    }

    auto db = openCommandDatabase(context, false);
    if (!db)
        return Failure;
    store::Migrator migrator(*db);
    const int version = db->schemaVersion();
    if (version == 0) {
        context.err << tr("%1 is not a Mianshen database yet: it has no schema. Set it up with: mianshen --db %2 migrate")
                           .arg(db->spec().displayName(), db->spec().toString())
                    << Qt::endl;
        return Failure;
    }

    const bool sqlite = db->dialect() == store::Dialect::Sqlite;
    const QString where = sqlite ? QFileInfo(db->spec().path).absoluteFilePath() : db->spec().toString();
    context.out << tr("Database:        %1").arg(where) << Qt::endl;
    context.out << tr("Kind:            %1").arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")) << Qt::endl;
    context.out << tr("Schema version:  %1 (this program: %2)").arg(version).arg(migrator.latestVersion()) << Qt::endl;

    QSqlDatabase connection = db->connection();
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    const QString listSql = sqlite
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_type = 'BASE TABLE' ORDER BY table_name");
    if (!query.exec(listSql)) {
        context.err << tr("Could not list the tables: %1").arg(query.lastError().text()) << Qt::endl;
        return Failure;
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    query.finish();

    qsizetype width = 0;
    for (const QString &table : std::as_const(tables))
        width = std::max(width, table.size());
    context.out << tr("Tables (rows):") << Qt::endl;
    for (const QString &table : std::as_const(tables)) {
        const QString identifier = connection.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + identifier) || !query.next()) {
            context.err << tr("Could not count the rows of %1: %2").arg(table, query.lastError().text()) << Qt::endl;
            return Failure;
        }
        context.out << QStringLiteral("  ") << table.leftJustified(width + 2) << query.value(0).toLongLong() << Qt::endl;
        query.finish();
    }

    const auto current = migrator.checkCurrent();
    if (!current) {
        context.err << current.error() << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace mianshen::cli
