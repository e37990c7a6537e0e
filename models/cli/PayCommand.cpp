#include "cli/PayCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "domain/Money.h"
#include "domain/Month.h"
#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "ledger/BudgetStatus.h"
#include "ledger/LedgerQueries.h"
#include "ledger/RecoveryService.h"
#include "ledger/ReturnFileReader.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace mianshen::cli {

namespace {

using domain::Money;

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toDisplayString();
}

int fail(CommandContext &c, const QString &message)
{
    c.err << message << Qt::endl;
    return Failure;
}

void printWarnings(CommandContext &c, store::Database &db)
{
    auto budgets = ledger::BudgetStatus(db).load();
    if (!budgets)
        return;
    for (const ledger::PolicyBudget &b : budgets.value())
        if (const QString w = ledger::BudgetStatus::warning(b); !w.isEmpty())
            c.out << PayCommand::tr("Warning: %1").arg(w) << Qt::endl;
}

int batchVerb(CommandContext &c, store::Database &db, const QString &period)
{
    auto r = ledger::BatchBuilder(db).build(period);
    if (!r)
        return fail(c, r.error());
    if (r->batchId == 0)
        c.out << PayCommand::tr("Nothing to pay for %1: no batch created.").arg(period) << Qt::endl;
    else
        c.out << PayCommand::tr("Batch %1 for %2: %n payment(s), %3 (%4 retried); needs %5 approval(s).", nullptr,
                                int(r->paymentCount))
                     .arg(r->batchId).arg(period, yuan(r->totalFen)).arg(r->retries).arg(r->approvalsRequired)
              << Qt::endl;
    if (r->released > 0)
        c.out << PayCommand::tr("%n held award(s) released: the budget allows them now.", nullptr, int(r->released))
              << Qt::endl;
    if (r->expired > 0)
        c.out << PayCommand::tr("%n failed payment(s) expired; their money is back in the budget.", nullptr, int(r->expired))
              << Qt::endl;
    for (auto it = r->holds.cbegin(); it != r->holds.cend(); ++it)
        c.out << PayCommand::tr("Held (%1): %2").arg(it.key()).arg(it.value()) << Qt::endl;
    printWarnings(c, db);
    return Success;
}

int statusVerb(CommandContext &c, store::Database &db, const QString &period)
{
    auto batches = ledger::LedgerQueries(db).batches(period, 50);
    if (!batches)
        return fail(c, batches.error());
    c.out << PayCommand::tr("batch\tperiod\tstatus\tpayments\ttotal\tpaid\tfailed\tapprovals") << Qt::endl;
    for (const ledger::BatchSummary &b : batches.value())
        c.out << b.id << '\t' << b.period << '\t' << b.status << '\t' << b.paymentCount << '\t'
              << Money::fromFen(b.totalFen).toYuanString() << '\t' << b.paidCount << '\t' << b.failedCount << '\t'
              << QStringList{b.approvedBy, b.secondApprovedBy}.join(QLatin1Char(' ')).trimmed() << '/'
              << b.approvalsRequired << Qt::endl;
    auto budgets = ledger::BudgetStatus(db).load();
    if (!budgets)
        return fail(c, budgets.error());
    c.out << PayCommand::tr("policy\tbudget\tpaid\tcommitted\theld\tremaining\tused") << Qt::endl;
    for (const ledger::PolicyBudget &b : budgets.value())
        c.out << b.policyCode << '\t' << (b.budgetFen ? Money::fromFen(*b.budgetFen).toYuanString() : QStringLiteral("-"))
              << '\t' << Money::fromFen(b.paidFen).toYuanString() << '\t' << Money::fromFen(b.committedFen).toYuanString()
              << '\t' << Money::fromFen(b.heldFen).toYuanString() << '\t'
              << (b.remainingFen ? Money::fromFen(*b.remainingFen).toYuanString() : QStringLiteral("-")) << '\t'
              << (b.budgetFen ? QString::number(b.usedPercent) + QLatin1Char('%') : QStringLiteral("-")) << Qt::endl;
    printWarnings(c, db);
    return Success;
}

int returnsVerb(CommandContext &c, store::Database &db, const QString &file)
{
    auto r = ledger::ReturnFileReader(db).importFile(file);
    if (!r)
        return fail(c, r.error());
    c.out << PayCommand::tr("Batch %1: %2 paid (%3), %4 failed (%5)%6.")
                 .arg(r->batchId).arg(r->paidCount).arg(yuan(r->paidFen)).arg(r->failedCount).arg(yuan(r->failedFen))
                 .arg(r->reconciled ? PayCommand::tr("; the batch is reconciled") : QString())
          << Qt::endl;
    return Success;
}

int recoveriesVerb(CommandContext &c, store::Database &db, const QStringList &args, const QString &note)
{
    ledger::RecoveryService service(db);
    const QString verb = args.value(0);
    if (verb.isEmpty() || verb == u"list") {
        auto list = service.list();
        if (!list)
            return fail(c, list.error());
        c.out << PayCommand::tr("recovery\tpayment\tpolicy\tsubject\tperiod\tamount\tstatus\treason\tevidence") << Qt::endl;
        for (const ledger::Recovery &r : list.value())
            c.out << r.id << '\t' << r.paymentId << '\t' << r.policyCode << '\t' << r.subjectId << '\t' << r.period << '\t'
                  << Money::fromFen(r.amountFen).toYuanString() << '\t' << r.status << '\t' << r.reason << '\t'
                  << r.evidence << Qt::endl;
        return Success;
    }
    if (verb == u"propose") {
        auto n = service.propose();
        if (!n)
            return fail(c, n.error());
        c.out << PayCommand::tr("%n recovery order(s) proposed.", nullptr, int(n.value())) << Qt::endl;
        return Success;
    }
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok) {
        c.err << PayCommand::tr("pay recoveries %1: give the recovery order's number.").arg(verb) << Qt::endl;
        return Usage;
    }
    domain::Status s;
    if (verb == u"confirm")
        s = service.confirm(id);
    else if (verb == u"settle")
        s = service.settle(id, note);
    else if (verb == u"write-off")
        s = service.writeOff(id, note);
    else {
        c.err << PayCommand::tr("pay recoveries: unknown verb \"%1\" (propose, confirm, settle, write-off).").arg(verb) << Qt::endl;
        return Usage;
    }
    if (!s)
        return fail(c, s.error());
    c.out << PayCommand::tr("Recovery order %1: %2 done.").arg(id).arg(verb) << Qt::endl;
    return Success;
}

} // namespace

QString PayCommand::summary() const
{
    return tr("Pay approved awards: pay batch|approve|export|sent|returns|status|recoveries.");
}

int PayCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("batch, status: the month (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption out(QStringList{QStringLiteral("out")}, tr("export: the bank file to write (.csv or .xlsx)."), tr("FILE"));
    const QCommandLineOption note(QStringList{QStringLiteral("note")}, tr("recoveries settle / write-off: a note."), tr("TEXT"));
    parser.addOption(period);
    parser.addOption(out);
    parser.addOption(note);
    parser.addPositionalArgument(QStringLiteral("verb"), tr("batch | approve | export | sent | returns | status | recoveries"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    QStringList args = parser.positionalArguments();
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    const QString month = parser.value(period);
    bool idOk = false;
    const qint64 batchId = args.value(0).toLongLong(&idOk);
    const bool usageOk =
        (verb == u"batch" && args.isEmpty() && domain::Month::parse(month))
        || ((verb == u"approve" || verb == u"sent") && args.size() == 1 && idOk)
        || (verb == u"export" && args.size() == 1 && idOk && parser.isSet(out))
        || (verb == u"returns" && args.size() == 1)
        || (verb == u"status" && args.isEmpty() && (month.isEmpty() || domain::Month::parse(month)))
        || verb == u"recoveries";
    if (!usageOk) {
        context.err << tr("pay: usage: pay batch --period YYYY-MM | approve BATCH | export BATCH --out FILE | sent BATCH | "
                          "returns FILE | status [--period YYYY-MM] | recoveries [propose | confirm ID | settle ID | "
                          "write-off ID --note TEXT]")
                    << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (verb == u"batch")
        return batchVerb(context, *db, month);
    if (verb == u"approve") {
        auto r = ledger::BatchApproval(*db).approve(batchId);
        if (!r)
            return fail(context, r.error());
        context.out << tr("Batch %1: approval %2 of %3; the batch is %4.").arg(batchId).arg(r->approvals)
                           .arg(r->approvalsRequired).arg(r->status)
                    << Qt::endl;
        return Success;
    }
    if (verb == u"export") {
        auto r = ledger::BatchDispatch(*db).exportTo(batchId, parser.value(out));
        if (!r)
            return fail(context, r.error());
        context.out << tr("Batch %1 written to %2 (SHA-256 %3).").arg(batchId).arg(parser.value(out), r.value()) << Qt::endl;
        return Success;
    }
    if (verb == u"sent") {
        if (auto s = ledger::BatchDispatch(*db).markSent(batchId); !s)
            return fail(context, s.error());
        context.out << tr("Batch %1 is marked sent to the bank.").arg(batchId) << Qt::endl;
        return Success;
    }
    if (verb == u"returns")
        return returnsVerb(context, *db, args.value(0));
    if (verb == u"status")
        return statusVerb(context, *db, month);
    return recoveriesVerb(context, *db, args, parser.value(note));
}

} // namespace mianshen::cli
