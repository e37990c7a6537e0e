#include "cli/PolicyStoreVerbs.h"

#include "catalog/FeedCatalog.h"
#include "cli/Command.h"
#include "cli/CommandDatabase.h"
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

QString actor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

} // namespace

bool isPolicyStoreVerb(const QString &verb)
{
    return verb == u"publish" || verb == u"list" || verb == u"withdraw";
}

int runPolicyStoreVerb(CommandContext &context, const QString &verb, const QStringList &arguments)
{
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
    matching::PolicyRepository repo(*db, catalog::FeedCatalog::builtin());
    if (verb == u"publish") {
        int failures = 0;
        for (const QString &file : arguments) {
            auto r = repo.publishFile(file, actor());
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
        const auto s = repo.withdraw(arguments.at(0), arguments.at(1).toInt(), actor());
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
