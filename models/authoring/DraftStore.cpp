#include "authoring/DraftStore.h"

#include "audit/Actor.h"
#include "authoring/DraftCheck.h"
#include "authoring/DraftRecords.h"
#include "authoring/DraftTemplate.h"
#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "rules/PolicyLoader.h"
#include "store/Database.h"

#if __has_include("staff/Authorization.h")
#include "staff/Authorization.h"
#define MIANSHEN_AUTHORING_HAS_STAFF 1
#endif

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::authoring {

using domain::Result;
using domain::Status;
using namespace detail;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mianshen::authoring::DraftStore", text, disambiguation, n);
}

enum class Need { Edit, Submit, Publish };

Status authorizeFor(store::Database &db, Need need)
{
#ifdef MIANSHEN_AUTHORING_HAS_STAFF
    switch (need) {
    case Need::Edit: return staff::authorize(db, staff::Action::PolicyEdit);
    case Need::Submit: return staff::authorize(db, staff::Action::PolicySubmit);
    case Need::Publish: return staff::authorize(db, staff::Action::PolicyPublish);
    }
#else
    Q_UNUSED(db);
    Q_UNUSED(need);
#endif
    return {};
}

Status differentPerson(const QString &actor, const QString &author)
{
    const QString rule = tr("the author of a policy version does not approve its publication");
#ifdef MIANSHEN_AUTHORING_HAS_STAFF
    return staff::requireDifferentPerson(rule, actor, author);
#else
    if (actor.compare(author, Qt::CaseInsensitive) == 0)
        return Status::failure(tr("Refused by the rule \"%1\": %2 wrote this draft. Another person with the "
                                  "policy approver role must decide it.").arg(rule, author));
    return {};
#endif
}

struct Published {
    int maxVersion = 0;
    QString newestSource;
    QStringList sha256s;
};

Result<Published> publishedOf(store::Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT version, source, sha256 FROM published_policies WHERE policy_code = ? ORDER BY version DESC"));
    q.addBindValue(code);
    if (!q.exec())
        return Result<Published>::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "read the published versions")));
    Published p;
    while (q.next()) {
        if (p.maxVersion == 0) {
            p.maxVersion = q.value(0).toInt();
            p.newestSource = q.value(1).toString();
        }
        p.sha256s.append(q.value(2).toString());
    }
    return p;
}

// The id of an open draft (draft, submitted, returned) of the code, or 0.
Result<qint64> openDraftOf(store::Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM policy_drafts WHERE policy_code = ? "
                             "AND status IN ('draft', 'submitted', 'returned') ORDER BY id LIMIT 1"));
    q.addBindValue(code);
    if (!q.exec())
        return Result<qint64>::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "look for open drafts")));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<PolicyDraft> fetch(store::Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM policy_drafts WHERE id = ?").arg(QLatin1String(draftColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<PolicyDraft>::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "read the draft")));
    if (!q.next())
        return Result<PolicyDraft>::failure(tr("There is no policy draft %1.").arg(id));
    return readDraft(q);
}

// The file's own "version" one higher, so that the new version says so (the
// text is otherwise kept as published, so positions stay meaningful).
QString withNextFileVersion(const QString &source)
{
    const QJsonObject root = QJsonDocument::fromJson(source.toUtf8()).object();
    static const QRegularExpression re(QStringLiteral("(\"version\"\\s*:\\s*)(\\d+)"));
    const auto m = re.match(source);
    if (!m.hasMatch() || m.captured(2).toInt() != root.value(QStringLiteral("version")).toInt(-1))
        return source;
    QString out = source;
    out.replace(m.capturedStart(2), m.capturedLength(2), QString::number(m.captured(2).toInt() + 1));
    return out;
}

Status commitOrFail(store::Database &db)
{
    if (!db.commit())
        return Status::failure(tr("The database refused to commit: %1").arg(db.lastError()));
    return {};
}

// Inserts a new draft with its first event and audit row, in one transaction.
Result<qint64> insertDraft(store::Database &db, const QString &code, const QString &source, const char *event)
{
    using R = Result<qint64>;
    if (Status s = authorizeFor(db, Need::Edit); !s)
        return R::failure(s.error());
    if (!db.beginWrite())
        return R::failure(tr("Cannot start a transaction: %1").arg(db.lastError()));
    auto fail = [&](const QString &message) { db.rollback(); return R::failure(message); };
    auto open = openDraftOf(db, code);
    if (!open)
        return fail(open.error());
    if (open.value() != 0)
        return fail(tr("Policy %1 already has an open draft (number %2): continue that one, or discard it first.")
                        .arg(code).arg(open.value()));
    auto published = publishedOf(db, code);
    if (!published)
        return fail(published.error());
    PolicyDraft d;
    d.policyCode = code;
    d.baseVersion = published->maxVersion;
    d.source = source;
    d.author = audit::currentActor(db);
    d.revision = 1;
    d.createdAt = d.updatedAt = nowText();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO policy_drafts (policy_code, base_version, source, status, author, revision, "
                             "created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, 1, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(d.policyCode), QVariant(d.baseVersion), QVariant(d.source), QVariant(d.author),
                              QVariant(d.createdAt), QVariant(d.updatedAt)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "save the new draft")));
    d.id = q.value(0).toLongLong();
    q.finish();
    if (Status s = appendEvent(db, d.id, event, d.author, d.revision, {}); !s)
        return fail(s.error());
    if (Status s = auditStep(db, event, PolicyDraft{}, d, {}); !s)
        return fail(s.error());
    if (Status s = commitOrFail(db); !s)
        return R::failure(s.error());
    return d.id;
}

// One step of the workflow: the status changes only from one of `from` at
// the revision the caller checked; the event and the audit row go with it.
Status transition(store::Database &m_db, qint64 id, qint64 revision, std::initializer_list<DraftStatus> from, DraftStatus to,
                              const QString &comment, const char *event, int publishedVersion = 0)
{
    auto before = fetch(m_db, id);
    if (!before)
        return Status::failure(before.error());
    if (!m_db.beginWrite())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError()));
    auto fail = [&](const QString &message) { m_db.rollback(); return Status::failure(message); };
    QStringList fromIds;
    for (DraftStatus s : from)
        fromIds << QLatin1Char('\'') + statusId(s) + QLatin1Char('\'');   // fixed list, not user input
    PolicyDraft after = before.value();
    after.status = to;
    after.comment = comment.isNull() ? QStringLiteral("") : comment;
    after.revision = revision + 1;
    after.updatedAt = nowText();
    const QString actor = audit::currentActor(m_db);
    if (to == DraftStatus::Published || to == DraftStatus::Returned)
        after.approver = actor;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE policy_drafts SET status = ?, comment = ?, approver = ?, revision = ?, updated_at = ?, "
                             "published_version = COALESCE(?, published_version) WHERE id = ? AND revision = ? AND status IN (%1)")
                  .arg(fromIds.join(QStringLiteral(", "))));
    q.addBindValue(statusId(to));
    q.addBindValue(after.comment);
    q.addBindValue(after.approver);
    q.addBindValue(after.revision);
    q.addBindValue(after.updatedAt);
    q.addBindValue(publishedVersion > 0 ? QVariant(publishedVersion) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(id);
    q.addBindValue(revision);
    if (!q.exec())
        return fail(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "change the draft's status")));
    if (q.numRowsAffected() != 1)
        return fail(tr("Draft %1 was changed elsewhere in the meantime: reopen it and try again.").arg(id));
    if (Status s = appendEvent(m_db, id, event, actor, after.revision, after.comment); !s)
        return fail(s.error());
    if (Status s = auditStep(m_db, event, before.value(), after, after.comment); !s)
        return fail(s.error());
    return commitOrFail(m_db);
}

} // namespace

DraftStore::DraftStore(store::Database &db) : m_db(db) {}

Result<qint64> DraftStore::createNew(const QString &policyCode)
{
    if (!isValidPolicyCode(policyCode))
        return Result<qint64>::failure(tr("\"%1\" is not a policy code: write upper-case letters, digits and hyphens, "
                                          "starting with a letter, e.g. TALENT-LIVING.").arg(policyCode));
    auto published = publishedOf(m_db, policyCode);
    if (!published)
        return Result<qint64>::failure(published.error());
    if (published->maxVersion > 0)
        return Result<qint64>::failure(tr("Policy %1 is already published (version %2): make a new version of it instead.")
                                           .arg(policyCode).arg(published->maxVersion));
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    return insertDraft(m_db, policyCode, policyTemplate(policyCode, month), "create");
}

Result<qint64> DraftStore::createVersionOf(const QString &policyCode)
{
    auto published = publishedOf(m_db, policyCode);
    if (!published)
        return Result<qint64>::failure(published.error());
    if (published->maxVersion == 0)
        return Result<qint64>::failure(tr("Policy %1 has never been published: start a new policy instead.").arg(policyCode));
    return insertDraft(m_db, policyCode, withNextFileVersion(published->newestSource), "create");
}

Result<qint64> DraftStore::importFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > rules::PolicyLoader::MaxFileSize)
        return Result<qint64>::failure(tr("%1: the file is too large for a policy.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<qint64>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QString code = doc.object().value(QStringLiteral("code")).toString();
    if (error.error != QJsonParseError::NoError || !isValidPolicyCode(code))
        return Result<qint64>::failure(tr("%1: the file does not name a policy code (\"code\": \"TALENT-LIVING\"), "
                                          "so it cannot become a draft. Check it with: mianshen policy check %1").arg(path));
    return insertDraft(m_db, code, QString::fromUtf8(bytes), "import");
}

Status DraftStore::exportFile(qint64 id, const QString &path)
{
    auto d = fetch(m_db, id);
    if (!d)
        return Status::failure(d.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(d->source.toUtf8()) < 0 || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<PolicyDraft> DraftStore::load(qint64 id)
{
    return fetch(m_db, id);
}

Result<QList<PolicyDraft>> DraftStore::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM policy_drafts ORDER BY updated_at DESC, id DESC").arg(QLatin1String(draftColumns))))
        return Result<QList<PolicyDraft>>::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "list the drafts")));
    QList<PolicyDraft> out;
    while (q.next())
        out.append(readDraft(q));
    return out;
}

Result<qint64> DraftStore::save(qint64 id, const QString &source, qint64 expectedRevision)
{
    using R = Result<qint64>;
    if (Status s = authorizeFor(m_db, Need::Edit); !s)
        return R::failure(s.error());
    if (!m_db.beginWrite())
        return R::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError()));
    auto fail = [&](const QString &message) { m_db.rollback(); return R::failure(message); };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE policy_drafts SET source = ?, revision = revision + 1, updated_at = ? "
                             "WHERE id = ? AND revision = ? AND status IN ('draft', 'returned')"));
    q.addBindValue(source);
    q.addBindValue(nowText());
    q.addBindValue(id);
    q.addBindValue(expectedRevision);
    if (!q.exec())
        return fail(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "save the draft")));
    if (q.numRowsAffected() != 1) {
        auto d = fetch(m_db, id);
        m_db.rollback();
        if (!d)
            return R::failure(d.error());
        if (d->status != DraftStatus::Draft && d->status != DraftStatus::Returned)
            return R::failure(tr("Draft %1 is %2 and can no longer be changed.").arg(id).arg(draftStatusLabel(d->status)));
        return R::failure(tr("Draft %1 was changed elsewhere (now revision %2, this window has %3): "
                             "reopen it to see the other changes.").arg(id).arg(d->revision).arg(expectedRevision));
    }
    if (Status s = commitOrFail(m_db); !s)
        return R::failure(s.error());
    return expectedRevision + 1;
}

Status DraftStore::submit(qint64 id, const QString &comment)
{
    if (Status s = authorizeFor(m_db, Need::Submit); !s)
        return s;
    auto d = fetch(m_db, id);
    if (!d)
        return Status::failure(d.error());
    if (d->status != DraftStatus::Draft && d->status != DraftStatus::Returned)
        return Status::failure(tr("Draft %1 is %2: only a draft being written can be submitted.").arg(id).arg(draftStatusLabel(d->status)));
    const DraftCheckReport report = checkDraft(d->source, d->policyCode + QStringLiteral(".json"), catalog::FeedCatalog::builtin());
    if (!report.ok()) {
        QString message = tr("Draft %1 is not submitted: it has %n error(s) or failed test(s). Correct them first.", nullptr,
                             report.errorCount() + int(report.testFailures.size())).arg(id);
        if (!report.rendered.isEmpty())
            message += QLatin1Char('\n') + report.rendered.trimmed();
        for (const QString &f : report.testFailures)
            message += QLatin1Char('\n') + tr("test %1").arg(f);
        return Status::failure(message);
    }
    if (report.policyCode != d->policyCode)
        return Status::failure(tr("Draft %1 is for policy %2, but the file now says \"code\": \"%3\". Put the code back, "
                                  "or export the file and import it as a draft of its own.").arg(id).arg(d->policyCode, report.policyCode));
    auto published = publishedOf(m_db, d->policyCode);
    if (!published)
        return Status::failure(published.error());
    if (published->sha256s.contains(sha256(d->source)))
        return Status::failure(tr("Draft %1 is the same text as a published version of %2: there is nothing to publish.")
                                   .arg(id).arg(d->policyCode));
    return transition(m_db, id, d->revision, {DraftStatus::Draft, DraftStatus::Returned}, DraftStatus::Submitted, comment, "submit");
}

Status DraftStore::sendBack(qint64 id, const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return Status::failure(tr("Say why the draft goes back: the author reads the comment."));
    if (Status s = authorizeFor(m_db, Need::Publish); !s)
        return s;
    auto d = fetch(m_db, id);
    if (!d)
        return Status::failure(d.error());
    if (d->status != DraftStatus::Submitted)
        return Status::failure(tr("Draft %1 is %2: only a submitted draft can be sent back.").arg(id).arg(draftStatusLabel(d->status)));
    if (Status s = differentPerson(audit::currentActor(m_db), d->author); !s)
        return s;
    return transition(m_db, id, d->revision, {DraftStatus::Submitted}, DraftStatus::Returned, comment, "send_back");
}

Status DraftStore::discard(qint64 id)
{
    if (Status s = authorizeFor(m_db, Need::Edit); !s)
        return s;
    auto d = fetch(m_db, id);
    if (!d)
        return Status::failure(d.error());
    if (d->status == DraftStatus::Published || d->status == DraftStatus::Discarded)
        return Status::failure(tr("Draft %1 is %2 already.").arg(id).arg(draftStatusLabel(d->status)));
    return transition(m_db, id, d->revision, {DraftStatus::Draft, DraftStatus::Returned, DraftStatus::Submitted},
                      DraftStatus::Discarded, d->comment, "discard");
}

Result<int> DraftStore::approveAndPublish(qint64 id)
{
    using R = Result<int>;
    if (Status s = authorizeFor(m_db, Need::Publish); !s)
        return R::failure(s.error());
    auto d = fetch(m_db, id);
    if (!d)
        return R::failure(d.error());
    if (d->status != DraftStatus::Submitted)
        return R::failure(tr("Draft %1 is %2: only a submitted draft can be approved.").arg(id).arg(draftStatusLabel(d->status)));
    const QString actor = audit::currentActor(m_db);
    if (Status s = differentPerson(actor, d->author); !s)
        return R::failure(s.error());
    auto published = publishedOf(m_db, d->policyCode);
    if (!published)
        return R::failure(published.error());
    const QString sha = sha256(d->source);
    // A version published since the draft began would be overwritten unseen
    // (unless it is this draft's own text, published by an interrupted approval).
    if (published->maxVersion > d->baseVersion && sha256(published->newestSource) != sha)
        return R::failure(tr("Version %1 of %2 was published after this draft began from version %3: send the draft back "
                             "so that its author makes it again from the newest version.")
                              .arg(published->maxVersion).arg(d->policyCode).arg(d->baseVersion));
    matching::PolicyRepository repository(m_db, catalog::FeedCatalog::builtin());
    auto result = repository.publishText(d->source, d->policyCode + QStringLiteral(".json"), actor);
    if (!result)
        return R::failure(result.error());
    const int version = result->policy.version;
    if (Status s = transition(m_db, id, d->revision, {DraftStatus::Submitted}, DraftStatus::Published, d->comment, "publish", version); !s)
        return R::failure(tr("%1 version %2 is published, but the draft could not be marked so: %3")
                              .arg(d->policyCode).arg(version).arg(s.error()));
    return version;
}

QString draftStatusLabel(DraftStatus status)
{
    switch (status) {
    case DraftStatus::Draft: return tr("being written");
    case DraftStatus::Submitted: return tr("submitted for approval");
    case DraftStatus::Returned: return tr("sent back to its author");
    case DraftStatus::Published: return tr("published");
    case DraftStatus::Discarded: return tr("discarded");
    }
    return {};
}

} // namespace mianshen::authoring
