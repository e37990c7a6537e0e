#include "cli/DemoHistoryCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "cli/DemoHistory.h"
#include "domain/Money.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace mianshen::cli {

QString DemoHistoryCommand::summary() const
{
    return tr("Give the demo database a year of history: monthly runs, review decisions, payment batches with bank "
              "returns, a recovery and notice objections (SQLite).");
}

int DemoHistoryCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption from(QStringList{QStringLiteral("from")}, tr("The first month (default 2021-01)."), tr("YYYY-MM"),
                                  QStringLiteral("2021-01"));
    const QCommandLineOption months(QStringList{QStringLiteral("months")}, tr("How many months (default 12)."), tr("N"),
                                    QStringLiteral("12"));
    const QCommandLineOption seed(QStringList{QStringLiteral("seed")}, tr("The seed of every choice (default 1)."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption files(QStringList{QStringLiteral("files")},
                                   tr("The folder for the bank files, bank return files and account corrections."), tr("DIR"));
    parser.addOption(from);
    parser.addOption(months);
    parser.addOption(seed);
    parser.addOption(files);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    DemoHistoryOptions options;
    const auto first = domain::Month::parse(parser.value(from));
    bool monthsOk = false, seedOk = false;
    options.months = parser.value(months).toInt(&monthsOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.filesDir = parser.value(files);
    if (!first || !monthsOk || options.months < 1 || options.months > 120 || !seedOk || options.filesDir.isEmpty()
        || !parser.positionalArguments().isEmpty()) {
        context.err << tr("demo-history: give --files DIR, and --from YYYY-MM, --months 1-120, --seed N if not the defaults.")
                    << Qt::endl;
        return Usage;
    }
    options.from = *first;
    if (!QDir().mkpath(options.filesDir)) {
        context.err << tr("demo-history: could not create the folder %1.").arg(options.filesDir) << Qt::endl;
        return Failure;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (db->dialect() != store::Dialect::Sqlite) {
        context.err << tr("demo-history works on SQLite only: its reviewers and approvers are operating-system user "
                          "names, and on PostgreSQL the actor is the login.")
                    << Qt::endl;
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    DemoHistory history(*db, options);
    context.out << tr("month\trun\tdecisions\tapproved\trejected\topen\tbatch\tpayments\tretried\ttotal\tpaid\tfailed\tms")
                << Qt::endl;
    for (int i = 0; i < options.months; ++i) {
        const qint64 before = timer.elapsed();
        auto m = history.runMonth(i);
        if (!m) {
            context.err << tr("demo-history: %1: %2").arg(options.from.addMonths(i).toString(), m.error()) << Qt::endl;
            return Failure;
        }
        context.out << m->period << '\t' << m->runId << '\t' << m->decisions << '\t' << m->approved << '\t' << m->rejected
                    << '\t' << m->leftOpen << '\t' << m->batchId << '\t' << m->payments << '\t' << m->retries << '\t'
                    << domain::Money::fromFen(m->totalFen).toYuanString() << '\t' << m->paidCount << '\t'
                    << m->failedCount << '\t' << (timer.elapsed() - before) << Qt::endl;
    }
    auto done = history.finish();
    if (!done) {
        context.err << tr("demo-history: %1").arg(done.error()) << Qt::endl;
        return Failure;
    }
    context.out << done.value() << Qt::endl;
    context.out << tr("demo-history: %1 months in %2 ms.").arg(options.months).arg(timer.elapsed()) << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
