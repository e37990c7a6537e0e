#include "cli/ReviewCommand.h"

#include "cli/CommandArguments.h"
#include "cli/CommandDatabase.h"
#include "domain/Money.h"
#include "domain/Month.h"
#include "itemmodels/SensitiveMask.h"
#include "review/AwardStore.h"
#include "review/ClaimService.h"
#include "review/ReviewDecisions.h"
#include "review/ReviewQueue.h"
#include "review/ReviewSql.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextStream>

#include <array>

namespace mianshen::cli {

namespace {

struct Options
{
    QCommandLineOption period{QStringList{QStringLiteral("period")}, ReviewCommand::tr("list: the award period (YYYY-MM; \"\" for one-off)."), ReviewCommand::tr("YYYY-MM")};
    QCommandLineOption policy{QStringList{QStringLiteral("policy")}, ReviewCommand::tr("list, claim-next, work: only this policy."), ReviewCommand::tr("CODE")};
    QCommandLineOption flag{QStringList{QStringLiteral("flag")}, ReviewCommand::tr("list: only cases with this flag."), ReviewCommand::tr("FLAG")};
    QCommandLineOption status{QStringList{QStringLiteral("status")}, ReviewCommand::tr("list: only this status (repeatable; default: awaiting_review and reopened; \"all\" for every one)."), ReviewCommand::tr("STATUS")};
    QCommandLineOption out{QStringList{QStringLiteral("out")}, ReviewCommand::tr("list: write CSV to this file (default: standard output)."), ReviewCommand::tr("FILE")};
    QCommandLineOption reveal{QStringList{QStringLiteral("reveal")}, ReviewCommand::tr("list: show subject ids in full (recorded in the audit log).")};
    QCommandLineOption reason{QStringList{QStringLiteral("reason")}, ReviewCommand::tr("decide, work: the reason (required for reject and return)."), ReviewCommand::tr("TEXT")};
    QCommandLineOption code{QStringList{QStringLiteral("code")}, ReviewCommand::tr("decide: the rejection reason code (default: other)."), ReviewCommand::tr("CODE")};
    QCommandLineOption feed{QStringList{QStringLiteral("feed")}, ReviewCommand::tr("decide return: the feed in doubt."), ReviewCommand::tr("FEED")};
    QCommandLineOption field{QStringList{QStringLiteral("field")}, ReviewCommand::tr("decide return: the field in doubt."), ReviewCommand::tr("FIELD")};
    QCommandLineOption version{QStringList{QStringLiteral("version")}, ReviewCommand::tr("decide, undo: the award version you saw (default: the current one)."), ReviewCommand::tr("V")};
    QCommandLineOption seed{QStringList{QStringLiteral("seed")}, ReviewCommand::tr("work: seed of the random decisions."), ReviewCommand::tr("N")};
};

int fail(CommandContext &c, const QString &message)
{
    c.err << message << Qt::endl;
    return Failure;
}

int usage(CommandContext &c, const QString &message)
{
    c.err << message << Qt::endl;
    return Usage;
}

QString caseLine(const review::Award &a)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
        .arg(a.id).arg(a.version).arg(a.policyCode, itemmodels::SensitiveMask::idNumber(a.subjectId), a.period,
                                       domain::Money::fromFen(a.amountFen).toYuanString(), a.status,
                                       a.flags.join(QLatin1Char(';')));
}

int listCases(CommandContext &c, store::Database &db, QCommandLineParser &p, const Options &o)
{
    review::QueueFilter f;
    if (p.isSet(o.status)) {
        f.statuses = p.values(o.status);
        if (f.statuses.contains(QStringLiteral("all")))
            f.statuses.clear();
    }
    f.policyCode = p.value(o.policy);
    f.flag = p.value(o.flag);
    if (p.isSet(o.period)) {
        f.periodSet = true;
        f.period = p.value(o.period);
        if (!f.period.isEmpty() && !domain::Month::parse(f.period))
            return usage(c, ReviewCommand::tr("review list: --period must be YYYY-MM (or \"\" for one-off awards)."));
    }
    const bool reveal = p.isSet(o.reveal);
    QString text = review::ReviewQueue::csvHeader() + QLatin1Char('\n');
    review::ReviewQueue queue(db);
    std::optional<review::QueueCursor> after;
    qint64 rows = 0;
    do {
        auto page = queue.page(f, {review::QueueColumn::Id, Qt::AscendingOrder}, after, 5000);
        if (!page)
            return fail(c, page.error());
        for (review::Award a : page->rows) {
            if (!reveal)
                a.subjectId = itemmodels::SensitiveMask::idNumber(a.subjectId);
            text += review::ReviewQueue::csvRow(a) + QLatin1Char('\n');
            ++rows;
        }
        after = page->next;
    } while (after);
    if (reveal) {
        const bool began = db.beginWrite();
        const auto s = began ? review::detail::audit(db, review::detail::actorOf(db), QStringLiteral("reveal"),
                                                     QStringLiteral("review_list"), QString::number(rows), {}, {},
                                                     ReviewCommand::tr("review list --reveal"))
                             : domain::Status::failure(db.lastError());
        if (!s || !db.commit()) {
            db.rollback();
            return fail(c, s ? db.lastError() : s.error());
        }
    }
    if (!p.isSet(o.out)) {
        c.out << text;
        c.out.flush();
        return Success;
    }
    QSaveFile file(p.value(o.out));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(c, ReviewCommand::tr("Cannot write %1: %2").arg(p.value(o.out), file.errorString()));
    return Success;
}

std::optional<int> versionOf(store::Database &db, QCommandLineParser &p, const Options &o, qint64 id, QString *error)
{
    if (p.isSet(o.version)) {
        bool ok = false;
        const int v = p.value(o.version).toInt(&ok);
        if (ok && v > 0)
            return v;
        *error = ReviewCommand::tr("--version must be a positive number.");
        return std::nullopt;
    }
    auto award = review::AwardStore(db).award(id);
    if (!award) {
        *error = award.error();
        return std::nullopt;
    }
    return award->version;
}

int decideCase(CommandContext &c, store::Database &db, QCommandLineParser &p, const Options &o, const QStringList &args)
{
    if (args.size() != 2)
        return usage(c, ReviewCommand::tr("review decide: give AWARD_ID and approve, reject or return."));
    bool ok = false;
    const qint64 id = args[0].toLongLong(&ok);
    const auto action = review::reviewActionFromName(args[1]);
    if (!ok || !action || *action == review::ReviewAction::SecondOpinion)
        return usage(c, ReviewCommand::tr("review decide: give AWARD_ID and approve, reject or return."));
    QString error;
    const auto version = versionOf(db, p, o, id, &error);
    if (!version)
        return fail(c, error);
    review::DecisionRequest r;
    r.awardId = id;
    r.seenVersion = *version;
    r.action = *action;
    r.reasonText = p.value(o.reason);
    if (*action == review::ReviewAction::Reject)
        r.reasonCode = p.isSet(o.code) ? p.value(o.code) : QStringLiteral("other");
    r.feed = p.value(o.feed);
    r.field = p.value(o.field);
    auto done = review::ReviewDecisions(db).decide(r);
    if (!done)
        return fail(c, done.error());
    c.out << caseLine(done->award) << (done->awaitingSecondApproval ? QStringLiteral("\tawaiting second approval") : QString())
          << Qt::endl;
    return Success;
}

// Claims and decides at random until no case is left (scripted bulk work and
// the concurrency tests): approve, reject or return, each a third.
int work(CommandContext &c, store::Database &db, QCommandLineParser &p, const Options &o)
{
    QRandomGenerator rng(p.isSet(o.seed) ? p.value(o.seed).toUInt() : QRandomGenerator::global()->generate());
    review::ClaimService claims(db);
    review::ReviewDecisions decisions(db);
    qint64 decided = 0;
    for (;;) {
        auto next = claims.claimNext(p.value(o.policy));
        if (!next)
            return fail(c, next.error());
        if (!next.value())
            break;
        review::DecisionRequest r;
        r.awardId = next.value()->id;
        r.seenVersion = next.value()->version;
        r.action = std::array{review::ReviewAction::Approve, review::ReviewAction::Reject, review::ReviewAction::Return}[rng.bounded(3)];
        r.reasonText = p.isSet(o.reason) ? p.value(o.reason) : QStringLiteral("bulk review");
        if (r.action == review::ReviewAction::Reject)
            r.reasonCode = QStringLiteral("other");
        if (r.action == review::ReviewAction::Return) {
            r.feed = QStringLiteral("persons");
            r.field = QStringLiteral("name");
        }
        auto done = decisions.decide(r);
        if (!done)
            return fail(c, done.error());
        ++decided;
    }
    c.out << ReviewCommand::tr("%n case(s) decided.", "", int(decided)) << Qt::endl;
    return Success;
}

} // namespace

QString ReviewCommand::summary() const
{
    return tr("Review queue: review list | decide AWARD_ID approve|reject|return --reason TEXT | claim-next | release ID | "
              "comment ID TEXT | undo ID.");
}

int ReviewCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const Options o;
    for (const QCommandLineOption &opt : {o.period, o.policy, o.flag, o.status, o.out, o.reveal, o.reason, o.code, o.feed,
                                          o.field, o.version, o.seed})
        parser.addOption(opt);
    parser.addPositionalArgument(QStringLiteral("verb"), tr("list | decide | claim-next | release | comment | undo | work"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(context, tr("review: say what to do: list, decide, claim-next, release, comment, undo or work."));
    const QString verb = args.takeFirst();
    static const QStringList verbs{QStringLiteral("list"), QStringLiteral("decide"), QStringLiteral("claim-next"),
                                   QStringLiteral("release"), QStringLiteral("comment"), QStringLiteral("undo"),
                                   QStringLiteral("work")};
    if (!verbs.contains(verb))
        return usage(context, tr("review: unknown verb \"%1\" (expected %2).").arg(verb, verbs.join(QStringLiteral(", "))));
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (verb == u"list")
        return listCases(context, *db, parser, o);
    if (verb == u"decide")
        return decideCase(context, *db, parser, o, args);
    if (verb == u"work")
        return work(context, *db, parser, o);
    if (verb == u"claim-next") {
        auto next = review::ClaimService(*db).claimNext(parser.value(o.policy));
        if (!next)
            return fail(context, next.error());
        if (!next.value()) {
            context.err << tr("No case is waiting.") << Qt::endl;
            return Success;
        }
        context.out << caseLine(*next.value()) << Qt::endl;
        return Success;
    }
    bool ok = false;
    const qint64 id = args.isEmpty() ? 0 : args.first().toLongLong(&ok);
    if (!ok)
        return usage(context, tr("review %1: give the award id.").arg(verb));
    if (verb == u"release") {
        auto s = review::ClaimService(*db).release(id);
        return s ? int(Success) : fail(context, s.error());
    }
    if (verb == u"comment") {
        if (args.size() != 2)
            return usage(context, tr("review comment: give AWARD_ID and the text."));
        auto s = review::ReviewDecisions(*db).comment(id, args[1]);
        return s ? int(Success) : fail(context, s.error());
    }
    QString error;
    const auto version = versionOf(*db, parser, o, id, &error);
    if (!version)
        return fail(context, error);
    auto undone = review::ReviewDecisions(*db).undoLast(id, *version);
    if (!undone)
        return fail(context, undone.error());
    context.out << caseLine(undone->award) << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
