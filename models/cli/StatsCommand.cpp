#include "cli/StatsCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "domain/Money.h"
#include "itemmodels/TableExport.h"
#include "stats/DisbursementStore.h"
#include "stats/FiguresLoader.h"
#include "stats/FiguresTable.h"
#include "stats/ReportSentence.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace mianshen::cli {

namespace {

void printTable(QTextStream &out, const stats::ExportTable &table)
{
    QList<qsizetype> widths(table.header.size(), 0);
    QList<QStringList> lines{table.header};
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << itemmodels::TableExport::cellText(table, c, row.at(c));
        lines << cells;
    }
    for (const QStringList &cells : std::as_const(lines))
        for (int c = 0; c < cells.size(); ++c)
            widths[c] = std::max(widths[c], cells.at(c).size());
    for (const QStringList &cells : std::as_const(lines)) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c)
            padded << (table.kinds.value(c) == stats::ExportTable::Kind::Text ? cells.at(c).leftJustified(widths[c])
                                                                                : cells.at(c).rightJustified(widths[c]));
        out << padded.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    }
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("Show or export disbursement totals per month, policy or department (from the ledger).");
}

int StatsCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption from(QStringList{QStringLiteral("from")}, tr("The first month (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")}, tr("The last month (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption by(QStringList{QStringLiteral("by")},
                                tr("Group by month, policy, department, kind or policy-month (default: policy)."), tr("GROUP"));
    const QCommandLineOption policy(QStringList{QStringLiteral("policy")}, tr("Only this policy (repeatable)."), tr("CODE"));
    const QCommandLineOption out(QStringList{QStringLiteral("out")}, tr("Write to FILE.csv or FILE.xlsx."), tr("FILE"));
    const QCommandLineOption sentence(QStringList{QStringLiteral("sentence")},
                                      tr("Also print the report sentence (cumulative to --to) in both languages."));
    const QCommandLineOption recount(QStringList{QStringLiteral("recount")},
                                     tr("Recount the range from the ledger and check it against the maintained totals."));
    const QCommandLineOption rebuild(QStringList{QStringLiteral("rebuild")},
                                     tr("First recompute the maintained totals from the ledger."));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")}, tr("zh or en (default: the system's)."), tr("zh|en"));
    for (const auto *o : {&from, &to, &by, &policy, &out, &sentence, &recount, &rebuild, &lang})
        parser.addOption(*o);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    const auto first = domain::Month::parse(parser.value(from));
    const auto last = domain::Month::parse(parser.value(to));
    const auto grouping = stats::FiguresTable::parseBy(parser.isSet(by) ? parser.value(by) : QStringLiteral("policy"));
    if (!first || !last || *last < *first || !grouping || !parser.positionalArguments().isEmpty()) {
        context.err << tr("stats: give --from YYYY-MM --to YYYY-MM (from not after to) and --by month, policy, "
                          "department, kind or policy-month.")
                    << Qt::endl;
        return Usage;
    }
    bool chinese = QLocale().language() == QLocale::Chinese;
    if (parser.isSet(lang))
        chinese = parser.value(lang) == QLatin1String("zh");

    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (parser.isSet(rebuild)) {
        if (auto s = stats::DisbursementStore(*db).rebuild(); !s) {
            context.err << s.error() << Qt::endl;
            return Failure;
        }
        context.out << tr("Rebuilt the statistics from the ledger.") << Qt::endl;
    }
    const stats::StatsFilter filter{*first, *last, parser.values(policy)};
    const auto figures = stats::FiguresLoader::load(*db, filter);
    if (!figures) {
        context.err << figures.error() << Qt::endl;
        return Failure;
    }
    const stats::ExportTable table = stats::FiguresTable::build(figures.value(), *grouping, chinese);
    if (parser.isSet(out)) {
        if (auto s = itemmodels::TableExport::write(table, parser.value(out)); !s) {
            context.err << s.error() << Qt::endl;
            return Failure;
        }
        context.out << tr("Wrote %1 (%n row(s)).", "", int(table.rows.size())).arg(parser.value(out)) << Qt::endl;
    } else {
        printTable(context.out, table);
    }
    if (parser.isSet(sentence)) {
        const auto f = stats::ReportSentence::figures(*db, *last);
        if (!f) {
            context.err << f.error() << Qt::endl;
            return Failure;
        }
        const rules::Text text = stats::ReportSentence::build(f.value());
        context.out << text.zh << Qt::endl << text.en << Qt::endl;
    }
    if (parser.isSet(recount)) {
        stats::DisbursementStore store(*db);
        const auto maintained = store.policyMonths(filter);
        const auto counted = store.recountPolicyMonths(filter);
        if (!maintained || !counted) {
            context.err << (maintained ? counted.error() : maintained.error()) << Qt::endl;
            return Failure;
        }
        if (maintained.value() != counted.value()) {
            context.err << tr("The maintained totals differ from a recount of the ledger. Rebuild them with "
                              "`mianshen stats --rebuild --from ... --to ...` and report how it happened.")
                        << Qt::endl;
            return Failure;
        }
        context.out << tr("Recount: the maintained totals equal the ledger (%n policy-month(s)).", "",
                          int(counted->size()))
                    << Qt::endl;
    }
    return Success;
}

} // namespace mianshen::cli
