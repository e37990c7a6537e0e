#include "cli/AuditCommand.h"

#include "audit/AuditQuery.h"
#include "audit/AuditVerifier.h"
#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace mianshen::cli {

QString AuditCommand::summary() const
{
    return tr("Verify the audit log's hash chain (audit verify) or list its rows as CSV (audit list).");
}

int AuditCommand::verify(CommandContext &context)
{
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    const auto report = audit::verifyAuditChain(*db);
    if (!report) {
        context.err << report.error() << Qt::endl;
        return Failure;
    }
    if (!report->intact()) {
        context.err << report->message() << Qt::endl;
        return Failure;
    }
    context.out << report->message() << Qt::endl;
    return Success;
}

int AuditCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption entity(QStringList{QStringLiteral("entity")}, tr("list: only this kind of thing (award, policy, import, run, ...)."), tr("E"));
    const QCommandLineOption entityId(QStringList{QStringLiteral("entity-id")}, tr("list: only this thing's id."), tr("ID"));
    const QCommandLineOption actor(QStringList{QStringLiteral("actor")}, tr("list: only what this person or login did."), tr("A"));
    const QCommandLineOption action(QStringList{QStringLiteral("action")}, tr("list: only this action (import, policy.publish, run.complete, ...)."), tr("A"));
    const QCommandLineOption from(QStringList{QStringLiteral("from")}, tr("list: from this time on (2026-12-01 or 2026-12-01T08:30+08:00; no offset = UTC)."), tr("ISO"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")}, tr("list: up to this time (a date: to the end of that day)."), tr("ISO"));
    const QCommandLineOption limit(QStringList{QStringLiteral("limit")}, tr("list: only the newest N rows."), tr("N"));
    const QCommandLineOption out(QStringList{QStringLiteral("out")}, tr("list: write to this file (default: standard output)."), tr("FILE.csv"));
    parser.addOptions({entity, entityId, actor, action, from, to, limit, out});
    parser.addPositionalArgument(QStringLiteral("verb"), tr("verify | list"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional.first() != u"verify" && positional.first() != u"list")) {
        context.err << tr("audit: say what to do: verify or list.") << Qt::endl;
        return Usage;
    }
    if (positional.first() == u"verify")
        return verify(context);

    audit::AuditFilter filter;
    filter.entity = parser.value(entity);
    filter.entityId = parser.value(entityId);
    filter.actor = parser.value(actor);
    filter.action = parser.value(action);
    for (const auto &[option, upper] : {std::pair{&from, false}, std::pair{&to, true}}) {
        if (!parser.isSet(*option))
            continue;
        const auto bound = audit::AuditQuery::timeBound(parser.value(*option), upper);
        if (!bound) {
            context.err << QStringLiteral("audit list: ") << bound.error() << Qt::endl;
            return Usage;
        }
        (upper ? filter.toUtc : filter.fromUtc) = bound.value();
    }
    int rows = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        rows = parser.value(limit).toInt(&ok);
        if (!ok || rows <= 0) {
            context.err << tr("audit list: --limit must be a whole number above 0.") << Qt::endl;
            return Usage;
        }
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()) << Qt::endl;
            return Failure;
        }
        const auto written = audit::AuditQuery::writeCsv(*db, filter, rows, file);
        if (!written) {
            context.err << written.error() << Qt::endl;
            return Failure;
        }
        if (!file.commit()) {
            context.err << tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()) << Qt::endl;
            return Failure;
        }
        context.out << tr("%n row(s) written to %1.", nullptr, int(written.value())).arg(parser.value(out)) << Qt::endl;
        return Success;
    }
    QFile stdoutFile;
    context.out.flush();
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        context.err << tr("Cannot write to standard output.") << Qt::endl;
        return Failure;
    }
    const auto written = audit::AuditQuery::writeCsv(*db, filter, rows, stdoutFile);
    if (!written) {
        context.err << written.error() << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace mianshen::cli
