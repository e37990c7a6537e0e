#include "cli/PaymentsCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "domain/Month.h"
#include "ledger/PaymentHistoryExport.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

namespace mianshen::cli {

QString PaymentsCommand::summary() const
{
    return tr("Write a month's paid payments in the payment_history feed's format (payments --period YYYY-MM --out FILE).");
}

int PaymentsCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("The month the batches paid in (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption out(QStringList{QStringLiteral("out")}, tr("The file to write."), tr("FILE"));
    parser.addOption(period);
    parser.addOption(out);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.isSet(period) || !parser.isSet(out) || !parser.positionalArguments().isEmpty()
        || !domain::Month::parse(parser.value(period))) {
        context.err << tr("payments: give --period YYYY-MM and --out FILE.") << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()) << Qt::endl;
        return Failure;
    }
    auto n = ledger::PaymentHistoryExport(*db).write(parser.value(period), file);
    if (!n) {
        context.err << n.error() << Qt::endl;
        return Failure;
    }
    if (!file.commit()) {
        context.err << tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()) << Qt::endl;
        return Failure;
    }
    context.out << tr("%n paid payment(s) of %1 written to %2.", nullptr, int(n.value()))
                       .arg(parser.value(period), parser.value(out))
                << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
