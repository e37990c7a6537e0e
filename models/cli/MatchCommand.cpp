#include "cli/MatchCommand.h"

#include "audit/Actor.h"
#include "cli/CommandArguments.h"

#include "catalog/FeedCatalog.h"
#include "cli/CommandDatabase.h"
#include "domain/Actor.h"
#include "domain/Money.h"
#include "matching/MatchingRun.h"
#include "review/AwardStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace mianshen::cli {

QString MatchCommand::summary() const
{
    return tr("Match the published policies against every subject for a period and print the summary per policy.");
}

int MatchCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("The month to decide (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption policy(QStringList{QStringLiteral("policy")}, tr("Only this policy (repeatable)."), tr("CODE"));
    const QCommandLineOption threads(QStringList{QStringLiteral("threads")}, tr("Threads (default: every core)."), tr("N"));
    const QCommandLineOption force(QStringList{QStringLiteral("force")}, tr("Run even when nothing changed."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("quiet")}, tr("No progress lines."));
    parser.addOption(period);
    parser.addOption(policy);
    parser.addOption(threads);
    parser.addOption(force);
    parser.addOption(quiet);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.isSet(period) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("match: give --period YYYY-MM (and no other arguments).") << Qt::endl;
        return Usage;
    }
    matching::RunRequest request;
    request.period = parser.value(period);
    request.policyCodes = parser.values(policy);
    request.force = parser.isSet(force);
    if (parser.isSet(threads)) {
        bool ok = false;
        request.threads = parser.value(threads).toInt(&ok);
        if (!ok || request.threads < 1) {
            context.err << tr("match: --threads must be a positive number.") << Qt::endl;
            return Usage;
        }
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    request.startedBy = audit::currentActor(*db);
    matching::MatchingRun run(*db, catalog::FeedCatalog::builtin());
    run.setCompletionHook(&review::AwardStore::applyRun);   // decisions become awards with the run
    if (!parser.isSet(quiet)) {
        run.setProgress([&context](const matching::Progress &p) {
            if (p.phase == matching::Progress::Phase::Evaluating && p.total > 0 && p.done <= p.total)
                context.err << tr("evaluating: %1 of %2 (%3/s, %4 s left)")
                                   .arg(p.done).arg(p.total).arg(qint64(p.perSecond)).arg(p.secondsLeft, 0, 'f', 1)
                            << Qt::endl;
        });
    }
    auto result = run.execute(request);
    if (!result) {
        context.err << result.error() << Qt::endl;
        return Failure;
    }
    const matching::RunRecord &r = result->run;
    if (result->upToDate)
        context.out << tr("Nothing changed since run %1 of %2: no new decisions.").arg(r.id).arg(r.period) << Qt::endl;
    else
        context.out << tr("Run %1 for %2 completed in %3 ms (load %4 ms, evaluate %5 ms, write %6 ms), %7 evaluations, %8 decisions written.")
                           .arg(r.id).arg(r.period).arg(r.durationMs).arg(r.loadMs).arg(r.evaluateMs).arg(r.writeMs)
                           .arg(r.evaluations).arg(r.decisionsWritten)
                    << Qt::endl;
    const QString none = tr("none");
    context.out << tr("Re-evaluated (inputs changed): %1. Unchanged (decisions kept): %2.")
                       .arg(result->reevaluated.isEmpty() ? none : result->reevaluated.join(QStringLiteral(", ")),
                            result->unchanged.isEmpty() ? none : result->unchanged.join(QStringLiteral(", ")))
                << Qt::endl;
    context.out << tr("policy\tversion\tevaluated\tapproved\tflagged\tover_budget\tineligible\tskipped\ttotal\tnew\tchanged\tno_longer\tstate") << Qt::endl;
    for (const matching::PolicySummary &p : result->policies) {
        context.out << p.policyCode << '\t' << p.policyVersion << '\t' << p.evaluated << '\t' << p.approved << '\t'
                    << p.flagged << '\t' << p.overBudget << '\t' << p.ineligible << '\t' << p.skipped << '\t'
                    << domain::Money::fromFen(p.totalFen).toYuanString() << '\t' << p.newlyQualifying << '\t'
                    << p.amountChanged << '\t' << p.noLongerQualifying << '\t'
                    << (p.reevaluated ? tr("re-evaluated") : tr("unchanged (run %1)").arg(p.evaluatedInRun)) << Qt::endl;
    }
    return Success;
}

} // namespace mianshen::cli
