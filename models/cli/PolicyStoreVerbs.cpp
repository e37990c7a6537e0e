#include "cli/PolicyStoreVerbs.h"

#include "audit/Actor.h"
#include "catalog/FeedCatalog.h"
#include "cli/Command.h"
#include "cli/CommandDatabase.h"
#include "domain/Actor.h"
#include "domain/Money.h"
#include "domain/Month.h"
#include "matching/PolicyPreview.h"
#include "matching/PolicyRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace mianshen::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::cli::PolicyStoreVerbs", text);
}

QString yuan(std::int64_t fen)
{
    return domain::Money::fromFen(fen).toYuanString();
}

QString outcomeText(const std::optional<matching::Outcome> &outcome, std::int64_t fen)
{
    if (!outcome)
        return QStringLiteral("-");
    return matching::outcomeName(*outcome) + QLatin1Char(' ') + yuan(fen);
}

// `policy preview FILE --period YYYY-MM`: the side-by-side summary of the
// published version in effect and the file, then the first differences.
int runPreview(CommandContext &context, store::Database &db, const QString &file, domain::Month month)
{
    const QString period = month.toString();
    matching::PolicyPreview preview(db, catalog::FeedCatalog::builtin());
    const auto r = preview.previewFile(file, month);
    if (!r) {
        context.err << r.error() << Qt::endl;
        return Failure;
    }
    const matching::PreviewSide &cur = r->current;
    const matching::PreviewSide &pro = r->proposed;
    context.out << tr("What-if preview of %1 (%2) for %3; nothing was written.").arg(file, pro.policyCode, period) << Qt::endl;
    const QString left = cur.present ? tr("published v%1").arg(cur.publishedVersion) : tr("not published");
    const QString right = tr("file (version %1)").arg(pro.fileVersion);
    auto row = [&](const QString &name, const QString &a, const QString &b) {
        context.out << name.leftJustified(22) << a.rightJustified(18) << b.rightJustified(18) << Qt::endl;
    };
    auto num = [](qint64 v) { return QString::number(v); };
    row(QString(), left, right);
    row(tr("in effect"), cur.present ? tr("yes") : tr("-"), pro.inEffect ? tr("yes") : tr("no"));
    row(tr("qualifying"), num(cur.qualifying()), num(pro.qualifying()));
    row(tr("  approved"), num(cur.approved), num(pro.approved));
    row(tr("  for review"), num(cur.flagged), num(pro.flagged));
    row(tr("  over budget"), num(cur.overBudget), num(pro.overBudget));
    row(tr("ineligible"), num(cur.ineligible), num(pro.ineligible));
    row(tr("skipped"), num(cur.skipped), num(pro.skipped));
    row(tr("evaluated"), num(cur.evaluated), num(pro.evaluated));
    row(tr("total (yuan)"), yuan(cur.totalFen), yuan(pro.totalFen));
    row(tr("budget (yuan)"), cur.budgetFen ? yuan(*cur.budgetFen) : tr("none"), pro.budgetFen ? yuan(*pro.budgetFen) : tr("none"));
    row(tr("spent before (yuan)"), yuan(cur.spentBeforeFen), yuan(pro.spentBeforeFen));
    if (!cur.stackingPartners.isEmpty() || !pro.stackingPartners.isEmpty())
        row(tr("stacking partners"), cur.stackingPartners.join(QLatin1Char(',')), pro.stackingPartners.join(QLatin1Char(',')));
    context.out << tr("Differences: %1 newly qualifying, %2 no longer qualifying, %3 changed.")
                       .arg(r->newlyQualifying).arg(r->noLongerQualifying).arg(r->changed) << Qt::endl;
    constexpr int shown = 50;
    if (!r->differences.isEmpty())
        context.out << tr("change\tsubject_id\tbefore\tafter\tflags before\tflags after") << Qt::endl;
    for (qsizetype i = 0; i < r->differences.size() && i < shown; ++i) {
        const matching::PreviewDifference &d = r->differences.at(i);
        context.out << matching::previewDifferenceKindName(d.kind) << '\t' << d.subjectId << '\t'
                    << outcomeText(d.outcomeBefore, d.amountBeforeFen) << '\t' << outcomeText(d.outcomeAfter, d.amountAfterFen)
                    << '\t' << d.flagsBefore.join(QLatin1Char(';')) << '\t' << d.flagsAfter.join(QLatin1Char(';')) << Qt::endl;
    }
    const qint64 all = r->newlyQualifying + r->noLongerQualifying + r->changed;
    if (all > shown)
        context.out << tr("... and %1 more (the first %2 by subject id are shown).").arg(all - shown).arg(shown) << Qt::endl;
    return Success;
}

} // namespace

bool isPolicyStoreVerb(const QString &verb)
{
    return verb == u"publish" || verb == u"list" || verb == u"withdraw" || verb == u"preview";
}

int runPolicyStoreVerb(CommandContext &context, const QString &verb, const QStringList &arguments, const QString &period)
{
    if (verb == u"preview" && (arguments.size() != 1 || period.isEmpty())) {
        context.err << tr("policy preview: give one policy FILE and --period YYYY-MM.") << Qt::endl;
        return Usage;
    }
    const auto month = domain::Month::parse(period);
    if (verb == u"preview" && !month) {
        context.err << tr("policy preview: the period must be a month written YYYY-MM, not \"%1\".").arg(period) << Qt::endl;
        return Usage;
    }
    if (verb != u"preview" && !period.isEmpty()) {
        context.err << tr("policy %1 takes no --period.").arg(verb) << Qt::endl;
        return Usage;
    }
    if (verb == u"publish" && arguments.isEmpty()) {
        context.err << tr("policy publish: name at least one policy file.") << Qt::endl;
        return Usage;
    }
    if (verb == u"list" && !arguments.isEmpty()) {
        context.err << tr("policy list takes no arguments.") << Qt::endl;
        return Usage;
    }
    bool versionOk = false;
    if (verb == u"withdraw" && (arguments.size() != 2 || (arguments.at(1).toInt(&versionOk), !versionOk))) {
        context.err << tr("policy withdraw: give CODE VERSION.") << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    if (verb == u"preview")
        return runPreview(context, *db, arguments.first(), *month);
    matching::PolicyRepository repo(*db, catalog::FeedCatalog::builtin());
    if (verb == u"publish") {
        int failures = 0;
        for (const QString &file : arguments) {
            auto r = repo.publishFile(file, audit::currentActor(*db));
            if (!r) {
                context.err << r.error() << Qt::endl;
                ++failures;
                continue;
            }
            if (r->alreadyPublished)
                context.out << tr("%1: unchanged, already published as %2 version %3.")
                                   .arg(file, r->policy.code).arg(r->policy.version) << Qt::endl;
            else
                context.out << tr("%1: published %2 version %3 (%4 embedded tests passed).")
                                   .arg(file, r->policy.code).arg(r->policy.version).arg(r->testsPassed) << Qt::endl;
        }
        return failures ? Failure : Success;
    }
    if (verb == u"withdraw") {
        const auto s = repo.withdraw(arguments.at(0), arguments.at(1).toInt(), audit::currentActor(*db));
        if (!s) {
            context.err << s.error() << Qt::endl;
            return Failure;
        }
        context.out << tr("Withdrawn: %1 version %2.").arg(arguments.at(0), arguments.at(1)) << Qt::endl;
        return Success;
    }
    auto all = repo.list();
    if (!all) {
        context.err << all.error() << Qt::endl;
        return Failure;
    }
    const bool zh = QLocale().language() == QLocale::Chinese;
    context.out << tr("code\tversion\tstatus\tkind\tschedule\teffective\tpublished\ttitle") << Qt::endl;
    for (const matching::PublishedPolicy &p : all.value()) {
        context.out << p.code << '\t' << p.version << '\t' << p.status << '\t' << p.subjectKind << '\t' << p.schedule
                    << '\t' << p.effectiveFrom << ".." << p.effectiveUntil << '\t' << p.publishedAt.left(10) << ' '
                    << p.publishedBy << '\t' << (zh ? p.titleZh : p.titleEn) << Qt::endl;
    }
    if (all->isEmpty())
        context.out << tr("No policy has been published yet. Publish one with: mianshen --db %1 policy publish FILE")
                           .arg(context.databaseSpec) << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
