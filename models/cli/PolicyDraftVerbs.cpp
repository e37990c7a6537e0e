#include "cli/PolicyDraftVerbs.h"

#include "authoring/DraftStore.h"
#include "cli/Command.h"
#include "cli/CommandDatabase.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace mianshen::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::cli::PolicyDraftVerbs", text);
}

struct VerbShape { const char *verb; int arguments; };
constexpr VerbShape shapes[] = {{"new", 1}, {"version", 1}, {"import", 1}, {"export", 2}, {"list", 0},
                                {"show", 1}, {"save", 2},   {"submit", 1}, {"send-back", 1},
                                {"approve", 1}, {"discard", 1}};

int fail(CommandContext &context, const QString &message)
{
    context.err << message << Qt::endl;
    return Failure;
}

int printList(CommandContext &context, authoring::DraftStore &drafts)
{
    auto all = drafts.list();
    if (!all)
        return fail(context, all.error());
    context.out << tr("id\tcode\tbase\tstatus\trevision\tauthor\tapprover\tupdated") << Qt::endl;
    for (const auto &d : all.value())
        context.out << d.id << '\t' << d.policyCode << '\t' << d.baseVersion << '\t'
                    << authoring::draftStatusLabel(d.status) << '\t' << d.revision << '\t' << d.author << '\t'
                    << d.approver << '\t' << d.updatedAt << Qt::endl;
    return Success;
}

int save(CommandContext &context, authoring::DraftStore &drafts, qint64 id, const QString &path, const QString &revision)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(context, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString source = QString::fromUtf8(file.readAll());
    qint64 expected = 0;
    if (revision.isEmpty()) {
        auto d = drafts.load(id);
        if (!d)
            return fail(context, d.error());
        expected = d->revision;
    } else {
        bool ok = false;
        expected = revision.toLongLong(&ok);
        if (!ok)
            return fail(context, tr("policy draft save: --revision takes a number."));
    }
    auto r = drafts.save(id, source, expected);
    if (!r)
        return fail(context, r.error());
    context.out << tr("Draft %1 saved: revision %2.").arg(id).arg(r.value()) << Qt::endl;
    return Success;
}

} // namespace

int runPolicyDraftVerb(CommandContext &context, const QStringList &arguments, const QString &comment, const QString &revision)
{
    const QString verb = arguments.value(0);
    const QStringList args = arguments.mid(1);
    bool known = false;
    for (const auto &s : shapes) {
        if (verb == QLatin1String(s.verb)) {
            known = true;
            if (args.size() != s.arguments) {
                context.err << tr("policy draft %1: wrong number of arguments (see mianshen policy --help).").arg(verb) << Qt::endl;
                return Usage;
            }
        }
    }
    if (!known) {
        context.err << tr("policy draft: say what to do: new, version, import, export, list, show, save, submit, "
                          "send-back, approve or discard.") << Qt::endl;
        return Usage;
    }
    bool idOk = true;
    const qint64 id = (verb == u"new" || verb == u"version" || verb == u"import" || verb == u"list")
                          ? 0 : args.value(0).toLongLong(&idOk);
    if (!idOk) {
        context.err << tr("policy draft %1: the first argument is the draft's number.").arg(verb) << Qt::endl;
        return Usage;
    }
    auto db = openCommandDatabase(context);
    if (!db)
        return Failure;
    authoring::DraftStore drafts(*db);
    if (verb == u"list")
        return printList(context, drafts);
    if (verb == u"save")
        return save(context, drafts, id, args.at(1), revision);
    if (verb == u"new" || verb == u"version" || verb == u"import") {
        auto r = verb == u"new" ? drafts.createNew(args.at(0))
                 : verb == u"version" ? drafts.createVersionOf(args.at(0)) : drafts.importFile(args.at(0));
        if (!r)
            return fail(context, r.error());
        context.out << tr("Draft %1 created.").arg(r.value()) << Qt::endl;
        return Success;
    }
    if (verb == u"show") {
        auto d = drafts.load(id);
        if (!d)
            return fail(context, d.error());
        context.out << d->source;
        return Success;
    }
    if (verb == u"approve") {
        auto r = drafts.approveAndPublish(id);
        if (!r)
            return fail(context, r.error());
        context.out << tr("Draft %1 approved: published as version %2.").arg(id).arg(r.value()) << Qt::endl;
        return Success;
    }
    const domain::Status s = verb == u"export"      ? drafts.exportFile(id, args.at(1))
                             : verb == u"submit"    ? drafts.submit(id, comment)
                             : verb == u"send-back" ? drafts.sendBack(id, comment)
                                                    : drafts.discard(id);
    if (!s)
        return fail(context, s.error());
    context.out << tr("Done: draft %1 %2.").arg(id).arg(verb) << Qt::endl;
    return Success;
}

} // namespace mianshen::cli
