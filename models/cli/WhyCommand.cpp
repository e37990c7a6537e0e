#include "cli/WhyCommand.h"

#include "domain/Month.h"
#include "domain/IdentityCodes.h"

#include "cli/CommandArguments.h"

#include "catalog/FeedCatalog.h"
#include "cli/CommandDatabase.h"
#include "domain/Money.h"
#include "matching/ExplanationJson.h"
#include "matching/MatchingRun.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace mianshen::cli {

QString WhyCommand::summary() const
{
    return tr("Explain the decision for one subject, policy and period, awarded or not.");
}

int WhyCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption period(QStringList{QStringLiteral("period")}, tr("The month (YYYY-MM)."), tr("YYYY-MM"));
    const QCommandLineOption policy(QStringList{QStringLiteral("policy")}, tr("The policy code."), tr("CODE"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")}, tr("zh or en (default: the system's)."), tr("zh|en"));
    parser.addOption(period);
    parser.addOption(policy);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("subject"), tr("ID number or credit code."), tr("SUBJECT_ID"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    if (!parser.isSet(period) || !parser.isSet(policy) || parser.positionalArguments().size() != 1) {
        context.err << tr("why: give --period YYYY-MM --policy CODE SUBJECT_ID.") << Qt::endl;
        return Usage;
    }
    const auto month = domain::Month::parse(parser.value(period));
    if (!month) {
        // The message MatchingRun::why gives for a bad period.
        context.err << QCoreApplication::translate("mianshen::matching::MatchingRun",
                                                   "The period must be a month written YYYY-MM, not \"%1\".")
                           .arg(parser.value(period))
                    << Qt::endl;
        return Failure;
    }
    const QString subjectId = parser.positionalArguments().first();
    if (!domain::identity::isValidIdNumber(QStringView(subjectId)) && !domain::identity::isValidCreditCode(QStringView(subjectId))) {
        context.err << tr("why: %1 is neither a valid resident id number (GB 11643: 17 digits, a real birth date and a check character) "
                          "nor a valid unified social credit code (GB 32100: 18 characters and a check character).").arg(subjectId)
                    << Qt::endl;
        return Usage;
    }
    rules::Language language = QLocale().language() == QLocale::Chinese ? rules::Language::Zh : rules::Language::En;
    if (parser.isSet(lang)) {
        const QString l = parser.value(lang);
        if (l != u"zh" && l != u"en") {
            context.err << tr("why: --lang must be zh or en.") << Qt::endl;
            return Usage;
        }
        language = l == u"zh" ? rules::Language::Zh : rules::Language::En;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    matching::MatchingRun run(*db, catalog::FeedCatalog::builtin());
    auto answer = run.why(*month, parser.value(policy), subjectId);
    if (!answer) {
        context.err << answer.error() << Qt::endl;
        return Failure;
    }
    const bool zh = language == rules::Language::Zh;
    if (answer->decision) {
        const matching::Decision &d = *answer->decision;
        context.out << (zh ? tr("已决定：%1，金额 %2，复核标记：%3（运行 %4）") : tr("Decided: %1, amount %2, flags: %3 (run %4)"))
                               .arg(matching::outcomeName(d.outcome.value_or(matching::Outcome::Auto)),
                                    domain::Money::fromFen(d.amountFen).toDisplayString(),
                                    d.flags.isEmpty() ? QStringLiteral("-") : d.flagsText())
                               .arg(d.runId)
                    << Qt::endl;
    } else {
        context.out << (zh ? tr("该期间没有发放决定。") : tr("No award was decided for this period.")) << Qt::endl;
    }
    if (answer->stacking) {
        const matching::StackingBlock &b = *answer->stacking;
        if (b.earlier)
            context.out << (zh ? tr("不重复享受：该对象此前已享受同组（%1）的政策 %2，因此本政策不予发放。")
                               : tr("Stacking group %1: the subject was already awarded %2 in an earlier period, "
                                    "which takes precedence; this policy is not awarded."))
                                   .arg(b.group, b.winner)
                        << Qt::endl;
        else
            context.out << (zh ? tr("不重复享受：符合条件，但同组（%1）的政策 %2 本期优先，因此本政策不予发放。")
                               : tr("Stacking group %1: qualifies, but %2 takes precedence in this period; "
                                    "this policy is not awarded."))
                                   .arg(b.group, b.winner)
                        << Qt::endl;
    }
    context.out << matching::ExplanationJson::render(answer->explanation, language);
    context.out.flush();
    return Success;
}

} // namespace mianshen::cli
