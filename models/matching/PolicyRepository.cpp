#include "matching/PolicyRepository.h"

#include "audit/AuditLog.h"
#include "matching/SqlHelpers.h"
#include "rules/Diagnostic.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"
#include "staff/Authorization.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::matching {

using domain::Result;
using domain::Status;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mianshen::matching::PolicyRepository", text, disambiguation, n);
}

const char *const columns =
    "id, policy_code, version, file_version, subject_kind, schedule, title_zh, title_en, effective_from, "
    "effective_until, source, sha256, published_at, published_by, status, withdrawn_at, withdrawn_by";

// The audit row of a publication or withdrawal, in its own transaction.
Status auditPolicy(store::Database &db, const char *action, const QString &code, int version,
                   const QString &fromStatus, const QJsonObject &after)
{
    audit::AuditEntry entry;
    entry.action = QLatin1String(action);
    entry.entity = QStringLiteral("policy");
    entry.entityId = code + QLatin1Char('@') + QString::number(version);
    if (!fromStatus.isEmpty())
        entry.beforeJson = QStringLiteral("{\"status\":\"%1\"}").arg(fromStatus);
    entry.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return audit::appendAudit(db, entry);
}

PublishedPolicy readRow(const QSqlQuery &q)
{
    PublishedPolicy p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.version = q.value(2).toInt();
    p.fileVersion = q.value(3).toString();
    p.subjectKind = q.value(4).toString();
    p.schedule = q.value(5).toString();
    p.titleZh = q.value(6).toString();
    p.titleEn = q.value(7).toString();
    p.effectiveFrom = q.value(8).toString();
    p.effectiveUntil = q.value(9).toString();
    p.source = q.value(10).toString();
    p.sha256 = q.value(11).toString();
    p.publishedAt = q.value(12).toString();
    p.publishedBy = q.value(13).toString();
    p.status = q.value(14).toString();
    p.withdrawnAt = q.value(15).toString();
    p.withdrawnBy = q.value(16).toString();
    return p;
}

rules::Language userLanguage()
{
    return QLocale().language() == QLocale::Chinese ? rules::Language::Zh : rules::Language::En;
}

} // namespace

PolicyRepository::PolicyRepository(store::Database &db, const catalog::FeedCatalog &catalog)
    : m_db(db), m_catalog(catalog)
{
}

Result<PolicyRepository::PublishResult> PolicyRepository::publishFile(const QString &path, const QString &publishedBy)
{
    QFile file(path);
    if (QFileInfo(path).size() > rules::PolicyLoader::MaxFileSize)
        return Result<PublishResult>::failure(tr("%1: the file is too large for a policy.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<PublishResult>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return publishText(QString::fromUtf8(file.readAll()), path, publishedBy);
}

Result<PolicyRepository::PublishResult> PolicyRepository::publishText(const QString &text, const QString &fileName,
                                                                      const QString &publishedBy)
{
    using R = Result<PublishResult>;
    if (Status allowed = staff::authorize(m_db, staff::Action::PolicyPublish); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    rules::Diagnostics diagnostics;
    const auto policy = rules::PolicyLoader(m_catalog).loadText(text, fileName, diagnostics);
    if (policy && !diagnostics.hasErrors())
        rules::PolicyChecker(m_catalog).check(*policy, diagnostics);
    if (!policy || diagnostics.hasErrors())
        return R::failure(tr("%1 is not published: it has errors.\n%2")
                              .arg(fileName, diagnostics.render(text, userLanguage())));
    PublishResult result;
    const auto tests = rules::PolicyTestRunner(m_catalog).run(*policy);
    QStringList failures;
    for (const auto &t : tests) {
        if (t.passed)
            ++result.testsPassed;
        else
            failures << tr("test %1 failed: %2").arg(t.name, t.message.in(userLanguage()));
    }
    if (!failures.isEmpty())
        return R::failure(tr("%1 is not published: %n embedded test(s) failed.", nullptr, int(failures.size())).arg(fileName)
                          + QLatin1Char('\n') + failures.join(QLatin1Char('\n')));

    const QString sha = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (!m_db.beginWrite())
        return R::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError()));
    auto fail = [&](const QString &message) {
        m_db.rollback();
        return R::failure(message);
    };
    QSqlQuery same(m_db.connection());
    same.prepare(QStringLiteral("SELECT %1 FROM published_policies WHERE policy_code = ? AND sha256 = ?").arg(QLatin1String(columns)));
    same.addBindValue(policy->code);
    same.addBindValue(sha);
    if (!same.exec())
        return fail(detail::sqlFailure(same, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "find the published version")));
    if (same.next()) {
        result.policy = readRow(same);
        result.alreadyPublished = true;
        same.finish();
        m_db.rollback();
        return result;
    }
    QSqlQuery maxq(m_db.connection());
    maxq.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM published_policies WHERE policy_code = ?"));
    maxq.addBindValue(policy->code);
    if (!maxq.exec() || !maxq.next())
        return fail(detail::sqlFailure(maxq, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "number the next policy version")));
    const int version = maxq.value(0).toInt() + 1;
    maxq.finish();

    PublishedPolicy p;
    p.code = policy->code;
    p.version = version;
    p.fileVersion = QString::number(policy->version);
    p.subjectKind = policy->subject == rules::SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("enterprise");
    p.schedule = policy->schedule == rules::Policy::Schedule::Monthly ? QStringLiteral("monthly") : QStringLiteral("one_off");
    p.titleZh = policy->title.zh;
    p.titleEn = policy->title.en;
    p.effectiveFrom = rules::monthIndexToString(policy->effectiveFrom);
    if (policy->effectiveUntil)
        p.effectiveUntil = rules::monthIndexToString(*policy->effectiveUntil);
    p.source = text;
    p.sha256 = sha;
    p.publishedAt = detail::nowText();
    p.publishedBy = publishedBy;
    p.status = QStringLiteral("published");

    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral(
        "INSERT INTO published_policies (policy_code, version, file_version, subject_kind, schedule, title_zh, "
        "title_en, effective_from, effective_until, source, sha256, published_at, published_by, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published') RETURNING id"));
    ins.addBindValue(p.code);
    ins.addBindValue(p.version);
    ins.addBindValue(detail::text(p.fileVersion));
    ins.addBindValue(p.subjectKind);
    ins.addBindValue(p.schedule);
    ins.addBindValue(detail::text(p.titleZh));
    ins.addBindValue(detail::text(p.titleEn));
    ins.addBindValue(p.effectiveFrom);
    ins.addBindValue(p.effectiveUntil.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.effectiveUntil));
    ins.addBindValue(p.source);
    ins.addBindValue(p.sha256);
    ins.addBindValue(p.publishedAt);
    ins.addBindValue(detail::text(p.publishedBy));
    if (!ins.exec() || !ins.next())
        return fail(detail::sqlFailure(ins, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "publish the policy")));
    p.id = ins.value(0).toLongLong();
    ins.finish();
    if (Status a = auditPolicy(m_db, "policy.publish", p.code, p.version, {},
                               {{QStringLiteral("status"), p.status}, {QStringLiteral("sha256"), p.sha256},
                                {QStringLiteral("published_by"), p.publishedBy}}); !a)
        return fail(a.error());
    if (!m_db.commit())
        return R::failure(tr("The database refused to commit: %1").arg(m_db.lastError()));
    result.policy = p;
    return result;
}

Status PolicyRepository::withdraw(const QString &code, int version, const QString &withdrawnBy)
{
    if (Status allowed = staff::authorize(m_db, staff::Action::PolicyWithdraw); !allowed) // roles (docs/roles.md)
        return allowed;
    if (!m_db.beginWrite())
        return Status::failure(tr("Cannot start a transaction: %1").arg(m_db.lastError()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE published_policies SET status = 'withdrawn', withdrawn_at = ?, withdrawn_by = ? "
                             "WHERE policy_code = ? AND version = ? AND status = 'published'"));
    q.addBindValue(detail::nowText());
    q.addBindValue(detail::text(withdrawnBy));
    q.addBindValue(code);
    q.addBindValue(version);
    if (!q.exec()) {
        m_db.rollback();
        return Status::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "withdraw the policy")));
    }
    if (q.numRowsAffected() != 1) {
        m_db.rollback();
        return Status::failure(tr("%1 version %2 is not a published version.").arg(code).arg(version));
    }
    if (Status a = auditPolicy(m_db, "policy.withdraw", code, version, QStringLiteral("published"),
                               {{QStringLiteral("status"), QStringLiteral("withdrawn")},
                                {QStringLiteral("withdrawn_by"), withdrawnBy}}); !a) {
        m_db.rollback();
        return a;
    }
    if (!m_db.commit())
        return Status::failure(tr("The database refused to commit: %1").arg(m_db.lastError()));
    return {};
}

Result<QList<PublishedPolicy>> PolicyRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM published_policies ORDER BY policy_code, version").arg(QLatin1String(columns))))
        return Result<QList<PublishedPolicy>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "list the policies")));
    QList<PublishedPolicy> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<PublishedPolicy> PolicyRepository::get(const QString &code, int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM published_policies WHERE policy_code = ? AND version = ?").arg(QLatin1String(columns)));
    q.addBindValue(code);
    q.addBindValue(version);
    if (!q.exec())
        return Result<PublishedPolicy>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the policy")));
    if (!q.next())
        return Result<PublishedPolicy>::failure(tr("There is no published policy %1 version %2.").arg(code).arg(version));
    return readRow(q);
}

Result<QList<PublishedPolicy>> PolicyRepository::effectiveFor(const QString &period, const QStringList &codes) const
{
    using R = Result<QList<PublishedPolicy>>;
    auto all = list();
    if (!all)
        return all;
    QMap<QString, PublishedPolicy> newest;
    QSet<QString> known;
    for (const PublishedPolicy &p : all.value()) {
        known.insert(p.code);
        if (p.status != QLatin1String("published"))
            continue;
        if (!codes.isEmpty() && !codes.contains(p.code))
            continue;
        if (p.effectiveFrom > period || (!p.effectiveUntil.isEmpty() && p.effectiveUntil < period))
            continue;
        newest[p.code] = p;   // rows come by version: the last is the newest
    }
    for (const QString &c : codes)
        if (!known.contains(c))
            return R::failure(tr("No policy %1 has been published.").arg(c));
    return newest.values();
}

Result<std::shared_ptr<rules::Policy>> PolicyRepository::load(const PublishedPolicy &published) const
{
    rules::Diagnostics diagnostics;
    const QString name = QStringLiteral("%1 v%2").arg(published.code).arg(published.version);
    auto policy = rules::PolicyLoader(m_catalog).loadText(published.source, name, diagnostics);
    if (!policy || diagnostics.hasErrors())
        return Result<std::shared_ptr<rules::Policy>>::failure(
            tr("Published policy %1 no longer loads:\n%2").arg(name, diagnostics.render(published.source, userLanguage())));
    return std::shared_ptr<rules::Policy>(std::move(policy));
}

} // namespace mianshen::matching
