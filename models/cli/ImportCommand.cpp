#include "cli/ImportCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "feeds/Importer.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

namespace mianshen::cli {

QString ImportCommand::summary() const
{
    return tr("Import feed files (CSV deliveries); each file whole or not at all.");
}

int ImportCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the problems of every file to this CSV file instead of stderr."),
                                    tr("FILE.csv"));
    const QCommandLineOption quarantine(QStringLiteral("quarantine"),
                                        tr("Import the good rows and keep the bad ones in quarantine."));
    const QCommandLineOption actor(QStringLiteral("actor"), tr("Who imports (for the import history)."), tr("NAME"));
    const QCommandLineOption acceptLargeChange(
        QStringLiteral("accept-large-change"),
        tr("Apply a full snapshot even if it deletes more of a feed's rows than the feed allows (default 20%); "
           "without it such a delivery is held and nothing is applied."));
    parser.addOption(report);
    parser.addOption(quarantine);
    parser.addOption(acceptLargeChange);
    parser.addOption(actor);
    parser.addPositionalArgument(tr("FILE"), tr("Feed files, named <feed>.csv or <feed>_<anything>.csv."), tr("FILE..."));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << tr("import needs at least one file.") << Qt::endl << parser.helpText();
        return Usage;
    }
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            context.err << tr("%1: no such file.").arg(file) << Qt::endl;
            return Usage;
        }
    }

    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    feeds::Importer importer(*db);
    feeds::ImportOptions options;
    options.quarantine = parser.isSet(quarantine);
    options.acceptLargeChange = parser.isSet(acceptLargeChange);
    options.actor = parser.value(actor);

    QByteArray reportCsv = "\xEF\xBB\xBF" + feeds::ImportReport::csvHeader();
    bool anyRejected = false;
    for (const QString &file : feeds::Importer::importOrder(files)) {
        const feeds::ImportReport r = importer.import(file, options);
        const QString name = QFileInfo(file).fileName();
        if (r.result == feeds::ImportReport::Result::Rejected || r.result == feeds::ImportReport::Result::Cancelled) {
            anyRejected = true;
            context.err << name << QStringLiteral(": ") << r.message << Qt::endl;
        } else {
            context.out << name << QStringLiteral(": ") << r.message << Qt::endl;
        }
        if (parser.isSet(report)) {
            reportCsv += r.csvRows();
        } else if (!r.imported()) {
            context.err << r.toText(); // every problem of a rejected file
        } else if (!r.problems.isEmpty()) {
            // An imported file's warnings (and quarantined rows) in short; --report has each one.
            QMap<QString, qint64> kinds;
            for (const feeds::ImportProblem &p : r.problems)
                if (p.code != feeds::ProblemCode::MoreWarnings)
                    ++kinds[p.codeName() + (p.column.isEmpty() ? QString() : QStringLiteral(" ") + p.column)];
                else
                    kinds[QStringLiteral("MORE_WARNINGS ") + p.value + u' ' + p.column] += 0;
            for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
                context.err << QStringLiteral("  %1: %2").arg(name, it.key())
                            << (it.value() > 0 ? tr(" (%1 listed)").arg(it.value()) : QString()) << Qt::endl;
            context.err << QStringLiteral("  ")
                        << tr("%1: %2 warnings in all; --report FILE.csv lists them.").arg(name).arg(r.warningCount)
                        << Qt::endl;
        }
        context.err.flush();
    }
    if (parser.isSet(report)) {
        QSaveFile out(parser.value(report));
        if (!out.open(QIODevice::WriteOnly) || out.write(reportCsv) != reportCsv.size() || !out.commit()) {
            context.err << tr("Cannot write the report %1: %2").arg(parser.value(report), out.errorString()) << Qt::endl;
            return Failure;
        }
    }
    return anyRejected ? Failure : Success;
}

} // namespace mianshen::cli
