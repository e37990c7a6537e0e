#include "cli/DemoDataCommand.h"

#include "cli/CommandArguments.h"

#include "demo/DemoDataGenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace mianshen::cli {

QString DemoDataCommand::summary() const
{
    return tr("Write a synthetic development zone (all feeds and payment history) as CSV files.");
}

int DemoDataCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption persons(QStringLiteral("persons"), tr("Number of persons (default 2000)."), tr("N"),
                                     QStringLiteral("2000"));
    const QCommandLineOption enterprises(QStringLiteral("enterprises"), tr("Number of enterprises (default 200)."),
                                         tr("K"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed: the same seed gives the same files (default 1)."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder to write the files into (created if needed)."), tr("DIR"));
    parser.addOptions({persons, enterprises, seed, out});
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("demo-data takes no positional arguments (got: %1).")
                           .arg(parser.positionalArguments().join(QLatin1Char(' ')))
                    << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(out)) {
        context.err << tr("Missing --out DIR: the folder to write the files into.") << Qt::endl;
        return Usage;
    }

    bool ok = false;
    demo::DemoDataOptions options;
    options.persons = parser.value(persons).toInt(&ok);
    if (!ok || options.persons < 1) {
        context.err << tr("--persons must be a positive whole number (got: %1).").arg(parser.value(persons)) << Qt::endl;
        return Usage;
    }
    options.enterprises = parser.value(enterprises).toInt(&ok);
    if (!ok || options.enterprises < 1) {
        context.err << tr("--enterprises must be a positive whole number (got: %1).").arg(parser.value(enterprises))
                    << Qt::endl;
        return Usage;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        context.err << tr("--seed must be a whole number from 0 to 18446744073709551615 (got: %1).").arg(parser.value(seed))
                    << Qt::endl;
        return Usage;
    }
    options.outputDirectory = parser.value(out);

    demo::DemoDataGenerator generator(options);
    const auto result = generator.generate();
    if (!result) {
        context.err << result.error() << Qt::endl;
        return Failure;
    }
    const auto &summary = result.value();
    qsizetype width = 0;
    for (const auto &file : summary.files)
        width = std::max(width, file.fileName.size());
    const QLocale c = QLocale::c();
    context.out << tr("Wrote %1").arg(QDir(options.outputDirectory).absolutePath()) << Qt::endl;
    for (const auto &file : summary.files)
        context.out << QStringLiteral("  ") << file.fileName.leftJustified(width + 2)
                    << c.toString(file.rows).rightJustified(12) << tr(" rows") << Qt::endl;
    const double seconds = double(summary.elapsedMs) / 1000.0;
    context.out << tr("%1 rows in %2 files, %3 s (%4 rows/s)")
                       .arg(c.toString(summary.totalRows))
                       .arg(summary.files.size())
                       .arg(seconds, 0, 'f', 1)
                       .arg(c.toString(qint64(seconds > 0 ? double(summary.totalRows) / seconds : 0.0)))
                << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
