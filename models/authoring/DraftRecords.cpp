#include "authoring/DraftRecords.h"

#include "audit/AuditLog.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::authoring::detail {

namespace {
struct StatusName { DraftStatus status; const char *id; };
constexpr StatusName statusNames[] = {
    {DraftStatus::Draft, "draft"},         {DraftStatus::Submitted, "submitted"},
    {DraftStatus::Returned, "returned"},   {DraftStatus::Published, "published"},
    {DraftStatus::Discarded, "discarded"},
};

QString stateJson(const PolicyDraft &d)
{
    if (d.id == 0)
        return {};
    const QJsonObject o{{QStringLiteral("policy_code"), d.policyCode},
                        {QStringLiteral("base_version"), d.baseVersion},
                        {QStringLiteral("status"), statusId(d.status)},
                        {QStringLiteral("revision"), d.revision},
                        {QStringLiteral("author"), d.author},
                        {QStringLiteral("approver"), d.approver},
                        {QStringLiteral("sha256"), sha256(d.source)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

const char *const draftColumns =
    "id, policy_code, base_version, source, status, author, approver, comment, revision, created_at, updated_at";

QString statusId(DraftStatus status)
{
    for (const auto &n : statusNames)
        if (n.status == status)
            return QLatin1String(n.id);
    return {};
}

std::optional<DraftStatus> statusFromId(const QString &id)
{
    for (const auto &n : statusNames)
        if (id == QLatin1String(n.id))
            return n.status;
    return std::nullopt;
}

PolicyDraft readDraft(const QSqlQuery &q)
{
    PolicyDraft d;
    d.id = q.value(0).toLongLong();
    d.policyCode = q.value(1).toString();
    d.baseVersion = q.value(2).toInt();
    d.source = q.value(3).toString();
    d.status = statusFromId(q.value(4).toString()).value_or(DraftStatus::Draft);
    d.author = q.value(5).toString();
    d.approver = q.value(6).toString();
    d.comment = q.value(7).toString();
    d.revision = q.value(8).toLongLong();
    d.createdAt = q.value(9).toString();
    d.updatedAt = q.value(10).toString();
    return d;
}

QString sqlFailure(const QSqlQuery &query, const char *what)
{
    return QCoreApplication::translate("mianshen::authoring::DraftStore", "The database could not %1: %2")
        .arg(QCoreApplication::translate("mianshen::authoring::DraftStore", what), query.lastError().text());
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

domain::Status appendEvent(store::Database &db, qint64 draftId, const char *event, const QString &actor,
                           qint64 revision, const QString &comment)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO policy_draft_events (draft_id, event, actor, revision, comment, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(draftId);
    q.addBindValue(QLatin1String(event));
    q.addBindValue(actor);
    q.addBindValue(revision);
    q.addBindValue(comment.isNull() ? QStringLiteral("") : comment);
    q.addBindValue(nowText());
    if (!q.exec())
        return domain::Status::failure(sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", "record the draft's history")));
    return {};
}

domain::Status auditStep(store::Database &db, const char *step, const PolicyDraft &before, const PolicyDraft &after,
                         const QString &reason)
{
    audit::AuditEntry entry;
    entry.actor = QString();
    entry.action = QStringLiteral("policy.draft.") + QLatin1String(step);
    entry.entity = QStringLiteral("policy_draft");
    entry.entityId = QString::number(after.id);
    entry.beforeJson = stateJson(before);
    entry.afterJson = stateJson(after);
    entry.reason = reason;
    return audit::appendAudit(db, entry);
}

} // namespace mianshen::authoring::detail
