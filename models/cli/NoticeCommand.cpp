#include "cli/NoticeCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "domain/Month.h"
#include "itemmodels/NoticeDocument.h"
#include "stats/NoticeObjections.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QLocale>
#include <QTextStream>

namespace mianshen::cli {

QString NoticeCommand::summary() const
{
    return tr("Write the public notice (公示) list of a policy's payments in a month as PDF or .xlsx; "
              "record objections (notice objection) and their outcome (notice outcome).");
}

int NoticeCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("objection"))
        return objection(context, arguments.mid(1));
    if (verb == QLatin1String("outcome"))
        return outcome(context, arguments.mid(1));
    return list(context, arguments);
}

int NoticeCommand::list(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption policy(QStringList{QStringLiteral("policy")}, tr("The policy code."), tr("CODE"));
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("The month of the payments (YYYY-MM)."),
                                    tr("YYYY-MM"));
    const QCommandLineOption out(QStringList{QStringLiteral("out")}, tr("Write to FILE.pdf or FILE.xlsx."), tr("FILE"));
    const QCommandLineOption batch(QStringList{QStringLiteral("batch")},
                                   tr("The list of one payment batch instead of a policy and month."), tr("N"));
    const QCommandLineOption from(QStringList{QStringLiteral("notice-from")},
                                  tr("The first day the list is displayed (default: today)."), tr("YYYY-MM-DD"));
    const QCommandLineOption days(QStringList{QStringLiteral("notice-days")},
                                  tr("How many days it is displayed (default: 7)."), tr("N"), QStringLiteral("7"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")}, tr("zh or en (default: the system's)."), tr("zh|en"));
    for (const auto *o : {&policy, &period, &out, &batch, &from, &days, &lang})
        parser.addOption(*o);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    const QDate first = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : QDate::currentDate();
    bool daysOk = false;
    const int dayCount = parser.value(days).toInt(&daysOk);
    bool batchOk = false;
    const qint64 batchId = parser.value(batch).toLongLong(&batchOk);
    const bool byBatch = parser.isSet(batch) && batchOk && batchId > 0 && !parser.isSet(policy) && !parser.isSet(period);
    if ((!byBatch && (!parser.isSet(policy) || !domain::Month::parse(parser.value(period)))) || !parser.isSet(out)
        || !first.isValid() || !daysOk || dayCount < 1 || !parser.positionalArguments().isEmpty()) {
        context.err << tr("notice: give --policy CODE --period YYYY-MM (or --batch N) --out FILE.pdf|.xlsx "
                          "(--notice-from YYYY-MM-DD and --notice-days N are optional).")
                    << Qt::endl;
        return Usage;
    }
    bool chinese = QLocale().language() == QLocale::Chinese;
    if (parser.isSet(lang))
        chinese = parser.value(lang) == QLatin1String("zh");
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    auto notice = byBatch ? stats::NoticeListReader::readBatch(*db, batchId)
                          : stats::NoticeListReader::read(*db, parser.value(policy), parser.value(period));
    if (!notice) {
        context.err << notice.error() << Qt::endl;
        return Failure;
    }
    notice->noticeFrom = first;
    notice->noticeUntil = first.addDays(dayCount - 1);
    if (auto s = itemmodels::NoticeDocument::write(notice.value(), parser.value(out), chinese); !s) {
        context.err << s.error() << Qt::endl;
        return Failure;
    }
    context.out << tr("Wrote %1: %n subject(s)", "", int(notice->entries.size())).arg(parser.value(out))
                << tr(", %n objection(s).", "", int(notice->objections.size())) << Qt::endl;
    return Success;
}

int NoticeCommand::objection(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record an objection received against a notice list."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption policy(QStringList{QStringLiteral("policy")}, tr("The policy code."), tr("CODE"));
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("The month of the list (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption raisedBy(QStringList{QStringLiteral("raised-by")}, tr("Who objected."), tr("NAME"));
    const QCommandLineOption received(QStringList{QStringLiteral("received")}, tr("When it was received."), tr("YYYY-MM-DD"));
    const QCommandLineOption subject(QStringList{QStringLiteral("subject")}, tr("The subject it is about (default: the whole list)."), tr("ID"));
    const QCommandLineOption content(QStringList{QStringLiteral("content")}, tr("What the objection says."), tr("TEXT"));
    const QCommandLineOption outcome(QStringList{QStringLiteral("outcome")}, tr("pending (default), upheld, dismissed or withdrawn."), tr("OUTCOME"));
    const QCommandLineOption note(QStringList{QStringLiteral("note")}, tr("A note on the outcome."), tr("TEXT"));
    const QCommandLineOption batch(QStringList{QStringLiteral("batch")}, tr("Against the list of this payment batch."), tr("N"));
    for (const auto *o : {&policy, &period, &raisedBy, &received, &subject, &content, &outcome, &note, &batch})
        parser.addOption(*o);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    bool batchOk = false;
    const qint64 batchId = parser.value(batch).toLongLong(&batchOk);
    if ((parser.isSet(batch) && (!batchOk || batchId <= 0)) || (!parser.isSet(batch) && !parser.isSet(policy))
        || !parser.isSet(raisedBy) || !parser.isSet(received) || (!parser.isSet(batch) && !parser.isSet(period))) {
        context.err << tr("notice objection: give --policy and --period (or --batch N), --raised-by and --received.")
                    << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    stats::NoticeObjection o;
    o.policyCode = parser.value(policy);
    o.period = parser.value(period);
    if (parser.isSet(batch)) {
        // The batch's month; its policy when it pays one, or the subject's line.
        auto list = stats::NoticeListReader::readBatch(*db, batchId);
        if (!list) {
            context.err << list.error() << Qt::endl;
            return Failure;
        }
        o.batchId = batchId;
        o.period = list->period;
        if (o.policyCode.isEmpty())
            o.policyCode = list->policyCode;
        for (const stats::NoticeEntry &e : std::as_const(list->entries))
            if (o.policyCode.isEmpty() && e.subjectId == parser.value(subject))
                o.policyCode = e.policyCode;
    }
    o.raisedBy = parser.value(raisedBy);
    o.receivedAt = parser.value(received);
    o.subjectId = parser.value(subject);
    o.content = parser.value(content);
    o.outcome = parser.value(outcome);
    o.outcomeNote = parser.value(note);
    if (!o.outcome.isEmpty() && o.outcome != QLatin1String("pending"))
        o.decidedAt = QDate::currentDate().toString(Qt::ISODate);
    const auto id = stats::NoticeObjections(*db).record(o);
    if (!id) {
        context.err << id.error() << Qt::endl;
        return Failure;
    }
    context.out << tr("Recorded objection %1.").arg(id.value()) << Qt::endl;
    return Success;
}

int NoticeCommand::outcome(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record the outcome of an objection."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption id(QStringList{QStringLiteral("id")}, tr("The objection's number."), tr("N"));
    const QCommandLineOption outcome(QStringList{QStringLiteral("outcome")}, tr("upheld, dismissed, withdrawn or pending."), tr("OUTCOME"));
    const QCommandLineOption note(QStringList{QStringLiteral("note")}, tr("A note on the outcome."), tr("TEXT"));
    const QCommandLineOption date(QStringList{QStringLiteral("date")}, tr("When it was decided (default: today)."), tr("YYYY-MM-DD"));
    for (const auto *o : {&id, &outcome, &note, &date})
        parser.addOption(*o);
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    bool ok = false;
    const qint64 number = parser.value(id).toLongLong(&ok);
    const QString decided = parser.isSet(date) ? parser.value(date) : QDate::currentDate().toString(Qt::ISODate);
    if (!ok || !parser.isSet(outcome) || !QDate::fromString(decided, Qt::ISODate).isValid()) {
        context.err << tr("notice outcome: give --id N and --outcome (and --date YYYY-MM-DD if not today).") << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (auto s = stats::NoticeObjections(*db).decide(number, parser.value(outcome), parser.value(note), decided); !s) {
        context.err << s.error() << Qt::endl;
        return Failure;
    }
    context.out << tr("Recorded the outcome of objection %1.").arg(number) << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
