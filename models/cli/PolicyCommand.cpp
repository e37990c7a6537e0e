#include "cli/PolicyCommand.h"

#include "cli/CommandArguments.h"
#include "cli/PolicyDraftVerbs.h"
#include "cli/PolicyStoreVerbs.h"

#include "catalog/FeedCatalog.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace mianshen::cli {

using namespace mianshen::rules;

// Every verb, for `policy --help` (the store verbs need --db).
QString PolicyCommand::verbsHelp()
{
    return tr("Verbs:\n"
              "  check FILE...                  structure, names, types and static checks (no database)\n"
              "  test [-v] FILE...              run the embedded tests (no database)\n"
              "  publish FILE...                check, test and publish as a new version (--db)\n"
              "  list                           the published versions (--db)\n"
              "  withdraw CODE VERSION          withdraw a published version (--db)\n"
              "  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)\n"
              "  draft new CODE | version CODE | import FILE | export ID FILE | list | show ID\n"
              "        | save ID FILE [--revision N] | submit ID [--comment TEXT]\n"
              "        | send-back ID --comment TEXT | approve ID | discard ID\n"
              "                                 policy drafts: write, submit, approve and publish (--db)");
}

QString PolicyCommand::summary() const
{
    return tr("Check, test, publish, list, withdraw and preview policies.");
}

int PolicyCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u'\n' + verbsHelp());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption langOption(QStringList{QStringLiteral("lang")},
                                        tr("Language of messages and explanations: zh or en (default: the system's)."),
                                        tr("zh|en"));
    const QCommandLineOption verboseOption(QStringList{QStringLiteral("v"), QStringLiteral("verbose")},
                                           tr("test: print every test's explanation, not only the failures'."));
    const QCommandLineOption periodOption(QStringList{QStringLiteral("period")},
                                          tr("preview: the month to preview, YYYY-MM."), tr("YYYY-MM"));
    parser.addOption(langOption);
    parser.addOption(verboseOption);
    parser.addOption(periodOption);
    const QCommandLineOption commentOption(QStringList{QStringLiteral("comment")},
                                           tr("draft submit / send-back: the comment."), tr("TEXT"));
    const QCommandLineOption revisionOption(QStringList{QStringLiteral("revision")},
                                            tr("draft save: the revision the file was made from (refused when stale)."), tr("N"));
    parser.addOption(commentOption);
    parser.addOption(revisionOption);
    parser.addPositionalArgument(QStringLiteral("verb"), tr("check | test | publish | list | withdraw | preview"));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("Policy files (JSON), or what the verb takes."), tr("[ARGUMENTS...]"));
    if (const auto exitStatus = parseCommandArguments(parser, help, context, arguments))
        return *exitStatus;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        context.err << tr("policy: say what to do: check, test, publish, list, withdraw or preview.") << Qt::endl;
        return Usage;
    }
    const QString verb = positional.takeFirst();
    if (verb == u"draft")   // the authoring area's drafts (needs --db)
        return runPolicyDraftVerb(context, positional, parser.value(commentOption), parser.value(revisionOption));
    if (isPolicyStoreVerb(verb))   // publish | list | withdraw | preview (matching area, needs --db)
        return runPolicyStoreVerb(context, verb, positional, parser.value(periodOption));
    if (verb != u"check" && verb != u"test") {
        context.err << tr("policy: unknown verb \"%1\" (expected check, test, publish, list, withdraw or preview).").arg(verb) << Qt::endl;
        return Usage;
    }
    if (positional.isEmpty()) {
        context.err << tr("policy %1: name at least one policy file.").arg(verb) << Qt::endl;
        return Usage;
    }
    Language language = QLocale().language() == QLocale::Chinese ? Language::Zh : Language::En;
    if (parser.isSet(langOption)) {
        const QString l = parser.value(langOption);
        if (l == u"zh")
            language = Language::Zh;
        else if (l == u"en")
            language = Language::En;
        else {
            context.err << tr("policy: --lang must be zh or en.") << Qt::endl;
            return Usage;
        }
    }
    const bool zh = language == Language::Zh;
    const catalog::FeedCatalog &catalog = catalog::FeedCatalog::builtin();
    const PolicyLoader loader(catalog);

    if (verb == u"check") {
        int failedFiles = 0;
        for (const QString &file : positional) {
            Diagnostics diagnostics;
            auto policy = loader.loadFile(file, diagnostics);
            if (!diagnostics.hasErrors())
                PolicyChecker(catalog).check(*policy, diagnostics);
            context.out << diagnostics.render(policy ? policy->source : QString(), language);
            const int errors = diagnostics.errorCount();
            const int warnings = diagnostics.warningCount();
            if (errors > 0)
                ++failedFiles;
            if (zh)
                context.out << QStringLiteral("%1：%2 个错误，%3 个警告").arg(file).arg(errors).arg(warnings) << Qt::endl;
            else
                context.out << tr("%1: %n error(s)", "", errors).arg(file) << tr(", %n warning(s)", "", warnings) << Qt::endl;
        }
        return failedFiles > 0 ? Failure : Success;
    }

    // test
    const PolicyTestRunner runner(catalog);
    int passed = 0, failed = 0;
    for (const QString &file : positional) {
        Diagnostics diagnostics;
        auto policy = loader.loadFile(file, diagnostics);
        if (diagnostics.hasErrors()) {
            context.out << diagnostics.render(policy ? policy->source : QString(), language);
            context.out << QStringLiteral("FAIL %1: ").arg(file)
                        << (zh ? QStringLiteral("政策文件有错误，测试未运行") : tr("the policy has errors; its tests did not run")) << Qt::endl;
            ++failed;
            continue;
        }
        if (policy->tests.empty()) {
            context.out << QStringLiteral("FAIL %1: ").arg(file)
                        << (zh ? QStringLiteral("政策没有内嵌测试") : tr("the policy has no embedded tests")) << Qt::endl;
            ++failed;
            continue;
        }
        for (const auto &r : runner.run(*policy)) {
            if (r.passed) {
                ++passed;
                context.out << QStringLiteral("PASS %1 %2").arg(policy->code, r.name) << Qt::endl;
            } else {
                ++failed;
                context.out << QStringLiteral("FAIL %1 %2: %3").arg(policy->code, r.name, r.message.in(language)) << Qt::endl;
            }
            if (!r.passed || parser.isSet(verboseOption)) {
                const QStringList lines = r.trace.render(language).split(u'\n', Qt::SkipEmptyParts);
                for (const QString &line : lines)
                    context.out << QStringLiteral("    ") << line << Qt::endl;
            }
        }
    }
    context.out << (zh ? QStringLiteral("%1 项通过，%2 项失败") : tr("%1 passed, %2 failed")).arg(passed).arg(failed) << Qt::endl;
    return failed > 0 ? Failure : Success;
}

} // namespace mianshen::cli
