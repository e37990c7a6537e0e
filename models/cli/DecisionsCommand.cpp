#include "cli/DecisionsCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "domain/Month.h"
#include "matching/DecisionStore.h"
#include "matching/RunRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace mianshen::cli {

QString DecisionsCommand::summary() const
{
    return tr("Write a period's award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).");
}

int DecisionsCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("The month (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption out(QStringList{QStringLiteral("out")}, tr("Write to this file (default: standard output)."), tr("FILE"));
    parser.addOption(period);
    parser.addOption(out);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.isSet(period) || !parser.positionalArguments().isEmpty() || !domain::Month::parse(parser.value(period))) {
        context.err << tr("decisions: give --period YYYY-MM (and no other arguments).") << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    // A month no run has decided has no decisions to export, which is not the
    // same as a run that decided nobody qualifies: say so.
    auto completed = matching::RunRepository(*db).latestCompleted(parser.value(period));
    if (!completed) {
        context.err << completed.error() << Qt::endl;
        return Failure;
    }
    if (!completed.value()) {
        context.err << tr("decisions: no completed run for %1; run `mianshen match --period %1` first.").arg(parser.value(period)) << Qt::endl;
        return Failure;
    }
    matching::DecisionStore store(*db);
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()) << Qt::endl;
            return Failure;
        }
        if (auto s = store.exportCsv(parser.value(period), file); !s) {
            context.err << s.error() << Qt::endl;
            return Failure;
        }
        if (!file.commit()) {
            context.err << tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()) << Qt::endl;
            return Failure;
        }
        return Success;
    }
    QFile stdoutFile;
    context.out.flush();
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        context.err << tr("Cannot write to standard output.") << Qt::endl;
        return Failure;
    }
    if (auto s = store.exportCsv(parser.value(period), stdoutFile); !s) {
        context.err << s.error() << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace mianshen::cli
